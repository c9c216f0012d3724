#pragma once

#include "demo/demobuilder.h"

#include <vector>

namespace traceo {

class SloRepository;

DemoSeeder sloDemoSeeder();

namespace slo {

/// One incident of the demo: the SLO's error rate is `burnRate` × its budget over minutes
/// [fromMinute, toMinute), timed relative to the build's "now".
struct DemoIncident
{
    QString service;
    QString slo;
    double burnRate = 0;
    qint64 fromMinute = 0;
    qint64 toMinute = 0;
};

/// The number of 1-minute buckets each demo SLO gets: 30 days ending at "now".
inline constexpr qint64 kDemoBucketsPerSlo = 30 * 1440;

/// Adds the demo SLOs (100 services, availability for each and latency for every tenth) with 30 days of
/// buckets ending at `nowMinute`: daily and weekly traffic cycles, per-service scale and baseline error
/// rate, and the incidents returned, which fire each of Sloth's four default tiers. The data are a pure
/// function of the generator's state and `nowMinute`; the first `services` services get the same data
/// whatever the count.
std::vector<DemoIncident> seedSloDemo(SloRepository& repo, std::mt19937_64& rng, qint64 nowMinute, int services = 100);

} // namespace slo

} // namespace traceo
