#include "connectors/loopbackserver.h"
#include "prometheus/prometheusclient.h"

#include <QUrlQuery>
#include <QtTest>

using namespace std::chrono_literals;
using traceo::HttpClient;
using traceo::HttpError;
using traceo::PrometheusClient;
using traceo::PromResult;
using Server = traceo::test::LoopbackServer;
using Action = traceo::test::LoopbackServer::Action;

namespace {

const QByteArray kVector = R"({"status":"success","data":{"resultType":"vector","result":[
    {"metric":{"job":"api"},"value":[1700000000,"0.25"]}]}})";
const QByteArray kMatrix = R"({"status":"success","data":{"resultType":"matrix","result":[
    {"metric":{"job":"api"},"values":[[1700000000,"1"],[1700000060,"NaN"]]}]}})";

QUrlQuery queryOf(const Server& server, int index)
{
    const QByteArray target = server.requests().at(index).target;
    return QUrlQuery(QString::fromUtf8(target.mid(target.indexOf('?') + 1)));
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls();
    void instantQueryAsync();
    void rangeQueryBlocking();
    void prometheusErrorBody();
    void httpErrorWithoutJson();
    void destroyedContextCancels();
};

void TestPrometheusClient::urls()
{
    HttpClient http;
    PrometheusClient prom(&http, QUrl(QStringLiteral("https://host/prometheus/")));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1700000000250, Qt::UTC);
    const QUrl instant = prom.instantQueryUrl(QStringLiteral("sum(rate(x[5m])) by (job)"), at);
    QCOMPARE(instant.path(), QStringLiteral("/prometheus/api/v1/query"));
    const QUrlQuery q(instant);
    QCOMPARE(
        q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), QStringLiteral("sum(rate(x[5m])) by (job)"));
    QCOMPARE(q.queryItemValue(QStringLiteral("time")), QStringLiteral("1700000000.250"));
    QCOMPARE(q.queryItemValue(QStringLiteral("timeout")), QStringLiteral("10.000"));
    QVERIFY(!QUrlQuery(prom.instantQueryUrl(QStringLiteral("up"), QDateTime())).hasQueryItem(QStringLiteral("time")));

    const QUrl range = prom.rangeQueryUrl(QStringLiteral("a+b"), at, at.addSecs(3600), 15s);
    QCOMPARE(range.path(), QStringLiteral("/prometheus/api/v1/query_range"));
    const QUrlQuery rq(range);
    QCOMPARE(rq.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), QStringLiteral("a+b"));
    // A server decodes the query as a form: a bare '+' would be a space.
    QVERIFY2(range.toString(QUrl::FullyEncoded).contains(QLatin1String("query=a%2Bb&")),
        range.toString(QUrl::FullyEncoded).toUtf8().constData());
    QCOMPARE(rq.queryItemValue(QStringLiteral("start")), QStringLiteral("1700000000.250"));
    QCOMPARE(rq.queryItemValue(QStringLiteral("end")), QStringLiteral("1700003600.250"));
    QCOMPARE(rq.queryItemValue(QStringLiteral("step")), QStringLiteral("15.000"));
}

void TestPrometheusClient::instantQueryAsync()
{
    Server server({ Action::respond(200, kVector, { { "Content-Type", "application/json" } }) });
    HttpClient http;
    PrometheusClient prom(&http, server.url(QStringLiteral("/")));
    QList<PromResult> results;
    QObject context;
    prom.instantQuery(QStringLiteral("up{job=\"api\"}"), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC), &context,
        [&results](const PromResult& r) { results.append(r); });
    QTRY_COMPARE(results.size(), 1);
    QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error.message));
    QCOMPARE(results.at(0).samples.at(0).points.at(0).second, 0.25);
    QCOMPARE(queryOf(server, 0).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
        QStringLiteral("up{job=\"api\"}"));
    QVERIFY(server.requests().at(0).target.startsWith("/api/v1/query?"));
    QCOMPARE(server.requests().at(0).header("Accept"), QByteArray("application/json"));
}

void TestPrometheusClient::rangeQueryBlocking()
{
    Server server({ Action::respond(200, kMatrix) });
    HttpClient http;
    PrometheusClient prom(&http, server.url(QString()));
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const PromResult r = prom.rangeQueryBlocking(QStringLiteral("up"), from, from.addSecs(60), 60s);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.resultType, QStringLiteral("matrix"));
    QCOMPARE(r.samples.at(0).points.size(), 2);
    QVERIFY(std::isnan(r.samples.at(0).points.at(1).second));
    QVERIFY(server.requests().at(0).target.startsWith("/api/v1/query_range?"));
}

void TestPrometheusClient::prometheusErrorBody()
{
    Server server({ Action::respond(
        400, R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:4: parse error"})") });
    HttpClient http;
    PrometheusClient prom(&http, server.url(QString()));
    const PromResult r = prom.instantQueryBlocking(QStringLiteral("up{"));
    QCOMPARE(r.error.kind, HttpError::Kind::HttpStatus);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.errorType, QStringLiteral("bad_data"));
    QVERIFY2(r.error.message.contains(QLatin1String("\"up{\"")), qPrintable(r.error.message));
    QVERIFY2(r.error.message.contains(QLatin1String("1:4: parse error")), qPrintable(r.error.message));
    QVERIFY2(
        r.error.message.contains(server.url(QStringLiteral("/api/v1/query")).toString()), qPrintable(r.error.message));
    QCOMPARE(server.requests().size(), 1); // a 400 is not retried
}

void TestPrometheusClient::httpErrorWithoutJson()
{
    Server server({ Action::respond(404, QByteArrayLiteral("404 page not found")) });
    HttpClient http;
    PrometheusClient prom(&http, server.url(QString()));
    const PromResult r = prom.instantQueryBlocking(QStringLiteral("up"));
    QCOMPARE(r.error.kind, HttpError::Kind::HttpStatus);
    QCOMPARE(r.error.httpStatus, 404);
    QVERIFY(r.errorType.isEmpty());
    QVERIFY2(r.error.message.startsWith(QLatin1String("Prometheus query \"up\" failed: GET http://127.0.0.1:")),
        qPrintable(r.error.message));
    QVERIFY2(r.error.message.contains(QLatin1String("404 page not found")), qPrintable(r.error.message));
}

void TestPrometheusClient::destroyedContextCancels()
{
    Server server({ Action::silent() });
    HttpClient http;
    PrometheusClient prom(&http, server.url(QString()));
    int delivered = 0;
    auto* context = new QObject;
    QPointer<traceo::HttpCall> call = prom.instantQuery(
        QStringLiteral("up"), QDateTime(), context, [&delivered](const PromResult&) { ++delivered; });
    QTRY_COMPARE(server.requests().size(), 1);
    delete context;
    QVERIFY(call->isFinished());
    QTRY_VERIFY(call.isNull());
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
