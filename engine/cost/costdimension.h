#pragma once

#include "costtable.h"

#include <vector>

namespace traceo::cost {

/// A breakdown dimension resolved against a table: a dense key per row (0 … cardinality-1) and
/// the label of each key. Text columns use their codes (tags map them through `remap`); day,
/// week and month map the charge period start.
class KeyDimension
{
public:
    /// Throws traceo::Error for an unknown dimension.
    KeyDimension(const CostTable& table, const QString& dimension);

    std::uint32_t at(std::size_t row) const
    {
        if (m_codes)
            return m_remap.empty() ? (*m_codes)[row] : m_remap[(*m_codes)[row]];
        if (m_hours)
            return m_dayKey[std::size_t(floorDay(m_hours[row]) - m_firstDay)];
        return 0; // a dimension the table does not have: one null key
    }
    /// keys[i] += at(begin + i) * stride for `count` rows: at() for a run of rows, with the dispatch
    /// hoisted out. Key is std::uint32_t or std::uint64_t.
    template <typename Key> void addKeys(Key* keys, std::size_t begin, std::size_t count, Key stride) const;
    std::uint32_t cardinality() const { return std::uint32_t(m_labels.size()); }
    const QString& label(std::uint32_t key) const { return m_labels[key]; }
    bool isTime() const { return m_hours != nullptr; }
    /// For day dimensions: the date of key 0.
    std::int32_t firstDay() const { return m_firstDay; }

    static std::int32_t floorDay(std::int32_t hour) { return hour >= 0 ? hour / 24 : -((-hour + 23) / 24); }

private:
    const CodeArray* m_codes = nullptr;
    std::vector<std::uint32_t> m_remap;
    const std::int32_t* m_hours = nullptr;
    std::int32_t m_firstDay = 0;
    std::vector<std::uint32_t> m_dayKey;
    std::vector<QString> m_labels;
};

/// The FOCUS column behind a dimension name ("service" -> ServiceName), or the name itself.
QString dimensionColumn(const QString& dimension);

} // namespace traceo::cost
