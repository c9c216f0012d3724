#include "common/clirun.h"
#include "http/httpclient.h"
#include "prometheus/prometheusclient.h"
#include "slo/labeledsli.h"
#include "slo/slomath.h"
#include "slo/slothrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>

using namespace std::chrono_literals;
using namespace traceo;
using traceo::test::runTraceo;

namespace {

constexpr qint64 kStart = 1768003200; // 2026-01-10T00:00:00Z
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// Four SLOs: rate with =~, increase with !~ and !=, sum by (job) on both sides of a single job, and a
// per-label SLO (sum by (job) over both jobs): one instance per job.
const char* const kSpec = R"yaml(version: "prometheus/v1"
service: "checkout"
slos:
  - name: "availability"
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{job="checkout",code=~"(5..|429)"}[{{.window}}]))
        total_query: sum(rate(http_requests_total{job="checkout"}[{{.window}}]))
    alerting: {name: CheckoutErrors}
  - name: "per-job"
    objective: 99.5
    sli:
      events:
        error_query: sum by (job) (rate(http_requests_total{code=~"5.."}[{{.window}}]))
        total_query: sum by (job) (rate(http_requests_total[{{.window}}]))
    alerting: {name: PerJobErrors}
---
version: "prometheus/v1"
service: "search"
slos:
  - name: "errors"
    objective: 99.5
    sli:
      events:
        error_query: sum(increase(rpc_errors_total{service="search",kind!~"client.*"}[{{.window}}]))
        total_query: sum(increase(rpc_calls_total{service="search",method!="health"}[{{.window}}]))
    alerting: {name: SearchErrors}
  - name: "batch"
    objective: 99
    sli:
      events:
        error_query: sum by (job) (rate(http_requests_total{job="batch",code!="200"}[{{.window}}]))
        total_query: sum(rate(http_requests_total{job="batch"}[{{.window}}])) by (job)
    alerting: {name: BatchErrors}
)yaml";

struct GenSeries
{
    const char* family;
    QString labels;
    double perScrape;
    qint64 resetAt = 0; ///< seconds after kStart; 0: none
    qint64 gapFrom = 0, gapTo = 0; ///< no samples in [gapFrom, gapTo)
    qint64 endAt = qint64(3.5 * kDay);
    double burst = 1; ///< rate factor between 3d2h and 3d3h
};

/// 3.5 days of counters scraped every 30 s with jitter (in eighths of a second, exact in binary), with
/// resets, a 47-minute gap, an error burst and a series that stops early.
QByteArray openMetrics()
{
    const qint64 gapFrom = 3 * kDay + 4 * kHour, gapTo = gapFrom + 47 * 60;
    const std::vector<GenSeries> series = {
        { "http_requests", QString::fromUtf8(R"(job="checkout",code="200")"), 50, 2 * kDay + 6 * kHour, gapFrom,
            gapTo },
        { "http_requests", QString::fromUtf8(R"(job="checkout",code="500")"), 0.04, 2 * kDay + 6 * kHour, gapFrom,
            gapTo, qint64(3.5 * kDay), 40 },
        { "http_requests", QString::fromUtf8(R"(job="checkout",code="429")"), 0.02, 0, gapFrom, gapTo },
        { "http_requests", QString::fromUtf8(R"(job="checkout",code="404")"), 1, 0, gapFrom, gapTo },
        { "http_requests", QString::fromUtf8(R"(job="batch",code="200")"), 5, 0, 0, 0, 3 * kDay + 8 * kHour },
        { "http_requests", QString::fromUtf8(R"(job="batch",code="503")"), 0.2, 0, 0, 0, 3 * kDay + 8 * kHour },
        { "rpc_calls", QString::fromUtf8(R"(service="search",method="get")"), 40 },
        { "rpc_calls", QString::fromUtf8(R"(service="search",method="health")"), 10 },
        { "rpc_errors", QString::fromUtf8(R"(service="search",kind="server")"), 0.3, 3 * kDay + kHour },
        { "rpc_errors", QString::fromUtf8(R"(service="search",kind="client_timeout")"), 0.5 },
    };
    std::mt19937_64 rng(20260110);
    QByteArray out;
    const char* family = "";
    for (const GenSeries& s : series) {
        if (qstrcmp(family, s.family) != 0) {
            family = s.family;
            out += QByteArray("# TYPE ") + family + " counter\n";
        }
        double value = double(rng() % 1000);
        bool reset = false;
        for (qint64 k = 0; 30 * k < s.endAt; ++k) {
            const qint64 offset = 30 * k;
            const double factor = offset >= 3 * kDay + 2 * kHour && offset < 3 * kDay + 3 * kHour ? s.burst : 1;
            std::poisson_distribution<int> increments(s.perScrape * factor);
            value += increments(rng);
            if (s.resetAt && !reset && offset >= s.resetAt) {
                value = double(increments(rng));
                reset = true;
            }
            if (offset >= s.gapFrom && offset < s.gapTo)
                continue;
            const qint64 eighths = qint64(rng() % 40); // up to 5 s late
            out += QStringLiteral("%1_total{%2} %3 %4.%5\n")
                       .arg(QLatin1String(s.family), s.labels, QString::number(value, 'f', 0))
                       .arg(kStart + offset + eighths / 8)
                       .arg(eighths % 8 * 125, 3, 10, QLatin1Char('0'))
                       .toUtf8();
        }
    }
    return out + "# EOF\n";
}

