#include "slotableproxy.h"

#include "slotable.h"
#include "snapshottablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <cmath>

namespace traceo {

using namespace slotable;

SloTableProxy::SloTableProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

QString SloTableProxy::formatPercent(double ratio, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(ratio * 100.0, 'f', decimals));
}

QString SloTableProxy::formatObjective(double ratio)
{
    return tr("%1 %").arg(QLocale().toString(ratio * 100.0, 'g', 6));
}

QString SloTableProxy::formatBurnRate(double rate)
{
    if (!std::isfinite(rate))
        return QStringLiteral("—");
    return tr("%1×").arg(QLocale().toString(rate, 'f', rate < 10 ? 2 : 1));
}

QString SloTableProxy::formatMinutes(double minutes)
{
    if (std::isinf(minutes))
        return QStringLiteral("∞");
    if (!(minutes >= 0))
        return QStringLiteral("—");
    const qint64 m = qint64(std::floor(minutes));
    if (m < 60)
        return tr("%1 min").arg(m);
    if (m < 1440)
        return tr("%1 h %2 min").arg(m / 60).arg(m % 60);
    return tr("%1 d %2 h").arg(m / 1440).arg(m % 1440 / 60);
}

QString SloTableProxy::alertText(int rank)
{
    switch (rank) {
    case PageAlert:
        return tr("Page");
    case TicketAlert:
        return tr("Ticket");
    default:
        return tr("OK");
    }
}

QVariant SloTableProxy::data(const QModelIndex& index, int role) const
{
    const QVariant raw = QIdentityProxyModel::data(index, SnapshotTableModel::SortRole);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Objective:
            return formatObjective(raw.toDouble());
        case BudgetRemaining:
            return formatPercent(raw.toDouble(), 1);
        case Burn1h:
        case Burn6h:
        case Burn1d:
        case Burn3d:
            return raw.isNull() ? QStringLiteral("—") : formatBurnRate(raw.toDouble());
        case Alert:
            return alertText(raw.toInt());
        case Exhaustion:
            return raw.toDouble() <= 0 ? tr("exhausted") : formatMinutes(raw.toDouble());
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= Objective && column <= Exhaustion && column != Alert)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (column == Alert)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        break;
    case Qt::BackgroundRole:
        if (column == Alert && raw.toInt() == PageAlert)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (column == Alert && raw.toInt() == TicketAlert)
            return QBrush(QColor(0xff, 0xec, 0xb5));
        break;
    case Qt::ForegroundRole:
        if (column == Alert && raw.toInt() == PageAlert)
            return QBrush(QColor(0x84, 0x20, 0x29));
        if (column == Alert && raw.toInt() == TicketAlert)
            return QBrush(QColor(0x66, 0x4d, 0x03));
        if (column == BudgetRemaining && raw.toDouble() < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace traceo
