#include "costtable.h"

#include <QDateTime>
#include <QHash>
#include <cmath>
#include <cstring>
#include <utility>

namespace traceo::cost {

void CodeArray::assign(const std::vector<std::uint32_t>& codes, std::size_t dictionarySize)
{
    m_width = dictionarySize <= 0x100 ? 1 : dictionarySize <= 0x10000 ? 2 : 4;
    m_bytes.assign(codes.size() * std::size_t(m_width), 0);
    if (m_width == 4) {
        std::memcpy(m_bytes.data(), codes.data(), m_bytes.size());
    } else if (m_width == 2) {
        auto* out = reinterpret_cast<std::uint16_t*>(m_bytes.data());
        for (std::size_t i = 0; i < codes.size(); ++i)
            out[i] = std::uint16_t(codes[i]);
    } else {
        for (std::size_t i = 0; i < codes.size(); ++i)
            m_bytes[i] = std::uint8_t(codes[i]);
    }
}

void CodeArray::setRaw(int width, std::vector<std::uint8_t> bytes)
{
    m_width = width;
    m_bytes = std::move(bytes);
}

std::vector<std::uint32_t> CodeArray::toVector() const
{
    std::vector<std::uint32_t> v(size());
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = (*this)[i];
    return v;
}

std::size_t CostColumn::size() const
{
    switch (kind) {
    case ColumnKind::Text:
        return codes.size();
    case ColumnKind::Number:
        return numbers.size();
    case ColumnKind::Hour:
        return hours.size();
    }
    return 0;
}

std::size_t CostColumn::memoryBytes() const
{
    std::size_t bytes = codes.bytes().capacity() + numbers.capacity() * sizeof(double)
        + hours.capacity() * sizeof(std::int32_t) + dictionary.capacity() * sizeof(QString);
    for (const QString& s : dictionary)
        bytes += std::size_t(s.capacity()) * 2 + 24;
    return bytes;
}

QString CostColumn::text(std::size_t i) const
{
    switch (kind) {
    case ColumnKind::Text:
        return dictionary[codes[i]];
    case ColumnKind::Number:
        return std::isnan(numbers[i]) ? QString() : QString::number(numbers[i], 'g', 17);
    case ColumnKind::Hour:
        return hours[i] == kNullHour ? QString() : hourToIso(hours[i]);
    }
    return {};
}

namespace focus {

ColumnKind kindOf(const QString& name)
{
    static const QStringList numbers { BilledCost, EffectiveCost, ListCost, ContractedCost, ConsumedQuantity,
        QStringLiteral("PricingQuantity"), QStringLiteral("ListUnitPrice"), QStringLiteral("ContractedUnitPrice"),
        CpuUtilizationAvg, CpuUtilizationP95 };
    static const QStringList hours { ChargePeriodStart, ChargePeriodEnd, BillingPeriodStart, BillingPeriodEnd };
    if (numbers.contains(name))
        return ColumnKind::Number;
    if (hours.contains(name))
        return ColumnKind::Hour;
    return ColumnKind::Text;
}

const QStringList& mandatoryColumns()
{
    static const QStringList list { BilledCost, BillingAccountId, BillingCurrency, BillingPeriodStart, BillingPeriodEnd,
        ChargePeriodStart, ChargePeriodEnd };
    return list;
}

const QStringList& coreColumns()
{
    static const QStringList list { BilledCost, EffectiveCost, ListCost, ConsumedQuantity, ChargePeriodStart,
        BillingAccountId, BillingCurrency, ProviderName, ServiceName, ServiceCategory, RegionId, SubAccountId,
        ResourceId, ResourceType, ChargeCategory, PricingCategory, ConsumedUnit, Tags };
    return list;
}

} // namespace focus

CostColumn* CostTable::findColumn(const QString& name)
{
    return const_cast<CostColumn*>(std::as_const(*this).column(name));
}

const CostColumn* CostTable::column(const QString& name) const
{
    for (const CostColumn& c : m_columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

void CostTable::addColumn(CostColumn column)
{
    if (m_columns.empty())
        m_rows = column.size();
    Q_ASSERT(column.size() == m_rows);
    m_columns.push_back(std::move(column));
}

CostTable CostTable::select(const std::vector<std::uint32_t>& rows) const
{
    CostTable out;
    out.m_rows = rows.size();
    for (const CostColumn& c : m_columns) {
        CostColumn n;
        n.name = c.name;
        n.kind = c.kind;
        if (c.kind == ColumnKind::Number) {
            n.numbers.reserve(rows.size());
            for (std::uint32_t r : rows)
                n.numbers.push_back(c.numbers[r]);
        } else if (c.kind == ColumnKind::Hour) {
            n.hours.reserve(rows.size());
            for (std::uint32_t r : rows)
                n.hours.push_back(c.hours[r]);
        } else {
            std::vector<std::uint32_t> remap(c.dictionary.size(), 0);
            std::vector<std::uint32_t> codes(rows.size());
            n.dictionary.push_back(QString());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const std::uint32_t code = c.codes[rows[i]];
                if (code && !remap[code]) {
                    remap[code] = std::uint32_t(n.dictionary.size());
                    n.dictionary.push_back(c.dictionary[code]);
                }
                codes[i] = remap[code];
            }
            n.codes.assign(codes, n.dictionary.size());
        }
        out.m_columns.push_back(std::move(n));
    }
    return out;
}

void CostTable::append(const CostTable& other)
{
    std::vector<CostTable> parts(2);
    parts[0] = std::move(*this);
    parts[1] = other;
    *this = concatenate(std::move(parts));
}

CostTable CostTable::concatenate(std::vector<CostTable> parts)
{
    if (parts.size() == 1)
        return std::move(parts.front());
    CostTable out;
    for (const CostTable& p : parts) {
        out.m_rows += p.m_rows;
        for (const CostColumn& c : p.m_columns)
            if (!out.column(c.name))
                out.m_columns.push_back({ c.name, c.kind, {}, {}, {}, {} });
    }
    // Column by column, each written once at its final size; a part without the column is null there.
    for (CostColumn& c : out.m_columns) {
        if (c.kind == ColumnKind::Number)
            c.numbers.reserve(out.m_rows);
        else if (c.kind == ColumnKind::Hour)
            c.hours.reserve(out.m_rows);
        std::vector<std::vector<std::uint32_t>> remaps(parts.size());
        if (c.kind == ColumnKind::Text) {
            QHash<QString, std::uint32_t> index;
            c.dictionary.push_back(QString());
            for (std::size_t i = 0; i < parts.size(); ++i) {
                const CostColumn* o = parts[i].column(c.name);
                if (!o)
                    continue;
                remaps[i].assign(o->dictionary.size(), 0);
                for (std::uint32_t k = 1; k < o->dictionary.size(); ++k) {
                    auto it = index.constFind(o->dictionary[k]);
                    if (it == index.constEnd()) {
                        it = index.insert(o->dictionary[k], std::uint32_t(c.dictionary.size()));
                        c.dictionary.push_back(o->dictionary[k]);
                    }
                    remaps[i][k] = *it;
                }
            }
        }
        std::vector<std::uint32_t> codes;
        if (c.kind == ColumnKind::Text)
            codes.reserve(out.m_rows);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            CostColumn* o = parts[i].findColumn(c.name);
            const std::size_t rows = parts[i].m_rows;
            if (c.kind == ColumnKind::Number && o)
                c.numbers.insert(c.numbers.end(), o->numbers.begin(), o->numbers.end());
            else if (c.kind == ColumnKind::Number)
                c.numbers.insert(c.numbers.end(), rows, std::nan(""));
            else if (c.kind == ColumnKind::Hour && o)
                c.hours.insert(c.hours.end(), o->hours.begin(), o->hours.end());
            else if (c.kind == ColumnKind::Hour)
                c.hours.insert(c.hours.end(), rows, kNullHour);
            else if (o)
                for (std::size_t r = 0; r < rows; ++r)
                    codes.push_back(remaps[i][o->codes[r]]);
            else
                codes.insert(codes.end(), rows, 0);
            if (o) // done with it: hand the memory back before the next part
                *o = CostColumn();
        }
        if (c.kind == ColumnKind::Text)
            c.codes.assign(codes, c.dictionary.size());
    }
    return out;
}

std::size_t CostTable::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const CostColumn& c : m_columns)
        bytes += c.memoryBytes();
    return bytes;
}

QString hourToIso(std::int32_t hour)
{
    return QDateTime::fromSecsSinceEpoch(qint64(hour) * 3600, Qt::UTC).toString(Qt::ISODate);
}

} // namespace traceo::cost
