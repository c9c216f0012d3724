// bench_slo: the engine side of the SLO benchmark (issue 3). SLOS SLOs × DAYS days of 1-minute buckets
// with daily cycles and a few incidents; times the status of all SLOs at one instant and the alert
// history of all SLOs over the days, and reports the memory per bucket.
//
// Usage: bench_slo SLOS DAYS [OUTDIR]
// With OUTDIR, also writes the same data for Prometheus and what Prometheus must answer:
//   OUTDIR/data.om        the buckets as OpenMetrics counters slo_errors_total / slo_requests_total
//                         {slo="sNNNN"}, one sample a minute on the minute boundaries (for promtool)
//   OUTDIR/expected.tsv   slo, window, error ratio of the engine status at the instant T
//   OUTDIR/engine.tsv     the engine timings (measure, value)
// and T (Unix seconds, the end of the data, a whole minute) is printed as "at T". bench/slo/run.sh runs
// this, backfills data.om into a Prometheus and compares (bench/slo/prom_query.py).

#include "slo/alerting.h"
#include "slo/slomath.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <optional>
#include <random>
#include <string>

using namespace traceo::slo;

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// Two OpenMetrics counter families, each written to its own file (a family's samples must be contiguous)
/// and joined at the end.
class OpenMetricsWriter
{
public:
    explicit OpenMetricsWriter(const std::string& dir)
        : m_path(dir + "/data.om")
        , m_errorsPart(std::fopen(m_path.c_str(), "w"))
        , m_requestsPart(std::fopen((dir + "/requests.part").c_str(), "w+"))
    {
        if (!m_errorsPart || !m_requestsPart) {
            std::perror(dir.c_str());
            std::exit(2);
        }
        std::fputs("# TYPE slo_errors counter\n", m_errorsPart);
        std::fputs("# TYPE slo_requests counter\n", m_requestsPart);
    }

    /// Counter samples at the minute boundaries start … start + n: the counter at minute start + i is the
    /// sum of buckets [0, i), so bucket i = counter(i + 1) − counter(i), as Prometheus's increase sees it.
    void write(int slo, qint64 startMinute, const std::vector<double>& good, const std::vector<double>& total)
    {
        double bad = 0, all = 0;
        for (size_t i = 0; i <= total.size(); ++i) {
            const long long ts = (startMinute + qint64(i)) * 60;
            std::fprintf(m_errorsPart, "slo_errors_total{slo=\"s%04d\"} %.0f %lld\n", slo, bad, ts);
            std::fprintf(m_requestsPart, "slo_requests_total{slo=\"s%04d\"} %.0f %lld\n", slo, all, ts);
            if (i < total.size()) {
                bad += total[i] - good[i];
                all += total[i];
            }
        }
    }

    void finish(const std::string& dir)
    {
        std::rewind(m_requestsPart);
        std::vector<char> buffer(1 << 20);
        for (size_t got; (got = std::fread(buffer.data(), 1, buffer.size(), m_requestsPart)) > 0;)
            std::fwrite(buffer.data(), 1, got, m_errorsPart);
        std::fputs("# EOF\n", m_errorsPart);
        std::fclose(m_requestsPart);
        std::remove((dir + "/requests.part").c_str());
        if (std::fclose(m_errorsPart) != 0) {
            std::perror(m_path.c_str());
            std::exit(2);
        }
    }

private:
    std::string m_path;
    std::FILE* m_errorsPart;
    std::FILE* m_requestsPart;
};

} // namespace

