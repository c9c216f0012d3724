// The OpenCost connector against a scripted HTTP server on loopback. OpenCost itself needs a
// Kubernetes cluster (and Prometheus) to run, so the server answers with the responses of
// tests/data/opencost, which follow OpenCost's own serialisation.
#include "common/testutil.h"
#include "connectors/loopbackserver.h"
#include "opencost/opencostclient.h"

#include <QUrlQuery>
#include <QtTest>

using namespace std::chrono_literals;
using traceo::HttpClient;
using traceo::OpenCostClient;
using traceo::OpenCostFetch;
using traceo::OpenCostQuery;
using traceo::cost::OpenCostKind;
using Server = traceo::test::LoopbackServer;
using Action = traceo::test::LoopbackServer::Action;

namespace {

QByteArray fixture(const QString& name)
{
    return traceo::test::readAll(traceo::test::sourceDir() + QStringLiteral("/tests/data/opencost/") + name);
}

const QDateTime kFrom = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTo = QDateTime(QDate(2026, 9, 4), QTime(0, 0), Qt::UTC);

OpenCostQuery query(OpenCostKind kind, const QString& aggregate = {})
{
    return { kind, kFrom, kTo, aggregate };
}

HttpClient* quickClient(QObject* parent)
{
    auto* http = new HttpClient(parent);
    http->setRetryPolicy({ 10ms, 20ms, 0.5 });
    return http;
}

} // namespace

class TestOpenCostClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls()
    {
        HttpClient http;
        const OpenCostClient client(&http, QUrl(QStringLiteral("https://host/model/")));
        const QUrl allocation = client.url(query(OpenCostKind::Allocation, QStringLiteral("namespace,controller")));
        QCOMPARE(allocation.path(), QStringLiteral("/model/allocation"));
        const QUrlQuery a(allocation);
        QCOMPARE(
            a.queryItemValue(QStringLiteral("window")), QStringLiteral("2026-09-01T00:00:00Z,2026-09-04T00:00:00Z"));
        QCOMPARE(a.queryItemValue(QStringLiteral("step")), QStringLiteral("1d"));
        QCOMPARE(a.queryItemValue(QStringLiteral("includeIdle")), QStringLiteral("true"));
        QCOMPARE(a.queryItemValue(QStringLiteral("accumulate")), QStringLiteral("false"));
        QCOMPARE(a.queryItemValue(QStringLiteral("aggregate")), QStringLiteral("namespace,controller"));
        const QUrl cloud = client.url(query(OpenCostKind::CloudCost));
        QCOMPARE(cloud.path(), QStringLiteral("/model/cloudCost"));
        QCOMPARE(QUrlQuery(cloud).queryItemValue(QStringLiteral("accumulate")), QStringLiteral("day"));
        QVERIFY(!QUrlQuery(cloud).hasQueryItem(QStringLiteral("aggregate")));
    }

    void lastDaysAreWholeUtcDays()
    {
        const auto [from, to] = traceo::openCostLastDays(
            30, QDateTime(QDate(2026, 11, 27), QTime(23, 59, 30), Qt::OffsetFromUTC, -3600)); // 00:59:30Z on the 28th
        QCOMPARE(from, QDateTime(QDate(2026, 10, 30), QTime(0, 0), Qt::UTC));
        QCOMPARE(to, QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC));
    }

    void fetchesBothKinds()
    {
        Server server({ Action::respond(200, fixture(QStringLiteral("allocation.json"))),
            Action::respond(200, fixture(QStringLiteral("cloudcost.json"))) });
        QVERIFY(server.isListening());
        HttpClient http;
        OpenCostClient client(&http, server.url(QStringLiteral("/")));
        const OpenCostFetch allocation = client.fetchBlocking(query(OpenCostKind::Allocation));
        QVERIFY2(allocation.ok(), qPrintable(allocation.error));
        const OpenCostFetch cloud = client.fetchBlocking(query(OpenCostKind::CloudCost));
        QVERIFY2(cloud.ok(), qPrintable(cloud.error));
        // The reader on the same bytes gives the same line items.
        QCOMPARE(allocation.read.table.rowCount(),
            traceo::cost::OpenCostReader::parse(fixture(QStringLiteral("allocation.json")), QStringLiteral("f"))
                .table.rowCount());
        QCOMPARE(cloud.read.table.rowCount(), std::size_t(24));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests()[0].target.startsWith("/allocation?window=2026-09-01T00:00:00Z"));
        QVERIFY(server.requests()[1].target.startsWith("/cloudCost?window=2026-09-01T00:00:00Z"));
        QCOMPARE(server.requests()[0].header("Accept"), QByteArray("application/json"));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad request, plain text")
            << 400 << QByteArray("Invalid 'window' parameter: illegal window: 2026-13-01")
            << QStringLiteral("HTTP 400 Bad Request: Invalid 'window' parameter");
        QTest::addRow("server error, JSON")
            << 500 << QByteArray(R"({"code":500,"status":"error","message":"prometheus down"})")
            << QStringLiteral("HTTP 500");
        QTest::addRow("not JSON") << 200 << QByteArray("<html>login</html>") << QStringLiteral(":1:2: not valid JSON");
        QTest::addRow("OpenCost error in a 200")
            << 200 << QByteArray(R"({"code":500,"status":"error","message":"cloud costs are not configured"})")
            << QStringLiteral(": $.code: OpenCost reported an error (500): cloud costs are not configured");
        QTest::addRow("bad value") << 200 << QByteArray(R"({"code":200,"data":[{"a":{"totalCost":"1","window":{}}}]})")
                                   << QStringLiteral(": $.data[0][\"a\"].totalCost: expected a number, not “1”");
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        Server server({ Action::respond(status, body) });
        QObject owner;
        OpenCostClient client(quickClient(&owner), server.url(QStringLiteral("/")));
        const OpenCostFetch fetch = client.fetchBlocking(query(OpenCostKind::Allocation));
        QVERIFY(!fetch.ok());
        QVERIFY2(fetch.error.contains(expected), qPrintable(fetch.error));
        QVERIFY2(fetch.error.contains(server.url(QStringLiteral("/allocation")).toString()), qPrintable(fetch.error));
    }

    void unreachableHost()
    {
        QUrl closed;
        {
            Server server;
            closed = server.url(QStringLiteral("/"));
        } // nothing listens on the port any more
        QObject owner;
        OpenCostClient client(quickClient(&owner), closed);
        client.setTimeout(2s);
        const OpenCostFetch fetch = client.fetchBlocking(query(OpenCostKind::CloudCost));
        QVERIFY(!fetch.ok());
        QVERIFY2(fetch.error.startsWith(QStringLiteral("OpenCost: GET ") + closed.toString()), qPrintable(fetch.error));
        QVERIFY2(fetch.error.contains(QStringLiteral("/cloudCost")), qPrintable(fetch.error));
    }

    void asyncDelivers()
    {
        Server server({ Action::respond(200, fixture(QStringLiteral("cloudcost.json"))) });
        HttpClient http;
        OpenCostClient client(&http, server.url(QStringLiteral("/")));
        QObject context;
        OpenCostFetch got;
        int calls = 0;
        client.fetch(query(OpenCostKind::CloudCost), &context, [&](const OpenCostFetch& f) {
            got = f;
            ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QVERIFY2(got.ok(), qPrintable(got.error));
        QCOMPARE(got.read.table.rowCount(), std::size_t(24));
    }
};

QTEST_GUILESS_MAIN(TestOpenCostClient)
#include "tst_opencostclient.moc"
