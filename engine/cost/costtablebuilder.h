#pragma once

#include "costtable.h"

#include <QHash>

namespace traceo::cost {

/// Builds a CostTable row by row, for readers whose input is not CSV (OpenCost's JSON). Columns are
/// declared first; a cell left unset in a row is null.
class CostTableBuilder
{
public:
    /// Declares a column and returns its index.
    int addColumn(const QString& name, ColumnKind kind);
    void setText(int column, const QString& value);
    void setNumber(int column, double value);
    void setHour(int column, std::int32_t hour);
    /// Appends the row set so far and starts a new, all-null one.
    void endRow();
    std::size_t rowCount() const { return m_rows; }
    /// The table; the builder is empty afterwards.
    CostTable take();

private:
    struct Column
    {
        QString name;
        ColumnKind kind = ColumnKind::Text;
        std::vector<QString> dictionary { QString() };
        QHash<QString, std::uint32_t> index;
        std::vector<std::uint32_t> codes;
        std::vector<double> numbers;
        std::vector<std::int32_t> hours;
        std::uint32_t code = 0;
        double number = 0;
        std::int32_t hour = kNullHour;
        bool set = false;
    };
    std::vector<Column> m_columns;
    std::size_t m_rows = 0;
};

} // namespace traceo::cost
