#pragma once

#include "costsynth.h"
#include "demo/demobuilder.h"

namespace traceo {

namespace cost {

/// The demo's multi-cloud FOCUS export: a few hundred AWS, Microsoft Azure and Google Cloud resources
/// with weekly cycles, team/env/app tags, CPU utilization columns for compute, usage patterns that
/// each of the six recommendation strategies acts on, and three injected anomalies (a spike, a
/// runaway resource, a drop).
struct CostDemoData
{
    QByteArray csv;
    std::vector<InjectedAnomaly> injected; ///< dims service=…, account=…, region=…; one entry per day
};

/// Line items for the days [first, end); the same seed and days give the same export.
CostDemoData costDemoData(QDate first, QDate end, std::uint64_t seed);

} // namespace cost

/// Imports costDemoData() from the first day of the previous month to yesterday (a full month, and
/// the current month so far) through the FOCUS reader and the cost store, like a user's export.
DemoSeeder costDemoSeeder();

} // namespace traceo
