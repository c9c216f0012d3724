#pragma once

#include "store/settingsrepository.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

class QTimer;

namespace traceo {

class CredentialStore;
class Database;

/// What one refresh round did.
struct PrometheusRefreshRound
{
    QString source; ///< the source's name; empty when the database has no Prometheus source
    int slos = 0; ///< SLOs with SLI queries that were refreshed without error
    int buckets = 0; ///< buckets stored in this round
    QStringList errors; ///< one message per SLO that failed (source, URL, SLO, Prometheus's message)
};

/// Keeps the SLI buckets of the open database's SLOs up to date from its Prometheus data source, as
/// `traceo slo refresh` does (refreshSloBuckets: incremental from the stored high-water mark, the first
/// refresh reaching back the backfill): on start() and then every minute, and again when the sources
/// change (setSources()).
///
/// The source is the first of kind "prometheus" (a database normally has one; the buckets and the
/// high-water mark of an SLO are one series, so two servers would fill it twice). A source with bearer
/// or basic authentication gets its secret from the CredentialStore (read before every round).
///
/// Lives on the GUI thread; each round runs off it (QtConcurrent) with its own HttpClient, one round at
/// a time: a tick while a round is running is skipped.
class PrometheusRefresher : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusRefresher(CredentialStore* credentials = nullptr, QObject* parent = nullptr);
    ~PrometheusRefresher() override;

    /// Stops a previous run, then refreshes the SLOs of `db` from the Prometheus source of `sources`
    /// now and every interval.
    void start(std::shared_ptr<Database> db, const QList<DataSource>& sources);
    /// The data sources changed (the settings dialog was accepted): refreshes from the new source now.
    void setSources(const QList<DataSource>& sources);
    /// Starts a round now unless one is running.
    void refreshNow();
    /// Stops the timer; a round still running is not waited for, and its result is dropped.
    void stop();

    bool isRunning() const { return m_db != nullptr; }
    bool isRefreshing() const { return m_refreshing; }

    /// The clock that says up to which minute a round refreshes (default: the current UTC time).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// How far back the first refresh of an SLO reaches (default 30 days, as `slo refresh`).
    void setBackfillMinutes(qint64 minutes) { m_backfillMinutes = minutes; }
    void setInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    /// After every round (also when there was nothing to refresh or it failed).
    void roundFinished(const traceo::PrometheusRefreshRound& round);
    /// A round stored buckets: the SLO views should reload.
    void bucketsAdded(int buckets);
    /// A round failed for at least one SLO; the message names the source, its URL, the SLO and the error.
    void failed(const QString& error);

private:
    void run(const DataSource& source, const QString& secret);
    void secretRead(const QString& name, const QString& secret, const QString& error);
    void finish(const PrometheusRefreshRound& round);

    CredentialStore* m_credentials;
    QTimer* m_timer;
    std::shared_ptr<Database> m_db;
    QList<DataSource> m_sources;
    QString m_pendingSecret; ///< the source whose secret is being read
    std::function<QDateTime()> m_clock;
    qint64 m_backfillMinutes = 30 * 1440;
    quint64 m_generation = 0;
    bool m_refreshing = false;
    bool m_again = false; ///< the sources changed during a round: start another after it
};

} // namespace traceo

Q_DECLARE_METATYPE(traceo::PrometheusRefreshRound)
