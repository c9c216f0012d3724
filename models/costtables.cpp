#include "costtables.h"

#include "costformat.h"

#include <QColor>
#include <QLocale>
#include <cmath>

namespace traceo {

namespace {
QVariant finite(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}
} // namespace

CostTableModel::CostTableModel(QObject* parent)
    : SnapshotTableModel(parent)
{ }

void CostTableModel::setSnapshot(TableSnapshot snapshot, QList<Format> formats, const QString& currency)
{
    m_formats = std::move(formats);
    m_currency = currency;
    SnapshotTableModel::setSnapshot(std::move(snapshot));
}

QString CostTableModel::severityText(int severity)
{
    switch (cost::Severity(severity)) {
    case cost::Severity::Critical:
        return tr("critical");
    case cost::Severity::High:
        return tr("high");
    case cost::Severity::Medium:
        return tr("medium");
    default:
        return tr("low");
    }
}

QString CostTableModel::alertText(int state)
{
    switch (CostAnalysisSnapshot::AlertState(state)) {
    case CostAnalysisSnapshot::AlertState::New:
        return tr("new");
    case CostAnalysisSnapshot::AlertState::Open:
        return tr("open");
    case CostAnalysisSnapshot::AlertState::Acknowledged:
        return tr("acknowledged");
    default:
        return tr("below the alert rule");
    }
}

QVariant CostTableModel::data(const QModelIndex& index, int role) const
{
    const Format format = m_formats.value(index.column(), Format::Plain);
    if (role == Qt::ForegroundRole && format == Format::Severity) {
        const int s = SnapshotTableModel::data(index, SortRole).toInt();
        return s >= int(cost::Severity::High) ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    }
    if (role != Qt::DisplayRole || format == Format::Plain)
        return SnapshotTableModel::data(index, role);
    const QVariant raw = SnapshotTableModel::data(index, SortRole);
    if (!raw.isValid())
        return QString();
    switch (format) {
    case Format::Money:
        return costformat::money(raw.toDouble(), m_currency);
    case Format::Percent:
        return costformat::percent(raw.toDouble());
    case Format::Score:
        return QLocale().toString(raw.toDouble(), 'f', 2);
    case Format::Severity:
        return severityText(raw.toInt());
    case Format::Alert:
        return alertText(raw.toInt());
    case Format::Multiple: {
        const double v = raw.toDouble();
        return tr("%1×").arg(QLocale().toString(v, 'f', std::abs(v) >= 10 ? 0 : 1));
    }
    case Format::Months: {
        const double months = raw.toDouble();
        if (!std::isfinite(months))
            return tr("never");
        if (months * 30 < 1)
            return tr("under a day");
        if (months < 1)
            return tr("%n day(s)", nullptr, int(std::lround(months * 30)));
        return tr("%1 months").arg(QLocale().toString(months, 'f', 1));
    }
    default:
        return SnapshotTableModel::data(index, role);
    }
}

namespace costtables {

void showAnomalies(CostTableModel* model, const CostAnalysisSnapshot& analysis)
{
    using F = CostTableModel::Format;
    TableSnapshot t;
    t.headers = { CostTableModel::tr("Day"), CostTableModel::tr("Slice"), CostTableModel::tr("Expected"),
        CostTableModel::tr("Actual"), CostTableModel::tr("Impact"), CostTableModel::tr("Impact %"),
        CostTableModel::tr("Severity"), CostTableModel::tr("Score"), CostTableModel::tr("Alert") };
    for (const CostAnalysisSnapshot::Anomaly& entry : analysis.anomalies) {
        const cost::CostAnomaly& a = entry.anomaly;
        t.rows.append({ a.day, a.dims.join(QStringLiteral(", ")), a.expected, a.actual, a.impact,
            finite(a.impactPercent), int(a.severity), a.score, int(entry.alert) });
    }
    model->setSnapshot(std::move(t),
        { F::Plain, F::Plain, F::Money, F::Money, F::Money, F::Percent, F::Severity, F::Score, F::Alert },
        analysis.currency);
}

void showRecommendations(CostTableModel* model, const CostAnalysisSnapshot& analysis)
{
    using F = CostTableModel::Format;
    TableSnapshot t;
    t.headers = { CostTableModel::tr("Priority"), CostTableModel::tr("Strategy"), CostTableModel::tr("Evidence"),
        CostTableModel::tr("Eligible spend / month"), CostTableModel::tr("Savings rate"),
        CostTableModel::tr("Savings / month"), CostTableModel::tr("Savings / year"),
        CostTableModel::tr("Implementation cost"), CostTableModel::tr("ROI"), CostTableModel::tr("Payback") };
    for (const cost::Recommendation& r : analysis.recommendations.recommendations) {
        const QString evidence
            = CostTableModel::tr("%n resource(s): %1", nullptr, int(r.evidence.size()))
                  .arg(r.evidence.front().resourceId + QStringLiteral(" — ") + r.evidence.front().pattern);
        t.rows.append({ r.priority, cost::strategyTitle(r.strategy), evidence, r.eligibleMonthly, r.savingsRate * 100.0,
            r.monthlySavings, r.annualSavings, r.implementationCost, finite(r.roi), r.paybackMonths });
    }
    model->setSnapshot(std::move(t),
        { F::Plain, F::Plain, F::Plain, F::Money, F::Percent, F::Money, F::Money, F::Money, F::Multiple, F::Months },
        analysis.currency);
}

} // namespace costtables

} // namespace traceo
