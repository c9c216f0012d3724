#pragma once

#include "common/panebase.h"

#include <QSet>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTreeView;

namespace traceo {

class CostAnomalyView;
class CostCharts;
class CostFeed;
class CostImportBar;
class CostImportTask;
class CostTableModel;
class CostToolbar;
struct CostQuery;

/// Costs: where the money goes over the shared time window. A breakdown tree along a chosen path of
/// dimensions (drill down by selecting a node), the daily cost stacked by the next dimension, the share
/// by service or region, the window's anomalies and the savings recommendations. FOCUS exports are
/// imported in the background with progress and cancel; reports export as HTML or CSV.
class CostPane : public PaneBase
{
    Q_OBJECT
public:
    CostPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QStringList importKinds() const override;
    QStringList exportKinds() const override;
    bool startTransfer(bool import, int index) override;

    CostFeed* costFeed() const { return m_costs; }
    CostToolbar* toolbar() const { return m_toolbar; }
    QTreeView* tree() const { return m_tree; }
    CostCharts* charts() const { return m_charts; }
    CostAnomalyView* anomalyView() const { return m_anomalies; }
    QTableView* recommendationTable() const { return m_recommendations; }
    CostImportBar* importBar() const { return m_importBar; }
    CostImportTask* importTask() const { return m_import; }
    QString headline() const;
    /// The message line under the toolbar (import, export and acknowledge results).
    QString message() const;
    /// Selects the tree node with `path` (keys along the group-by path): the charts drill down to it.
    bool selectPath(const QStringList& path);

    /// What the toolbar's dialogs do once files are chosen.
    void importFiles(const QStringList& files);
    void exportReportTo(const QString& file, int format);

Q_SIGNALS:
    /// An import, export or acknowledge finished (`ok` false: `message` says why).
    void transferFinished(bool ok, const QString& message);

private:
    QWidget* createContent();
    void chooseImportFiles();
    void chooseReportFile(int format);
    void applyQuery(const CostQuery& query);
    void breakdownLoaded();
    void currentNodeChanged(const QModelIndex& current);
    void showMessage(bool ok, const QString& text);

    CostFeed* m_costs;
    CostImportTask* m_import;
    CostToolbar* m_toolbar;
    CostImportBar* m_importBar;
    QLabel* m_headline;
    QLabel* m_message;
    QTreeView* m_tree;
    QSortFilterProxyModel* m_sorted;
    CostCharts* m_charts;
    CostAnomalyView* m_anomalies;
    CostTableModel* m_recommendationModel;
    QTableView* m_recommendations;
    QLabel* m_notes;
    QTabWidget* m_tabs;
    QStringList m_selectedPath;
    QSet<QStringList> m_expanded;
};

} // namespace traceo
