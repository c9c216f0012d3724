#include "costcharts.h"

#include "common/charts.h"
#include "costformat.h"
#include "costsnapshot.h"

#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QPieSeries>
#include <QRadioButton>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace traceo {

namespace {
const QColor kOther(0xa0, 0xa6, 0xad);
const QColor kMark(220, 53, 69, 70);

QString axisFormat(const QString& currency)
{
    // printf-style and ASCII only (see charts::addValueAxis).
    return currency == u"USD" ? QStringLiteral("$%.0f") : QStringLiteral("%.0f");
}
} // namespace

CostCharts::CostCharts(QWidget* parent)
    : QWidget(parent)
    , m_shareButtons(new QButtonGroup(this))
{
    QChartView* daily = charts::createChartView(tr("Daily cost"), this);
    QChartView* share = charts::createChartView(tr("Share of the cost"), this);
    daily->setObjectName(QStringLiteral("costDailyChart"));
    share->setObjectName(QStringLiteral("costShareChart"));
    m_daily = daily->chart();
    m_share = share->chart();
    m_share->legend()->setAlignment(Qt::AlignRight);

    auto* byService = new QRadioButton(tr("By service"), this);
    auto* byRegion = new QRadioButton(tr("By region"), this);
    byService->setChecked(true);
    m_shareButtons->addButton(byService, int(ShareBy::Service));
    m_shareButtons->addButton(byRegion, int(ShareBy::Region));
    connect(m_shareButtons, &QButtonGroup::idClicked, this, [this](int id) { setShareBy(ShareBy(id)); });

    auto* shareColumn = new QVBoxLayout;
    auto* toggles = new QHBoxLayout;
    toggles->addStretch(1);
    toggles->addWidget(byService);
    toggles->addWidget(byRegion);
    toggles->addStretch(1);
    shareColumn->addWidget(share, 1);
    shareColumn->addLayout(toggles);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(daily, 3);
    layout->addLayout(shareColumn, 2);
}

void CostCharts::showDaily(const CostChartSnapshot& c, const QString& currency)
{
    charts::clear(m_daily);
    m_currency = currency;
    m_days.clear();
    // Every day over a week or so, else the Mondays (every few for long windows); the title names the range.
    const int count = int(c.days.from.daysTo(c.days.to));
    const int stride = count <= 10 ? 1 : 7 * std::max(1, (count + 69) / 70);
    QList<QPair<int, QString>> ticks;
    for (int i = 0; i < count; ++i) {
        const QDate d = c.days.from.addDays(i);
        m_days.append(d);
        if (stride == 1)
            ticks.append({ i, QString::number(d.day()) });
        else if (d.dayOfWeek() == Qt::Monday && (c.days.from.daysTo(d) / 7) % (stride / 7) == 0)
            ticks.append({ i, QLocale().toString(d, QStringLiteral("d MMM")) });
    }
    QList<charts::BarStack> stacks;
    for (std::size_t i = 0; i < c.series.size(); ++i) {
        const CostChartSnapshot::Series& s = c.series[i];
        stacks.append({ costformat::key(s.key), QList<qreal>(s.values.begin(), s.values.end()),
            s.other ? kOther : charts::categoryColor(int(i)) });
    }
    const QString where = c.branch.isEmpty() ? tr("all costs") : c.branch.join(QStringLiteral(" › "));
    m_daily->setTitle(c.error.isEmpty() ? tr("Daily cost by %1 — %2").arg(c.dimension, where) : c.error);
    QStackedBarSeries* bars = charts::addStackedBars(m_daily, count, ticks, stacks, axisFormat(currency), currency);
    bars->setObjectName(QStringLiteral("daily"));
    if (!m_days.isEmpty())
        m_daily->axes(Qt::Horizontal)
            .first()
            ->setTitleText(tr("%1 – %2 (UTC days)")
                               .arg(QLocale().toString(m_days.first(), QStringLiteral("d MMM")),
                                   QLocale().toString(m_days.last(), QStringLiteral("d MMM yyyy"))));
    const auto axes = m_daily->axes(Qt::Vertical);
    m_top = axes.isEmpty() ? 0 : static_cast<QValueAxis*>(axes.first())->max();
    drawMark();
}

bool CostCharts::markDay(const QDate& day)
{
    m_marked = day;
    drawMark();
    return !day.isValid() || m_days.contains(day);
}

void CostCharts::drawMark()
{
    for (QAbstractSeries* s : m_daily->series())
        if (s->objectName() == u"mark") {
            m_daily->removeSeries(s);
            delete s;
        }
    const qsizetype i = m_days.indexOf(m_marked);
    if (i < 0)
        return;
    QAreaSeries* band
        = charts::addBands(m_daily, tr("Anomaly on %1").arg(QLocale().toString(m_marked, QLocale::ShortFormat)),
            { { qreal(i) - 0.5, qreal(i) + 0.5 } }, 0, m_top, kMark);
    band->setObjectName(QStringLiteral("mark"));
}

void CostCharts::showShares(const CostBreakdownSnapshot& breakdown)
{
    m_byService = breakdown.byService;
    m_byRegion = breakdown.byRegion;
    m_currency = breakdown.currency;
    drawShares();
}

void CostCharts::setShareBy(ShareBy by)
{
    m_shareBy = by;
    m_shareButtons->button(int(by))->setChecked(true);
    drawShares();
}

void CostCharts::drawShares()
{
    charts::clear(m_share);
    const auto& slices = m_shareBy == ShareBy::Service ? m_byService : m_byRegion;
    QList<QPair<QString, qreal>> values;
    QList<QColor> colors;
    double total = 0;
    for (const auto& [key, value] : slices) {
        values.append({ costformat::key(key), value });
        colors.append(
            key == cost::CostBreakdown::tr("(other)") ? kOther : charts::categoryColor(int(values.size() - 1)));
        total += value;
    }
    m_share->setTitle(m_shareBy == ShareBy::Service
            ? tr("Share by service of %1").arg(costformat::money(total, m_currency, 0))
            : tr("Share by region of %1").arg(costformat::money(total, m_currency, 0)));
    charts::addPie(m_share, values, colors)->setObjectName(QStringLiteral("share"));
}

} // namespace traceo
