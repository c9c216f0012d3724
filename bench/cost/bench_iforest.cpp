// bench_iforest: the engine side of the Isolation Forest benchmark (issue 4). Fits 100 trees on 256-row
// subsamples of a 1,000,000 × 8 matrix (a Gaussian cloud with 1 % outliers) and scores every row, on
// one thread and on all cores. Writes the matrix and the scores so that bench_iforest.py runs
// scikit-learn on the same data and compares. run_iforest.sh runs both.
// Usage: bench_iforest [ROWS] [OUT_DIR]

#include "cost/isolationforest.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <thread>

using namespace traceo::cost;

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

struct Timing
{
    double wallMs = 1e300;
    double cpuMs = 1e300; ///< CPU time of the process (all threads): the machine may be shared
};

template <typename F> Timing bestOf(int runs, F&& f)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        f();
        best.cpuMs = std::min(best.cpuMs, double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
        best.wallMs = std::min(best.wallMs, msSince(t0));
    }
    return best;
}

bool writeFile(const std::string& path, const void* data, std::size_t bytes)
{
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(data, 1, bytes, f) == bytes;
    return std::fclose(f) == 0 && ok;
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t rows = argc > 1 ? std::size_t(std::atoll(argv[1])) : 1'000'000;
    const std::string out = argc > 2 ? argv[2] : "";
    constexpr int cols = 8;
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal;
    FeatureMatrix x;
    x.cols = cols;
    x.values.resize(rows * cols);
    for (std::size_t r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            x.values[r * cols + std::size_t(c)] = normal(rng) + (r % 100 == 99 ? 5.0 : 0.0);

    IsolationForest forest;
    const Timing fit = bestOf(5, [&] { forest = IsolationForest::fit(x, { 100, 256, 0, 42 }); });
    std::vector<double> scores;
    const Timing one = bestOf(3, [&] { scores = forest.score(x, 1); });
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const Timing all = bestOf(3, [&] { scores = forest.score(x, 0); });

    double outliers = 0, inliers = 0;
    for (std::size_t r = 0; r < rows; ++r)
        (r % 100 == 99 ? outliers : inliers) += scores[r];
    std::printf("traceo  rows %zu × %d, 100 trees, ψ 256, %d nodes\n", rows, cols, forest.nodeCount());
    std::printf("traceo  fit                 %10.2f ms wall %10.2f ms CPU\n", fit.wallMs, fit.cpuMs);
    std::printf("traceo  score, 1 thread     %10.2f ms wall %10.2f ms CPU\n", one.wallMs, one.cpuMs);
    std::printf("traceo  score, %u threads    %10.2f ms wall %10.2f ms CPU\n", cores, all.wallMs, all.cpuMs);
    std::printf("traceo  mean score: outliers %.3f, inliers %.3f\n", outliers / double(rows / 100),
        inliers / double(rows - rows / 100));
    std::printf("traceo  scoring: %s\n", forest.compiled() ? "compiled kernel" : "plain walk");
    std::printf("traceo_times %.3f %.3f %.3f %.3f %.3f %.3f\n", fit.wallMs, fit.cpuMs, one.wallMs, one.cpuMs,
        all.wallMs, all.cpuMs);
    if (!out.empty()
        && (!writeFile(out + "/x.f64", x.values.data(), x.values.size() * sizeof(double))
            || !writeFile(out + "/traceo_scores.f64", scores.data(), scores.size() * sizeof(double)))) {
        std::fprintf(stderr, "bench_iforest: cannot write to %s\n", out.c_str());
        return 1;
    }
    return 0;
}
