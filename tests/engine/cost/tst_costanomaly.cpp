#include "cost/costanomaly.h"
#include "cost/costsynth.h"

#include <QtTest>
#include <cmath>

using namespace traceo::cost;

namespace {

bool contains(const QStringList& outer, const QStringList& inner)
{
    for (const QString& d : inner)
        if (!outer.contains(d))
            return false;
    return true;
}

struct Quality
{
    int truePositives = 0;
    int reported = 0;
    int found = 0;
    int injected = 0;
    double precision() const { return reported ? double(truePositives) / reported : 1.0; }
    double recall() const { return injected ? double(found) / injected : 1.0; }
};

// A report is right when an anomaly was injected that day into its slice: the series itself, or a
// (service-level) roll-up containing it. An injected anomaly is found when its own series reports it.
Quality evaluate(const std::vector<CostAnomaly>& reported, const std::vector<InjectedAnomaly>& injected)
{
    Quality q;
    q.reported = int(reported.size());
    q.injected = int(injected.size());
    for (const CostAnomaly& a : reported)
        for (const InjectedAnomaly& i : injected)
            if (i.day == a.day && contains(i.dims, a.dims)) {
                ++q.truePositives;
                break;
            }
    for (const InjectedAnomaly& i : injected)
        for (const CostAnomaly& a : reported)
            if (i.day == a.day && i.dims == a.dims) {
                ++q.found;
                break;
            }
    return q;
}

const CostAnomaly* find(const std::vector<CostAnomaly>& list, const QStringList& dims, QDate day)
{
    for (const CostAnomaly& a : list)
        if (a.dims == dims && a.day == day)
            return &a;
    return nullptr;
}

} // namespace

