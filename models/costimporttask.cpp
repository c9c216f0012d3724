#include "costimporttask.h"

#include "cost/coststore.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

namespace {

CostImportTask::Outcome importFiles(QPromise<CostImportTask::Outcome>& promise, const std::shared_ptr<Database>& db,
    const QStringList& files, const std::shared_ptr<std::atomic_bool>& cancel)
{
    using Stage = cost::ImportProgress::Stage;
    promise.setProgressRange(0, CostImportTask::kProgressRange);
    cost::ImportProgress progress;
    progress.canceled = [cancel] { return cancel->load(); };
    progress.report = [&promise](Stage stage, qint64 done, qint64 total) {
        const QLocale locale;
        const double share = total > 0 ? double(done) / double(total) : 1.0;
        if (stage == Stage::Reading)
            promise.setProgressValueAndText(int(share * 900),
                CostImportTask::tr("Reading %1 of %2…")
                    .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
        else
            promise.setProgressValueAndText(900 + int(share * 100),
                CostImportTask::tr("Storing billing period %1 of %2…").arg(std::min(done + 1, total)).arg(total));
    };
    cost::FocusReadOptions options;
    options.progress = &progress;
    CostImportTask::Outcome outcome;
    try {
        qint64 rows = 0;
        int periods = 0;
        for (const cost::ImportReport& r : cost::CostStore(db).importFiles(files, options)) {
            rows += r.rows;
            periods += r.periods;
        }
        outcome = { true, false, rows,
            CostImportTask::tr("Imported %1 line items (%2 billing periods) from %3.")
                .arg(QLocale().toString(rows))
                .arg(periods)
                .arg(files.join(QStringLiteral(", "))) };
    } catch (const cost::ImportCanceled&) {
        outcome = { false, true, 0, CostImportTask::tr("Import canceled: nothing was stored.") };
    } catch (const Error& e) {
        outcome = { false, false, 0, e.message() };
    }
    return outcome;
}

} // namespace

CostImportTask::CostImportTask(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    m_pool.setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int value) { Q_EMIT progressChanged(value, m_watcher->progressText()); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        const Outcome outcome = m_watcher->future().resultCount() > 0
            ? m_watcher->result()
            : Outcome { false, false, 0, tr("The import stopped without a result.") };
        Q_EMIT finished(outcome);
    });
}

CostImportTask::~CostImportTask()
{
    // A window closed during an import: stop it and wait, so nothing writes to a closed database.
    if (m_running) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

bool CostImportTask::start(std::shared_ptr<Database> db, const QStringList& files)
{
    if (m_running || !db)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT progressChanged(0, tr("Starting the import…"));
    m_watcher->setFuture(QtConcurrent::run(
        &m_pool,
        [](QPromise<Outcome>& promise, std::shared_ptr<Database> db, QStringList files,
            std::shared_ptr<std::atomic_bool> cancel) { promise.addResult(importFiles(promise, db, files, cancel)); },
        std::move(db), files, m_cancel));
    return true;
}

void CostImportTask::cancel()
{
    if (m_running)
        m_cancel->store(true);
}

} // namespace traceo
