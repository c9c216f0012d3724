#include "prometheus/prometheusparse.h"

#include <QtTest>
#include <cmath>
#include <limits>

using traceo::HttpError;
using traceo::PromResult;
using traceo::PromSample;

namespace {

const QUrl kUrl(QStringLiteral("http://prom.example:9090/api/v1/query?query=up"));

PromResult parse(const QByteArray& body, int status = 200)
{
    return traceo::parsePrometheusResponse(body, kUrl, QStringLiteral("up"), status);
}

// QCOMPARE treats NaN == NaN and matching infinities as equal for doubles.
using Points = QList<QPair<qint64, double>>;

} // namespace

Q_DECLARE_METATYPE(HttpError::Kind)

class TestPrometheusParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vector();
    void matrix();
    void scalar();
    void emptyVector();
    void specialValues_data();
    void specialValues();
    void warnings();
    void prometheusError_data();
    void prometheusError();
    void malformed_data();
    void malformed();
    void passwordNotInMessage();
};

void TestPrometheusParse::vector()
{
    const PromResult r = parse(R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"__name__":"up","job":"api","instance":"10.0.0.1:9100"},"value":[1700000000.123,"1"]},
        {"metric":{"__name__":"up","job":"db"},"value":[1700000000,"0"]}]}})");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.resultType, QStringLiteral("vector"));
    QCOMPARE(r.samples.size(), 2);
    QCOMPARE(r.samples.at(0).labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
    QCOMPARE(r.samples.at(0).labels.value(QStringLiteral("instance")), QStringLiteral("10.0.0.1:9100"));
    QCOMPARE(r.samples.at(0).labels.size(), 3);
    QCOMPARE(r.samples.at(0).points, (Points { { 1700000000123, 1.0 } }));
    QCOMPARE(r.samples.at(1).points, (Points { { 1700000000000, 0.0 } }));
    QVERIFY(r.errorType.isEmpty());
}

void TestPrometheusParse::matrix()
{
    const PromResult r = parse(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"job":"api"},"values":[[1700000000,"0.5"],[1700000015,"1e3"],[1700000030.5,"-2.25"]]},
        {"metric":{},"values":[]}]}})");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.resultType, QStringLiteral("matrix"));
    QCOMPARE(r.samples.size(), 2);
    QCOMPARE(r.samples.at(0).labels, (QMap<QString, QString> { { QStringLiteral("job"), QStringLiteral("api") } }));
    QCOMPARE(r.samples.at(0).points,
        (Points { { 1700000000000, 0.5 }, { 1700000015000, 1000.0 }, { 1700000030500, -2.25 } }));
    QVERIFY(r.samples.at(1).labels.isEmpty());
    QVERIFY(r.samples.at(1).points.isEmpty());
}

void TestPrometheusParse::scalar()
{
    const PromResult r
        = parse(R"({"status":"success","data":{"resultType":"scalar","result":[1435781451.781,"42.5"]}})");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.resultType, QStringLiteral("scalar"));
    QCOMPARE(r.samples.size(), 1);
    QVERIFY(r.samples.at(0).labels.isEmpty());
    QCOMPARE(r.samples.at(0).points, (Points { { 1435781451781, 42.5 } }));
}

void TestPrometheusParse::emptyVector()
{
    const PromResult r = parse(R"({"status":"success","data":{"resultType":"vector","result":[]}})");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.samples.isEmpty());
}

void TestPrometheusParse::specialValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::addRow("NaN") << QStringLiteral("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("+Inf") << QStringLiteral("+Inf") << std::numeric_limits<double>::infinity();
    QTest::addRow("Inf") << QStringLiteral("Inf") << std::numeric_limits<double>::infinity();
    QTest::addRow("-Inf") << QStringLiteral("-Inf") << -std::numeric_limits<double>::infinity();
    QTest::addRow("exponent") << QStringLiteral("1.5e-7") << 1.5e-7;
    QTest::addRow("negative zero") << QStringLiteral("-0") << -0.0;
    QTest::addRow("large") << QStringLiteral("1.7976931348623157e+308") << 1.7976931348623157e+308;
}

void TestPrometheusParse::specialValues()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const QByteArray body
        = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"le":"+Inf"},"values":[[1,")"
        + text.toUtf8() + R"("]]}]}})";
    const PromResult r = parse(body);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.samples.at(0).labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
    const double value = r.samples.at(0).points.at(0).second;
    if (std::isnan(expected))
        QVERIFY(std::isnan(value));
    else
        QCOMPARE(value, expected);
}

void TestPrometheusParse::warnings()
{
    const PromResult r = parse(R"({"status":"success","warnings":["results truncated"],
        "data":{"resultType":"vector","result":[]}})");
    QVERIFY(r.ok());
    QCOMPARE(r.warnings, QStringList { QStringLiteral("results truncated") });
}

