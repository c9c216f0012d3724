#include "costseries.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace traceo::cost {

QString DailyCostSeries::dim(const QString& name) const
{
    const QString prefix = name + u'=';
    for (const QString& d : dims)
        if (d.startsWith(prefix))
            return d.mid(prefix.size());
    return {};
}

namespace {

void addInto(std::vector<double>& into, qint64 offset, const std::vector<double>& values)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        into[std::size_t(offset) + i] += values[i];
}

} // namespace

std::vector<DailyCostSeries> rollUp(const std::vector<DailyCostSeries>& series, const QStringList& keep)
{
    QDate first, last;
    for (const DailyCostSeries& s : series) {
        if (s.cost.empty())
            continue;
        const QDate end = s.day(s.cost.size() - 1);
        first = first.isValid() ? std::min(first, s.start) : s.start;
        last = last.isValid() ? std::max(last, end) : end;
    }
    if (!first.isValid())
        return {};
    const auto days = std::size_t(first.daysTo(last) + 1);
    std::map<QStringList, DailyCostSeries> groups;
    std::map<QStringList, std::map<std::pair<QString, QString>, std::vector<double>>> parts;
    for (const DailyCostSeries& s : series) {
        if (s.cost.empty())
            continue;
        QStringList dims;
        for (const QString& name : keep)
            dims << name + u'=' + s.dim(name);
        DailyCostSeries& g = groups[dims];
        if (g.cost.empty()) {
            g.dims = dims;
            g.start = first;
            g.cost.assign(days, 0.0);
        }
        const qint64 offset = first.daysTo(s.start);
        addInto(g.cost, offset, s.cost);
        for (const CostContribution& c : s.contributions) {
            std::vector<double>& sum = parts[dims][{ c.kind, c.key }];
            sum.resize(days, 0.0);
            addInto(sum, offset, c.cost);
        }
    }
    std::vector<DailyCostSeries> out;
    for (auto& [dims, g] : groups) {
        for (auto& [key, cost] : parts[dims])
            g.contributions.push_back({ key.first, key.second, std::move(cost) });
        out.push_back(std::move(g));
    }
    return out;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    return (*mid + *std::max_element(values.begin(), mid)) / 2;
}

double weekdayBaselineAt(const std::vector<double>& cost, std::size_t t, int weeks)
{
    std::vector<double> window;
    if (t < 7) {
        window.assign(cost.begin(), cost.begin() + std::ptrdiff_t(t));
    } else {
        for (int k = 1; k <= weeks && std::size_t(7 * k) <= t; ++k)
            window.push_back(cost[t - std::size_t(7 * k)]);
    }
    return median(std::move(window));
}

std::vector<double> weekdayBaseline(const std::vector<double>& cost, int weeks)
{
    std::vector<double> out(cost.size());
    for (std::size_t t = 0; t < cost.size(); ++t)
        out[t] = weekdayBaselineAt(cost, t, weeks);
    return out;
}

std::vector<double> trailingMedian(const std::vector<double>& cost, int window)
{
    std::vector<double> out(cost.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t t = 1; t < cost.size(); ++t) {
        const std::size_t from = t > std::size_t(window) ? t - std::size_t(window) : 0;
        out[t] = median(std::vector<double>(cost.begin() + std::ptrdiff_t(from), cost.begin() + std::ptrdiff_t(t)));
    }
    return out;
}

} // namespace traceo::cost
