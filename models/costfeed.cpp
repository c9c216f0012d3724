#include "costfeed.h"

#include "core/error.h"
#include "cost/costanalysis.h"
#include "costbreakdownmodel.h"
#include "costloaders.h"
#include "onresult.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>

namespace traceo {

/// The stored line items, loaded once by whichever worker asks first; the others wait for it.
class CostTableCache
{
public:
    explicit CostTableCache(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }

    std::shared_ptr<const cost::CostTable> table(const QStringList& extraColumns)
    {
        const std::lock_guard lock(m_loading);
        bool complete = m_table != nullptr;
        for (const QString& c : extraColumns)
            if (!m_columns.contains(c)) {
                m_columns << c;
                complete = false;
            }
        if (!complete) {
            std::shared_ptr<const cost::CostTable> table = cost::CostStore(m_db).load(m_columns);
            const std::lock_guard publish(m_publishing);
            m_table = std::move(table);
        }
        return m_table;
    }
    /// Never waits for a load (the GUI thread asks).
    std::shared_ptr<const cost::CostTable> loaded() const
    {
        const std::lock_guard publish(m_publishing);
        return m_table;
    }

private:
    std::mutex m_loading; ///< held while loading: the workers that need the table wait for it
    mutable std::mutex m_publishing; ///< held while m_table changes
    std::shared_ptr<Database> m_db;
    std::shared_ptr<const cost::CostTable> m_table;
    QStringList m_columns;
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::CostFeed)
};

QStringList extraColumns(const CostQuery& query)
{
    cost::BreakdownQuery q;
    q.by = query.path;
    q.filters = costloaders::parseFilter(query.filter).dimensions;
    return cost::CostBreakdown::extraColumns(q);
}

// Runs `job` and returns its snapshot, or one whose `error` says why it failed.
template <typename T, typename Job> T guarded(Job& job)
{
    try {
        return job();
    } catch (const Error& e) {
        T failed;
        failed.error = e.message();
        return failed;
    } catch (const std::exception& e) {
        T failed;
        failed.error = Tr::tr("Computing the costs failed: %1").arg(QString::fromLocal8Bit(e.what()));
        return failed;
    }
}

struct Outcome
{
    bool ok = false;
    QString message;
};

} // namespace

CostFeed::CostFeed(QObject* parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
    , m_tree(new CostBreakdownModel(this))
{
    m_pool->setMaxThreadCount(2);
}

CostFeed::~CostFeed() = default;

void CostFeed::setDatabase(std::shared_ptr<Database> db, const QByteArray& version)
{
    if (db == m_db && version == m_version && m_cache)
        return;
    m_db = std::move(db);
    m_version = version;
    reload();
}

void CostFeed::setWindow(const TimeWindow& window)
{
    if (window == m_window)
        return;
    m_window = window;
    loadBreakdown();
    loadChart();
    loadAnalysis();
}

void CostFeed::setQuery(const CostQuery& query)
{
    if (query == m_query)
        return;
    // A branch keeps its meaning while the path above it is the same.
    qsizetype same = 0;
    while (same < m_branch.size() && same < query.path.size() && m_query.path.value(same) == query.path[same])
        ++same;
    m_branch = m_query.filter == query.filter ? m_branch.mid(0, same) : QStringList();
    m_query = query;
    loadBreakdown();
    loadChart();
}

void CostFeed::setBranch(const QStringList& branch)
{
    if (branch == m_branch && m_chart.branch == branch)
        return;
    m_branch = branch;
    loadChart();
}

void CostFeed::reload()
{
    m_cache = m_db ? std::make_shared<CostTableCache>(m_db) : nullptr;
    loadBreakdown();
    loadChart();
    loadAnalysis();
}

CostDays CostFeed::days() const
{
    return costloaders::days(m_window);
}

std::shared_ptr<const cost::CostTable> CostFeed::table() const
{
    return m_cache ? m_cache->loaded() : nullptr;
}

template <typename T, typename Job, typename Apply> void CostFeed::run(quint64& generation, Job job, Apply apply)
{
    const quint64 mine = ++generation;
    if (!m_cache) {
        apply(T {});
        return;
    }
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    onResult(this, QtConcurrent::run(m_pool, [job = std::move(job)]() mutable { return guarded<T>(job); }),
        [this, &generation, mine, apply](T result) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (mine == generation)
                apply(std::move(result));
            finishOne();
        });
}

