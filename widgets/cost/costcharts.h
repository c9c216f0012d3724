#pragma once

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QChart;

namespace traceo {

struct CostBreakdownSnapshot;
struct CostChartSnapshot;

/// The Cost pane's charts: the daily cost stacked by the chosen dimension inside the drilled-down branch
/// (with an anomaly's day marked), and the share of the cost by service or by region.
class CostCharts : public QWidget
{
    Q_OBJECT
public:
    enum class ShareBy
    {
        Service,
        Region
    };

    explicit CostCharts(QWidget* parent = nullptr);

    void showDaily(const CostChartSnapshot& chart, const QString& currency);
    void showShares(const CostBreakdownSnapshot& breakdown);
    /// Marks `day` on the daily chart (an invalid date clears the mark); false when the chart has no such day.
    bool markDay(const QDate& day);
    QDate markedDay() const { return m_marked; }

    void setShareBy(ShareBy by);
    ShareBy shareBy() const { return m_shareBy; }
    QChart* dailyChart() const { return m_daily; }
    QChart* shareChart() const { return m_share; }

private:
    void drawMark();
    void drawShares();

    QChart* m_daily;
    QChart* m_share;
    QButtonGroup* m_shareButtons;
    ShareBy m_shareBy = ShareBy::Service;
    QList<QDate> m_days;
    double m_top = 0;
    QDate m_marked;
    std::vector<std::pair<QString, double>> m_byService;
    std::vector<std::pair<QString, double>> m_byRegion;
    QString m_currency;
};

} // namespace traceo
