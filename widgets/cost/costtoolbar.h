#pragma once

#include "costsnapshot.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace traceo {

/// The Cost pane's toolbar: the group-by path (up to three dimensions), the cost metric, the filter
/// (applied 300 ms after typing stops), Import… and Export report.
class CostToolbar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kLevels = 3;

    explicit CostToolbar(QWidget* parent = nullptr);

    CostQuery query() const;
    /// Offers `dimensions` in the path choosers, keeping the chosen ones.
    void setDimensions(const QStringList& dimensions);
    /// Shows `query` (path, metric, filter) without emitting queryChanged().
    void setQuery(const CostQuery& query);
    QComboBox* levelBox(int level) const { return m_levels[level]; }
    QComboBox* metricBox() const { return m_metric; }
    QLineEdit* filterEdit() const { return m_filter; }

Q_SIGNALS:
    void queryChanged(const traceo::CostQuery& query);
    void importRequested();
    void exportRequested(int format);

private:
    void emitQuery();
    void fillLevel(int level, const QString& current);

    QComboBox* m_levels[kLevels];
    QComboBox* m_metric;
    QLineEdit* m_filter;
    QTimer* m_filterDelay;
    QStringList m_dimensions;
    bool m_updating = false;
};

} // namespace traceo
