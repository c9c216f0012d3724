#pragma once

#include "costsnapshot.h"
#include "snapshottablemodel.h"

namespace traceo {

/// The Cost pane's anomaly and recommendation tables: raw values in the snapshot (so they sort as
/// numbers), shown as money, percentages and words.
class CostTableModel : public SnapshotTableModel
{
    Q_OBJECT
public:
    enum class Format
    {
        Plain,
        Money,
        Percent, ///< a percentage (12.5 is "12.5 %")
        Score,
        Severity, ///< a cost::Severity as int
        Alert, ///< a CostAnalysisSnapshot::AlertState as int
        Multiple, ///< a ratio shown as "3.5×"
        Months
    };

    explicit CostTableModel(QObject* parent = nullptr);
    void setSnapshot(TableSnapshot snapshot, QList<Format> formats, const QString& currency);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString severityText(int severity);
    static QString alertText(int state);

private:
    QList<Format> m_formats;
    QString m_currency;
};

namespace costtables {

enum AnomalyColumn
{
    Day,
    Slice,
    Expected,
    Actual,
    Impact,
    ImpactPercent,
    Severity,
    Score,
    Alert,
    AnomalyColumnCount
};
enum RecommendationColumn
{
    Priority,
    Strategy,
    Evidence,
    EligibleMonthly,
    SavingsRate,
    MonthlySavings,
    AnnualSavings,
    ImplementationCost,
    Roi,
    Payback,
    RecommendationColumnCount
};

/// Fills `model` with the anomalies of `analysis`, in its order (largest impact first).
void showAnomalies(CostTableModel* model, const CostAnalysisSnapshot& analysis);
/// Fills `model` with the recommendations of `analysis`, by priority.
void showRecommendations(CostTableModel* model, const CostAnalysisSnapshot& analysis);

} // namespace costtables

} // namespace traceo
