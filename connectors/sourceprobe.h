#pragma once

#include "store/settingsrepository.h"

#include <QHash>
#include <QObject>

namespace traceo {

/// Checks whether a remote data source answers: Prometheus GET /-/ready, OpenCost GET of its base URL
/// (both through HttpClient, one attempt, short timeout), Redis PING on a worker thread. A newer check
/// of the same source drops the answer of an older one. Lives in the application's main thread.
class SourceProbe : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NotChecked,
        Checking,
        Connected,
        Unreachable
    };

    explicit SourceProbe(QObject* parent = nullptr);

    /// `secret` comes from the keychain: a bearer token, a basic-auth or Redis password.
    void check(const DataSource& source, const QString& secret = {});
    State state(const QString& name) const { return m_states.value(name, State::NotChecked); }
    /// "not checked", "checking…", "connected", "unreachable" (translated).
    static QString stateText(State state);

Q_SIGNALS:
    /// `detail` says why a source is unreachable (it names the URL).
    void stateChanged(const QString& name, traceo::SourceProbe::State state, const QString& detail);

private:
    void checkHttp(const DataSource& source, const QString& secret, quint64 generation);
    void checkRedis(const DataSource& source, const QString& secret, quint64 generation);
    void report(const QString& name, quint64 generation, const QString& error);
    void setState(const QString& name, State state, const QString& detail);

    QHash<QString, State> m_states;
    QHash<QString, quint64> m_generations;
};

} // namespace traceo
