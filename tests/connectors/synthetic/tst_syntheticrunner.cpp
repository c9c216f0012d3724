#include "connectors/loopbackserver.h"
#include "slo/slomath.h"
#include "slo/syntheticcheckrepository.h"
#include "store/sqlquery.h"
#include "synthetic/syntheticrunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace Qt::StringLiterals;
using traceo::test::LoopbackServer;
using Action = LoopbackServer::Action;

namespace {

// A loopback port nobody listens on: bound, then closed.
QUrl refusedUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(u"http://127.0.0.1:%1/healthz"_s.arg(port));
}

// Everything the runner reported, by check name.
struct Reports
{
    QHash<QString, QList<SyntheticStatus>> byName;
    int count = 0;
    int of(const QString& name) const { return int(byName.value(name).size()); }
};

void collect(SyntheticRunner& runner, Reports& reports)
{
    QObject::connect(&runner, &SyntheticRunner::probeFinished, &runner, [&reports](const SyntheticStatus& s) {
        reports.byName[s.name].append(s);
        ++reports.count;
    });
}

} // namespace

class TestSyntheticRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbs = 0;

    std::shared_ptr<Database> freshDb()
    {
        DatabaseLocation loc;
        loc.path = m_dir.filePath(u"runner%1.sqlite"_s.arg(++m_dbs));
        return Database::open(loc);
    }

    static SyntheticCheck addCheck(const std::shared_ptr<Database>& db, const QString& name, const QUrl& url,
        int latencyMs = 2000, int timeoutMs = 5000, int intervalSeconds = 30)
    {
        SyntheticCheck c;
        c.name = name;
        c.url = url.toString();
        c.latencyThresholdMs = latencyMs;
        c.timeoutMs = timeoutMs;
        c.intervalSeconds = intervalSeconds;
        return SyntheticCheckRepository(db).addCheck(c, { 0, u"loopback"_s, name, 0.99, 30 });
    }

