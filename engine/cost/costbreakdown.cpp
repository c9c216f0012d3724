#include "costbreakdown.h"

#include "core/error.h"
#include "costdimension.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace traceo::cost {

namespace {

struct Cell
{
    double billed = 0;
    double effective = 0;
    double list = 0;
    double previous = 0;
    double quantity = 0;
    std::uint32_t count = 0;
    std::uint32_t previousCount = 0;
};

inline double z(double v)
{
    return v == v ? v : 0.0;
}

std::int32_t toHour(const QDateTime& t)
{
    const qint64 s = t.toSecsSinceEpoch();
    return std::int32_t(s >= 0 ? s / 3600 : -((-s + 3599) / 3600));
}

const CostColumn& required(const CostTable& table, const QString& name)
{
    static const CostColumn empty;
    const CostColumn* c = table.column(name);
    return c ? *c : empty;
}

double metricOf(const Cell& c, Metric m)
{
    switch (m) {
    case Metric::Billed:
        return c.billed;
    case Metric::Effective:
        return c.effective;
    case Metric::List:
        return c.list;
    case Metric::Quantity:
        return c.quantity;
    }
    return c.billed;
}

constexpr std::uint64_t kDenseLimit = 1u << 16; // combinations kept in a flat array of cells, not hashed
constexpr std::size_t kBlock = 2048; // rows whose keys are made at once, in a buffer that stays in cache

/// The columns one pass reads, and the time window.
struct Inputs
{
    const std::int32_t* hours;
    const double* billed;
    const double* effective;
    const double* list;
    const double* quantity; ///< null when not needed
    const double* metric; ///< the column of the query's metric (for the previous period)
    bool windowed;
    bool comparable; ///< from and to are both given: the previous period counts too
    std::int32_t lo, hi, previousLo;
};

/// One pass over the line items: cells keyed by the combined dimension keys, for the current
/// period and (when a window is given) the previous period of the same length. Up to kDenseLimit
/// combinations, the key is an index into a flat array of cells; beyond, a hash map's key. Either
/// way the cells come out in key order, so that sums over them do not depend on the way.
struct Aggregation
{
    std::vector<KeyDimension> dims;
    std::vector<std::uint64_t> strides;
    std::vector<std::pair<std::uint64_t, Cell>> cells; ///< the cells with line items, by key
    qint64 lineItems = 0;

    Aggregation(const CostTable& table, const QStringList& by, const QList<QPair<QString, QString>>& filters,
        const std::optional<QDateTime>& from, const std::optional<QDateTime>& to, Metric metric,
        bool withQuantity = false, CostBreakdown::Grouping grouping = CostBreakdown::Grouping::Automatic)
    {
        std::uint64_t combinations = 1;
        for (const QString& d : by) {
            dims.emplace_back(table, d);
            strides.push_back(combinations);
            const std::uint64_t card = std::max<std::uint32_t>(1, dims.back().cardinality());
            if (combinations > std::numeric_limits<std::uint64_t>::max() / card)
                throw Error(CostBreakdown::tr("Too many combinations of %1 to break down").arg(by.join(u", ")));
            combinations *= card;
        }
        QStringList filterNames;
        for (const auto& [name, value] : filters) {
            qsizetype i = filterNames.indexOf(name);
            if (i < 0) {
                filterNames << name;
                m_filterDims.emplace_back(table, name);
                m_allowed.emplace_back(m_filterDims.back().cardinality(), 0);
                i = filterNames.size() - 1;
            }
            for (std::uint32_t k = 0; k < m_filterDims[std::size_t(i)].cardinality(); ++k)
                if (m_filterDims[std::size_t(i)].label(k) == value)
                    m_allowed[std::size_t(i)][k] = 1;
        }
        Inputs in {};
        in.hours = required(table, focus::ChargePeriodStart).hours.data();
        in.billed = required(table, focus::BilledCost).numbers.data();
        in.effective = required(table, focus::EffectiveCost).numbers.data();
        in.list = required(table, focus::ListCost).numbers.data();
        const double* quantity = required(table, focus::ConsumedQuantity).numbers.data();
        in.quantity = withQuantity || metric == Metric::Quantity ? quantity : nullptr;
        in.metric = metric == Metric::Billed ? in.billed
            : metric == Metric::Effective    ? in.effective
            : metric == Metric::List         ? in.list
                                             : quantity;
        in.windowed = from || to;
        in.lo = from ? toHour(*from) : std::numeric_limits<std::int32_t>::min();
        in.hi = to ? toHour(*to) : std::numeric_limits<std::int32_t>::max();
        in.comparable = from && to;
        in.previousLo = in.comparable ? in.lo - (in.hi - in.lo) : 0;

        const std::size_t rows = table.rowCount();
        if (grouping == CostBreakdown::Grouping::Automatic && combinations <= kDenseLimit) {
            std::vector<Cell> dense(combinations);
            pass<std::uint32_t>(in, rows, [&](std::uint32_t key) -> Cell& { return dense[key]; });
            for (std::size_t k = 0; k < dense.size(); ++k)
                if (dense[k].count || dense[k].previousCount)
                    cells.emplace_back(k, dense[k]);
        } else {
            std::unordered_map<std::uint64_t, Cell> hashed;
            pass<std::uint64_t>(in, rows, [&](std::uint64_t key) -> Cell& { return hashed[key]; });
            cells.assign(hashed.begin(), hashed.end());
            std::sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        }
    }

