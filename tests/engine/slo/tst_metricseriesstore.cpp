#include "slo/metricseriesstore.h"
#include "slo/openmetricsreader.h"
#include "slo/slorepository.h"
#include "store/sqlquery.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace traceo;
using namespace traceo::slo;

class TestMetricSeriesStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importMergesByTimestamp()
    {
        auto db = Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("m.sqlite"))));
        MetricSeriesStore store(db);
        const MetricFile first = OpenMetricsReader::parse("# TYPE req counter\n"
                                                          "req_total{code=\"200\"} 1 100\n"
                                                          "req_total{code=\"200\"} 2 160\n"
                                                          "req_total{code=\"500\"} NaN 100\n"
                                                          "# EOF\n",
            QStringLiteral("a.om"));
        const MetricImportCounts c1 = store.importSeries(first.series);
        QCOMPARE(c1.seriesAdded, 2);
        QCOMPARE(c1.seriesUpdated, 0);
        QCOMPARE(store.seriesCount(), qint64(2));

        // The second file overlaps at 160 s (replaced) and adds 220 s; the type stays the stored one.
        const MetricFile second = OpenMetricsReader::parse(
            "req_total{code=\"200\"} 3 160\nreq_total{code=\"200\"} 4 220\n# EOF\n", QStringLiteral("b.om"));
        const MetricImportCounts c2 = store.importSeries(second.series);
        QCOMPARE(c2.seriesAdded, 0);
        QCOMPARE(c2.seriesUpdated, 1);
        QCOMPARE(c2.samples, qint64(3));

        const std::vector<MetricSeries> all = store.seriesOf(QStringLiteral("req_total"));
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].labels.value(QStringLiteral("code")), QStringLiteral("200"));
        QCOMPARE(all[0].type, QStringLiteral("counter"));
        QCOMPARE(all[0].timesMs, (std::vector<qint64> { 100'000, 160'000, 220'000 }));
        QCOMPARE(all[0].values, (std::vector<double> { 1, 3, 4 }));
        QVERIFY(std::isnan(all[1].values.at(0))); // bit-exact doubles, NaN included
        QVERIFY(store.seriesOf(QStringLiteral("other")).empty());

        // 16 bytes a sample.
        QSqlQuery q = execSql(db->connection(),
            QStringLiteral("SELECT length(samples), sample_count, first_ms, last_ms FROM metric_series "
                           "WHERE series_key = ?"),
            { all[0].key() });
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 48);
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toLongLong(), qint64(100'000));
        QCOMPARE(q.value(3).toLongLong(), qint64(220'000));
    }

    void refreshMark()
    {
        auto db = Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("r.sqlite"))));
        const qint64 id = SloRepository(db).addSlo({ 0, QStringLiteral("s"), QStringLiteral("a"), 0.99, 30 });
        MetricSeriesStore store(db);
        QVERIFY(!store.refreshedUntil(id));
        store.setRefreshedUntil(id, 1000, QStringLiteral("http://127.0.0.1:9090"));
        store.setRefreshedUntil(id, 1060, QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(store.refreshedUntil(id).value_or(0), qint64(1060));
    }
};

QTEST_GUILESS_MAIN(TestMetricSeriesStore)
#include "tst_metricseriesstore.moc"
