#include "cost/recommendations.h"

#include <QtTest>
#include <cmath>
#include <functional>

using namespace traceo::cost;

namespace {

const QDate kMonday(2026, 3, 2);

ResourceUsage resource(const QString& id, const QString& category, std::function<double(int)> cost, int days = 28)
{
    ResourceUsage r;
    r.resourceId = id;
    r.resourceType = QStringLiteral("Instance");
    r.service = QStringLiteral("AmazonEC2");
    r.serviceCategory = category;
    r.chargeCategory = QStringLiteral("Usage");
    r.pricingCategory = QStringLiteral("Standard");
    r.quantityUnit = QStringLiteral("Hours");
    r.start = kMonday;
    for (int t = 0; t < days; ++t) {
        r.dailyCost.push_back(cost(t));
        r.dailyQuantity.push_back(r.dailyCost.back() > 0 ? 24 : 0);
    }
    return r;
}

// 100 a day with a small deterministic wobble (coefficient of variation about 0.02).
double steady(int t)
{
    return 100 + 2 * std::sin(t * 1.7);
}

const Recommendation* find(const RecommendationReport& report, Strategy s)
{
    for (const Recommendation& r : report.recommendations)
        if (r.strategy == s)
            return &r;
    return nullptr;
}

QStringList ids(const Recommendation* r)
{
    QStringList list;
    for (const Evidence& e : r->evidence)
        list << e.resourceId;
    return list;
}

// One resource per pattern, and one near miss per pattern that must not be recommended.
std::vector<ResourceUsage> estate()
{
    std::vector<ResourceUsage> list;
    list.push_back(resource(QStringLiteral("i-steady"), QStringLiteral("Compute"), steady));
    list.push_back(
        resource(QStringLiteral("i-bursty"), QStringLiteral("Compute"), [](int t) { return t % 3 ? 20.0 : 200.0; }));
    ResourceUsage committed = resource(QStringLiteral("i-reserved"), QStringLiteral("Compute"), steady);
    committed.pricingCategory = QStringLiteral("Committed");
    list.push_back(committed);
    ResourceUsage batch
        = resource(QStringLiteral("i-batch"), QStringLiteral("Compute"), [](int t) { return t % 2 ? 0.0 : 80.0; });
    batch.tags.insert(QStringLiteral("workload"), QStringLiteral("batch"));
    list.push_back(batch);
    list.push_back(
        resource(QStringLiteral("i-short"), QStringLiteral("Compute"), [](int t) { return t % 7 < 2 ? 50.0 : 0.0; }));
    ResourceUsage egress = resource(QStringLiteral("nat-1"), QStringLiteral("Networking"), [](int) { return 60.0; });
    egress.resourceType = QStringLiteral("NatGateway");
    egress.service = QStringLiteral("AWSDataTransfer");
    egress.quantityUnit = QStringLiteral("GB");
    egress.dailyQuantity.assign(28, 700);
    list.push_back(egress);
    ResourceUsage idle
        = resource(QStringLiteral("i-idle"), QStringLiteral("Compute"), [](int t) { return t % 2 ? 10.0 : 80.0; });
    idle.dailyUtilization.assign(28, 0.12);
    list.push_back(idle);
    ResourceUsage cyclic = resource(QStringLiteral("i-cyclic"), QStringLiteral("Compute"), steady);
    for (int t = 0; t < 28; ++t)
        cyclic.dailyUtilization.push_back(kMonday.addDays(t).dayOfWeek() >= 6 ? 0.08 : 0.75);
    list.push_back(cyclic);
    ResourceUsage busy
        = resource(QStringLiteral("i-busy"), QStringLiteral("Compute"), [](int t) { return t % 2 ? 10.0 : 90.0; });
    busy.dailyUtilization.assign(28, 0.7);
    list.push_back(busy);
    ResourceUsage archive
        = resource(QStringLiteral("s3://archive"), QStringLiteral("Storage"), [](int t) { return 30 + 0.1 * t; });
    archive.quantityUnit = QStringLiteral("GB-Mo");
    list.push_back(archive);
    ResourceUsage hot
        = resource(QStringLiteral("s3://hot"), QStringLiteral("Storage"), [](int t) { return 30 + 0.1 * t; });
    hot.quantityUnit = QStringLiteral("GB-Mo");
    list.push_back(hot);
    ResourceUsage hotRequests
        = resource(QStringLiteral("s3://hot"), QStringLiteral("Storage"), [](int) { return 4.0; });
    hotRequests.quantityUnit = QStringLiteral("Requests");
    list.push_back(hotRequests);
    return list;
}

} // namespace

