#pragma once

#include "costanomaly.h"
#include "costtable.h"
#include "recommendations.h"

#include <optional>

namespace traceo {
class SettingsRepository;
}

namespace traceo::cost {

/// The bridge from stored line items (CostTable) to anomaly detection and recommendations.

/// Daily billed cost per (service, account, region), dims "service=…", "account=…", "region=…",
/// with per-day contributions by resource type, resource and each of `tagKeys` (kind "tag:KEY").
std::vector<DailyCostSeries> costSeries(const CostTable& table, const QStringList& tagKeys = {});

/// One entry per resource and consumed unit, with daily cost and quantity and its tags; the largest
/// entry of a resource also gets its daily CPU utilization when the table has utilizationColumns().
/// Throws traceo::Error naming the column, resource and day of a utilization that is not 0–100.
std::vector<ResourceUsage> resourceUsage(const CostTable& table);

/// The extra columns resourceUsage() reads (x_CpuUtilizationAvg, x_CpuUtilizationP95): load them
/// with CostStore::load() for recommendations.
const QStringList& utilizationColumns();

/// Anomalies per (service, account, region) and per service, newest first; with `from`/`to`, only
/// those on days in [from, to) are kept (the history before `from` still forms the baseline).
std::vector<CostAnomaly> findAnomalies(const CostTable& table, const AnomalyParams& params = {},
    std::optional<QDate> from = {}, std::optional<QDate> to = {}, const QStringList& tagKeys = {});

/// Settings keys "cost.recommend.<strategy>.rate" (percent) and "cost.recommend.<strategy>.cost"
/// over the defaults; throws traceo::Error naming a key whose value is not a number.
RecommendationSettings recommendationSettings(const SettingsRepository& settings);

} // namespace traceo::cost
