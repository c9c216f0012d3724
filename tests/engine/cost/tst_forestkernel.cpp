#include "cost/forestkernel.h"
#include "cost/isolationforest.h"

#include <QtTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <random>

using namespace traceo::cost;

namespace {

// Rows of `d` columns: Gaussian, with a few repeated values (ties with split values happen) and
// outliers; `nan` adds NaN and ±∞ cells.
FeatureMatrix randomMatrix(std::size_t rows, int d, std::uint64_t seed, bool nan = false)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    FeatureMatrix m;
    m.cols = d;
    for (std::size_t i = 0; i < rows * std::size_t(d); ++i) {
        double v = normal(rng) * double(1 + i % 3);
        if (rng() % 10 == 0)
            v = std::round(v); // repeated values
        if (rng() % 50 == 0)
            v += 20;
        if (nan && rng() % 100 == 0)
            v = std::array { std::nan(""), HUGE_VAL, -HUGE_VAL }[rng() % 3];
        m.values.push_back(v);
    }
    return m;
}

// The straightforward recursive walk: the path length of `row` in the tree below `node`.
double recursivePathLength(const ForestNodes& n, std::int32_t node, const double* row)
{
    const auto i = std::size_t(node);
    if (n.left[i] == node)
        return n.pathLength[i];
    return recursivePathLength(n, n.left[i] + (row[n.feature[i]] > n.split[i] ? 1 : 0), row);
}

// Per row, the sum of the path lengths over the trees, in tree order.
std::vector<double> recursiveSums(const IsolationForest& forest, const FeatureMatrix& x)
{
    const ForestNodes n = forest.nodes();
    std::vector<double> sums(x.rows(), 0.0);
    for (std::size_t r = 0; r < x.rows(); ++r)
        for (const std::int32_t root : n.roots)
            sums[r] += recursivePathLength(n, root, &x.values[r * std::size_t(x.cols)]);
    return sums;
}

std::vector<double> kernelSums(const ForestKernel& k, const FeatureMatrix& x, ForestKernel::Walk how)
{
    std::vector<double> sums(x.rows(), 0.0);
    for (std::size_t b = 0; b < x.rows(); b += ForestKernel::kBatch)
        k.addPathLengths(
            &x.values[b * std::size_t(x.cols)], std::min(ForestKernel::kBatch, x.rows() - b), sums.data() + b, how);
    return sums;
}

} // namespace

class TestForestKernel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranksAreBinarySearchCounts()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> normal;
        for (const std::size_t n : { 0, 1, 2, 3, 50, 700, 5000 }) {
            std::vector<double> sorted;
            for (std::size_t i = 0; i < n; ++i)
                sorted.push_back(i % 7 == 0 ? std::round(normal(rng) * 3) : normal(rng) * (i % 2 ? 1 : 100));
            std::sort(sorted.begin(), sorted.end());
            sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
            const ForestKernel::Ranks ranks(sorted);
            std::vector<double> probes { std::nan(""), HUGE_VAL, -HUGE_VAL, 0.0, -0.0, 1e300, -1e300 };
            for (const double s : sorted)
                probes.insert(probes.end(), { s, std::nextafter(s, HUGE_VAL), std::nextafter(s, -HUGE_VAL) });
            for (int i = 0; i < 20000; ++i)
                probes.push_back(normal(rng) * (i % 2 ? 1 : 100));
            for (const double x : probes) {
                const auto expected = std::uint32_t(std::lower_bound(sorted.begin(), sorted.end(), x) - sorted.begin());
                QCOMPARE(ranks.rankOf(x), expected); // NaN: 0, as nothing is below it
            }
        }
    }

    void fastWalksEqualTheRecursiveWalk_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("sampleSize");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<bool>("nan");
        QTest::addRow("8 columns, default depth") << 5000 << 8 << 256 << 0 << false;
        QTest::addRow("8 columns, NaN and infinities") << 3001 << 8 << 256 << 0 << true;
        QTest::addRow("1 column") << 2000 << 1 << 256 << 0 << false;
        QTest::addRow("3 columns, 77 rows") << 77 << 3 << 256 << 0 << true;
        QTest::addRow("12 columns") << 2500 << 12 << 256 << 0 << false;
        QTest::addRow("20 columns") << 1500 << 20 << 128 << 0 << true;
        QTest::addRow("depth 10: scalar walk for deep trees") << 4000 << 6 << 1024 << 10 << false;
        QTest::addRow("small sample, depth 3") << 1000 << 8 << 16 << 3 << false;
    }

    void fastWalksEqualTheRecursiveWalk()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, sampleSize);
        QFETCH(int, maxDepth);
        QFETCH(bool, nan);
        const FeatureMatrix train = randomMatrix(std::size_t(rows), cols, 1);
        const FeatureMatrix x = randomMatrix(std::size_t(rows), cols, 2, nan);
        const IsolationForest forest = IsolationForest::fit(train, { 100, sampleSize, maxDepth, 9 });
        QVERIFY(forest.compiled());
        const std::optional<ForestKernel> kernel = ForestKernel::compile(forest.nodes());
        QVERIFY(kernel);
        const std::vector<double> reference = recursiveSums(forest, x);
        QVERIFY(kernelSums(*kernel, x, ForestKernel::Walk::Fastest) == reference);
        QVERIFY(kernelSums(*kernel, x, ForestKernel::Walk::Scalar) == reference);

        const std::vector<double> fast = forest.score(x, 1);
        QVERIFY(fast == forest.scorePlain(x));
        QVERIFY(fast == forest.score(x, 2));
        const double c = averagePathLength(forest.sampleSize());
        for (std::size_t r = 0; r < x.rows(); ++r)
            QVERIFY(std::abs(fast[r] - std::exp2(-reference[r] / (100 * c))) <= 1e-12);
    }

    void deepForestsScoreWithoutTheKernel()
    {
        const FeatureMatrix x = randomMatrix(3000, 4, 3);
        const IsolationForest forest = IsolationForest::fit(x, { 20, 2048, 12, 4 });
        QCOMPARE(forest.maxDepth(), 12);
        QVERIFY(std::any_of(forest.nodes().depth.begin(), forest.nodes().depth.end(), [](int d) { return d > 10; }));
        QVERIFY(!forest.compiled());
        QVERIFY(forest.score(x, 1) == forest.scorePlain(x));
    }
};

QTEST_GUILESS_MAIN(TestForestKernel)
#include "tst_forestkernel.moc"