class TestCostAnomaly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineFollowsTheWeekday()
    {
        // Weekdays 100, weekends 40, from a Monday; one Tuesday spike must not move the next Tuesdays.
        std::vector<double> cost;
        QDate start(2026, 1, 5);
        for (int t = 0; t < 42; ++t)
            cost.push_back(start.addDays(t).dayOfWeek() >= 6 ? 40 : 100);
        cost[8] = 900;
        const std::vector<double> b = weekdayBaseline(cost);
        QVERIFY(std::isnan(b[0]));
        QCOMPARE(b[12], 40.0); // Saturday: last Saturday
        QCOMPARE(b[15], 500.0); // two Tuesdays of history: the spike weighs half
        QCOMPARE(b[22], 100.0); // from three on the median ignores it
        QCOMPARE(b[36], 100.0); // and after four weeks it is gone
        QCOMPARE(b[3], 100.0); // first week: median of the days before
    }

    void deviationRule_data()
    {
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("actual");
        QTest::addColumn<int>("combine");
        QTest::addColumn<bool>("matches");
        // minPercent 15, minImpact 50
        QTest::addRow("both, and") << 100.0 << 200.0 << 0 << true;
        QTest::addRow("percent only, and") << 100.0 << 120.0 << 0 << false;
        QTest::addRow("percent only, or") << 100.0 << 120.0 << 1 << true;
        QTest::addRow("impact only, and") << 10000.0 << 10100.0 << 0 << false;
        QTest::addRow("impact only, or") << 10000.0 << 10100.0 << 1 << true;
        QTest::addRow("neither, or") << 1000.0 << 1040.0 << 1 << false;
        QTest::addRow("drop, and") << 1000.0 << 500.0 << 0 << true;
        QTest::addRow("from nothing") << 0.0 << 60.0 << 0 << true;
    }

    void deviationRule()
    {
        QFETCH(double, expected);
        QFETCH(double, actual);
        QFETCH(int, combine);
        QFETCH(bool, matches);
        DeviationRule rule;
        rule.minImpact = 50;
        rule.combine = combine ? DeviationRule::Combine::Or : DeviationRule::Combine::And;
        QCOMPARE(rule.matches(expected, actual), matches);
    }

    void severityByImpact()
    {
        SeverityThresholds s;
        QCOMPARE(s.of(99), Severity::Low);
        QCOMPARE(s.of(-150), Severity::Medium);
        QCOMPARE(s.of(1000), Severity::High);
        QCOMPARE(s.of(25000), Severity::Critical);
    }

    void featuresDescribeTheDay()
    {
        std::vector<double> cost(35, 100.0);
        cost[30] = 300;
        const FeatureMatrix f = dailyFeatures(cost, weekdayBaseline(cost));
        QCOMPARE(f.rows(), std::size_t(35));
        QCOMPARE(f.cols, 6);
        QCOMPARE(f.at(30, 0), std::log1p(300.0));
        const double up = std::log1p(300.0) - std::log1p(100.0);
        for (int c = 1; c < 6; ++c)
            QCOMPARE(f.at(30, c), up);
        QCOMPARE(f.at(31, 1), -up); // the day after falls back
        QCOMPARE(f.at(31, 5), 0.0); // and is as expected
        QCOMPARE(f.at(0, 1), 0.0); // no history: no change
    }

    void findsEveryInjectedAnomaly()
    {
        const SyntheticCostData data = generateCostData();
        QCOMPARE(data.series.size(), std::size_t(16));
        QVERIFY(data.injected.size() >= 12);
        std::vector<DailyCostSeries> all = data.series;
        const std::vector<DailyCostSeries> services = rollUp(data.series, { QStringLiteral("service") });
        QCOMPARE(services.size(), std::size_t(4));
        all.insert(all.end(), services.begin(), services.end());

        const std::vector<CostAnomaly> found = detectAnomalies(all);
        const Quality q = evaluate(found, data.injected);
        qInfo("injected %d, reported %d, true %d: precision %.3f, recall %.3f", q.injected, q.reported, q.truePositives,
            q.precision(), q.recall());
        QCOMPARE(q.recall(), 1.0);
        QVERIFY2(q.precision() >= 0.85, qPrintable(QString::number(q.precision())));
        // The deviation rule alone finds them too, but raises more false alarms.
        AnomalyParams deviationOnly;
        deviationOnly.minScore = 0;
        const Quality d = evaluate(detectAnomalies(all, deviationOnly), data.injected);
        qInfo("deviation rule alone: reported %d, true %d: precision %.3f, recall %.3f", d.reported, d.truePositives,
            d.precision(), d.recall());
        QCOMPARE(d.recall(), 1.0);
        QVERIFY(d.precision() < q.precision());
        for (std::size_t i = 1; i < found.size(); ++i)
            QVERIFY(found[i - 1].day >= found[i].day); // newest first

        for (const InjectedAnomaly& i : data.injected) {
            const CostAnomaly* a = find(found, i.dims, i.day);
            QVERIFY(a);
            QVERIFY(a->score >= 0.6 && a->score <= 1);
            QCOMPARE(a->impact > 0, i.extra > 0);
            QCOMPARE(a->impact, a->actual - a->expected);
            QVERIFY(std::abs(a->impactPercent) >= 15);
            QCOMPARE(a->severity, SeverityThresholds().of(a->impact));
            // The injected resource is the first resource named in the breakdown.
            auto cause = std::find_if(a->rootCauses.begin(), a->rootCauses.end(),
                [](const RootCause& c) { return c.kind == QStringLiteral("resource"); });
            QVERIFY(cause != a->rootCauses.end());
            QCOMPARE(cause->key, i.resource);
            QVERIFY(cause->share > 0.5);
        }
    }

    void sameSeedSameResult()
    {
        const SyntheticCostData data = generateCostData();
        const std::vector<CostAnomaly> a = detectAnomalies(data.series), b = detectAnomalies(data.series);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].score, b[i].score);
    }

    void noHistoryNoAnomaly()
    {
        DailyCostSeries s;
        s.dims = QStringList { QStringLiteral("service=x") };
        s.start = QDate(2026, 3, 1);
        s.cost = { 10, 10, 500, 10, 10 };
        QVERIFY(detectAnomalies(s).empty()); // shorter than the 14 days of history
        AnomalyParams p;
        p.minHistoryDays = 1;
        p.minScore = 0;
        const std::vector<CostAnomaly> found = detectAnomalies(s, p);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].day, QDate(2026, 3, 3));
        QCOMPARE(found[0].expected, 10.0);
        QCOMPARE(found[0].impact, 490.0);
    }
};

QTEST_GUILESS_MAIN(TestCostAnomaly)
#include "tst_costanomaly.moc"
