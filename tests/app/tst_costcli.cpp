#include "common/clirun.h"
#include "common/testutil.h"
#include "cost/costalerts.h"
#include "cost/costsynth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace traceo::cost;
using traceo::test::runTraceo;

namespace {

using Run = traceo::test::CliRun;

QString sample()
{
    return traceo::test::sharedData(QStringLiteral("focus/focus-1.0-sample.csv"));
}

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
    const auto run
        = traceo::test::runTraceo(QStringList { QStringLiteral("--db"), db, QStringLiteral("cost"),
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

    QTemporaryDir m_dir;
    QString m_db;

    Run run(QStringList args) const
    {
        args << QStringLiteral("--db") << m_db;
        return traceo::test::runTraceo(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const Run r = run({ QStringLiteral("cost"), QStringLiteral("import"), sample(), QStringLiteral("--format"),
            QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray reports = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0][QStringLiteral("rows")].toInt(), 1000);
        QCOMPARE(reports[0][QStringLiteral("billing_periods")].toInt(), 4);
    }

    void importsAreListed()
    {
        const Run r = run(
            { QStringLiteral("cost"), QStringLiteral("imports"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 5); // header + AWS, Microsoft and two Oracle periods
        QVERIFY(lines[0].startsWith(QStringLiteral("id,provider,billing_account,period_start")));
        QVERIFY(r.out.contains(QStringLiteral("AWS,1234567890123,2024-09-01T00:00:00Z,2024-10-01T00:00:00Z,USD,942,")));
    }

    void breakdownTopWithOther()
    {
        const Run r = run(
            { QStringLiteral("cost"), QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("provider"),
                QStringLiteral("--top"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray rows = doc[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][QStringLiteral("provider")].toString(), QStringLiteral("AWS"));
        QCOMPARE(rows[1][QStringLiteral("provider")].toString(), QStringLiteral("(other)"));
        const double total = doc[QStringLiteral("totals")][QStringLiteral("billed")].toDouble();
        QCOMPARE(rows[0][QStringLiteral("billed")].toDouble() + rows[1][QStringLiteral("billed")].toDouble(), total);
        QCOMPARE(doc[QStringLiteral("line_items")].toInt(), 1000);
    }

    void breakdownFilterAndPeriods()
    {
        const Run r = run({ QStringLiteral("cost"), QStringLiteral("breakdown"), QStringLiteral("--by"),
            QStringLiteral("service,day"), QStringLiteral("--filter"), QStringLiteral("provider=Oracle"),
            QStringLiteral("--from"), QStringLiteral("2024-09-16"), QStringLiteral("--to"),
            QStringLiteral("2024-10-01"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(lines[0], QStringLiteral("service,day,billed,effective,list,previous,change,change_pct"));
        for (const QString& line : lines.mid(1)) {
            const QString day = line.section(u',', 1, 1);
            QVERIFY2(day.isEmpty() || (day >= QStringLiteral("2024-09-16") && day < QStringLiteral("2024-10-01")),
                qPrintable(line));
        }
        QVERIFY(lines.size() > 1);
    }

    void errorsAndUsage()
    {
        const Run unknown = run(
            { QStringLiteral("cost"), QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("colour") });
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("colour")));
        const Run metric = run({ QStringLiteral("cost"), QStringLiteral("breakdown"), QStringLiteral("--metric"),
            QStringLiteral("amortized") });
        QCOMPARE(metric.code, 2);
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray csv = traceo::test::readAll(sample());
        // The second line item (line 3) in euros, after a first one in dollars.
        const QByteArray second
            = "\"USD\",\"2024-10-01 00:00:00\",\"2024-09-01 00:00:00\",\"Usage\",NULL,\"$0.008 per used "
              "Application load balancer capacity unit-hour (or partial hour)\",\"Usage-Based\",\"2024-09-30 "
              "23:00:00\"";
        QCOMPARE(csv.count(second), 1);
        csv.replace(second, QByteArray(second).replace("USD", "EUR"));
        f.write(csv);
        f.close();
        const Run failed = run({ QStringLiteral("cost"), QStringLiteral("import"), bad });
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains(bad + QStringLiteral(":3: column BillingCurrency")), qPrintable(failed.err));
        const Run skipped = run({ QStringLiteral("cost"), QStringLiteral("import"), bad,
            QStringLiteral("--skip-bad-rows"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(skipped.code, 0);
        QVERIFY2(skipped.out.contains(bad + QStringLiteral(",999,1,4")), qPrintable(skipped.out));
        QVERIFY(skipped.err.contains(QStringLiteral(":3: column BillingCurrency")));
    }

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

    void anomaliesRaiseAlertsAndRecommend()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("synthetic.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("synthetic.csv"));
        SyntheticCostParams params;
        params.days = 63;
        params.anomalies = 5;
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(syntheticFocusCsv(generateCostData(params)));
        f.close();
        auto traceoRun
            = [&](QStringList args) { return traceo::test::runTraceo(args << QStringLiteral("--db") << db); };
        QCOMPARE(traceoRun({ QStringLiteral("cost"), QStringLiteral("import"), csv }).code, 0);
        const Run found = traceoRun({ QStringLiteral("cost"), QStringLiteral("anomalies"), QStringLiteral("--format"),
            QStringLiteral("json") });
        QVERIFY2(found.code == 0, qPrintable(found.err));
        const QJsonArray anomalies = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QVERIFY(!anomalies.isEmpty());
        QCOMPARE(alertsJson(db).size(), anomalies.size()); // the default rule alerts on every anomaly
        // Running again raises nothing new.
        QVERIFY(traceoRun({ QStringLiteral("cost"), QStringLiteral("anomalies") }).err.contains(QStringLiteral(" 0 ")));
        QCOMPARE(alertsJson(db).size(), anomalies.size());
        const Run windowed = traceoRun({ QStringLiteral("cost"), QStringLiteral("anomalies"), QStringLiteral("--from"),
            QStringLiteral("2026-02-15"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(windowed.code, 0);
        const QStringList lines = windowed.out.trimmed().split(QStringLiteral("\r\n"));
        QVERIFY(lines[0].startsWith(QStringLiteral("day,dims,expected,actual,impact")));
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines[i].left(10) >= QStringLiteral("2026-02-15"));
        QCOMPARE(traceoRun({ QStringLiteral("cost"), QStringLiteral("anomalies"), QStringLiteral("--from"),
                               QStringLiteral("Feb") })
                     .code,
            2);

        const Run rec = run(
            { QStringLiteral("cost"), QStringLiteral("recommend"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(rec.code == 0, qPrintable(rec.err));
        QVERIFY(rec.out.startsWith(QStringLiteral("priority,strategy,resources,eligible_monthly,savings_rate")));
    }

    // On the FOCUS sample (cents a day) the default minimum impact keeps every series quiet;
    // --min-impact 0 brings back the alarms on near-zero series.
    void anomaliesMinimumImpact()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("minimum.sqlite"));
        auto traceoRun
            = [&](QStringList args) { return traceo::test::runTraceo(args << QStringLiteral("--db") << db); };
        QCOMPARE(traceoRun({ QStringLiteral("cost"), QStringLiteral("import"), sample() }).code, 0);
        const QStringList anomalies { QStringLiteral("cost"), QStringLiteral("anomalies"), QStringLiteral("--format"),
            QStringLiteral("json") };
        const Run quiet = traceoRun(anomalies);
        QVERIFY2(quiet.code == 0, qPrintable(quiet.err));
        QCOMPARE(QJsonDocument::fromJson(quiet.out.toUtf8()).array().size(), 0);
        const Run loud = traceoRun(QStringList(anomalies) << QStringLiteral("--min-impact") << QStringLiteral("0"));
        QVERIFY2(loud.code == 0, qPrintable(loud.err));
        const QJsonArray all = QJsonDocument::fromJson(loud.out.toUtf8()).array();
        QVERIFY(all.size() > 100);
        QCOMPARE(alertsJson(db).size(), all.size()); // alerts follow the same rule
        const Run fewer = traceoRun(QStringList(anomalies) << QStringLiteral("--min-impact") << QStringLiteral("0")
                                                           << QStringLiteral("--min-percent") << QStringLiteral("500"));
        QVERIFY(QJsonDocument::fromJson(fewer.out.toUtf8()).array().size() < all.size());
        const Run bad = traceoRun(QStringList(anomalies) << QStringLiteral("--min-impact") << QStringLiteral("-3"));
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--min-impact")));
    }

    void reportFiles()
    {
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        Run r = run(
            { QStringLiteral("cost"), QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2024-09"),
                QStringLiteral("--group-by"), QStringLiteral("service,region"), QStringLiteral("--out"), html });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));
        r = run({ QStringLiteral("cost"), QStringLiteral("report"), QStringLiteral("--period"),
            QStringLiteral("2024-09"), QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("section,key,billed,effective,list\r\ntotal,2024-09-01..2024-10-01,")));
        QCOMPARE(run({ QStringLiteral("cost"), QStringLiteral("report"), QStringLiteral("--period"),
                         QStringLiteral("2024-09"), QStringLiteral("--format"), QStringLiteral("docx") })
                     .code,
            2);
        r = run(
            { QStringLiteral("cost"), QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("Sept") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Sept")));
    }
};

QTEST_GUILESS_MAIN(TestCostCli)
#include "tst_costcli.moc"