bool close(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

// The core acceptance of SLO sources: `slo status` over imported series and over Prometheus both equal
// Prometheus's own evaluation of the Sloth rule expressions, on data backfilled with promtool into a
// Prometheus this test starts on loopback.
class TestSloPrometheus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    QUrl m_url;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    bool startPrometheus()
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            quint16 port = 0;
            {
                QTcpServer probe;
                if (!probe.listen(QHostAddress::LocalHost))
                    return false;
                port = probe.serverPort();
            }
            m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
            m_prometheus.setStandardOutputFile(path("prometheus.log"));
            m_prometheus.start(QStringLiteral("prometheus"),
                { QStringLiteral("--config.file=") + path("prometheus.yml"),
                    QStringLiteral("--storage.tsdb.path=") + path("tsdb"),
                    QStringLiteral("--storage.tsdb.retention.time=100y"), QStringLiteral("--query.lookback-delta=5m"),
                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                    QStringLiteral("--log.level=warn") });
            if (!m_prometheus.waitForStarted())
                return false;
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            HttpClient http;
            http.setRetryPolicy({ 10ms, 20ms, 0.0 });
            for (int i = 0; i < 300 && m_prometheus.state() == QProcess::Running; ++i) {
                HttpRequest ready;
                ready.url = m_url.resolved(QUrl(QStringLiteral("/-/ready")));
                ready.timeout = 2s;
                if (http.sendBlocking(ready).ok())
                    return true;
                QTest::qWait(200);
            }
            m_prometheus.kill();
            m_prometheus.waitForFinished();
        }
        return false;
    }

    QJsonArray status(const QStringList& args)
    {
        const auto r = runTraceo(QStringList { QStringLiteral("slo"), QStringLiteral("status"),
                                     QStringLiteral("--format"), QStringLiteral("json") }
            + args);
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile om(path("data.om"));
        QVERIFY(om.open(QIODevice::WriteOnly));
        om.write(openMetrics());
        om.close();
        QFile spec(path("spec.yml"));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(kSpec);
        spec.close();
        QFile config(path("prometheus.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("global:\n  evaluation_interval: 1h\nscrape_configs: []\n");
        config.close();

        QProcess promtool;
        promtool.setProcessChannelMode(QProcess::MergedChannels);
        promtool.start(QStringLiteral("promtool"),
            { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                path("data.om"), path("tsdb") });
        QVERIFY2(promtool.waitForFinished(240'000), "promtool did not finish");
        QVERIFY2(promtool.exitCode() == 0, promtool.readAll().constData());
        QVERIFY2(startPrometheus(), "Prometheus did not start; see prometheus.log");

        const QString db = path("local.sqlite");
        const auto spec1 = runTraceo(
            { QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-spec"), path("spec.yml") });
        QVERIFY2(spec1.code == 0, qPrintable(spec1.err));
        const auto metrics = runTraceo(
            { QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-metrics"), path("data.om") });
        QVERIFY2(metrics.code == 0, qPrintable(metrics.err));
        QVERIFY2(metrics.out.contains(QStringLiteral("10 series added")), qPrintable(metrics.out));
    }

    void cleanupTestCase()
    {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10'000))
            m_prometheus.kill();
    }

    void statusEqualsPrometheus_data()
    {
        QTest::addColumn<qint64>("atMs");
        const auto at = [](qint64 seconds, int ms = 0) { return (kStart + seconds) * 1000 + ms; };
        QTest::addRow("3d, 3d window reaching the first samples") << at(3 * kDay);
        QTest::addRow("in the error burst, off the minute") << at(3 * kDay + 2 * kHour + 30 * 60 + 17, 250);
        QTest::addRow("inside the gap") << at(3 * kDay + 4 * kHour + 20 * 60);
        QTest::addRow("just after the gap") << at(3 * kDay + 4 * kHour + 50 * 60 + 3);
        QTest::addRow("just after the checkout reset") << at(2 * kDay + 6 * kHour + 60);
        QTest::addRow("just after the search reset") << at(3 * kDay + kHour + 150, 500);
        QTest::addRow("batch stopped an hour ago") << at(3 * kDay + 9 * kHour);
        QTest::addRow("after the data end") << at(3 * kDay + 12 * kHour + 120);
    }
    void statusEqualsPrometheus()
    {
        QFETCH(qint64, atMs);
        HttpClient http;
        PrometheusClient prom(&http, m_url);
        const QStringList at { QStringLiteral("--at"), iso(atMs) };
        const QJsonArray local = status(QStringList { QStringLiteral("--db"), path("local.sqlite") } + at);
        const QJsonArray remote = status(
            QStringList { QStringLiteral("--prometheus"), m_url.toString(), QStringLiteral("--spec"), path("spec.yml") }
            + at);
        // Three SLOs and the two instances of per-job (batch stopped within the 3d window of every instant).
        QCOMPARE(local.size(), 5);
        QCOMPARE(remote.size(), 5);

        int compared = 0, withData = 0;
        for (const slo::SlothSpec& spec : slo::parseSlothSpecs(QByteArray(kSpec), QStringLiteral("spec.yml"))) {
            for (const slo::PromRuleGroup& group : slo::slothRuleGroups(spec)) {
                for (const slo::PromRule& rule : group.rules) {
                    const QString window = rule.labels.value(QStringLiteral("sloth_window"));
                    if (!rule.record.startsWith(QLatin1String("slo:sli_error:ratio_rate")) || window == u"30d")
                        continue; // the period rule averages recorded samples: no instant expression
                    const QString slo = rule.labels.value(QStringLiteral("sloth_slo"));
                    // Prometheus's own evaluation of the rule's expression at the instant.
                    const PromResult truth
                        = prom.instantQueryBlocking(rule.expr, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
                    QVERIFY2(truth.ok(), qPrintable(truth.error.message));
                    // One value per label set: the instance named slo{labels}, or the SLO itself without labels.
                    QMap<QString, double> expected;
                    for (const PromSample& sample : truth.samples)
                        expected.insert(slo::instanceName(slo, sample.labels), sample.points[0].second);
                    for (const auto& [name, rows] :
                        { std::pair { "imported", local }, std::pair { "prometheus", remote } }) {
                        QStringList instances;
                        for (const QJsonValue& r : rows) {
                            const QString rowSlo = r[QStringLiteral("slo")].toString();
                            if (rowSlo != slo && !rowSlo.startsWith(slo + QLatin1Char('{')))
                                continue;
                            instances << rowSlo;
                            QCOMPARE(r[QStringLiteral("source")].toString(), QLatin1String(name));
                            const QJsonValue v = r[QStringLiteral("windows")][window][QStringLiteral("error_ratio")];
                            const double got = v.isNull() ? qQNaN() : v.toDouble();
                            const double want = expected.value(rowSlo, qQNaN());
                            QVERIFY2(close(got, want),
                                qPrintable(QStringLiteral("%1 %2 %3 at %4: %5, Prometheus %6")
                                               .arg(QLatin1String(name), rowSlo, window, iso(atMs))
                                               .arg(got, 0, 'g', 17)
                                               .arg(want, 0, 'g', 17)));
                            ++compared;
                        }
                        // Every label set Prometheus has is listed.
                        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                            QVERIFY2(instances.contains(it.key()), qPrintable(it.key()));
                        if (slo == u"per-job")
                            QCOMPARE(instances,
                                QStringList({ QStringLiteral("per-job{job=\"batch\"}"),
                                    QStringLiteral("per-job{job=\"checkout\"}") }));
                    }
                    for (const double v : expected)
                        withData += std::isnan(v) ? 0 : 1;
                }
            }
        }
        QCOMPARE(compared, (3 + 2) * 7 * 2);
        QVERIFY(withData > 0);
    }

    void refreshIsIncremental()
    {
        const QString db = path("refresh.sqlite");
        QCOMPARE(runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-spec"),
                               path("spec.yml") })
                     .code,
            0);
        const auto refresh = [&](qint64 toSeconds) {
            return runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("refresh"),
                QStringLiteral("--prometheus"), m_url.toString(), QStringLiteral("--slo"),
                QStringLiteral("checkout-availability"), QStringLiteral("--backfill-days"), QStringLiteral("1"),
                QStringLiteral("--to"), iso((kStart + toSeconds) * 1000), QStringLiteral("--format"),
                QStringLiteral("json") });
        };
        const auto first = refresh(kDay + 10 * 60);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject r1 = QJsonDocument::fromJson(first.out.toUtf8()).array().at(0).toObject();
        // From a day before --to; the first minute has no sample before it, so no 1m increase.
        QCOMPARE(r1[QStringLiteral("from")].toString(), iso((kStart + 10 * 60) * 1000).chopped(5) + u'Z');
        QCOMPARE(r1[QStringLiteral("buckets")].toInt(), 1440);
        const auto second = refresh(kDay + 40 * 60);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        const QJsonObject r2 = QJsonDocument::fromJson(second.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(r2[QStringLiteral("from")], r1[QStringLiteral("to")]);
        QCOMPARE(r2[QStringLiteral("buckets")].toInt(), 30); // only the new minutes

        // Over the gap, Prometheus has no 1-minute increases: the mark stops at the last minute with data.
        const auto gap = refresh(3 * kDay + 4 * kHour + 30 * 60);
        QVERIFY2(gap.code == 0, qPrintable(gap.err));
        const QJsonObject r3 = QJsonDocument::fromJson(gap.out.toUtf8()).array().at(0).toObject();
        QVERIFY2(r3[QStringLiteral("to")].toString() <= iso((kStart + 3 * kDay + 4 * kHour + 60) * 1000),
            qPrintable(r3[QStringLiteral("to")].toString()));
    }

    void refreshPerLabel()
    {
        // A per-label SLO's buckets go to one instance per job; status lists the instances.
        const QString db = path("perlabel.sqlite");
        QCOMPARE(runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-spec"),
                               path("spec.yml") })
                     .code,
            0);
        const auto rulesBefore
            = runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("rules") });
        const auto refreshed = runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("refresh"),
            QStringLiteral("--prometheus"), m_url.toString(), QStringLiteral("--slo"),
            QStringLiteral("checkout-per-job"), QStringLiteral("--backfill-days"), QStringLiteral("1"),
            QStringLiteral("--to"), iso((kStart + 3 * kDay) * 1000), QStringLiteral("--format"),
            QStringLiteral("json") });
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        const QJsonObject r = QJsonDocument::fromJson(refreshed.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(r[QStringLiteral("instances")].toInt(), 2);
        QCOMPARE(r[QStringLiteral("buckets")].toInt(), 2 * 1440); // both jobs have data all day

        const QJsonArray listed = QJsonDocument::fromJson(
            runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json") })
                .out.toUtf8())
                                      .array();
        QMap<QString, qint64> buckets;
        for (const QJsonValue& row : listed)
            buckets.insert(row[QStringLiteral("slo")].toString(), row[QStringLiteral("buckets")].toInteger());
        QCOMPARE(buckets.value(QStringLiteral("per-job{job=\"batch\"}")), qint64(1440));
        QCOMPARE(buckets.value(QStringLiteral("per-job{job=\"checkout\"}")), qint64(1440));
        QCOMPARE(buckets.value(QStringLiteral("per-job")), qint64(0));

        // Status from the buckets: the instances, not the per-label SLO itself; batch's 1 % errors burn.
        const QJsonArray rows
            = status({ QStringLiteral("--db"), db, QStringLiteral("--at"), iso((kStart + 3 * kDay) * 1000) });
        QStringList names;
        for (const QJsonValue& row : rows)
            if (row[QStringLiteral("slo")].toString().startsWith(QLatin1String("per-job"))) {
                names << row[QStringLiteral("slo")].toString();
                QCOMPARE(row[QStringLiteral("source")].toString(), QStringLiteral("buckets"));
            }
        QCOMPARE(names,
            QStringList({ QStringLiteral("per-job{job=\"batch\"}"), QStringLiteral("per-job{job=\"checkout\"}") }));
        for (const QJsonValue& row : rows)
            if (row[QStringLiteral("slo")].toString() == u"per-job{job=\"batch\"}") {
                const double ratio
                    = row[QStringLiteral("windows")][QStringLiteral("1d")][QStringLiteral("error_ratio")].toDouble();
                QVERIFY2(ratio > 0.03 && ratio < 0.05, qPrintable(QString::number(ratio))); // 0.2 / 5.2 per scrape
            }

        // The rules of the stored SLOs stay those of the spec (Sloth's): instances add none.
        const auto after = runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("rules") });
        QCOMPARE(after.code, 0);
        QCOMPARE(after.out, rulesBefore.out);
        QVERIFY(after.out.contains(QStringLiteral("sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))")));
    }

    void errorsNameTheSloAndTheQuery()
    {
        const QString db = path("wifi.sqlite");
        const QString wifi = qEnvironmentVariable("TRACEO_SHARED_DATA") + QStringLiteral("/sloth/home-wifi.yml");
        QCOMPARE(
            runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-spec"), wifi }).code,
            0);
        QCOMPARE(runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-metrics"),
                               path("data.om") })
                     .code,
            0);
        const auto r = runTraceo({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("status") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("good-wifi-client-satisfaction"))
                && r.err.contains(QStringLiteral("sum_over_time((count(unifipoller_client_satisfaction_ratio < 0.75))"))
                && r.err.contains(QStringLiteral("--prometheus")),
            qPrintable(r.err));

        // The same spec through Prometheus is fine: Prometheus evaluates any query (no data: null ratios).
        const QJsonArray remote = status({ QStringLiteral("--prometheus"), m_url.toString(), QStringLiteral("--spec"),
            wifi, QStringLiteral("--at"), iso(kStart * 1000 + 3 * kDay * 1000) });
        QCOMPARE(remote.size(), 2);

        // An unreachable Prometheus: the message names the SLO, the query and the server.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const auto down = runTraceo({ QStringLiteral("slo"), QStringLiteral("status"), QStringLiteral("--prometheus"),
            QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--spec"), path("spec.yml") });
        QCOMPARE(down.code, 1);
        QVERIFY2(down.err.contains(QStringLiteral("SLO availability"))
                && down.err.contains(QStringLiteral("http_requests_total"))
                && down.err.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
            qPrintable(down.err));
    }
};

QTEST_GUILESS_MAIN(TestSloPrometheus)
#include "tst_slo_prometheus.moc"
