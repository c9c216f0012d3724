// `traceo cost import-opencost` and `traceo cost import --opencost-json` end to end: a scripted
// OpenCost on loopback (OpenCost itself needs Kubernetes), the real CLI and a real SQLite store.
#include "common/clirun.h"
#include "common/testutil.h"
#include "connectors/loopbackserver.h"
#include "cost/opencostreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using traceo::test::runTraceo;
using Server = traceo::test::LoopbackServer;
using Action = traceo::test::LoopbackServer::Action;
using Run = traceo::test::CliRun;

namespace {

QString fixturePath(const QString& name)
{
    return traceo::test::sourceDir() + QStringLiteral("/tests/data/opencost/") + name;
}

QByteArray fixture(const QString& name)
{
    return traceo::test::readAll(fixturePath(name));
}

double billedTotal(const QString& name)
{
    const auto read = traceo::cost::OpenCostReader::parse(fixture(name), name);
    const traceo::cost::CostColumn* billed = read.table.column(QStringLiteral("BilledCost"));
    double total = 0;
    for (double v : billed->numbers)
        total += v;
    return total;
}

} // namespace

class TestOpenCostCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbs = 0;

    Run run(const QString& db, QStringList args) const
    {
        args << QStringLiteral("--db") << db;
        return runTraceo(args);
    }
    QString freshDb() { return m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_dbs)); }

    // The billed total per provider and the number of stored periods.
    QString summary(const QString& db) const
    {
        const Run b = run(db,
            { QStringLiteral("cost"), QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("provider"),
                QStringLiteral("--format"), QStringLiteral("json") });
        const Run i = run(db,
            { QStringLiteral("cost"), QStringLiteral("imports"), QStringLiteral("--format"), QStringLiteral("json") });
        QStringList parts;
        for (const QJsonValue& r : QJsonDocument::fromJson(b.out.toUtf8())[QStringLiteral("rows")].toArray())
            parts << r[QStringLiteral("provider")].toString() + u'='
                    + QString::number(r[QStringLiteral("billed")].toDouble(), 'f', 6);
        parts << QStringLiteral("periods=%1").arg(QJsonDocument::fromJson(i.out.toUtf8()).array().size());
        return parts.join(u' ');
    }

