#include "costbreakdownmodel.h"

#include "costformat.h"

#include <QColor>
#include <cmath>

namespace traceo {

namespace {
QString metricName(cost::Metric metric)
{
    switch (metric) {
    case cost::Metric::Effective:
        return CostBreakdownModel::tr("Effective cost");
    case cost::Metric::List:
        return CostBreakdownModel::tr("List cost");
    default:
        return CostBreakdownModel::tr("Billed cost");
    }
}
} // namespace

CostBreakdownModel::CostBreakdownModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void CostBreakdownModel::setSnapshot(const CostBreakdownSnapshot& snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_rows.assign(m_snapshot.nodes.size(), 0);
    for (const CostBreakdownSnapshot::Node& n : m_snapshot.nodes)
        for (std::size_t r = 0; r < n.children.size(); ++r)
            m_rows[std::size_t(n.children[r])] = int(r);
    endResetModel();
}

const CostBreakdownSnapshot::Node* CostBreakdownModel::node(const QModelIndex& index) const
{
    if (m_snapshot.nodes.empty())
        return nullptr;
    return &m_snapshot.nodes[index.isValid() ? std::size_t(index.internalId()) : 0];
}

QModelIndex CostBreakdownModel::indexOf(const QStringList& path) const
{
    QModelIndex current;
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        const CostBreakdownSnapshot::Node* parent = node(current);
        if (!parent)
            return {};
        int found = -1;
        for (std::size_t r = 0; r < parent->children.size() && found < 0; ++r)
            if (m_snapshot.nodes[std::size_t(parent->children[r])].path.value(depth) == path[depth])
                found = int(r);
        if (found < 0)
            return {};
        current = index(found, 0, current);
    }
    return current;
}

QModelIndex CostBreakdownModel::index(int row, int column, const QModelIndex& parent) const
{
    const CostBreakdownSnapshot::Node* p = node(parent);
    if (!p || row < 0 || std::size_t(row) >= p->children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(p->children[std::size_t(row)]));
}

QModelIndex CostBreakdownModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_snapshot.nodes[std::size_t(child.internalId())].parent;
    if (parent <= 0)
        return {};
    return createIndex(m_rows[std::size_t(parent)], 0, quintptr(parent));
}

int CostBreakdownModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const CostBreakdownSnapshot::Node* p = node(parent);
    return p ? int(p->children.size()) : 0;
}

int CostBreakdownModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CostBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CostBreakdownSnapshot::Node& n = m_snapshot.nodes[std::size_t(index.internalId())];
    const double total = m_snapshot.nodes.front().value;
    const double share = total != 0 ? n.value / total * 100.0 : std::nan("");
    const double change = costformat::changePercent(n.value, n.previous);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            return costformat::key(n.path.last());
        case Cost:
            return costformat::money(n.value, m_snapshot.currency);
        case Share:
            return costformat::percent(share);
        case Previous:
            return costformat::money(n.previous, m_snapshot.currency);
        case Change:
            return costformat::change(n.value, n.previous);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Key:
            return n.path.last();
        case Cost:
            return n.value;
        case Share:
            return std::isfinite(share) ? share : 0.0;
        case Previous:
            return n.previous;
        case Change:
            // Whatever is new sorts above every percentage.
            return std::isfinite(change) ? change : (n.value != 0 ? 1e300 : 0.0);
        }
        return {};
    case PathRole:
        return n.path;
    case Qt::ToolTipRole:
        if (index.column() == Key)
            return tr("%1 = %2").arg(
                m_snapshot.dimensions.value(int(n.path.size()) - 1), costformat::key(n.path.last()));
        return {};
    case Qt::ForegroundRole:
        // A cost that went up is the one to look at.
        if (index.column() == Change && std::isfinite(change) && std::abs(change) >= 10)
            return change > 0 ? QColor(0xb0, 0x00, 0x20) : QColor(0x1e, 0x7b, 0x34);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Key ? QVariant()
                                     : QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant CostBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return m_snapshot.dimensions.isEmpty() ? tr("Group") : m_snapshot.dimensions.join(QStringLiteral(" › "));
    case Cost:
        return metricName(m_snapshot.metric);
    case Share:
        return tr("Share");
    case Previous:
        return tr("Previous period");
    case Change:
        return tr("Change");
    }
    return {};
}

} // namespace traceo