    template <typename Key, typename CellOf> void pass(const Inputs& in, std::size_t rows, CellOf&& cellOf)
    {
        Key keys[kBlock];
        Key filterKeys[kBlock];
        char keep[kBlock];
        const bool filtered = !m_filterDims.empty();
        for (std::size_t b = 0; b < rows; b += kBlock) {
            const std::size_t n = std::min(kBlock, rows - b);
            std::fill_n(keys, n, Key(0));
            for (std::size_t d = 0; d < dims.size(); ++d)
                dims[d].addKeys(keys, b, n, Key(strides[d]));
            if (filtered) {
                std::fill_n(keep, n, char(1));
                for (std::size_t f = 0; f < m_filterDims.size(); ++f) {
                    std::fill_n(filterKeys, n, Key(0));
                    m_filterDims[f].addKeys(filterKeys, b, n, Key(1));
                    for (std::size_t i = 0; i < n; ++i)
                        keep[i] &= m_allowed[f][filterKeys[i]];
                }
            }
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t r = b + i;
                bool current = true;
                if (in.windowed) {
                    const std::int32_t h = in.hours[r];
                    current = h >= in.lo && h < in.hi;
                    if (!current && !(in.comparable && h >= in.previousLo && h < in.lo))
                        continue;
                }
                if (filtered && !keep[i])
                    continue;
                Cell& cell = cellOf(keys[i]);
                if (current) {
                    cell.billed += z(in.billed[r]);
                    cell.effective += in.effective ? z(in.effective[r]) : 0.0;
                    cell.list += in.list ? z(in.list[r]) : 0.0;
                    if (in.quantity)
                        cell.quantity += z(in.quantity[r]);
                    ++cell.count;
                    ++lineItems;
                } else {
                    cell.previous += in.metric ? z(in.metric[r]) : 0.0;
                    ++cell.previousCount;
                }
            }
        }
    }

    std::uint32_t key(std::uint64_t combined, std::size_t d) const
    {
        const std::uint64_t card = std::max<std::uint32_t>(1, dims[d].cardinality());
        return std::uint32_t((combined / strides[d]) % card);
    }
    QStringList labels(std::uint64_t combined) const
    {
        QStringList keys;
        for (std::size_t d = 0; d < dims.size(); ++d)
            keys << (dims[d].cardinality() ? dims[d].label(key(combined, d)) : QString());
        return keys;
    }

private:
    std::vector<KeyDimension> m_filterDims;
    std::vector<std::vector<char>> m_allowed; ///< per filter dimension, per key: is it one of the values
};

} // namespace

QString CostBreakdown::columnOf(const QString& dimension)
{
    const QString d = dimension.trimmed().toLower();
    if (d == u"day" || d == u"week" || d == u"month" || d.startsWith(u"tag:"))
        return {};
    return dimensionColumn(dimension);
}

QStringList CostBreakdown::extraColumns(const BreakdownQuery& query)
{
    QStringList extra;
    QStringList names = query.by;
    for (const auto& f : query.filters)
        names << f.first;
    for (const QString& n : names) {
        const QString c = columnOf(n);
        if (!c.isEmpty() && !focus::coreColumns().contains(c) && !extra.contains(c))
            extra << c;
    }
    return extra;
}