void TestPrometheusParse::prometheusError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpError::Kind>("kind");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("message");
    QTest::addRow("bad_data") << QByteArray(
        R"({"status":"error","errorType":"bad_data","error":"1:3: parse error: unexpected \"}\""})")
                              << 400 << HttpError::Kind::HttpStatus << QStringLiteral("bad_data")
                              << QStringLiteral(
                                     "Prometheus query \"up\" at http://prom.example:9090/api/v1/query failed: "
                                     "bad_data: 1:3: parse error: unexpected \"}\"");
    QTest::addRow("timeout") << QByteArray(
        R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
                             << 503 << HttpError::Kind::Timeout << QStringLiteral("timeout")
                             << QStringLiteral(
                                    "Prometheus query \"up\" at http://prom.example:9090/api/v1/query failed: "
                                    "timeout: query timed out in expression evaluation");
    QTest::addRow("execution") << QByteArray(
        R"({"status":"error","errorType":"execution","error":"many-to-many matching not allowed"})")
                               << 422 << HttpError::Kind::HttpStatus << QStringLiteral("execution")
                               << QStringLiteral(
                                      "Prometheus query \"up\" at http://prom.example:9090/api/v1/query failed: "
                                      "execution: many-to-many matching not allowed");
    QTest::addRow("no details") << QByteArray(R"({"status":"error"})") << 500 << HttpError::Kind::HttpStatus
                                << QString()
                                << QStringLiteral(
                                       "Prometheus query \"up\" at http://prom.example:9090/api/v1/query failed: "
                                       "error: (no message)");
}

void TestPrometheusParse::prometheusError()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(HttpError::Kind, kind);
    QFETCH(QString, errorType);
    QFETCH(QString, message);
    const PromResult r = parse(body, status);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.httpStatus, status);
    QCOMPARE(r.errorType, errorType);
    QCOMPARE(r.error.message, message);
    QVERIFY(r.samples.isEmpty());
}

void TestPrometheusParse::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("needle"); // part of the message that names the problem
    QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                          << QStringLiteral("not valid JSON");
    QTest::addRow("truncated") << QByteArray(R"({"status":"success","data":{"resultType":"vec)")
                               << QStringLiteral("not valid JSON");
    QTest::addRow("array root") << QByteArray("[1,2]") << QStringLiteral("not a Prometheus API answer");
    QTest::addRow("no status") << QByteArray(R"({"data":{}})") << QStringLiteral("not a Prometheus API answer");
    QTest::addRow("no data") << QByteArray(R"({"status":"success"})") << QStringLiteral("data is not an object");
    QTest::addRow("no resultType") << QByteArray(R"({"status":"success","data":{"result":[]}})")
                                   << QStringLiteral("data.resultType is missing");
    QTest::addRow("string result") << QByteArray(
        R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})")
                                   << QStringLiteral("unsupported result type \"string\"");
    QTest::addRow("result not array") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":{}}})")
                                      << QStringLiteral("data.result is not an array");
    QTest::addRow("value not string") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})")
                                      << QStringLiteral("data.result[0].value: the value is not a string");
    QTest::addRow("bad number") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,"abc"]]}]}})")
                                << QStringLiteral("data.result[0].values[1]: value \"abc\" is not a number");
    QTest::addRow("lowercase nan") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1,"nan"]}})")
                                   << QStringLiteral("value \"nan\" is not a number");
    QTest::addRow("timestamp string") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":["1","1"]}})")
                                      << QStringLiteral("data.result: the timestamp is not a number");
    QTest::addRow("timestamp huge") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1e300,"1"]}})")
                                    << QStringLiteral("out of range");
    QTest::addRow("pair too short") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1]}})")
                                    << QStringLiteral("is not a [timestamp, \"value\"] pair");
    QTest::addRow("label not string") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":1},"value":[1,"1"]}]}})")
                                      << QStringLiteral("data.result[0].metric.job is not a string");
    QTest::addRow("series not object") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[42]}})")
                                       << QStringLiteral("data.result[0] is not an object");
    QTest::addRow("unknown status") << QByteArray(R"({"status":"partial","data":{}})")
                                    << QStringLiteral("not a Prometheus API answer");
}

void TestPrometheusParse::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, needle);
    const PromResult r = parse(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, HttpError::Kind::InvalidResponse);
    QVERIFY(r.samples.isEmpty());
    QVERIFY2(r.error.message.contains(needle), qPrintable(r.error.message));
    // Every message names the query and the server.
    QVERIFY2(r.error.message.contains(QLatin1String("\"up\"")), qPrintable(r.error.message));
    QVERIFY2(
        r.error.message.contains(QLatin1String("http://prom.example:9090/api/v1/query")), qPrintable(r.error.message));
    QCOMPARE(r.error.url, kUrl);
}

void TestPrometheusParse::passwordNotInMessage()
{
    const QUrl url(QStringLiteral("https://ops:hunter2@prom.example/api/v1/query"));
    const PromResult r = traceo::parsePrometheusResponse("nope", url, QStringLiteral("up"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error.message.contains(QLatin1String("hunter2")));
    QVERIFY(r.error.url.password().isEmpty());
}

QTEST_GUILESS_MAIN(TestPrometheusParse)
#include "tst_prometheusparse.moc"
