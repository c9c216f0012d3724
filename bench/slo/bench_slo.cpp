// bench_slo: the engine side of the SLO benchmark (issue 3). 1,000 SLOs × 30 days of 1-minute buckets
// with daily cycles and a few incidents; times the status of all SLOs at one instant and the alert
// history of all SLOs over the 30 days, and reports the memory per bucket.
// Usage: bench_slo [SLOS] [DAYS]. The Prometheus side of the comparison is still to come.

#include "slo/alerting.h"
#include "slo/slomath.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <random>

using namespace traceo::slo;

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv)
{
    const int slos = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int days = argc > 2 ? std::atoi(argv[2]) : 30;
    const qint64 n = qint64(days) * 1440;
    const qint64 start = 29'000'000;
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0, 1);

    std::vector<SliSeries> series;
    series.reserve(size_t(slos));
    std::vector<double> good(static_cast<size_t>(n)), total(static_cast<size_t>(n));
    for (int s = 0; s < slos; ++s) {
        const double base = 200 + 2000 * u(rng);
        const double errorRate = 0.0002 + 0.0006 * u(rng);
        const qint64 incident = qint64(u(rng) * double(n - 120));
        const qint64 incidentLength = 5 + qint64(u(rng) * 90);
        const double incidentRate = 0.005 + 0.1 * u(rng);
        for (qint64 i = 0; i < n; ++i) {
            const double day = double(i % 1440) / 1440.0 * 2 * std::numbers::pi;
            const double week = (i / 1440) % 7 >= 5 ? 0.6 : 1.0;
            const double t = std::round(base * week * (1.2 + std::sin(day)) * (0.9 + 0.2 * u(rng)));
            const double rate = (i >= incident && i < incident + incidentLength) ? incidentRate : errorRate;
            total[size_t(i)] = t;
            good[size_t(i)] = t - std::round(t * rate * (0.5 + u(rng)));
        }
        series.push_back(SliSeries::fromDense(start, good, total));
    }
    size_t bytes = 0;
    for (const SliSeries& s : series)
        bytes += s.memoryBytes();

    const qint64 at = start + n;
    const AlertTable table = AlertTable::slothDefault(30);
    double sink = 0;

    auto t0 = std::chrono::steady_clock::now();
    for (const SliSeries& s : series) {
        const SloStatus st = sloStatus(s, { 0.999, 30, PeriodMode::TrafficWeighted }, at);
        const AlertState a = evaluateAlerts(s, 0.999, table, at);
        sink += st.budgetRemainingRatio + (a.page ? 1 : 0);
    }
    const double statusMs = msSince(t0);

    t0 = std::chrono::steady_clock::now();
    size_t intervals = 0;
    for (const SliSeries& s : series)
        intervals += firingIntervals(s, 0.999, table, start, at).size();
    const double historyMs = msSince(t0);

    t0 = std::chrono::steady_clock::now();
    for (const SliSeries& s : series)
        sink += sloStatus(s, { 0.999, 30, PeriodMode::SlothMean5m }, at).period.errorRatio;
    const double slothMs = msSince(t0);

    std::printf("SLOs %d x %d days of 1-minute buckets (%lld buckets)\n", slos, days, static_cast<long long>(n) * slos);
    std::printf("| measure | Traceo |\n| --- | --- |\n");
    std::printf("| status of all SLOs at one instant (traffic-weighted) | %.2f ms |\n", statusMs);
    std::printf("| status of all SLOs at one instant (Sloth period mode) | %.2f ms |\n", slothMs);
    std::printf("| alert history of all SLOs over %d days (%zu intervals) | %.1f ms |\n", days, intervals, historyMs);
    std::printf("| memory per bucket | %.2f B |\n", double(bytes) / double(n * slos));
    return sink == 42 ? 1 : 0; // keep the results alive
}