class TestRecommendations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStrategyNeedsItsEvidence_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::addColumn<QStringList>("resources");
        QTest::addRow("commitment") << int(Strategy::Commitment)
                                    << QStringList { QStringLiteral("i-steady"), QStringLiteral("i-cyclic") };
        QTest::addRow("spot") << int(Strategy::Spot)
                              << QStringList { QStringLiteral("i-batch"), QStringLiteral("i-short") };
        QTest::addRow("compression") << int(Strategy::Compression) << QStringList { QStringLiteral("nat-1") };
        QTest::addRow("rightsizing") << int(Strategy::RightSizing) << QStringList { QStringLiteral("i-idle") };
        QTest::addRow("autoscaling") << int(Strategy::AutoScaling) << QStringList { QStringLiteral("i-cyclic") };
        QTest::addRow("tiering") << int(Strategy::DataTiering) << QStringList { QStringLiteral("s3://archive") };
    }

    void eachStrategyNeedsItsEvidence()
    {
        QFETCH(int, strategy);
        QFETCH(QStringList, resources);
        const RecommendationReport report = recommend(estate());
        QCOMPARE(report.recommendations.size(), kStrategyCount);
        QVERIFY(report.notes.isEmpty());
        const Recommendation* r = find(report, Strategy(strategy));
        QVERIFY(r);
        QCOMPARE(ids(r), resources);
        for (const Evidence& e : r->evidence)
            QVERIFY(!e.pattern.isEmpty());
    }

    void patternsSayWhatWasSeen()
    {
        const RecommendationReport report = recommend(estate());
        QVERIFY(find(report, Strategy::Spot)->evidence[0].pattern.contains(QStringLiteral("workload=batch")));
        QVERIFY(find(report, Strategy::Spot)->evidence[1].pattern.contains(QStringLiteral("4 runs of 2.0 days")));
        QVERIFY(find(report, Strategy::RightSizing)->evidence[0].pattern.contains(QStringLiteral("12 % on average")));
        QVERIFY(
            find(report, Strategy::AutoScaling)->evidence[0].pattern.contains(QStringLiteral("8 % used on Saturday")));
        QVERIFY(find(report, Strategy::Compression)->evidence[0].pattern.contains(QStringLiteral("700.0 GB a day")));
    }

    void savingsRoiAndPayback()
    {
        const RecommendationReport report = recommend(estate());
        const Recommendation* r = find(report, Strategy::Compression);
        QCOMPARE(r->eligibleMonthly, 60.0 * 30);
        QCOMPARE(r->savingsRate, 0.5);
        QCOMPARE(r->monthlySavings, 900.0);
        QCOMPARE(r->annualSavings, 10800.0);
        QCOMPARE(r->implementationCost, 2000.0);
        QCOMPARE(r->roi, (10800.0 - 2000) / 2000);
        QCOMPARE(r->paybackMonths, 2000.0 / 900);
        for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
            const Recommendation& x = report.recommendations[i];
            QCOMPARE(x.priority, int(i) + 1);
            if (i > 0) {
                const Recommendation& prev = report.recommendations[i - 1];
                QVERIFY(prev.annualSavings - prev.implementationCost >= x.annualSavings - x.implementationCost);
            }
        }
    }

    void ratesAndCostsAreEditable()
    {
        RecommendationSettings settings;
        settings.of(Strategy::Compression) = { 0.1, 0 };
        const Recommendation* r = find(recommend(estate(), settings), Strategy::Compression);
        QCOMPARE(r->monthlySavings, 180.0);
        QVERIFY(std::isinf(r->roi));
        QCOMPARE(r->paybackMonths, 0.0);
    }

    void noEvidenceNoRecommendation()
    {
        QVERIFY(recommend({}).recommendations.empty());
        // Compute with a wide spread, committed pricing, a storage bucket that is read a lot.
        std::vector<ResourceUsage> list;
        for (const ResourceUsage& r : estate())
            if (r.resourceId == QStringLiteral("i-bursty") || r.resourceId == QStringLiteral("i-reserved")
                || r.resourceId == QStringLiteral("s3://hot"))
                list.push_back(r);
        const RecommendationReport report = recommend(list);
        QVERIFY(report.recommendations.empty());
        QCOMPARE(report.notes.size(), 1); // right-sizing and auto-scaling need utilization data
        QVERIFY(report.notes[0].contains(QStringLiteral("utilization")));
    }

    // Right-sizing needs a low mean and a daily peak that stays low; auto-scaling a swing by the day or
    // the week under a flat cost. Utilization as (mean, 95th percentile) a day; NaN: no value that day.
    void utilizationEvidence_data()
    {
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("peak");
        QTest::addColumn<int>("peakDay"); ///< the day `peak` is reached (-1: every day)
        QTest::addColumn<bool>("flatCost");
        QTest::addColumn<bool>("rightsizing");
        QTest::addColumn<bool>("autoscaling");
        QTest::addRow("idle") << 0.10 << 0.30 << -1 << false << true << false;
        QTest::addRow("idle, one busy day") << 0.10 << 0.85 << 9 << false << false << false;
        QTest::addRow("mean too high") << 0.45 << 0.55 << -1 << false << false << false;
        QTest::addRow("daily swing, flat cost") << 0.30 << 0.90 << -1 << true << false << true;
        QTest::addRow("daily swing, cost follows") << 0.30 << 0.90 << -1 << false << false << false;
        QTest::addRow("busy all day") << 0.70 << 0.85 << -1 << true << false << false;
        QTest::addRow("no peak column, steady") << 0.70 << qQNaN() << -1 << true << false << false;
    }

    void utilizationEvidence()
    {
        QFETCH(double, mean);
        QFETCH(double, peak);
        QFETCH(int, peakDay);
        QFETCH(bool, flatCost);
        QFETCH(bool, rightsizing);
        QFETCH(bool, autoscaling);
        ResourceUsage r = resource(
            QStringLiteral("i-1"), QStringLiteral("Compute"),
            flatCost ? std::function<double(int)>(steady) : [](int t) { return t % 2 ? 10.0 : 80.0; });
        for (int t = 0; t < 28; ++t) {
            const bool weekend = kMonday.addDays(t).dayOfWeek() >= 6;
            r.dailyUtilization.push_back(weekend ? qQNaN() : mean); // no data at the weekend: still 20 days
            r.dailyPeakUtilization.push_back(weekend ? qQNaN() : peakDay < 0 || peakDay == t ? peak : mean + 0.1);
        }
        if (std::isnan(peak))
            r.dailyPeakUtilization.clear();
        const RecommendationReport report = recommend({ r });
        QVERIFY(report.notes.isEmpty());
        QCOMPARE(find(report, Strategy::RightSizing) != nullptr, rightsizing);
        QCOMPARE(find(report, Strategy::AutoScaling) != nullptr, autoscaling);
        if (rightsizing)
            QVERIFY(find(report, Strategy::RightSizing)
                        ->evidence[0]
                        .pattern.contains(
                            QStringLiteral("10 % on average and at most 30 % at its daily peak, over 20 days")));
        if (autoscaling)
            QVERIFY(find(report, Strategy::AutoScaling)
                        ->evidence[0]
                        .pattern.contains(QStringLiteral("daily demand cycle, 30 %")));
    }

    void shortHistoryIsNotSteady()
    {
        const RecommendationReport report
            = recommend({ resource(QStringLiteral("i-new"), QStringLiteral("Compute"), steady, 10) });
        QVERIFY(!find(report, Strategy::Commitment));
    }
};

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
