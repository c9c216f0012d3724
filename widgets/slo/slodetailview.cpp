#include "slodetailview.h"

#include "common/charts.h"
#include "slochartfeed.h"
#include "slotableproxy.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace traceo {

namespace {

constexpr double kBurnAxisMin = 0.01;
const QColor kPageBand(220, 53, 69, 90);
const QColor kTicketBand(255, 176, 0, 90);
const QColor kPageLine(0xc0, 0x39, 0x2b);
const QColor kTicketLine(0xb9, 0x77, 0x0e);

qreal msOf(qint64 minute)
{
    return qreal(minute) * 60'000.0;
}

QDateTime timeOf(qint64 minute)
{
    return QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC);
}

QList<QPair<qreal, qreal>> bands(const slo::SloCharts& c, slo::Severity severity)
{
    QList<QPair<qreal, qreal>> out;
    for (const slo::FiringInterval& f : c.firing)
        if (f.severity == severity)
            out.append({ msOf(std::max(f.fromMinute, c.fromMinute)), msOf(std::min(f.toMinute, c.toMinute)) });
    return out;
}

void addFiringBands(QChart* chart, const slo::SloCharts& c, double yBottom, double yTop, bool inLegend)
{
    const struct
    {
        slo::Severity severity;
        QString name;
        QColor color;
        const char* objectName;
    } kinds[] = {
        { slo::Severity::Page, SloDetailView::tr("Page alert firing"), kPageBand, "firing:page" },
        { slo::Severity::Ticket, SloDetailView::tr("Ticket alert firing"), kTicketBand, "firing:ticket" },
    };
    for (const auto& k : kinds) {
        const QList<QPair<qreal, qreal>> b = bands(c, k.severity);
        if (b.isEmpty())
            continue;
        QAreaSeries* area = charts::addBands(chart, k.name, b, yBottom, yTop, k.color);
        area->setObjectName(QLatin1String(k.objectName));
        if (!inLegend)
            charts::hideFromLegend(chart, area);
    }
}

} // namespace

SloDetailView::SloDetailView(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
{
    m_headline->setObjectName(QStringLiteral("sloHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    QChartView* budget = charts::createChartView(tr("Error budget left"), this);
    QChartView* burn = charts::createChartView(tr("Burn rate against the alert thresholds"), this);
    m_budget = budget->chart();
    m_burn = burn->chart();
    auto* row = new QHBoxLayout;
    row->addWidget(budget, 2);
    row->addWidget(burn, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addLayout(row, 1);
    show(SloChartSnapshot {});
}

QString SloDetailView::headline() const
{
    return m_headline->text();
}

QString SloDetailView::periodText(const SloDefinition& slo)
{
    return slo.periodKind == slo::PeriodKind::CalendarMonth ? tr("the calendar month (UTC)")
                                                            : tr("%1 days").arg(slo.periodDays);
}

void SloDetailView::show(const SloChartSnapshot& s)
{
    charts::clear(m_budget);
    charts::clear(m_burn);
    if (!s.error.isEmpty()) {
        m_headline->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(s.error.toHtmlEscaped()));
        return;
    }
    if (s.sloId == 0) {
        m_headline->setText(tr("Select an SLO to see its error budget and burn rates."));
        return;
    }
    m_headline->setText(tr("<b>%1 · %2</b> — objective %3 over %4; budget left %5; burn rate now %6")
                            .arg(s.slo.service.toHtmlEscaped(), s.slo.name.toHtmlEscaped(),
                                SloTableProxy::formatObjective(s.slo.objective), periodText(s.slo),
                                SloTableProxy::formatPercent(s.status.budgetRemainingRatio, 1),
                                SloTableProxy::formatBurnRate(s.status.currentBurnRate)));
    drawBudget(s);
    drawBurnRates(s);
}

void SloDetailView::drawBudget(const SloChartSnapshot& s)
{
    const slo::SloCharts& c = s.charts;
    QList<QPointF> points;
    double low = 0;
    for (size_t i = 0; i < c.minutes.size(); ++i) {
        const double v = c.budgetRemaining.values[i] * 100.0;
        low = std::min(low, v);
        points.append({ msOf(c.minutes[i]), v });
    }
    const double bottom = low < 0 ? std::floor(low / 25.0) * 25.0 - 10.0 : -10.0;
    charts::addTimeAxis(m_budget, timeOf(c.fromMinute), timeOf(c.toMinute));
    charts::addValueAxis(m_budget, bottom, 100.0, 25.0, QStringLiteral("%.0f %%"), tr("Budget left"));
    addFiringBands(m_budget, c, bottom, 100.0, false);
    QLineSeries* zero = charts::addLevel(m_budget, tr("Budget exhausted"), 0.0, msOf(c.fromMinute), msOf(c.toMinute),
        tr("0 %"), QColor(0xb0, 0x00, 0x20));
    zero->setObjectName(QStringLiteral("level:zero"));
    charts::hideFromLegend(m_budget, zero);
    charts::addLine(m_budget, tr("Budget left (%1)").arg(periodText(s.slo)), points, QColor(0x1f, 0x6f, 0xb4), 2.0)
        ->setObjectName(QStringLiteral("budget"));
}

void SloDetailView::drawBurnRates(const SloChartSnapshot& s)
{
    const slo::SloCharts& c = s.charts;
    double high = 20;
    for (const slo::ChartLine& line : c.burnRates)
        for (const double v : line.values)
            if (std::isfinite(v))
                high = std::max(high, v);
    const double top = std::pow(10.0, std::ceil(std::log10(high * 1.2)));
    charts::addTimeAxis(m_burn, timeOf(c.fromMinute), timeOf(c.toMinute));
    charts::addLogAxis(m_burn, kBurnAxisMin, top, QStringLiteral("%g"), tr("Burn rate (× the budget rate)"));
    addFiringBands(m_burn, c, kBurnAxisMin, top, true);

    const QLocale locale;
    for (size_t i = 0; i < c.table.tiers.size(); ++i) {
        const slo::AlertTier& tier = c.table.tiers[i];
        const bool page = tier.severity == slo::Severity::Page;
        const QString factor = tr("%1×").arg(locale.toString(tier.burnRate, 'g', 4));
        QLineSeries* level = charts::addLevel(m_burn,
            tr("%1 threshold %2 (%3 and %4 windows)")
                .arg(tier.name, factor, slo::promDuration(tier.longMinutes), slo::promDuration(tier.shortMinutes)),
            tier.burnRate, msOf(c.fromMinute), msOf(c.toMinute), factor, page ? kPageLine : kTicketLine);
        level->setObjectName(QStringLiteral("threshold:") + tier.name);
        charts::hideFromLegend(m_burn, level);
    }
    const QColor colors[] = { QColor(0x1f, 0x6f, 0xb4), QColor(0x7b, 0x3f, 0xa0), QColor(0x2a, 0x8c, 0x4a) };
    for (size_t l = 0; l < c.burnRates.size(); ++l) {
        const slo::ChartLine& line = c.burnRates[l];
        QList<QPointF> points;
        for (size_t i = 0; i < c.minutes.size(); ++i)
            if (std::isfinite(line.values[i]))
                points.append({ msOf(c.minutes[i]), std::clamp(line.values[i], kBurnAxisMin, top) });
        charts::addLine(m_burn, tr("Burn rate %1").arg(slo::promDuration(line.windowMinutes)), points,
            colors[l % std::size(colors)], l == 0 ? 1.2 : 1.8)
            ->setObjectName(QStringLiteral("burn:") + slo::promDuration(line.windowMinutes));
    }
}

} // namespace traceo
