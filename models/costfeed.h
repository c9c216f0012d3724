#pragma once

#include "core/timewindow.h"
#include "costsnapshot.h"

#include <QObject>
#include <memory>

class QThreadPool;

namespace traceo {

class CostBreakdownModel;
class CostTableCache;
class Database;

/// Feeds the Cost pane: keeps the stored line items in memory (loaded once per change of the stored
/// imports) and computes, each on a worker thread, the breakdown tree and share charts (per query and
/// window), the daily chart (per drill-down branch) and the anomalies and recommendations (per window).
/// Generation counters drop results that arrive after a newer request.
class CostFeed : public QObject
{
    Q_OBJECT
public:
    explicit CostFeed(QObject* parent = nullptr);
    ~CostFeed() override;

    /// `version` identifies the stored imports: the line items are loaded again when it changes.
    void setDatabase(std::shared_ptr<Database> db, const QByteArray& version);
    std::shared_ptr<Database> database() const { return m_db; }
    void setWindow(const TimeWindow& window);
    void setQuery(const CostQuery& query);
    const CostQuery& query() const { return m_query; }
    /// The drill-down: the keys of a tree node along the query's path (empty: everything).
    void setBranch(const QStringList& branch);
    /// Computes everything again from the stored line items (after an import).
    void reload();

    CostBreakdownModel* treeModel() const { return m_tree; }
    const CostBreakdownSnapshot& breakdown() const { return m_breakdown; }
    const CostChartSnapshot& chart() const { return m_chart; }
    const CostAnalysisSnapshot& analysis() const { return m_analysis; }
    /// The dimensions to group by: the engine's, with the tag keys of the data.
    const QStringList& dimensions() const { return m_dimensions; }
    bool isLoading() const { return m_pending > 0; }
    CostDays days() const;

    /// Acknowledges the alert of analysis().anomalies[index] (raising it first if needed).
    void acknowledge(int index);
    /// Writes the report of the window, grouped by the query's path, in format `format` of
    /// costloaders::reportFormats().
    void exportReport(const QString& file, int format);
    /// The line items as loaded (null before the first load), for tests and exports.
    std::shared_ptr<const cost::CostTable> table() const;

Q_SIGNALS:
    void breakdownLoaded();
    void chartLoaded();
    void analysisLoaded();
    void dimensionsChanged();
    void loadingChanged(bool loading);
    /// An acknowledge or export finished; `message` says what happened or why it failed.
    void actionFinished(bool ok, const QString& message);

private:
    void loadBreakdown();
    void loadChart();
    void loadAnalysis();
    template <typename T, typename Job, typename Apply> void run(quint64& generation, Job job, Apply apply);
    void finishOne();

    std::shared_ptr<Database> m_db;
    QByteArray m_version;
    std::shared_ptr<CostTableCache> m_cache;
    TimeWindow m_window;
    CostQuery m_query;
    QStringList m_branch;
    /// The computations' own threads: Qt's raster painting waits for threads of the global pool, so
    /// seconds of work there would freeze the window's painting.
    QThreadPool* m_pool;
    CostBreakdownModel* m_tree;
    CostBreakdownSnapshot m_breakdown;
    CostChartSnapshot m_chart;
    CostAnalysisSnapshot m_analysis;
    QStringList m_dimensions;
    quint64 m_breakdownGeneration = 0;
    quint64 m_chartGeneration = 0;
    quint64 m_analysisGeneration = 0;
    int m_pending = 0;
};

} // namespace traceo
