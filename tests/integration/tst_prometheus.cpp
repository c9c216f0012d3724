#include "common/testservers.h"
#include "http/httpclient.h"
#include "prometheus/prometheusclient.h"

#include <QTcpServer>
#include <QUrl>
#include <QtTest>
#include <cmath>

using namespace std::chrono_literals;
using traceo::HttpClient;
using traceo::HttpRequest;
using traceo::PrometheusClient;
using traceo::PromResult;

// The project's HTTP and Prometheus clients against a real Prometheus (the `prometheus` fixture,
// which scrapes nothing: every query here is built from constants and time()).
class TestPrometheus : public QObject
{
    Q_OBJECT

private:
    QUrl m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = QUrl(traceo::test::serverUrl(QStringLiteral("prometheus")));
        if (m_server.isEmpty())
            QFAIL(traceo::test::missingServerMessage(QStringLiteral("prometheus")).constData());
    }

    void httpClientReachesTheServer()
    {
        HttpClient http;
        HttpRequest request;
        request.url = m_server.resolved(QUrl(QStringLiteral("/api/v1/status/buildinfo")));
        const traceo::HttpResponse response = http.sendBlocking(request);
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QCOMPARE(response.status, 200);
        QVERIFY2(response.body.contains("\"status\":\"success\""), response.body.constData());
        QVERIFY2(response.body.contains("\"version\""), response.body.constData());
    }

    void vectorOfOne()
    {
        HttpClient http;
        PrometheusClient prom(&http, m_server);
        const PromResult result = prom.instantQueryBlocking(QStringLiteral("vector(1)"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.resultType, QStringLiteral("vector"));
        QCOMPARE(result.samples.size(), 1);
        QVERIFY(result.samples[0].labels.isEmpty());
        QCOMPARE(result.samples[0].points.size(), 1);
        QCOMPARE(result.samples[0].points[0].second, 1.0);
    }

    void labelsAndValues()
    {
        HttpClient http;
        PrometheusClient prom(&http, m_server);
        const PromResult result = prom.instantQueryBlocking(
            QStringLiteral("label_replace(vector(42.5), \"job\", \"traceo\", \"\", \"\") or "
                           "label_replace(vector(-1), \"job\", \"other\", \"\", \"\")"));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.samples.size(), 2);
        QMap<QString, double> byJob;
        for (const traceo::PromSample& s : result.samples)
            byJob.insert(s.labels.value(QStringLiteral("job")), s.points.value(0).second);
        QCOMPARE(byJob.value(QStringLiteral("traceo")), 42.5);
        QCOMPARE(byJob.value(QStringLiteral("other")), -1.0);

        const PromResult nan = prom.instantQueryBlocking(QStringLiteral("vector(0) / 0"));
        QVERIFY2(nan.ok(), qPrintable(nan.error.message));
        QVERIFY(std::isnan(nan.samples.value(0).points.value(0).second));
    }

    void timeIsTheEvaluationTime()
    {
        HttpClient http;
        PrometheusClient prom(&http, m_server);

        const PromResult now = prom.instantQueryBlocking(QStringLiteral("time()"));
        QVERIFY2(now.ok(), qPrintable(now.error.message));
        QCOMPARE(now.resultType, QStringLiteral("scalar"));
        QCOMPARE(now.samples.size(), 1);
        const double serverNow = now.samples[0].points[0].second;
        QVERIFY2(std::abs(serverNow - double(QDateTime::currentSecsSinceEpoch())) < 60,
            qPrintable(QString::number(serverNow)));

        const QDateTime at = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const PromResult then = prom.instantQueryBlocking(QStringLiteral("time()"), at);
        QVERIFY2(then.ok(), qPrintable(then.error.message));
        QCOMPARE(then.samples.value(0).points.value(0).second, 1700000000.0);
        QCOMPARE(then.samples.value(0).points.value(0).first, qint64(1700000000) * 1000);
    }

    void rangeQuery()
    {
        HttpClient http;
        PrometheusClient prom(&http, m_server);
        const QDateTime to = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const PromResult result = prom.rangeQueryBlocking(QStringLiteral("vector(2)"), to.addSecs(-60), to, 15s);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.resultType, QStringLiteral("matrix"));
        QCOMPARE(result.samples.size(), 1);
        QCOMPARE(result.samples[0].points.size(), 5);
        QCOMPARE(result.samples[0].points.first().first, qint64(1700000000 - 60) * 1000);
        QCOMPARE(result.samples[0].points.last().second, 2.0);
    }

    void malformedQueryGivesPrometheusError()
    {
        HttpClient http;
        PrometheusClient prom(&http, m_server);
        const PromResult result = prom.instantQueryBlocking(QStringLiteral("sum(rate(up[5m]"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, traceo::HttpError::Kind::HttpStatus);
        QCOMPARE(result.error.httpStatus, 400);
        QCOMPARE(result.errorType, QStringLiteral("bad_data"));
        // Prometheus's own words reach the user, not just "400 Bad Request".
        QVERIFY2(result.error.message.contains(QStringLiteral("parse error")), qPrintable(result.error.message));
        QVERIFY(result.samples.isEmpty());
    }

    void closedPortGivesConnectionError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        HttpClient http;
        http.setRetryPolicy({ 10ms, 20ms, 0.0 });
        PrometheusClient prom(&http, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const PromResult result = prom.instantQueryBlocking(QStringLiteral("vector(1)"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, traceo::HttpError::Kind::Connection);
        QVERIFY2(
            result.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(result.error.message));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
