#pragma once

#include <QWidget>

class QChart;
class QLabel;

namespace traceo {

struct SloChartSnapshot;
struct SloDefinition;

/// The detail area of the SLO pane: what the selected SLO is, its remaining error budget over the time
/// window, and its burn rates against the alert tiers' thresholds with the firing intervals shaded.
class SloDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit SloDetailView(QWidget* parent = nullptr);

    void show(const SloChartSnapshot& snapshot);
    QChart* budgetChart() const { return m_budget; }
    QChart* burnChart() const { return m_burn; }
    QString headline() const;

private:
    static QString periodText(const SloDefinition& slo);
    void drawBudget(const SloChartSnapshot& snapshot);
    void drawBurnRates(const SloChartSnapshot& snapshot);

    QLabel* m_headline;
    QChart* m_budget;
    QChart* m_burn;
};

} // namespace traceo
