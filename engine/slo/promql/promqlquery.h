#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <vector>

namespace traceo::slo::promql {

/// One label matcher of a selector: `name="v"`, `!=`, `=~` or `!~` (regular expressions fully anchored,
/// as in Prometheus).
struct LabelMatcher
{
    enum class Op
    {
        Equal,
        NotEqual,
        Regex,
        NotRegex
    };
    QString name;
    Op op = Op::Equal;
    QString value;
    QRegularExpression regex; ///< for Regex and NotRegex

    bool matches(const QString& labelValue) const;
};

/// The subset of PromQL that Traceo evaluates over imported counters: Sloth's events form
///
///     [sum [by|without (labels)]] ( rate|increase ( metric{matchers}[range] ) ) [by|without (labels)]
///
/// with any number of redundant parentheses around the parts.
struct EventsQuery
{
    enum class Function
    {
        Rate,
        Increase
    };
    enum class Grouping
    {
        None, ///< no aggregation: one result per matching series
        Sum, ///< sum into one result
        SumBy,
        SumWithout
    };
    Function function = Function::Rate;
    QString metric;
    std::vector<LabelMatcher> matchers; ///< besides the metric name
    qint64 rangeMs = 0;
    Grouping grouping = Grouping::None;
    QStringList groupLabels;
};

/// Parses `text` as an EventsQuery. Throws traceo::Error naming the column (1-based) and what was expected
/// when the text is outside the subset (or not PromQL at all).
EventsQuery parseEventsQuery(const QString& text);

/// A Prometheus duration with its units (ms, s, m, h, d, w, y; `1h30m`) in milliseconds; −1 when invalid.
qint64 parseDurationMs(QStringView text);

} // namespace traceo::slo::promql
