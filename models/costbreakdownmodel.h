#pragma once

#include "costsnapshot.h"

#include <QAbstractItemModel>

namespace traceo {

/// The Cost pane's breakdown tree: the first dimension of the path at the top, the next one below each
/// node. Columns: the key, the cost, its share of the total, the previous period's cost and the change.
/// The display role is formatted; SortRole gives the raw number, PathRole the node's keys.
class CostBreakdownModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Key,
        Cost,
        Share,
        Previous,
        Change,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        PathRole
    };

    explicit CostBreakdownModel(QObject* parent = nullptr);

    /// Replaces the tree (a model reset).
    void setSnapshot(const CostBreakdownSnapshot& snapshot);
    const CostBreakdownSnapshot& snapshot() const { return m_snapshot; }
    /// The index of the node with `path` in column 0, or an invalid index.
    QModelIndex indexOf(const QStringList& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CostBreakdownSnapshot::Node* node(const QModelIndex& index) const;

    CostBreakdownSnapshot m_snapshot;
    std::vector<int> m_rows; ///< per node, its row under its parent
};

} // namespace traceo
