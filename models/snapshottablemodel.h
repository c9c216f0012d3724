#pragma once

#include "tablesnapshot.h"

#include <QAbstractTableModel>

namespace traceo {

/// A read-only table over a TableSnapshot. The display role formats values for the locale; SortRole
/// returns the raw value so that numbers and dates sort as numbers and dates.
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit SnapshotTableModel(QObject* parent = nullptr);

    /// Replaces the whole table (a model reset).
    void setSnapshot(TableSnapshot snapshot);
    const TableSnapshot& snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// How the display role shows a raw value.
    static QString format(const QVariant& value);

private:
    TableSnapshot m_snapshot;
};

} // namespace traceo