void CostFeed::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void CostFeed::loadBreakdown()
{
    run<CostBreakdownSnapshot>(
        m_breakdownGeneration,
        [cache = m_cache, query = m_query, days = days()] {
            const auto table = cache->table(extraColumns(query));
            CostBreakdownSnapshot s = costloaders::breakdown(*table, query, days);
            s.available = costloaders::dimensions(*table);
            return s;
        },
        [this](CostBreakdownSnapshot snapshot) {
            m_breakdown = std::move(snapshot);
            m_tree->setSnapshot(m_breakdown);
            if (!m_breakdown.available.isEmpty() && m_breakdown.available != m_dimensions) {
                m_dimensions = m_breakdown.available;
                Q_EMIT dimensionsChanged();
            }
            Q_EMIT breakdownLoaded();
        });
}

void CostFeed::loadChart()
{
    run<CostChartSnapshot>(
        m_chartGeneration,
        [cache = m_cache, query = m_query, branch = m_branch, days = days()] {
            return costloaders::dailyChart(*cache->table(extraColumns(query)), query, branch, days);
        },
        [this](CostChartSnapshot chart) {
            m_chart = std::move(chart);
            Q_EMIT chartLoaded();
        });
}

void CostFeed::loadAnalysis()
{
    run<CostAnalysisSnapshot>(
        m_analysisGeneration,
        [cache = m_cache, db = m_db, days = days()] {
            return costloaders::analysis(db, *cache->table(cost::utilizationColumns()), days);
        },
        [this](CostAnalysisSnapshot analysis) {
            m_analysis = std::move(analysis);
            Q_EMIT analysisLoaded();
        });
}

void CostFeed::acknowledge(int index)
{
    if (!m_db || index < 0 || std::size_t(index) >= m_analysis.anomalies.size())
        return;
    const cost::CostAnomaly anomaly = m_analysis.anomalies[std::size_t(index)].anomaly;
    onResult(this,
        QtConcurrent::run(m_pool,
            [db = m_db, anomaly] {
                try {
                    costloaders::acknowledge(db, anomaly);
                    return Outcome { true,
                        Tr::tr("Alert of %1 on %2 acknowledged.")
                            .arg(anomaly.dims.join(QStringLiteral(", ")), anomaly.day.toString(Qt::ISODate)) };
                } catch (const Error& e) {
                    return Outcome { false, e.message() };
                }
            }),
        [this](const Outcome& o) {
            Q_EMIT actionFinished(o.ok, o.message);
            if (o.ok)
                loadAnalysis();
        });
}

void CostFeed::exportReport(const QString& file, int format)
{
    const QList<costloaders::ReportFormat> formats = costloaders::reportFormats();
    if (!m_cache || format < 0 || format >= formats.size()) {
        Q_EMIT actionFinished(false, Tr::tr("Open a database with cost data before exporting a report."));
        return;
    }
    const CostDays d = days();
    onResult(this,
        QtConcurrent::run(m_pool,
            [cache = m_cache, db = m_db, path = m_query.path, d, file, render = formats[format].render] {
                try {
                    cost::BreakdownQuery q;
                    q.by = path;
                    const auto table = cache->table(cost::CostBreakdown::extraColumns(q) + cost::utilizationColumns());
                    cost::CostReportRequest request { d.from, d.to, path };
                    const cost::CostReport report = cost::CostReport::build(
                        *table, request, cost::recommendationSettings(SettingsRepository(db)));
                    const QByteArray data = render(report);
                    QSaveFile out(file);
                    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
                        return Outcome { false,
                            Tr::tr("%1: cannot write the report: %2").arg(file, out.errorString()) };
                    return Outcome { true, Tr::tr("Cost report written to %1").arg(file) };
                } catch (const Error& e) {
                    return Outcome { false, e.message() };
                }
            }),
        [this](const Outcome& o) { Q_EMIT actionFinished(o.ok, o.message); });
}

} // namespace traceo