BreakdownResult CostBreakdown::run(const CostTable& table, const BreakdownQuery& query, Grouping grouping)
{
    const Aggregation agg(table, query.by, query.filters, query.from, query.to, query.metric, false, grouping);
    BreakdownResult result;
    result.dimensions = query.by;
    result.metric = query.metric;
    result.hasPrevious = query.from && query.to;
    result.lineItems = agg.lineItems;
    for (qsizetype i = 0; i < query.by.size(); ++i)
        result.total.keys << QString();
    const bool timeFirst
        = std::any_of(agg.dims.begin(), agg.dims.end(), [](const KeyDimension& d) { return d.isTime(); });
    std::vector<const std::pair<std::uint64_t, Cell>*> entries;
    for (const auto& entry : agg.cells) {
        const Cell& cell = entry.second;
        if (timeFirst && !cell.count) {
            result.total.previous += cell.previous; // its days lie before the window: no row of their own
            continue;
        }
        result.total.billed += cell.billed;
        result.total.effective += cell.effective;
        result.total.list += cell.list;
        result.total.value += metricOf(cell, query.metric);
        result.total.previous += cell.previous;
        entries.push_back(&entry);
    }
    auto rowOf = [&](const std::pair<std::uint64_t, Cell>& e) {
        return BreakdownRow { agg.labels(e.first), e.second.billed, e.second.effective, e.second.list,
            metricOf(e.second, query.metric), e.second.previous };
    };
    const auto top = std::size_t(std::max(0, query.top));
    if (top > 0 && entries.size() > top) {
        // Only the kept rows get labels; the rest is summed into "(other)". Labels break ties.
        std::partial_sort(entries.begin(), entries.begin() + std::ptrdiff_t(top), entries.end(), [&](auto* a, auto* b) {
            const double va = metricOf(a->second, query.metric), vb = metricOf(b->second, query.metric);
            return va != vb ? va > vb : agg.labels(a->first) < agg.labels(b->first);
        });
        for (std::size_t i = 0; i < top; ++i)
            result.rows.push_back(rowOf(*entries[i]));
        BreakdownRow other;
        for (qsizetype i = 0; i < query.by.size(); ++i)
            other.keys << tr("(other)");
        for (std::size_t i = top; i < entries.size(); ++i) {
            const Cell& c = entries[i]->second;
            other.billed += c.billed;
            other.effective += c.effective;
            other.list += c.list;
            other.value += metricOf(c, query.metric);
            other.previous += c.previous;
        }
        result.rows.push_back(other);
        return result;
    }
    for (const auto* e : entries)
        result.rows.push_back(rowOf(*e));
    std::sort(result.rows.begin(), result.rows.end(), [&](const BreakdownRow& a, const BreakdownRow& b) {
        if (timeFirst && top == 0)
            return a.keys < b.keys;
        if (a.value != b.value)
            return a.value > b.value;
        return a.keys < b.keys;
    });
    return result;
}

DailySeries CostBreakdown::dailySeries(
    const CostTable& table, const QStringList& dimensions, Metric metric, const QList<QPair<QString, QString>>& filters)
{
    const Aggregation agg(table, QStringList(dimensions) << QStringLiteral("day"), filters, {}, {}, metric);
    const KeyDimension& day = agg.dims.back();
    DailySeries out;
    out.dimensions = dimensions;
    out.days = int(day.cardinality());
    out.firstDay = QDate(1970, 1, 1).addDays(day.firstDay());
    std::unordered_map<std::uint64_t, std::size_t> index;
    const std::size_t dayDim = agg.dims.size() - 1;
    for (const auto& [combined, cell] : agg.cells) {
        const std::uint64_t series = combined % agg.strides[dayDim];
        auto [it, added] = index.emplace(series, out.series.size());
        if (added) {
            QStringList key = agg.labels(combined);
            key.removeLast();
            out.series.push_back({ key, std::vector<double>(std::size_t(out.days), 0.0) });
        }
        out.series[it->second].values[agg.key(combined, dayDim)] += metricOf(cell, metric);
    }
    std::sort(out.series.begin(), out.series.end(),
        [](const DailySeries::Series& a, const DailySeries::Series& b) { return a.key < b.key; });
    return out;
}

std::vector<ResourceAggregate> CostBreakdown::resourceAggregates(const CostTable& table, QDate* firstDay, Metric metric)
{
    const QStringList attributes { QStringLiteral("resource"), QStringLiteral("resource-type"),
        QStringLiteral("service"), QStringLiteral("service-category"), QStringLiteral("charge-category"),
        QStringLiteral("pricing-category") };
    QStringList by;
    for (const QString& a : attributes)
        if (table.column(dimensionColumn(a)) || table.rowCount() == 0)
            by << a;
    const Aggregation agg(table, QStringList(by) << QStringLiteral("day"), {}, {}, {}, metric, true);
    const std::size_t dayDim = agg.dims.size() - 1;
    const int days = int(agg.dims.back().cardinality());
    if (firstDay)
        *firstDay = QDate(1970, 1, 1).addDays(agg.dims.back().firstDay());
    std::unordered_map<std::uint64_t, std::size_t> index;
    std::vector<ResourceAggregate> out;
    for (const auto& [combined, cell] : agg.cells) {
        auto [it, added] = index.emplace(combined % agg.strides[dayDim], out.size());
        if (added) {
            const QStringList keys = agg.labels(combined);
            ResourceAggregate a;
            QString* fields[] = { &a.resourceId, &a.resourceType, &a.service, &a.serviceCategory, &a.chargeCategory,
                &a.pricingCategory };
            for (qsizetype i = 0; i < by.size(); ++i)
                *fields[attributes.indexOf(by[i])] = keys[i];
            a.dailyCost.assign(std::size_t(days), 0.0);
            out.push_back(std::move(a));
        }
        ResourceAggregate& a = out[it->second];
        a.cost += metricOf(cell, metric);
        a.consumedQuantity += cell.quantity;
        a.dailyCost[agg.key(combined, dayDim)] += metricOf(cell, metric);
    }
    std::sort(out.begin(), out.end(), [](const ResourceAggregate& a, const ResourceAggregate& b) {
        return a.cost != b.cost ? a.cost > b.cost : a.resourceId < b.resourceId;
    });
    return out;
}

} // namespace traceo::cost
