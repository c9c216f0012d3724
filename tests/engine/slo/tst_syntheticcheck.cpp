#include "core/error.h"
#include "slo/syntheticcheckrepository.h"
#include "store/sqlquery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(traceo::SyntheticCheck)
Q_DECLARE_METATYPE(traceo::ProbeResult)
Q_DECLARE_METATYPE(traceo::ProbeVerdict)

namespace {

SyntheticCheck validCheck()
{
    SyntheticCheck c;
    c.name = QStringLiteral("api-health");
    c.url = QStringLiteral("http://127.0.0.1:8080/healthz");
    c.latencyThresholdMs = 500;
    c.timeoutMs = 5000;
    return c;
}

ProbeResult answered(int status, qint64 latencyMs, QByteArray body = {})
{
    ProbeResult r;
    r.status = status;
    r.latencyMs = latencyMs;
    r.body = std::move(body);
    return r;
}

ProbeResult failedWith(ProbeResult::Failure failure, const QString& error)
{
    ProbeResult r;
    r.failure = failure;
    r.error = error;
    r.latencyMs = 3;
    return r;
}

} // namespace

class TestSyntheticCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::shared_ptr<Database> freshDb(const QString& name)
    {
        DatabaseLocation loc;
        loc.path = m_dir.filePath(name);
        return Database::open(loc);
    }

