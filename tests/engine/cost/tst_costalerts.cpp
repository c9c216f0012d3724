#include "core/error.h"
#include "cost/costalerts.h"
#include "cost/costsynth.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace traceo::cost;

namespace {

CostAnomaly anomaly(const QString& service, QDate day, double expected, double actual)
{
    CostAnomaly a;
    a.dims = QStringList { QStringLiteral("service=") + service, QStringLiteral("region=eu-west-1") };
    a.day = day;
    a.expected = expected;
    a.actual = actual;
    a.impact = actual - expected;
    a.impactPercent = expected > 0 ? a.impact / expected * 100 : HUGE_VAL;
    a.score = 0.71;
    a.rootCauses = { { QStringLiteral("resource"), QStringLiteral("i-123"), 10, 10 + a.impact, a.impact, 1.0 } };
    return a;
}

std::shared_ptr<Database> openDb(const QTemporaryDir& dir)
{
    return Database::open(DatabaseLocation::parse(dir.filePath(QStringLiteral("alerts.sqlite"))));
}

} // namespace

class TestCostAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleCombinesDeviationAndImpact_data()
    {
        QTest::addColumn<int>("combine");
        QTest::addColumn<double>("minImpact");
        QTest::addColumn<QStringList>("alerted");
        // a: +20 % of $100 (impact $20); b: +5 % of $100,000 (impact $5,000); c: +300 % of $1,000 ($3,000)
        QTest::addRow("deviation only") << 0 << 0.0 << QStringList { QStringLiteral("a"), QStringLiteral("c") };
        QTest::addRow("and impact") << 0 << 1000.0 << QStringList { QStringLiteral("c") };
        QTest::addRow("or impact") << 1 << 1000.0
                                   << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    }

    void ruleCombinesDeviationAndImpact()
    {
        QFETCH(int, combine);
        QFETCH(double, minImpact);
        QFETCH(QStringList, alerted);
        const QDate day(2026, 4, 1);
        const std::vector<CostAnomaly> all = { anomaly(QStringLiteral("a"), day, 100, 120),
            anomaly(QStringLiteral("b"), day, 100000, 105000), anomaly(QStringLiteral("c"), day, 1000, 4000) };
        AlertRule rule;
        rule.deviation.minImpact = minImpact;
        rule.deviation.combine = combine ? DeviationRule::Combine::Or : DeviationRule::Combine::And;
        QStringList got;
        for (const CostAnomaly& a : alertingAnomalies(all, rule))
            got << a.dims.first().mid(8);
        QCOMPARE(got, alerted);
    }

    void severityFollowsTheRule()
    {
        AlertRule rule;
        rule.severity = { 10, 50, 1000 };
        const std::vector<CostAnomaly> out
            = alertingAnomalies({ anomaly(QStringLiteral("a"), QDate(2026, 4, 1), 100, 160),
                                    anomaly(QStringLiteral("b"), QDate(2026, 4, 1), 100, 40),
                                    anomaly(QStringLiteral("c"), QDate(2026, 4, 1), 100, 1200) },
                rule);
        QCOMPARE(out.size(), std::size_t(3));
        QCOMPARE(out[0].severity, Severity::High);
        QCOMPARE(out[1].severity, Severity::High); // a drop of 60 weighs as much as a rise
        QCOMPARE(out[2].severity, Severity::Critical);
    }

    void storeListAcknowledge()
    {
        QTemporaryDir dir;
        CostAlertRepository repo(openDb(dir));
        QVERIFY(repo.alerts().isEmpty());
        const QDateTime first(QDate(2026, 4, 2), QTime(8, 0), Qt::UTC);
        const std::vector<CostAnomaly> batch = { anomaly(QStringLiteral("a"), QDate(2026, 3, 30), 100, 150),
            anomaly(QStringLiteral("b"), QDate(2026, 4, 1), 1000, 3000),
            anomaly(QStringLiteral("quiet"), QDate(2026, 4, 1), 1000, 1010) };
        const QList<CostAlert> raised = repo.raise(batch, AlertRule(), first);
        QCOMPARE(raised.size(), 2); // +1 % does not alert

        // The same anomalies again raise nothing new; a later one comes first in the list.
        QVERIFY(repo.raise(batch, AlertRule(), first.addSecs(60)).isEmpty());
        const QDateTime second = first.addDays(1);
        QCOMPARE(
            repo.raise({ anomaly(QStringLiteral("a"), QDate(2026, 3, 29), 100, 10) }, AlertRule(), second).size(), 1);
        QList<CostAlert> list = repo.alerts();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].anomaly.day, QDate(2026, 3, 29)); // raised last
        QCOMPARE(list[0].raisedAt, second);
        QCOMPARE(list[1].anomaly.day, QDate(2026, 4, 1)); // same batch: newer day first
        QCOMPARE(list[2].anomaly.day, QDate(2026, 3, 30));

        const CostAlert& b = list[1];
        QCOMPARE(b.anomaly.dims, batch[1].dims);
        QCOMPARE(b.anomaly.expected, 1000.0);
        QCOMPARE(b.anomaly.actual, 3000.0);
        QCOMPARE(b.anomaly.impact, 2000.0);
        QCOMPARE(b.anomaly.impactPercent, 200.0);
        QCOMPARE(b.anomaly.score, 0.71);
        QCOMPARE(b.anomaly.severity, Severity::High);
        QCOMPARE(b.anomaly.rootCauses.size(), std::size_t(1));
        QCOMPARE(b.anomaly.rootCauses[0].key, QStringLiteral("i-123"));
        QCOMPARE(b.anomaly.rootCauses[0].delta, 2000.0);
        QVERIFY(!b.acknowledged);
        QVERIFY(!b.acknowledgedAt.isValid());

        const QDateTime ackAt = second.addSecs(3600);
        repo.acknowledge(b.id, ackAt);
        repo.acknowledge(b.id, ackAt.addDays(1)); // keeps the first time
        list = repo.alerts();
        QVERIFY(list[1].acknowledged);
        QCOMPARE(list[1].acknowledgedAt, ackAt);
        QVERIFY(!list[0].acknowledged);
        const QList<CostAlert> open = repo.alerts(true);
        QCOMPARE(open.size(), 2);
        QVERIFY(std::none_of(open.begin(), open.end(), [&](const CostAlert& a) { return a.id == b.id; }));

        try {
            repo.acknowledge(9999, ackAt);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QStringLiteral("9999")));
        }
    }

    void alertsFromDetectedAnomalies()
    {
        const SyntheticCostData data = generateCostData();
        const std::vector<CostAnomaly> found = detectAnomalies(data.series);
        QTemporaryDir dir;
        CostAlertRepository repo(openDb(dir));
        AlertRule rule;
        rule.deviation.minImpact = 100;
        const QList<CostAlert> raised = repo.raise(found, rule, QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!raised.isEmpty());
        QVERIFY(raised.size() <= int(found.size()));
        for (const CostAlert& a : raised) {
            QVERIFY(std::abs(a.anomaly.impact) >= 100);
            QVERIFY(std::abs(a.anomaly.impactPercent) >= 15);
            QVERIFY(a.anomaly.severity >= Severity::Medium);
        }
    }
};

QTEST_GUILESS_MAIN(TestCostAlerts)
#include "tst_costalerts.moc"
