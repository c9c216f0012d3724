#include "costtable.h"

#include <QDateTime>
#include <QHash>
#include <cmath>
#include <cstring>

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
    if (m_columns.empty()) {
        *this = other;
        return;
    }
    const std::size_t oldRows = m_rows;
    const std::size_t newRows = m_rows + other.m_rows;
    for (const CostColumn& c : other.m_columns) {
        if (!column(c.name)) {
            CostColumn n;
            n.name = c.name;
            n.kind = c.kind;
            n.numbers.assign(c.kind == ColumnKind::Number ? oldRows : 0, std::nan(""));
            n.hours.assign(c.kind == ColumnKind::Hour ? oldRows : 0, kNullHour);
            if (c.kind == ColumnKind::Text) {
                n.dictionary.push_back(QString());
                n.codes.assign(std::vector<std::uint32_t>(oldRows, 0), 1);
            }
            m_columns.push_back(std::move(n));
        }
    }
    for (CostColumn& c : m_columns) {
        const CostColumn* o = other.column(c.name);
        if (c.kind == ColumnKind::Number) {
            if (o)
                c.numbers.insert(c.numbers.end(), o->numbers.begin(), o->numbers.end());
            c.numbers.resize(newRows, std::nan(""));
        } else if (c.kind == ColumnKind::Hour) {
            if (o)
                c.hours.insert(c.hours.end(), o->hours.begin(), o->hours.end());
            c.hours.resize(newRows, kNullHour);
        } else {
            std::vector<std::uint32_t> codes = c.codes.toVector();
            codes.reserve(newRows);
            if (o) {
                QHash<QString, std::uint32_t> index;
                for (std::uint32_t i = 1; i < c.dictionary.size(); ++i)
                    index.insert(c.dictionary[i], i);
                std::vector<std::uint32_t> remap(o->dictionary.size(), 0);
                for (std::uint32_t i = 1; i < o->dictionary.size(); ++i) {
                    auto it = index.constFind(o->dictionary[i]);
                    if (it == index.constEnd()) {
                        it = index.insert(o->dictionary[i], std::uint32_t(c.dictionary.size()));
                        c.dictionary.push_back(o->dictionary[i]);
                    }
                    remap[i] = *it;
                }
                for (std::size_t i = 0; i < o->codes.size(); ++i)
                    codes.push_back(remap[o->codes[i]]);
            }
            codes.resize(newRows, 0);
            c.codes.assign(codes, c.dictionary.size());
        }
    }
    m_rows = newRows;
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