private Q_SLOTS:
    void parsesStatusRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QList<int>>("in");
        QTest::addColumn<QList<int>>("out");
        QTest::addRow("range") << u"200-299"_s << u"200-299"_s << QList<int> { 200, 250, 299 }
                               << QList<int> { 199, 300, 500 };
        QTest::addRow("list") << u"200,204"_s << u"200,204"_s << QList<int> { 200, 204 } << QList<int> { 201, 203 };
        QTest::addRow("mixed with spaces")
            << u" 200-299, 404 "_s << u"200-299,404"_s << QList<int> { 204, 404 } << QList<int> { 403, 405 };
        QTest::addRow("one status") << u"503"_s << u"503"_s << QList<int> { 503 } << QList<int> { 200 };
    }
    void parsesStatusRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QFETCH(QList<int>, in);
        QFETCH(QList<int>, out);
        const StatusRanges ranges = StatusRanges::parse(text, QStringLiteral("--expect"));
        QCOMPARE(ranges.toString(), normalized);
        for (int s : in)
            QVERIFY2(ranges.contains(s), qPrintable(QString::number(s)));
        for (int s : out)
            QVERIFY2(!ranges.contains(s), qPrintable(QString::number(s)));
    }

    void statusRangeErrorsNameTheInputAndPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("wildcard") << u"2xx"_s << u"--expect “2xx”, position 1: expected a three-digit"_s;
        QTest::addRow("open range") << u"200-"_s << u"position 5: expected a three-digit"_s;
        QTest::addRow("backwards") << u"200,299-200"_s << u"position 5: a range must not end below"_s;
        QTest::addRow("semicolon") << u"200;204"_s << u"position 4: expected a comma"_s;
        QTest::addRow("out of range") << u"200,600"_s << u"position 5: an HTTP status is between 100 and 599"_s;
        QTest::addRow("four digits") << u"2000"_s << u"position 1: expected a three-digit"_s;
        QTest::addRow("empty") << u""_s << u"position 1: expected a status such as 200"_s;
    }
    void statusRangeErrorsNameTheInputAndPosition()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        try {
            StatusRanges::parse(text, QStringLiteral("--expect"));
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void validatesDefinitions_data()
    {
        QTest::addColumn<SyntheticCheck>("check");
        QTest::addColumn<QString>("problem"); // a phrase of the problem; empty: valid
        SyntheticCheck c = validCheck();
        QTest::addRow("valid") << c << QString();
        c.url = QStringLiteral("https://example.com/x?y=1");
        QTest::addRow("https") << c << QString();
        c = validCheck();
        c.name = QStringLiteral("  ");
        QTest::addRow("no name") << c << u"Name:"_s;
        c = validCheck();
        c.url = QStringLiteral("ftp://example.com/file");
        QTest::addRow("ftp") << c << u"URL “ftp://example.com/file”"_s;
        c.url = QStringLiteral("file:///etc/passwd");
        QTest::addRow("file") << c << u"only http:// and https://"_s;
        c.url = QStringLiteral("http://");
        QTest::addRow("no host") << c << u"only http:// and https://"_s;
        c.url = QStringLiteral("example.com/healthz");
        QTest::addRow("no scheme") << c << u"only http:// and https://"_s;
        c = validCheck();
        c.method = QStringLiteral("G ET");
        QTest::addRow("bad method") << c << u"Method “G ET”"_s;
        c = validCheck();
        c.latencyThresholdMs = 6000;
        QTest::addRow("threshold above timeout") << c << u"above the timeout of 5000 ms"_s;
        c = validCheck();
        c.intervalSeconds = 0;
        QTest::addRow("no interval") << c << u"Interval:"_s;
        c = validCheck();
        c.expect.ranges.clear();
        QTest::addRow("no status") << c << u"Expected status:"_s;
    }
    void validatesDefinitions()
    {
        QFETCH(SyntheticCheck, check);
        QFETCH(QString, problem);
        const QString found = syntheticCheckProblem(check);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void classifiesProbes_data()
    {
        QTest::addColumn<SyntheticCheck>("check");
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<ProbeVerdict>("verdict");
        QTest::addColumn<QString>("reason");
        const SyntheticCheck c = validCheck();
        QTest::addRow("good") << c << answered(200, 40) << ProbeVerdict::Good << QString();
        QTest::addRow("at the threshold") << c << answered(204, 500) << ProbeVerdict::Good << QString();
        QTest::addRow("slow") << c << answered(200, 501) << ProbeVerdict::TooSlow
                              << u"501 ms, above the threshold of 500 ms"_s;
        QTest::addRow("500") << c << answered(500, 10) << ProbeVerdict::UnexpectedStatus
                             << u"HTTP 500, expected 200-299"_s;
        QTest::addRow("slow 500 names the status")
            << c << answered(500, 900) << ProbeVerdict::UnexpectedStatus << u"HTTP 500"_s;
        QTest::addRow("refused") << c
                                 << failedWith(ProbeResult::Failure::Connection,
                                        u"GET http://127.0.0.1:1/: connection failed: Connection refused"_s)
                                 << ProbeVerdict::TransportError << u"Connection refused"_s;
        QTest::addRow("timeout") << c << failedWith(ProbeResult::Failure::Timeout, u"GET x: timed out after 5000 ms"_s)
                                 << ProbeVerdict::TransportError << u"timed out"_s;
        SyntheticCheck notFound = c;
        notFound.expect = StatusRanges::parse(QStringLiteral("200-299,404"), QStringLiteral("expect"));
        QTest::addRow("404 expected") << notFound << answered(404, 10) << ProbeVerdict::Good << QString();
        SyntheticCheck body = c;
        body.bodyContains = QStringLiteral("\"status\":\"up\"");
        QTest::addRow("body matches") << body << answered(200, 10, R"({"status":"up"})") << ProbeVerdict::Good
                                      << QString();
        QTest::addRow("body differs") << body << answered(200, 10, R"({"status":"down"})") << ProbeVerdict::BodyMismatch
                                      << u"does not contain"_s;
    }
    void classifiesProbes()
    {
        QFETCH(SyntheticCheck, check);
        QFETCH(ProbeResult, result);
        QFETCH(ProbeVerdict, verdict);
        QFETCH(QString, reason);
        const ProbeClassification c = classifyProbe(check, result);
        QCOMPARE(c.verdict, verdict);
        QCOMPARE(c.good(), verdict == ProbeVerdict::Good);
        if (reason.isEmpty())
            QVERIFY(c.reason.isEmpty());
        else
            QVERIFY2(c.reason.contains(reason), qPrintable(c.reason));
    }

    void accumulatesMinuteBuckets()
    {
        SliAccumulator acc;
        QVERIFY(acc.isEmpty());
        acc.add(7, 1000, true);
        acc.add(7, 1000, false);
        acc.add(7, 1000, true);
        acc.add(7, 999, true);
        acc.add(8, 1000, false);
        const QHash<qint64, QList<SliBucket>> buckets = acc.take();
        QVERIFY(acc.isEmpty());
        QCOMPARE(buckets.size(), 2);
        const QList<SliBucket>& seven = buckets[7];
        QCOMPARE(seven.size(), 2);
        QCOMPARE(seven[0].minute, 999);
        QCOMPARE(seven[0].good, 1.0);
        QCOMPARE(seven[0].total, 1.0);
        QCOMPARE(seven[1].minute, 1000);
        QCOMPARE(seven[1].good, 2.0);
        QCOMPARE(seven[1].total, 3.0);
        QCOMPARE(buckets[8].front().good, 0.0);
        QCOMPARE(buckets[8].front().total, 1.0);
        QVERIFY(acc.take().isEmpty());
    }

    void addsACheckWithItsSlo()
    {
        auto db = freshDb(QStringLiteral("add.sqlite"));
        SyntheticCheckRepository repo(db);
        SyntheticCheck c = validCheck();
        c.method = QStringLiteral("HEAD");
        c.expect = StatusRanges::parse(QStringLiteral("200,204"), QStringLiteral("expect"));
        c.bodyContains = QStringLiteral("ok");
        c.intervalSeconds = 15;
        const SyntheticCheck added
            = repo.addCheck(c, { 0, QStringLiteral("edge"), QStringLiteral("api-health"), 0.995, 7 });
        QVERIFY(added.id > 0);
        QVERIFY(added.sloId > 0);
        const QList<SloDefinition> slos = SloRepository(db).slos();
        QCOMPARE(slos.size(), 1);
        QCOMPARE(slos[0].id, added.sloId);
        QCOMPARE(slos[0].service, u"edge"_s);
        QCOMPARE(slos[0].objective, 0.995);
        QCOMPARE(slos[0].periodDays, 7);
        const QList<SyntheticCheck> checks = repo.checks();
        QCOMPARE(checks.size(), 1);
        const SyntheticCheck& read = checks[0];
        QCOMPARE(read.id, added.id);
        QCOMPARE(read.name, c.name);
        QCOMPARE(read.url, c.url);
        QCOMPARE(read.method, u"HEAD"_s);
        QCOMPARE(read.expect, c.expect);
        QCOMPARE(read.latencyThresholdMs, 500);
        QCOMPARE(read.timeoutMs, 5000);
        QCOMPARE(read.intervalSeconds, 15);
        QCOMPARE(read.bodyContains, u"ok"_s);
        QVERIFY(read.enabled);

        // A second check of the same name, or onto an existing SLO, adds nothing.
        QVERIFY_THROWS_EXCEPTION(
            Error, repo.addCheck(c, { 0, QStringLiteral("other"), QStringLiteral("api-health"), 0.99, 30 }));
        SyntheticCheck other = validCheck();
        other.name = QStringLiteral("second");
        QVERIFY_THROWS_EXCEPTION(
            Error, repo.addCheck(other, { 0, QStringLiteral("edge"), QStringLiteral("api-health"), 0.99, 30 }));
        QCOMPARE(SloRepository(db).slos().size(), 1);
        QCOMPARE(repo.checks().size(), 1);

        // Removing the check keeps its SLO and history.
        QVERIFY(repo.removeCheck(c.name));
        QVERIFY(!repo.removeCheck(c.name));
        QVERIFY(repo.checks().isEmpty());
        QCOMPARE(SloRepository(db).slos().size(), 1);
    }

    void addingIsOneTransaction()
    {
        auto db = freshDb(QStringLiteral("atomic.sqlite"));
        // The check's row fails after its SLO was inserted: the SLO must go too.
        execSql(db->connection(),
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON slo_synthetic_check "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        try {
            SyntheticCheckRepository(db).addCheck(
                validCheck(), { 0, QStringLiteral("edge"), QStringLiteral("api-health"), 0.999, 30 });
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(u"refused by the test"_s), qPrintable(e.message()));
        }
        QVERIFY(SloRepository(db).slos().isEmpty());
    }

    void recordedBucketsAddUp()
    {
        auto db = freshDb(QStringLiteral("buckets.sqlite"));
        SyntheticCheckRepository repo(db);
        const SyntheticCheck a
            = repo.addCheck(validCheck(), { 0, QStringLiteral("edge"), QStringLiteral("api-health"), 0.999, 30 });
        SyntheticCheck second = validCheck();
        second.name = QStringLiteral("search");
        const SyntheticCheck b
            = repo.addCheck(second, { 0, QStringLiteral("edge"), QStringLiteral("search"), 0.99, 30 });

        SliAccumulator acc;
        acc.add(a.sloId, 100, true);
        acc.add(a.sloId, 100, false);
        acc.add(a.sloId, 101, true);
        acc.add(b.sloId, 100, true);
        repo.recordBuckets(acc.take());
        // The rest of minute 101 arrives in the next flush and adds to what is stored.
        acc.add(a.sloId, 101, true);
        acc.add(a.sloId, 101, false);
        acc.add(a.sloId, 102, false);
        repo.recordBuckets(acc.take());

        SloRepository slos(db);
        const QList<SliBucket> got = slos.buckets(a.sloId, 0, 1000);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got[0].minute, 100);
        QCOMPARE(got[0].good, 1.0);
        QCOMPARE(got[0].total, 2.0);
        QCOMPARE(got[1].minute, 101);
        QCOMPARE(got[1].good, 2.0);
        QCOMPARE(got[1].total, 3.0);
        QCOMPARE(got[2].good, 0.0);
        QCOMPARE(got[2].total, 1.0);
        QCOMPARE(slos.bucketCount(b.sloId), 1);
    }

    void recordingIsOneTransaction()
    {
        auto db = freshDb(QStringLiteral("flush.sqlite"));
        SyntheticCheckRepository repo(db);
        const SyntheticCheck a
            = repo.addCheck(validCheck(), { 0, QStringLiteral("edge"), QStringLiteral("api-health"), 0.999, 30 });
        QHash<qint64, QList<SliBucket>> buckets;
        buckets[a.sloId] = { { 100, 1, 1 } };
        buckets[a.sloId + 1000] = { { 100, 1, 1 } }; // no such SLO: the foreign key fails
        QVERIFY_THROWS_EXCEPTION(Error, repo.recordBuckets(buckets));
        QCOMPARE(SloRepository(db).bucketCount(a.sloId), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticCheck)
#include "tst_syntheticcheck.moc"
