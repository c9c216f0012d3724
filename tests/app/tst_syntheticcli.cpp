#include "cli/cli.h"
#include "common/clirun.h"
#include "connectors/loopbackserver.h"
#include "slo/slomath.h"
#include "slo/syntheticcheckrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace traceo::cli;
using namespace Qt::StringLiterals;
using traceo::test::CliRun;
using traceo::test::LoopbackServer;

class TestSyntheticCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun run(QStringList args) const
    {
        args.prepend(m_db);
        args.prepend(u"--db"_s);
        return traceo::test::runTraceo(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
        QCoreApplication::setApplicationName(u"traceo"_s);
        m_db = m_dir.filePath(u"synthetic.sqlite"_s);
    }

    void addAndList()
    {
        const CliRun added = run({ u"slo"_s, u"check"_s, u"add"_s, u"--name"_s, u"healthz"_s, u"--url"_s,
            u"http://127.0.0.1:8080/healthz"_s, u"--expect"_s, u"200-299,404"_s, u"--latency-ms"_s, u"250"_s,
            u"--interval"_s, u"10"_s, u"--service"_s, u"edge"_s, u"--objective"_s, u"99.5"_s });
        QVERIFY2(added.code == ExitOk, qPrintable(added.err));
        QVERIFY2(added.out.contains(u"Added check healthz"_s), qPrintable(added.out));

        const CliRun listed = run({ u"slo"_s, u"check"_s, u"list"_s, u"--format"_s, u"json"_s });
        QVERIFY2(listed.code == ExitOk, qPrintable(listed.err));
        const QJsonArray checks = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(checks.size(), 1);
        const QJsonObject c = checks[0].toObject();
        QCOMPARE(c[u"name"_s].toString(), u"healthz"_s);
        QCOMPARE(c[u"method"_s].toString(), u"GET"_s);
        QCOMPARE(c[u"url"_s].toString(), u"http://127.0.0.1:8080/healthz"_s);
        QCOMPARE(c[u"expect"_s].toString(), u"200-299,404"_s);
        QCOMPARE(c[u"latency_ms"_s].toInt(), 250);
        QCOMPARE(c[u"timeout_ms"_s].toInt(), 5000);
        QCOMPARE(c[u"interval_s"_s].toInt(), 10);
        QCOMPARE(c[u"service"_s].toString(), u"edge"_s);
        QCOMPARE(c[u"slo"_s].toString(), u"healthz"_s);
        QCOMPARE(c[u"objective"_s].toDouble(), 0.995);
        QCOMPARE(c[u"buckets"_s].toInt(), 0);

        // The check's SLO is an SLO like the others.
        const CliRun slos = run({ u"slo"_s, u"list"_s, u"--format"_s, u"csv"_s });
        QVERIFY2(slos.out.contains(u"edge,healthz,0.995,30,0"_s), qPrintable(slos.out));
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList base { u"--name"_s, u"x"_s, u"--service"_s, u"edge"_s, u"--objective"_s, u"99"_s };
        QTest::addRow("ftp") << (base + QStringList { u"--url"_s, u"ftp://127.0.0.1/x"_s }) << int(ExitUsage)
                             << u"URL “ftp://127.0.0.1/x”: only http:// and https://"_s;
        QTest::addRow("expect") << (base + QStringList { u"--url"_s, u"http://127.0.0.1/"_s, u"--expect"_s, u"2xx"_s })
                                << int(ExitUsage) << u"--expect “2xx”, position 1"_s;
        QTest::addRow("objective") << QStringList { u"--name"_s, u"x"_s, u"--service"_s, u"edge"_s, u"--url"_s,
            u"http://127.0.0.1/"_s, u"--objective"_s, u"100"_s }
                                   << int(ExitUsage) << u"--objective expects a percentage"_s;
        QTest::addRow("no service") << QStringList { u"--name"_s, u"x"_s, u"--url"_s, u"http://127.0.0.1/"_s }
                                    << int(ExitUsage) << u"needs --service"_s;
        QTest::addRow("interval") << (base
            + QStringList { u"--url"_s, u"http://127.0.0.1/"_s, u"--interval"_s, u"0"_s })
                                  << int(ExitUsage) << u"--interval expects a positive whole number, not “0”"_s;
        QTest::addRow("name in use") << QStringList { u"--name"_s, u"healthz"_s, u"--service"_s, u"other"_s,
            u"--objective"_s, u"99"_s, u"--url"_s, u"http://127.0.0.1/"_s }
                                     << int(ExitFailure) << u"“healthz” exists already"_s;
    }
    void badInputIsNamed()
    {
        QFETCH(QStringList, options);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun r = run(QStringList { u"slo"_s, u"check"_s, u"add"_s } + options);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void twoWordVerbs()
    {
        const CliRun noVerb = run({ u"slo"_s, u"check"_s });
        QCOMPARE(noVerb.code, int(ExitUsage));
        QVERIFY2(noVerb.err.contains(u"check run"_s), qPrintable(noVerb.err));
        QVERIFY(!noVerb.err.contains(u"unknown verb"_s));
        const CliRun unknown = run({ u"slo"_s, u"check"_s, u"frobnicate"_s });
        QCOMPARE(unknown.code, int(ExitUsage));
        QVERIFY2(unknown.err.contains(u"unknown verb \"check frobnicate\" for \"slo\""_s), qPrintable(unknown.err));
        const CliRun help = run({ u"slo"_s, u"check"_s, u"add"_s, u"--help"_s });
        QCOMPARE(help.code, int(ExitOk));
        QVERIFY(help.out.contains(u"--latency-ms"_s));
        // One-word verbs of the group still work, with a positional argument after them.
        QCOMPARE(run({ u"slo"_s, u"list"_s }).code, int(ExitOk));
    }

    void runOnceProbesAndRecords()
    {
        LoopbackServer up({ LoopbackServer::Action::respond(200, "{\"status\":\"up\"}") });
        LoopbackServer down({ LoopbackServer::Action::respond(500, "oops") });
        for (const auto& [name, url] : { std::pair { u"api-up"_s, up.url(u"/healthz"_s) },
                 std::pair { u"api-down"_s, down.url(u"/healthz"_s) } }) {
            const CliRun r = run({ u"slo"_s, u"check"_s, u"add"_s, u"--name"_s, name, u"--url"_s, url.toString(),
                u"--service"_s, u"loopback"_s, u"--objective"_s, u"99.9"_s, u"--latency-ms"_s, u"4000"_s });
            QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        }
        // The check added earlier points at port 8080, where nothing is expected to listen: remove it.
        const CliRun removed = run({ u"slo"_s, u"check"_s, u"remove"_s, u"healthz"_s });
        QVERIFY2(removed.code == ExitOk, qPrintable(removed.err));
        QCOMPARE(run({ u"slo"_s, u"check"_s, u"remove"_s, u"healthz"_s }).code, int(ExitFailure));

        const qint64 before = slo::minuteOf(QDateTime::currentDateTimeUtc());
        const CliRun r = run({ u"slo"_s, u"check"_s, u"run"_s, u"--once"_s });
        const qint64 after = slo::minuteOf(QDateTime::currentDateTimeUtc());
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(u"Z api-up good HTTP 200 \\d+ ms\n"_s)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(u"Z api-down bad HTTP 500 \\d+ ms: HTTP 500, expected 200-299\n"_s)),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Recorded 2 probe(s)"_s), qPrintable(r.out));
        QCOMPARE(up.requests().size(), 1);
        QCOMPARE(down.requests().size(), 1);

        auto db = Database::open(DatabaseLocation::parse(m_db));
        SloRepository slos(db);
        for (const SyntheticCheck& c : SyntheticCheckRepository(db).checks()) {
            const QList<SliBucket> buckets = slos.buckets(c.sloId, before, after + 1);
            QCOMPARE(buckets.size(), 1);
            QCOMPARE(buckets[0].total, 1.0);
            QCOMPARE(buckets[0].good, c.name == u"api-up"_s ? 1.0 : 0.0);
        }

        QCOMPARE(run({ u"slo"_s, u"check"_s, u"run"_s, u"--once"_s, u"--duration"_s, u"5"_s }).code, int(ExitUsage));
    }

    void runWithoutChecksSaysSo()
    {
        QTemporaryDir dir;
        const CliRun r = traceo::test::runTraceo(
            { u"--db"_s, dir.filePath(u"empty.sqlite"_s), u"slo"_s, u"check"_s, u"run"_s, u"--once"_s });
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(u"no enabled synthetic check"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticCli)
#include "tst_syntheticcli.moc"
