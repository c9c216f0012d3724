#include "core/error.h"
#include "slo/openmetricsreader.h"

#include <QtTest>
#include <cmath>

using namespace traceo;
using namespace traceo::slo;

class TestOpenMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openMetricsWithSecondsTimestamps()
    {
        const QByteArray text
            = "# HELP http_requests Requests.\n"
              "# TYPE http_requests counter\n"
              "http_requests_total{job=\"a\",code=\"200\"} 10 1700000000\n"
              "http_requests_total{code=\"500\",job=\"a\"} 1 1700000000.5 # {trace_id=\"x\"} 1 1700000000\n"
              "http_requests_total{job=\"a\",code=\"200\"} 5 1699999970.250\n"
              "http_requests_total{job=\"a\",code=\"200\"} 12 1700000030\n"
              "other{path=\"a\\\\b\\\"c\\nd\"} NaN 1700000000\n"
              "# EOF\n";
        const MetricFile f = OpenMetricsReader::parse(text, QStringLiteral("x.om"));
        QVERIFY(f.openMetrics);
        QCOMPARE(f.samples, qint64(5));
        QCOMPARE(f.series.size(), size_t(3));
        // Ordered by key; samples ordered by time whatever the line order.
        const MetricSeries& ok = f.series[0];
        QCOMPARE(ok.key(), QStringLiteral("http_requests_total{code=\"200\",job=\"a\"}"));
        QCOMPARE(ok.type, QStringLiteral("counter"));
        QCOMPARE(ok.timesMs, (std::vector<qint64> { 1699999970250, 1700000000000, 1700000030000 }));
        QCOMPARE(ok.values, (std::vector<double> { 5, 10, 12 }));
        QCOMPARE(f.series[1].timesMs, std::vector<qint64> { 1700000000500 });
        const MetricSeries& other = f.series[2];
        QCOMPARE(other.type, QStringLiteral("unknown"));
        QCOMPARE(other.labels.value(QStringLiteral("path")), QStringLiteral("a\\b\"c\nd"));
        QVERIFY(std::isnan(other.values[0]));
    }

    void textFormatHasMilliseconds()
    {
        const QByteArray text = "# a comment\n\nup{job=\"x\",} 1 1700000000123\nup{job=\"x\"} 2 1700000000123\n";
        const MetricFile f = OpenMetricsReader::parse(text, QStringLiteral("x.prom"));
        QVERIFY(!f.openMetrics);
        QCOMPARE(f.series.size(), size_t(1));
        // The same millisecond twice: the later line wins.
        QCOMPARE(f.series[0].timesMs, std::vector<qint64> { 1700000000123 });
        QCOMPARE(f.series[0].values, std::vector<double> { 2 });
    }

    void errorsNamePosition_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addRow("no timestamp") << QByteArray("a 1\n# EOF\n") << "f:1:4:";
        QTest::addRow("bad value") << QByteArray("# TYPE a counter\na{x=\"1\"} 1x 10\n# EOF\n") << "f:2:10:";
        QTest::addRow("unterminated label") << QByteArray("a{x=\"1} 1 10\n# EOF\n") << "f:1:13:";
        QTest::addRow("bad escape") << QByteArray("a{x=\"\\q\"} 1 10\n# EOF\n") << "f:1:7:";
        QTest::addRow("after eof") << QByteArray("a 1 10\n# EOF\na 2 20\n# EOF\n") << "f:3:1:";
        QTest::addRow("ms timestamp not integer") << QByteArray("a 1 10.5\n") << "f:1:5:";
        QTest::addRow("unknown type") << QByteArray("# TYPE a countr\n# EOF\n") << "f:1:10:";
        QTest::addRow("duplicate label") << QByteArray("a{x=\"1\",x=\"2\"} 1 10\n# EOF\n") << "f:1:9:";
        QTest::addRow("trailing text") << QByteArray("a 1 10 zzz\n# EOF\n") << "f:1:8:";
    }
    void errorsNamePosition()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        try {
            OpenMetricsReader::parse(text, QStringLiteral("f"));
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(where), qPrintable(e.message()));
        }
    }

    void mergeReplacesByTimestamp()
    {
        MetricSeries a { QStringLiteral("m"), {}, QStringLiteral("counter"), { 1, 3, 5 }, { 10, 30, 50 } };
        const MetricSeries b { QStringLiteral("m"), {}, QStringLiteral("counter"), { 2, 3, 6 }, { 20, 31, 60 } };
        mergeSamples(a, b);
        QCOMPARE(a.timesMs, (std::vector<qint64> { 1, 2, 3, 5, 6 }));
        QCOMPARE(a.values, (std::vector<double> { 10, 20, 31, 50, 60 }));
    }
};

QTEST_GUILESS_MAIN(TestOpenMetrics)
#include "tst_openmetrics.moc"
