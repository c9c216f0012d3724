#pragma once

#include "slo/syntheticcheck.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace traceo {

class Database;
class HttpCall;
class HttpClient;

/// The outcome of one probe, for the GUI and the CLI.
struct SyntheticStatus
{
    qint64 checkId = 0;
    qint64 sloId = 0;
    QString name;
    QDateTime startedAt; ///< UTC; the minute it counts in
    bool good = false;
    ProbeVerdict verdict = ProbeVerdict::Good;
    int httpStatus = 0; ///< 0 when no status arrived
    qint64 latencyMs = 0; ///< request start to finished (QElapsedTimer)
    QString error; ///< why the probe was bad (names the URL for transport errors); empty when good
};

/// Runs the enabled synthetic checks of a database, each on its own interval and all concurrently:
/// every probe is one asynchronous HttpClient call (one attempt, the check's timeout) on this object's
/// thread, so no probe ever blocks the event loop and no thread is needed for the network. No client
/// carries more checks of one host than it opens connections to it, so a probe never queues behind
/// other checks' probes (the wait would count as latency).
///
/// Recording: each result is added to an in-memory minute bucket (SliAccumulator). Once a minute, and
/// on stop(), the gathered buckets of all checks are written off the calling thread (QtConcurrent) in
/// one transaction that adds them to the stored minutes, so a partial minute flushed now and its rest
/// flushed later add up. Loading the checks runs off the calling thread too.
class SyntheticRunner : public QObject
{
    Q_OBJECT

public:
    enum class Schedule
    {
        Repeat, ///< probe each check now and then every interval, until stop()
        Once ///< probe each check once; roundFinished() when every probe has answered
    };

    explicit SyntheticRunner(QObject* parent = nullptr);
    /// Cancels the probes in flight and flushes what was gathered (without waiting for the write).
    ~SyntheticRunner() override;

    /// Stops a previous run (flushing it to its database), then loads the enabled checks of `db` and
    /// starts probing them.
    void start(std::shared_ptr<Database> db, Schedule schedule = Schedule::Repeat);
    /// Reads the checks again (after one was added or removed) and goes on probing.
    void reload();
    /// Cancels the probes in flight, stops probing and flushes the buckets gathered so far. The future
    /// holds the error message of the write, or an empty string.
    QFuture<QString> stop();
    /// Writes the buckets gathered so far (see the class comment). Writes run one after the other.
    QFuture<QString> flush();

    bool isRunning() const { return m_db != nullptr; }
    QList<SyntheticCheck> checks() const { return m_checks; }
    /// The last result of a check; nullopt before its first probe has answered.
    std::optional<SyntheticStatus> lastStatus(qint64 checkId) const;
    int probesInFlight() const;
    /// The clock that says in which minute a probe counts (default: the current UTC time); for tests.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void checksLoaded(int count);
    void probeFinished(const traceo::SyntheticStatus& status);
    /// Schedule::Once: every check has been probed (also when there is no enabled check).
    void roundFinished();
    void flushed(int buckets);
    /// Loading the checks or recording buckets failed; the message names the database.
    void failed(const QString& error);

private:
    void load(quint64 generation);
    void schedule(const QList<SyntheticCheck>& checks, quint64 generation);
    void probe(const SyntheticCheck& check);
    void record(const SyntheticCheck& check, const SyntheticStatus& status);
    void cancelProbes();

    std::shared_ptr<Database> m_db;
    Schedule m_schedule = Schedule::Repeat;
    QList<HttpClient*> m_clients; ///< see schedule()
    QHash<qint64, HttpClient*> m_clientOf; ///< by check id
    QTimer* m_flushTimer;
    QList<SyntheticCheck> m_checks;
    QList<QTimer*> m_timers;
    QHash<qint64, QPointer<HttpCall>> m_inFlight;
    QHash<qint64, SyntheticStatus> m_status;
    SliAccumulator m_buckets;
    QFuture<QString> m_lastFlush;
    std::function<QDateTime()> m_clock;
    quint64 m_generation = 0;
    int m_onceLeft = 0;
};

} // namespace traceo