private Q_SLOTS:
    void classifiesConcurrentProbesAndRecordsThem()
    {
        LoopbackServer fast({ Action::respond(200, "ok") });
        LoopbackServer slow({ Action::respondAfter(400, 200, "ok") });
        LoopbackServer failing({ Action::respond(500, "database down") });
        LoopbackServer silent({ Action::silent() });
        auto db = freshDb();
        const SyntheticCheck a = addCheck(db, u"fast"_s, fast.url(u"/healthz"_s));
        addCheck(db, u"slow"_s, slow.url(u"/search"_s), 100);
        addCheck(db, u"failing"_s, failing.url(u"/api"_s));
        const QUrl refused = refusedUrl();
        addCheck(db, u"refused"_s, refused);
        addCheck(db, u"timeout"_s, silent.url(u"/hang"_s), 100, 200);

        const QDateTime at = QDateTime::fromString(u"2026-11-27T12:00:30Z"_s, Qt::ISODate);
        const qint64 minute = slo::minuteOf(at);
        SyntheticRunner runner;
        runner.setClock([at] { return at; });
        Reports reports;
        collect(runner, reports);
        QSignalSpy round(&runner, &SyntheticRunner::roundFinished);
        runner.start(db, SyntheticRunner::Schedule::Once);
        QVERIFY(round.wait(15000));
        QCOMPARE(reports.count, 5);
        QCOMPARE(runner.checks().size(), 5);

        const SyntheticStatus good = reports.byName[u"fast"_s].front();
        QVERIFY(good.good);
        QCOMPARE(good.verdict, ProbeVerdict::Good);
        QCOMPARE(good.httpStatus, 200);
        QVERIFY(good.error.isEmpty());
        QCOMPARE(good.startedAt, at);
        QCOMPARE(runner.lastStatus(a.id)->name, u"fast"_s);

        const SyntheticStatus tooSlow = reports.byName[u"slow"_s].front();
        QCOMPARE(tooSlow.verdict, ProbeVerdict::TooSlow);
        QCOMPARE(tooSlow.httpStatus, 200);
        QVERIFY2(tooSlow.latencyMs >= 400, qPrintable(QString::number(tooSlow.latencyMs))); // the server waited 400 ms
        QVERIFY2(tooSlow.error.contains(u"above the threshold of 100 ms"_s), qPrintable(tooSlow.error));

        const SyntheticStatus status500 = reports.byName[u"failing"_s].front();
        QCOMPARE(status500.verdict, ProbeVerdict::UnexpectedStatus);
        QCOMPARE(status500.httpStatus, 500);
        QVERIFY2(status500.error.contains(u"HTTP 500, expected 200-299"_s), qPrintable(status500.error));

        const SyntheticStatus noServer = reports.byName[u"refused"_s].front();
        QCOMPARE(noServer.verdict, ProbeVerdict::TransportError);
        QCOMPARE(noServer.httpStatus, 0);
        QVERIFY2(noServer.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(noServer.error));
        QVERIFY2(noServer.error.contains(refused.toString()), qPrintable(noServer.error));
        QVERIFY2(!noServer.error.contains(u"attempts"_s), qPrintable(noServer.error)); // one attempt, no retries

        const SyntheticStatus hung = reports.byName[u"timeout"_s].front();
        QCOMPARE(hung.verdict, ProbeVerdict::TransportError);
        QVERIFY2(hung.error.contains(u"timed out after 200 ms"_s), qPrintable(hung.error));
        QCOMPARE(silent.requests().size(), 1); // a probe is one attempt

        QFuture<QString> written = runner.stop();
        written.waitForFinished();
        QCOMPARE(written.result(), QString());
        SloRepository slos(db);
        for (const SloDefinition& s : slos.slos()) {
            const QList<SliBucket> buckets = slos.buckets(s.id, minute - 5, minute + 5);
            QCOMPARE(buckets.size(), 1);
            QCOMPARE(buckets[0].minute, minute);
            QCOMPARE(buckets[0].total, 1.0);
            QCOMPARE(buckets[0].good, s.name == u"fast"_s ? 1.0 : 0.0);
        }
    }

    void repeatsOnTheIntervalAndAddsUpMinutesAcrossFlushes()
    {
        LoopbackServer ok({ Action::respond(200, "ok") });
        LoopbackServer failing({ Action::respond(503, "") });
        auto db = freshDb();
        const SyntheticCheck up = addCheck(db, u"up"_s, ok.url(u"/healthz"_s), 500, 900, 1);
        const SyntheticCheck down = addCheck(db, u"down"_s, failing.url(u"/healthz"_s), 500, 900, 1);

        QDateTime now = QDateTime::fromString(u"2026-11-27T12:00:10Z"_s, Qt::ISODate);
        const qint64 first = slo::minuteOf(now);
        SyntheticRunner runner;
        runner.setClock([&now] { return now; });
        Reports reports;
        collect(runner, reports);
        runner.start(db);
        QTRY_VERIFY_WITH_TIMEOUT(reports.of(u"up"_s) >= 2 && reports.of(u"down"_s) >= 2, 15000);
        // Part of the first minute is written now; the probes still to come in it must add to it.
        QFuture<QString> partial = runner.flush();
        partial.waitForFinished();
        QCOMPARE(partial.result(), QString());
        const int before = reports.of(u"up"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reports.of(u"up"_s) > before, 15000);
        now = now.addSecs(60);
        // A probe started before the switch may still answer; two more answers mean one started after it.
        const int upBefore = reports.of(u"up"_s);
        const int downBefore = reports.of(u"down"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reports.of(u"up"_s) >= upBefore + 2 && reports.of(u"down"_s) >= downBefore + 2, 15000);
        QFuture<QString> written = runner.stop();
        written.waitForFinished();
        QCOMPARE(written.result(), QString());
        QVERIFY(!runner.isRunning());

        SloRepository slos(db);
        for (const SyntheticCheck& check : { up, down }) {
            QMap<qint64, int> expected; // probes per minute, as reported
            for (const SyntheticStatus& s : reports.byName[check.name])
                ++expected[slo::minuteOf(s.startedAt)];
            QCOMPARE(expected.size(), 2);
            const QList<SliBucket> buckets = slos.buckets(check.sloId, first - 5, first + 5);
            QCOMPARE(buckets.size(), 2);
            for (const SliBucket& b : buckets) {
                QVERIFY(expected.contains(b.minute));
                QCOMPARE(b.total, double(expected[b.minute]));
                QCOMPARE(b.good, check.name == u"up"_s ? b.total : 0.0);
            }
        }
        QVERIFY(reports.of(u"up"_s) >= 4);
    }

    void theEventLoopKeepsTurningWhileSlowChecksRun()
    {
        constexpr int kChecks = 10;
        LoopbackServer slow({ Action::respondAfter(1000, 200, "ok") });
        auto db = freshDb();
        // More checks than the six connections QNetworkAccessManager opens to one host.
        for (int i = 0; i < kChecks; ++i)
            addCheck(db, u"slow-%1"_s.arg(i), slow.url(u"/slow/%1"_s.arg(i)), 4000, 8000);

        SyntheticRunner runner;
        int ticks = 0;
        int ticksWithAllInFlight = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            if (runner.probesInFlight() == kChecks)
                ++ticksWithAllInFlight;
        });
        int requestsAtFirstAnswer = -1;
        connect(&runner, &SyntheticRunner::probeFinished, this, [&](const SyntheticStatus& s) {
            QVERIFY2(s.good, qPrintable(s.error));
            if (requestsAtFirstAnswer < 0)
                requestsAtFirstAnswer = int(slow.requests().size());
        });
        QSignalSpy round(&runner, &SyntheticRunner::roundFinished);
        ticker.start();
        runner.start(db, SyntheticRunner::Schedule::Once);
        QVERIFY(round.wait(20000));
        ticker.stop();
        // All requests reached the server before the first answer: they ran concurrently, none queued.
        QCOMPARE(requestsAtFirstAnswer, kChecks);
        // The 10 ms timer kept firing while all the probes waited for their answers.
        qInfo("%d of %d ticks of the 10 ms timer came while all %d probes were in flight", ticksWithAllInFlight, ticks,
            kChecks);
        QVERIFY2(ticksWithAllInFlight >= 5, qPrintable(u"%1 of %2 ticks"_s.arg(ticksWithAllInFlight).arg(ticks)));
        runner.stop().waitForFinished();
    }

    void stopCancelsProbesInFlightAndRecordsNothingForThem()
    {
        LoopbackServer silent({ Action::silent() });
        auto db = freshDb();
        const SyntheticCheck c = addCheck(db, u"hang"_s, silent.url(u"/hang"_s), 1000, 60000);
        SyntheticRunner runner;
        Reports reports;
        collect(runner, reports);
        runner.start(db);
        QTRY_COMPARE_WITH_TIMEOUT(silent.requests().size(), 1, 10000);
        QCOMPARE(runner.probesInFlight(), 1);
        QFuture<QString> written = runner.stop();
        written.waitForFinished();
        QCOMPARE(runner.probesInFlight(), 0);
        QCOMPARE(reports.count, 0);
        QCOMPARE(SloRepository(db).bucketCount(c.sloId), 0);
    }

    void aFailedWriteIsReported()
    {
        LoopbackServer ok({ Action::respond(200, "ok") });
        auto db = freshDb();
        addCheck(db, u"up"_s, ok.url(u"/healthz"_s));
        SyntheticRunner runner;
        QSignalSpy round(&runner, &SyntheticRunner::roundFinished);
        QSignalSpy failed(&runner, &SyntheticRunner::failed);
        runner.start(db, SyntheticRunner::Schedule::Once);
        QVERIFY(round.wait(10000));
        execSql(db->connection(),
            u"CREATE TRIGGER refuse BEFORE INSERT ON slo_bucket BEGIN SELECT RAISE(ABORT, 'disk says no'); END"_s);
        QFuture<QString> written = runner.flush();
        written.waitForFinished();
        QVERIFY2(written.result().contains(u"disk says no"_s), qPrintable(written.result()));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.front().front().toString().contains(u"disk says no"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyntheticRunner)
#include "tst_syntheticrunner.moc"
