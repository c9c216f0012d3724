#include "costtablebuilder.h"

#include <cmath>

namespace traceo::cost {

int CostTableBuilder::addColumn(const QString& name, ColumnKind kind)
{
    Column c;
    c.name = name;
    c.kind = kind;
    c.codes.assign(c.kind == ColumnKind::Text ? m_rows : 0, 0);
    c.numbers.assign(c.kind == ColumnKind::Number ? m_rows : 0, std::nan(""));
    c.hours.assign(c.kind == ColumnKind::Hour ? m_rows : 0, kNullHour);
    m_columns.push_back(std::move(c));
    return int(m_columns.size()) - 1;
}

void CostTableBuilder::setText(int column, const QString& value)
{
    Column& c = m_columns[std::size_t(column)];
    Q_ASSERT(c.kind == ColumnKind::Text);
    c.set = !value.isEmpty();
    if (!c.set)
        return;
    auto it = c.index.constFind(value);
    if (it == c.index.constEnd()) {
        it = c.index.insert(value, std::uint32_t(c.dictionary.size()));
        c.dictionary.push_back(value);
    }
    c.code = *it;
}

void CostTableBuilder::setNumber(int column, double value)
{
    Column& c = m_columns[std::size_t(column)];
    Q_ASSERT(c.kind == ColumnKind::Number);
    c.number = value;
    c.set = true;
}

void CostTableBuilder::setHour(int column, std::int32_t hour)
{
    Column& c = m_columns[std::size_t(column)];
    Q_ASSERT(c.kind == ColumnKind::Hour);
    c.hour = hour;
    c.set = true;
}

void CostTableBuilder::endRow()
{
    for (Column& c : m_columns) {
        switch (c.kind) {
        case ColumnKind::Text:
            c.codes.push_back(c.set ? c.code : 0);
            break;
        case ColumnKind::Number:
            c.numbers.push_back(c.set ? c.number : std::nan(""));
            break;
        case ColumnKind::Hour:
            c.hours.push_back(c.set ? c.hour : kNullHour);
            break;
        }
        c.set = false;
    }
    ++m_rows;
}

CostTable CostTableBuilder::take()
{
    CostTable table;
    for (Column& c : m_columns) {
        CostColumn column;
        column.name = c.name;
        column.kind = c.kind;
        column.numbers = std::move(c.numbers);
        column.hours = std::move(c.hours);
        if (c.kind == ColumnKind::Text) {
            column.codes.assign(c.codes, c.dictionary.size());
            column.dictionary = std::move(c.dictionary);
        }
        table.addColumn(std::move(column));
    }
    m_columns.clear();
    m_rows = 0;
    return table;
}

} // namespace traceo::cost
