#include "common/clirun.h"
#include "cost/costalerts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace traceo::cost;
using traceo::test::runTraceo;

namespace {

CostAnomaly anomaly(QDate day, double expected, double actual)
{
    CostAnomaly a;
    a.dims = QStringList { QStringLiteral("service=AmazonEC2"), QStringLiteral("region=eu-west-1") };
    a.day = day;
    a.expected = expected;
    a.actual = actual;
    a.impact = actual - expected;
    a.impactPercent = a.impact / expected * 100;
    a.score = 0.8;
    a.rootCauses = { { QStringLiteral("resource"), QStringLiteral("i-9"), 0, a.impact, a.impact, 1.0 } };
    return a;
}

QJsonArray alertsJson(const QString& db, const QStringList& extra = {})
{
    const auto run = runTraceo(QStringList { QStringLiteral("--db"), db, QStringLiteral("cost"),
                                   QStringLiteral("alerts"), QStringLiteral("--format"), QStringLiteral("json") }
        + extra);
    if (run.code != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

class TestCostCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listAndAcknowledge()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cost.sqlite"));
        {
            CostAlertRepository repo(Database::open(DatabaseLocation::parse(db)));
            repo.raise({ anomaly(QDate(2026, 4, 1), 100, 300), anomaly(QDate(2026, 4, 3), 2000, 500) }, AlertRule(),
                QDateTime(QDate(2026, 4, 4), QTime(6, 0), Qt::UTC));
        }
        QJsonArray list = alertsJson(db);
        QCOMPARE(list.size(), 2);
        const QJsonObject newest = list[0].toObject();
        QCOMPARE(newest[QStringLiteral("day")].toString(), QStringLiteral("2026-04-03"));
        QCOMPARE(newest[QStringLiteral("impact")].toDouble(), -1500.0);
        QCOMPARE(newest[QStringLiteral("severity")].toString(), QStringLiteral("high"));
        QCOMPARE(newest[QStringLiteral("root_causes")].toArray()[0].toObject()[QStringLiteral("key")].toString(),
            QStringLiteral("i-9"));
        QCOMPARE(newest[QStringLiteral("acknowledged")].toBool(), false);

        const QString id = QString::number(newest[QStringLiteral("id")].toInteger());
        const auto ack = runTraceo({ QStringLiteral("--db"), db, QStringLiteral("cost"), QStringLiteral("alerts"),
            QStringLiteral("--ack"), id });
        QCOMPARE(ack.code, 0);
        QVERIFY(ack.out.contains(id));
        list = alertsJson(db);
        QCOMPARE(list[0].toObject()[QStringLiteral("acknowledged")].toBool(), true);
        QVERIFY(!list[0].toObject()[QStringLiteral("acknowledged_at")].toString().isEmpty());
        list = alertsJson(db, { QStringLiteral("--open") });
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject()[QStringLiteral("day")].toString(), QStringLiteral("2026-04-01"));

        const auto missing = runTraceo({ QStringLiteral("--db"), db, QStringLiteral("cost"), QStringLiteral("alerts"),
            QStringLiteral("--ack"), QStringLiteral("77") });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("77")));
        const auto bad = runTraceo({ QStringLiteral("--db"), db, QStringLiteral("cost"), QStringLiteral("alerts"),
            QStringLiteral("--ack"), QStringLiteral("x") });
        QCOMPARE(bad.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCostCli)
#include "tst_costcli.moc"
