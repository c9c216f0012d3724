#include "snapshottablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace traceo {

SnapshotTableModel::SnapshotTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SnapshotTableModel::setSnapshot(TableSnapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int SnapshotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.rows.size());
}

int SnapshotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.headers.size());
}

QVariant SnapshotTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList& row = m_snapshot.rows.at(index.row());
    const QVariant value = row.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return format(value);
    case Qt::ToolTipRole: {
        const QString text = format(value);
        return text.size() > 40 ? QVariant(text) : QVariant();
    }
    case SortRole:
        return value;
    case Qt::TextAlignmentRole:
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_snapshot.headers.size())
        return m_snapshot.headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString SnapshotTableModel::format(const QVariant& value)
{
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    default:
        return value.toString();
    }
}

} // namespace traceo