private Q_SLOTS:
    void importsBothKindsAndReplacesOnReimport()
    {
        const Action allocation = Action::respond(200, fixture(QStringLiteral("allocation.json")));
        const Action cloud = Action::respond(200, fixture(QStringLiteral("cloudcost.json")));
        Server server({ allocation, cloud, allocation, cloud });
        const QString db = freshDb();
        const QStringList args { QStringLiteral("cost"), QStringLiteral("import-opencost"), QStringLiteral("--url"),
            server.url(QStringLiteral("/model")).toString(), QStringLiteral("--window"),
            QStringLiteral("2026-09-01,2026-09-04"), QStringLiteral("--kind"), QStringLiteral("both"),
            QStringLiteral("--aggregate"), QStringLiteral("namespace"), QStringLiteral("--format"),
            QStringLiteral("json") };
        Run r = run(db, args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray reports = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0][QStringLiteral("billing_periods")].toInt(), 3);
        QCOMPARE(reports[1][QStringLiteral("billing_periods")].toInt(), 6);
        QVERIFY(reports[0][QStringLiteral("file")].toString().contains(QStringLiteral("/model/allocation?window=")));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests()[0].target.startsWith(
            "/model/allocation?window=2026-09-01T00:00:00Z,2026-09-04T00:00:00Z&step=1d"));
        QVERIFY(server.requests()[0].target.contains("&aggregate=namespace"));
        QVERIFY(server.requests()[1].target.startsWith("/model/cloudCost?window=2026-09-01T00:00:00Z"));

        const QString expected = QStringLiteral("AWS=%1 GCP=%2 Kubernetes=%3 periods=9")
                                     .arg(78.1504, 0, 'f', 6)
                                     .arg(36.6975, 0, 'f', 6)
                                     .arg(billedTotal(QStringLiteral("allocation.json")), 0, 'f', 6);
        QCOMPARE(summary(db), expected);
        r = run(db, args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(summary(db), expected); // replaced, not doubled
    }

    void savedSourceGivesTheUrl()
    {
        Server server({ Action::respond(200, fixture(QStringLiteral("cloudcost.json"))) });
        const QString db = freshDb();
        Run r = run(db,
            { QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("costs"), QStringLiteral("--kind"),
                QStringLiteral("opencost"), QStringLiteral("--url"), server.url(QStringLiteral("/")).toString() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(db,
            { QStringLiteral("cost"), QStringLiteral("import-opencost"), QStringLiteral("--source"),
                QStringLiteral("costs"), QStringLiteral("--kind"), QStringLiteral("cloudcost"),
                QStringLiteral("--window"), QStringLiteral("2026-09-01,2026-09-04") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(summary(db), QStringLiteral("AWS=78.150400 GCP=36.697500 periods=6"));
        r = run(db,
            { QStringLiteral("cost"), QStringLiteral("import-opencost"), QStringLiteral("--source"),
                QStringLiteral("nope") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No OpenCost data source named “nope”")), qPrintable(r.err));
    }

    void aFailedRequestStoresNothing()
    {
        Server server({ Action::respond(200, fixture(QStringLiteral("allocation.json"))),
            Action::respond(200, QByteArray(R"({"code":500,"status":"error","message":"no cloud integration"})")) });
        const QString db = freshDb();
        const Run r = run(db,
            { QStringLiteral("cost"), QStringLiteral("import-opencost"), QStringLiteral("--url"),
                server.url(QStringLiteral("/")).toString(), QStringLiteral("--window"),
                QStringLiteral("2026-09-01T00:00:00Z,2026-09-04T00:00:00Z"), QStringLiteral("--kind"),
                QStringLiteral("both") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("$.code: OpenCost reported an error (500): no cloud integration")),
            qPrintable(r.err));
        QCOMPARE(summary(db), QStringLiteral("periods=0"));
    }

    void savedResponsesImportOffline()
    {
        const QString db = freshDb();
        const Run r = run(db,
            { QStringLiteral("cost"), QStringLiteral("import"), QStringLiteral("--opencost-json"),
                fixturePath(QStringLiteral("allocation.json")), QStringLiteral("--opencost-json"),
                fixturePath(QStringLiteral("cloudcost.json")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(summary(db),
            QStringLiteral("AWS=78.150400 GCP=36.697500 Kubernetes=%1 periods=9")
                .arg(billedTotal(QStringLiteral("allocation.json")), 0, 'f', 6));
        // A saved error response names its file and OpenCost's message; nothing changes.
        const QString bad = m_dir.filePath(QStringLiteral("error.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"code":400,"message":"Invalid 'window' parameter"})");
        f.close();
        const Run failed = run(db,
            { QStringLiteral("cost"), QStringLiteral("import"), QStringLiteral("--opencost-json"),
                fixturePath(QStringLiteral("allocation.json")), QStringLiteral("--opencost-json"), bad });
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains(bad + QStringLiteral(": $.code: OpenCost reported an error (400): Invalid")),
            qPrintable(failed.err));
        QCOMPARE(summary(db),
            QStringLiteral("AWS=78.150400 GCP=36.697500 Kubernetes=%1 periods=9")
                .arg(billedTotal(QStringLiteral("allocation.json")), 0, 'f', 6));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("http://127.0.0.1:9/");
        QTest::addRow("no url") << QStringList {} << QStringLiteral("--url expects");
        QTest::addRow("ftp url") << QStringList { QStringLiteral("--url"), QStringLiteral("ftp://x/") }
                                 << QStringLiteral("--url expects");
        QTest::addRow("bad window") << QStringList { QStringLiteral("--url"), url, QStringLiteral("--window"),
            QStringLiteral("last week") }
                                    << QStringLiteral("--window expects");
        QTest::addRow("backwards window") << QStringList { QStringLiteral("--url"), url, QStringLiteral("--window"),
            QStringLiteral("2026-09-04,2026-09-01") }
                                          << QStringLiteral("FROM before TO");
        QTest::addRow("zero days") << QStringList { QStringLiteral("--url"), url, QStringLiteral("--window"),
            QStringLiteral("0d") } << QStringLiteral("--window expects");
        QTest::addRow("bad kind") << QStringList { QStringLiteral("--url"), url, QStringLiteral("--kind"),
            QStringLiteral("assets") }
                                  << QStringLiteral("--kind expects allocation, cloudcost or both");
    }

    void usageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run r
            = run(freshDb(), QStringList { QStringLiteral("cost"), QStringLiteral("import-opencost") } + options);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestOpenCostCli)
#include "tst_opencostcli.moc"