int main(int argc, char** argv)
{
    const int slos = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int days = argc > 2 ? std::atoi(argv[2]) : 30;
    const std::string outDir = argc > 3 ? argv[3] : "";
    if (slos <= 0 || slos > 9999 || days <= 0) {
        std::fprintf(stderr, "usage: bench_slo SLOS(1-9999) DAYS [OUTDIR]\n");
        return 2;
    }
    const qint64 n = qint64(days) * 1440;
    const qint64 start = 29'000'000; // 2025-02-20T13:20:00Z
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0, 1);
    std::optional<OpenMetricsWriter> om;
    if (!outDir.empty())
        om.emplace(outDir);

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
        if (om)
            om->write(s, start, good, total);
    }
    if (om)
        om->finish(outDir);
    size_t bytes = 0;
    for (const SliSeries& s : series)
        bytes += s.memoryBytes();

    const qint64 at = start + n;
    const SloParams params { 0.999, days, PeriodMode::TrafficWeighted };
    const AlertTable table = AlertTable::slothDefault(days);
    double sink = 0;

    // All-SLO status: 7 windows + the period, budget and burn rates, and the alert state; median of 7 runs.
    std::vector<double> runs;
    for (int r = 0; r < 7; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        for (const SliSeries& s : series) {
            const SloStatus st = sloStatus(s, params, at);
            const AlertState a = evaluateAlerts(s, params.objective, table, at);
            sink += st.budgetRemainingRatio + (a.page ? 1 : 0);
        }
        runs.push_back(msSince(t0));
    }
    const double statusMs = median(runs), coldMs = runs.front();

    auto t0 = std::chrono::steady_clock::now();
    size_t intervals = 0;
    for (const SliSeries& s : series)
        intervals += firingIntervals(s, params.objective, table, start, at).size();
    const double historyMs = msSince(t0);

    t0 = std::chrono::steady_clock::now();
    for (const SliSeries& s : series)
        sink += sloStatus(s, { params.objective, days, PeriodMode::SlothMean5m }, at).period.errorRatio;
    const double slothMs = msSince(t0);
    const double perBucket = double(bytes) / double(n * slos);

    std::printf("SLOs %d x %d days of 1-minute buckets (%lld buckets)\n", slos, days, static_cast<long long>(n) * slos);
    std::printf("| measure | Traceo |\n| --- | --- |\n");
    std::printf("| status of all SLOs at one instant (traffic-weighted, median of 7; first run) | %.2f ms; %.2f ms |\n",
        statusMs, coldMs);
    std::printf("| status of all SLOs at one instant (Sloth period mode) | %.2f ms |\n", slothMs);
    std::printf("| alert history of all SLOs over %d days (%zu intervals) | %.1f ms |\n", days, intervals, historyMs);
    std::printf("| memory per bucket | %.2f B |\n", perBucket);
    std::printf("at %lld\n", static_cast<long long>(at) * 60);

    if (!outDir.empty()) {
        std::FILE* expected = std::fopen((outDir + "/expected.tsv").c_str(), "w");
        std::FILE* engine = std::fopen((outDir + "/engine.tsv").c_str(), "w");
        if (!expected || !engine) {
            std::perror(outDir.c_str());
            return 2;
        }
        for (int s = 0; s < slos; ++s) {
            const SloStatus st = sloStatus(series[size_t(s)], params, at);
            for (const WindowStatus& w : st.windows)
                std::fprintf(expected, "s%04d\t%s\t%.17g\n", s, qPrintable(promDuration(w.minutes)), w.errorRatio);
            std::fprintf(
                expected, "s%04d\t%s\t%.17g\n", s, qPrintable(promDuration(st.period.minutes)), st.period.errorRatio);
        }
        std::fprintf(engine,
            "slos\t%d\ndays\t%d\nat\t%lld\nstatus_ms\t%.3f\ncold_ms\t%.3f\nsloth_ms\t%.3f\nhistory_ms\t%.1f\n", slos,
            days, static_cast<long long>(at) * 60, statusMs, coldMs, slothMs, historyMs);
        std::fprintf(engine, "intervals\t%zu\nbytes_per_bucket\t%.2f\n", intervals, perBucket);
        std::fclose(expected);
        std::fclose(engine);
    }
    return sink == 42 ? 1 : 0; // keep the results alive
}
