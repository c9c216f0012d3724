#pragma once

#include "cost/costanomaly.h"
#include "cost/costbreakdown.h"
#include "cost/recommendations.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace traceo {

/// What the Cost pane asks for: the group-by path of its tree, the cost metric, and its filter text.
struct CostQuery
{
    QStringList path { QStringLiteral("service"), QStringLiteral("region"), QStringLiteral("resource-type") };
    cost::Metric metric = cost::Metric::Billed;
    QString filter; ///< "DIM=VALUE, …" terms (values of one dimension are OR-ed); other text matches tree labels

    bool operator==(const CostQuery&) const = default;
};

/// The filter text split into the engine's dimension filters and the text that filters the tree.
struct CostFilter
{
    QList<QPair<QString, QString>> dimensions;
    QString text;
};

/// The days a time window covers: costs are billed by day, so the window widens to whole UTC days.
struct CostDays
{
    QDate from; ///< first day
    QDate to; ///< the day after the last
};

/// The breakdown tree and the share charts over the window, computed off the GUI thread.
struct CostBreakdownSnapshot
{
    struct Node
    {
        QStringList path; ///< the keys from the first dimension down to this node ("" is null)
        double value = 0; ///< the query's metric over the window
        double previous = 0; ///< the metric over the period of the same length before
        int parent = -1;
        std::vector<int> children; ///< largest first
    };
    QStringList dimensions;
    cost::Metric metric = cost::Metric::Billed;
    CostDays days;
    QString currency;
    std::vector<Node> nodes; ///< nodes[0] is the root: the total
    qint64 lineItems = 0;
    /// Top values by service and by region over the window, the rest as "(other)".
    std::vector<std::pair<QString, double>> byService;
    std::vector<std::pair<QString, double>> byRegion;
    QStringList available; ///< the dimensions the data offers (with its tag keys)
    QString error;
};

/// The stacked daily chart: the daily cost of the top values of one dimension inside a branch of the tree.
struct CostChartSnapshot
{
    struct Series
    {
        QString key;
        std::vector<double> values; ///< one per day
        bool other = false; ///< the sum of the values outside the top
    };
    QString dimension; ///< what the bars stack by
    QStringList branch; ///< the drill-down keys along the tree's path (empty: everything)
    CostDays days;
    std::vector<Series> series; ///< largest first, "(other)" last
    QString error;
};

/// Anomalies in the window with the state of their alerts, and the savings recommendations.
struct CostAnalysisSnapshot
{
    enum class AlertState
    {
        None, ///< below the alert rule
        New, ///< the rule alerts on it, but no alert is stored yet
        Open,
        Acknowledged
    };
    struct Anomaly
    {
        cost::CostAnomaly anomaly;
        AlertState alert = AlertState::None;
        qint64 alertId = 0;
    };
    std::vector<Anomaly> anomalies; ///< largest absolute impact first
    cost::RecommendationReport recommendations;
    QString currency;
    QString error;
};

} // namespace traceo
