#include "costbreakdownmodel.h"
#include "costloaders.h"
#include "costtables.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace traceo;

namespace {

// EC2 (eu 60, us 30) and S3 (eu 10, previously 20): a two-level tree as costloaders::breakdown builds it.
CostBreakdownSnapshot twoLevels()
{
    CostBreakdownSnapshot s;
    s.dimensions = { QStringLiteral("service"), QStringLiteral("region") };
    s.currency = QStringLiteral("USD");
    const auto node = [&](QStringList path, double value, double previous, int parent) {
        s.nodes.push_back({ std::move(path), value, previous, parent, {} });
        if (parent >= 0)
            s.nodes[std::size_t(parent)].children.push_back(int(s.nodes.size() - 1));
    };
    node({}, 100, 80, -1);
    node({ QStringLiteral("EC2") }, 90, 60, 0);
    node({ QStringLiteral("EC2"), QStringLiteral("eu") }, 60, 40, 1);
    node({ QStringLiteral("EC2"), QStringLiteral("us") }, 30, 20, 1);
    node({ QStringLiteral("S3") }, 10, 20, 0);
    node({ QStringLiteral("S3"), QString() }, 10, 20, 4);
    return s;
}

} // namespace

class TestCostModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeModelFollowsTheSnapshot()
    {
        CostBreakdownModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(twoLevels());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex ec2 = model.indexOf({ QStringLiteral("EC2") });
        const QModelIndex us = model.indexOf({ QStringLiteral("EC2"), QStringLiteral("us") });
        QCOMPARE(model.rowCount(ec2), 2);
        QCOMPARE(us.parent(), ec2);
        QCOMPARE(us.row(), 1);
        QVERIFY(!model.indexOf({ QStringLiteral("EC2"), QStringLiteral("ap") }).isValid());
        const auto cell = [&](const QModelIndex& i, int column, int role = Qt::DisplayRole) {
            return model.index(i.row(), column, i.parent()).data(role);
        };
        QCOMPARE(cell(us, CostBreakdownModel::Cost, CostBreakdownModel::SortRole).toDouble(), 30.0);
        QCOMPARE(cell(us, CostBreakdownModel::Share, CostBreakdownModel::SortRole).toDouble(), 30.0);
        QCOMPARE(cell(us, CostBreakdownModel::Change, CostBreakdownModel::SortRole).toDouble(), 50.0);
        QCOMPARE(cell(us, CostBreakdownModel::Cost).toString(), QStringLiteral("$30.00"));
        QCOMPARE(cell(us, CostBreakdownModel::Change).toString(), QStringLiteral("+50.0 %"));
        const QModelIndex s3 = model.indexOf({ QStringLiteral("S3") });
        QCOMPARE(cell(s3, CostBreakdownModel::Change).toString(), QStringLiteral("−50.0 %"));
        // A null key reads "(none)" and keeps its path.
        const QModelIndex none = model.index(0, 0, s3);
        QCOMPARE(none.data().toString(), QStringLiteral("(none)"));
        QCOMPARE(
            none.data(CostBreakdownModel::PathRole).toStringList(), QStringList({ QStringLiteral("S3"), QString() }));
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filterSplitsDimensionsAndText()
    {
        const CostFilter f
            = costloaders::parseFilter(QStringLiteral(" service=Amazon EC2, region = eu-west-1 ,web, tag:team=a=b"));
        QCOMPARE(f.dimensions.size(), 3);
        QCOMPARE(f.dimensions[0], qMakePair(QStringLiteral("service"), QStringLiteral("Amazon EC2")));
        QCOMPARE(f.dimensions[1], qMakePair(QStringLiteral("region"), QStringLiteral("eu-west-1")));
        QCOMPARE(f.dimensions[2], qMakePair(QStringLiteral("tag:team"), QStringLiteral("a=b")));
        QCOMPARE(f.text, QStringLiteral("web"));
        QVERIFY(costloaders::parseFilter(QString()).dimensions.isEmpty());
    }

    void windowsWidenToWholeDays_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<QDate>("dayAfter");
        const auto t = [](const char* iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate); };
        QTest::addRow("midnight to midnight")
            << t("2026-04-03T00:00:00Z") << t("2026-05-01T00:00:00Z") << QDate(2026, 4, 3) << QDate(2026, 5, 1);
        QTest::addRow("inside one day") << t("2026-04-03T06:00:00Z") << t("2026-04-03T12:00:00Z") << QDate(2026, 4, 3)
                                        << QDate(2026, 4, 4);
        QTest::addRow("24 hours across midnight")
            << t("2026-04-03T15:30:00Z") << t("2026-04-04T15:30:00Z") << QDate(2026, 4, 3) << QDate(2026, 4, 5);
        QTest::addRow("UTC, not local") << t("2026-04-03T01:00:00+02:00") << t("2026-04-03T02:00:00+02:00")
                                        << QDate(2026, 4, 2) << QDate(2026, 4, 3);
    }

    void windowsWidenToWholeDays()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QDate, firstDay);
        QFETCH(QDate, dayAfter);
        const CostDays d = costloaders::days(TimeWindow::custom(from, to));
        QCOMPARE(d.from, firstDay);
        QCOMPARE(d.to, dayAfter);
    }

    void tablesKeepRawValuesForSorting()
    {
        CostAnalysisSnapshot a;
        a.currency = QStringLiteral("EUR");
        cost::CostAnomaly anomaly;
        anomaly.dims = { QStringLiteral("service=S3") };
        anomaly.day = QDate(2026, 4, 9);
        anomaly.expected = 75.5;
        anomaly.actual = 48;
        anomaly.impact = -27.5;
        anomaly.impactPercent = HUGE_VAL;
        anomaly.severity = cost::Severity::High;
        a.anomalies.push_back({ anomaly, CostAnalysisSnapshot::AlertState::Open, 7 });
        CostTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        costtables::showAnomalies(&model, a);
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(costtables::Impact).toString(), QStringLiteral("−€27.50"));
        QCOMPARE(cell(costtables::Impact, SnapshotTableModel::SortRole).toDouble(), -27.5);
        QCOMPARE(cell(costtables::ImpactPercent).toString(), QString()); // nothing expected: no percentage
        QCOMPARE(cell(costtables::Severity).toString(), QStringLiteral("high"));
        QCOMPARE(cell(costtables::Severity, SnapshotTableModel::SortRole).toInt(), int(cost::Severity::High));
        QCOMPARE(cell(costtables::Alert).toString(), QStringLiteral("open"));
    }
};

QTEST_GUILESS_MAIN(TestCostModels)
#include "tst_costmodels.moc"
