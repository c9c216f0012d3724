#include "common/testutil.h"
#include "core/error.h"
#include "cost/costanomaly.h"
#include "cost/costsynth.h"
#include "cost/isolationforest.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace traceo::cost;

namespace {

// A Gaussian cluster of `n` points in `d` dimensions and, after it, `outliers` points far from it.
FeatureMatrix clusterWithOutliers(std::size_t n, int d, std::size_t outliers, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    FeatureMatrix m;
    m.cols = d;
    for (std::size_t i = 0; i < n + outliers; ++i)
        for (int f = 0; f < d; ++f)
            m.values.push_back(i < n ? normal(rng) : 6.0 + normal(rng));
    return m;
}

// The probability that a random positive scores above a random negative (ties count half).
double rankingAuc(const std::vector<double>& scores, const std::vector<bool>& positive)
{
    std::vector<std::size_t> order(scores.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    double rankSum = 0, positives = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]])
            ++j;
        const double rank = (double(i) + double(j - 1)) / 2 + 1; // mid-rank of the tie group
        for (std::size_t k = i; k < j; ++k)
            if (positive[order[k]]) {
                rankSum += rank;
                ++positives;
            }
        i = j;
    }
    const double negatives = double(scores.size()) - positives;
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

// The daily features of every series of the synthetic bill, with a label per day: was it injected?
FeatureMatrix labelledCostFeatures(std::vector<bool>& labels)
{
    SyntheticCostParams params;
    params.anomalies = 48;
    const SyntheticCostData data = generateCostData(params);
    FeatureMatrix all;
    for (const DailyCostSeries& s : data.series) {
        const FeatureMatrix f = dailyFeatures(s.cost, weekdayBaseline(s.cost));
        all.cols = f.cols;
        all.values.insert(all.values.end(), f.values.begin(), f.values.end());
        for (std::size_t t = 0; t < s.cost.size(); ++t)
            labels.push_back(std::any_of(data.injected.begin(), data.injected.end(),
                [&](const InjectedAnomaly& i) { return i.dims == s.dims && i.day == s.day(t); }));
    }
    return all;
}

} // namespace

