#pragma once

#include <QObject>

namespace traceo {

/// Builds the demo database off the GUI thread and reports progress.
class DemoBuildTask : public QObject
{
    Q_OBJECT
public:
    explicit DemoBuildTask(QObject* parent = nullptr);

    void start(const QString& path, quint64 seed = 42);

Q_SIGNALS:
    void progress(int done, int total, const QString& domain);
    /// `error` is empty on success.
    void finished(const QString& path, const QString& error);
};

} // namespace traceo
