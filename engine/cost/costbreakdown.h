#pragma once

#include "costtable.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <optional>

namespace traceo::cost {

enum class Metric
{
    Billed,
    Effective,
    List,
    Quantity ///< ConsumedQuantity, for usage series
};

/// A group-by over line items. Dimension names: provider, service, service-category, region,
/// account, billing-account, resource-type, resource, charge-category, pricing-category,
/// tag:KEY, day, week (starting Monday), month, or any stored column name (FOCUS or x_…).
struct BreakdownQuery
{
    QStringList by;
    QList<QPair<QString, QString>> filters; ///< dimension = value; values of one dimension are OR-ed
    std::optional<QDateTime> from; ///< charge period start >= from
    std::optional<QDateTime> to; ///< charge period start < to
    Metric metric = Metric::Billed;
    int top = 0; ///< keep the N largest rows and sum the rest into "(other)"; 0 keeps all
};

struct BreakdownRow
{
    QStringList keys;
    double billed = 0;
    double effective = 0;
    double list = 0;
    double value = 0; ///< the query's metric
    double previous = 0; ///< the metric over the previous period of the same length
};

struct BreakdownResult
{
    QStringList dimensions;
    Metric metric = Metric::Billed;
    std::vector<BreakdownRow> rows;
    BreakdownRow total; ///< keys are empty
    bool hasPrevious = false; ///< from and to were given, so `previous` is filled
    qint64 lineItems = 0; ///< line items in the current period that passed the filters
};

/// Cost per day for each key of some dimensions: the input of anomaly detection.
struct DailySeries
{
    QStringList dimensions;
    QDate firstDay;
    int days = 0;
    struct Series
    {
        QStringList key;
        std::vector<double> values; ///< one per day from firstDay
    };
    std::vector<Series> series;
};

/// Per-resource totals for recommendations.
struct ResourceAggregate
{
    QString resourceId;
    QString resourceType;
    QString service;
    QString serviceCategory;
    QString chargeCategory;
    QString pricingCategory;
    double consumedQuantity = 0;
    double cost = 0;
    std::vector<double> dailyCost; ///< one per day from DailySeries-style firstDay (see resourceAggregates)
};

class CostBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::CostBreakdown)
public:
    /// The FOCUS column behind a dimension name, or an empty string for tag:/day/week/month.
    static QString columnOf(const QString& dimension);
    /// Columns a query needs beyond the core ones (for CostStore::load).
    static QStringList extraColumns(const BreakdownQuery& query);
    enum class Grouping
    {
        Automatic, ///< a flat array of cells when the dimensions have few combinations, else a hash map
        Hashed ///< always the hash map: the reference for tests
    };
    /// Throws traceo::Error naming an unknown dimension.
    static BreakdownResult run(
        const CostTable& table, const BreakdownQuery& query, Grouping grouping = Grouping::Automatic);
    static DailySeries dailySeries(const CostTable& table, const QStringList& dimensions,
        Metric metric = Metric::Billed, const QList<QPair<QString, QString>>& filters = {});
    /// Resources with their attributes, total cost and daily cost from `firstDay` (set on return).
    static std::vector<ResourceAggregate> resourceAggregates(
        const CostTable& table, QDate* firstDay, Metric metric = Metric::Billed);
};

} // namespace traceo::cost
