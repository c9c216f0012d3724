#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace traceo {

class CostTableModel;
struct CostAnalysisSnapshot;

/// The anomalies of the window, largest impact first: selecting one shows its expected and actual cost
/// and the parts of the bill that moved, and offers to acknowledge its alert.
class CostAnomalyView : public QWidget
{
    Q_OBJECT
public:
    explicit CostAnomalyView(QWidget* parent = nullptr);

    /// Shows `analysis`, keeping the selected anomaly (by day and slice) when it is still there.
    void show(const CostAnalysisSnapshot& analysis);
    QTableView* table() const { return m_table; }
    /// Selects the anomaly at `index` of the snapshot; false when there is none.
    bool selectAnomaly(int index);
    /// The snapshot index of the selected anomaly, or -1.
    int selectedAnomaly() const { return m_selected; }
    QString detailText() const;

Q_SIGNALS:
    /// An anomaly was selected (`index` into the snapshot's anomalies; -1: none).
    void anomalySelected(int index);
    void acknowledgeRequested(int index);

private:
    void currentChanged();
    void showDetail();

    const CostAnalysisSnapshot* m_analysis = nullptr;
    CostTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QLabel* m_detail;
    QPushButton* m_acknowledge;
    int m_selected = -1;
    QString m_selectedKey;
};

} // namespace traceo
