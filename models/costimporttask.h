#pragma once

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>

template <typename T> class QFutureWatcher;

namespace traceo {

class Database;

/// Imports FOCUS cost exports on a worker thread with progress and cancel. The import is one
/// transaction: a canceled or failed import stores nothing.
class CostImportTask : public QObject
{
    Q_OBJECT
public:
    /// What an import did.
    struct Outcome
    {
        bool ok = false;
        bool canceled = false;
        qint64 rows = 0;
        QString message;
    };
    /// The progress range: reading the files is the first 90 %, storing the billing periods the rest.
    static constexpr int kProgressRange = 1000;

    explicit CostImportTask(QObject* parent = nullptr);
    ~CostImportTask() override;

    /// Starts importing `files` into `db`; false when an import is running already.
    bool start(std::shared_ptr<Database> db, const QStringList& files);
    /// Asks the running import to stop; it finishes soon after with `canceled` set.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `value` of kProgressRange; `text` says which stage.
    void progressChanged(int value, const QString& text);
    void finished(const traceo::CostImportTask::Outcome& outcome);

private:
    /// Its own thread, not the global pool's: Qt's raster painting waits for global pool threads, so a
    /// long import there would freeze the window's painting.
    QThreadPool m_pool;
    QFutureWatcher<Outcome>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace traceo

Q_DECLARE_METATYPE(traceo::CostImportTask::Outcome)