class TestIsolationForest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void averagePathLength_data()
    {
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("c");
        QTest::addRow("1") << 1.0 << 0.0;
        QTest::addRow("2") << 2.0 << 1.0;
        // 2 (ln(n − 1) + γ) − 2 (n − 1) / n
        QTest::addRow("3") << 3.0 << 2 * (std::log(2.0) + 0.5772156649015329) - 4.0 / 3;
        QTest::addRow("256") << 256.0 << 10.244770920116851;
    }

    void averagePathLength()
    {
        QFETCH(double, n);
        QFETCH(double, c);
        QCOMPARE(traceo::cost::averagePathLength(n), c);
    }

    void fitFollowsThePaper()
    {
        const FeatureMatrix x = clusterWithOutliers(1000, 3, 0, 1);
        const IsolationForest f = IsolationForest::fit(x);
        QCOMPARE(f.treeCount(), 100);
        QCOMPARE(f.sampleSize(), 256);
        QCOMPARE(f.maxDepth(), 8); // ceil(log2 256)
        QVERIFY(f.nodeCount() <= 100 * 511); // full binary trees of depth 8 at most
        QVERIFY(f.nodeCount() > 100 * 100);
        const double h = f.meanPathLength(&x.values[0]);
        QVERIFY(h > 0 && h <= 8 + traceo::cost::averagePathLength(256));

        FeatureMatrix small = clusterWithOutliers(40, 2, 0, 1);
        const IsolationForest g = IsolationForest::fit(small, { 10, 256, 0, 3 });
        QCOMPARE(g.sampleSize(), 40); // all rows when fewer than ψ
        QCOMPARE(g.maxDepth(), 6);
        QCOMPARE(g.treeCount(), 10);
    }

    void outliersScoreHigh()
    {
        const FeatureMatrix x = clusterWithOutliers(2000, 4, 10, 2);
        const std::vector<double> s = IsolationForest::fit(x).score(x);
        double inliers = 0;
        for (std::size_t i = 0; i < 2000; ++i) {
            QVERIFY(s[i] > 0 && s[i] < 1);
            inliers += s[i] / 2000;
        }
        QVERIFY2(inliers < 0.5, qPrintable(QString::number(inliers)));
        for (std::size_t i = 2000; i < 2010; ++i)
            QVERIFY2(s[i] > 0.7, qPrintable(QString::number(s[i])));
    }

    void sameSeedSameScoresOnAnyThreadCount()
    {
        const FeatureMatrix x = clusterWithOutliers(20000, 3, 5, 3);
        const IsolationForest a = IsolationForest::fit(x, { 100, 256, 0, 11 });
        const IsolationForest b = IsolationForest::fit(x, { 100, 256, 0, 11 });
        const IsolationForest c = IsolationForest::fit(x, { 100, 256, 0, 12 });
        const std::vector<double> one = a.score(x, 1), two = b.score(x, 2), other = c.score(x, 2);
        QVERIFY(one == two);
        QVERIFY(one != other);
        for (std::size_t i : { std::size_t(0), std::size_t(12345), x.rows() - 1 })
            QCOMPARE(one[i], std::exp2(-a.meanPathLength(&x.values[i * 3]) / traceo::cost::averagePathLength(256)));
    }

    void badInputIsNamed()
    {
        FeatureMatrix empty;
        empty.cols = 3;
        QVERIFY_THROWS_EXCEPTION(traceo::Error, IsolationForest::fit(empty));
        const FeatureMatrix x = clusterWithOutliers(100, 3, 0, 4);
        QVERIFY_THROWS_EXCEPTION(traceo::Error, IsolationForest::fit(x, { 0, 256, 0, 1 }));
        FeatureMatrix wrong;
        wrong.cols = 2;
        wrong.values = { 1, 2 };
        try {
            IsolationForest::fit(x).score(wrong);
            QFAIL("no error");
        } catch (const traceo::Error& e) {
            QVERIFY(e.message().contains(QStringLiteral("2 columns")));
        }
    }

    // Acceptance: beside scikit-learn's IsolationForest (100 trees, max_samples 256) on the labelled
    // daily features of the synthetic bill, the scores differ little and rank the anomalies as well.
    void matchesScikitLearn()
    {
        std::vector<bool> labels;
        const FeatureMatrix x = labelledCostFeatures(labels);
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("features.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("level,day_change,week_change,vs_median7,vs_median28,vs_baseline\n");
        for (std::size_t r = 0; r < x.rows(); ++r) {
            QByteArray line;
            for (int c = 0; c < x.cols; ++c)
                line += (c ? "," : "") + QByteArray::number(x.at(r, c), 'g', 17);
            csv.write(line + '\n');
        }
        csv.close();
        const QString out = dir.filePath(QStringLiteral("sklearn.txt"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            { traceo::test::sourceDir() + QStringLiteral("/tests/engine/cost/sklearn_iforest.py"), csv.fileName(),
                out });
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0,
            qPrintable(QStringLiteral("sklearn_iforest.py failed (apt-get install python3-sklearn): ")
                + QString::fromUtf8(python.readAllStandardError())));
        std::vector<double> sklearn;
        for (const QByteArray& line : traceo::test::readAll(out).split('\n'))
            if (!line.isEmpty())
                sklearn.push_back(line.toDouble());
        QCOMPARE(sklearn.size(), x.rows());

        const std::vector<double> ours = IsolationForest::fit(x).score(x);
        double diff = 0;
        for (std::size_t i = 0; i < ours.size(); ++i)
            diff += std::abs(ours[i] - sklearn[i]) / double(ours.size());
        const double aucOurs = rankingAuc(ours, labels), aucSklearn = rankingAuc(sklearn, labels);
        qInfo("rows %zu, anomalies %lld: mean |score - sklearn| %.4f, AUC %.4f (sklearn %.4f)", x.rows(),
            qlonglong(std::count(labels.begin(), labels.end(), true)), diff, aucOurs, aucSklearn);
        QVERIFY2(diff < 0.02, qPrintable(QString::number(diff)));
        QVERIFY2(std::abs(aucOurs - aucSklearn) <= 0.01, qPrintable(QString::number(aucOurs - aucSklearn)));
        QVERIFY(aucOurs > 0.9);
    }
};

QTEST_GUILESS_MAIN(TestIsolationForest)
#include "tst_isolationforest.moc"
