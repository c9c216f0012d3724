#include "slo/alerting.h"
#include "slo/slodemo.h"
#include "slo/slorepository.h"
#include "slo/slosnapshot.h"
#include "store/sqlquery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace traceo::slo;

namespace {

constexpr qint64 kNow = 29'500'000; // 2026-02-01T09:20Z, a Sunday morning

std::shared_ptr<Database> freshDatabase(const QTemporaryDir& dir, const QString& name)
{
    DatabaseLocation loc;
    loc.path = dir.filePath(name);
    return Database::open(loc);
}

struct Seeded
{
    std::shared_ptr<Database> db;
    std::vector<DemoIncident> incidents;
};

Seeded seed(const QTemporaryDir& dir, const QString& name, quint64 seedValue, int services = 100)
{
    Seeded s { freshDatabase(dir, name), {} };
    Transaction tx(s.db->connection());
    SloRepository repo(s.db);
    std::mt19937_64 rng(seedValue);
    s.incidents = seedSloDemo(repo, rng, kNow, services);
    tx.commit();
    return s;
}

QString sums(const std::shared_ptr<Database>& db)
{
    QSqlQuery q = execSql(db->connection(),
        QStringLiteral(
            "SELECT SUM(good) || '/' || SUM(total) || '/' || MIN(minute) || '/' || MAX(minute) FROM slo_bucket"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestSloDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Seeded m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = seed(m_dir, QStringLiteral("a.sqlite"), 7);
    }

    void hundredServicesWithAMonthOfMinutes()
    {
        SloRepository repo(m_demo.db);
        const QList<SloDefinition> slos = repo.slos();
        QSet<QString> services;
        for (const SloDefinition& d : slos) {
            services.insert(d.service);
            QVERIFY(d.objective > 0.98 && d.objective < 1);
        }
        QCOMPARE(services.size(), 100);
        QCOMPARE(slos.size(), 110);
        for (const QString& s : { QStringLiteral("checkout-api"), QStringLiteral("payments"), QStringLiteral("search"),
                 QStringLiteral("auth") })
            QVERIFY2(services.contains(s), qPrintable(s));
        QCOMPARE(repo.bucketCount(slos.front().id), kDemoBucketsPerSlo);
        QCOMPARE(
            sums(m_demo.db).section(u'/', 2), QStringLiteral("%1/%2").arg(kNow - kDemoBucketsPerSlo).arg(kNow - 1));
    }

    void trafficHasDailyAndWeeklyCycles()
    {
        // Summed over all SLOs: the busiest hour of a weekday carries well over twice the quietest, and a
        // weekend day clearly less than a weekday.
        QSqlQuery q = execSql(m_demo.db->connection(),
            QStringLiteral("SELECT (minute / 60) % 24, SUM(total) FROM slo_bucket GROUP BY 1"));
        double lo = 1e300;
        double hi = 0;
        while (q.next()) {
            lo = std::min(lo, q.value(1).toDouble());
            hi = std::max(hi, q.value(1).toDouble());
        }
        QVERIFY2(hi > 2 * lo, qPrintable(QStringLiteral("%1 %2").arg(hi).arg(lo)));
        QSqlQuery days = execSql(m_demo.db->connection(),
            QStringLiteral("SELECT (minute / 1440 + 3) % 7 >= 5, SUM(total) / COUNT(DISTINCT minute / 1440) FROM "
                           "slo_bucket GROUP BY 1 ORDER BY 1"));
        QVERIFY(days.next());
        const double weekday = days.value(1).toDouble();
        QVERIFY(days.next());
        QVERIFY(days.value(1).toDouble() < 0.8 * weekday);
    }

    void incidentsFireTheirTiers_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("firing");
        const auto tiers = [](std::initializer_list<const char*> names) {
            QStringList l;
            for (const char* n : names)
                l << QLatin1String(n);
            return l;
        };
        QTest::addRow("14.4x page") << QStringLiteral("checkout-api") << tiers({ "page-quick" });
        QTest::addRow("page now") << QStringLiteral("cart") << tiers({ "page-quick" });
        QTest::addRow("6x page") << QStringLiteral("payments") << tiers({ "page-slow" });
        // Whatever passes 3× over a day passes 1× over three days: the slow ticket fires too.
        QTest::addRow("3x ticket") << QStringLiteral("search") << tiers({ "ticket-quick", "ticket-slow" });
        QTest::addRow("1x ticket") << QStringLiteral("auth") << tiers({ "ticket-slow" });
    }

    void incidentsFireTheirTiers()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, firing);
        SloRepository repo(m_demo.db);
        SloDefinition slo;
        for (const SloDefinition& d : repo.slos())
            if (d.service == service && d.name == QLatin1String("availability"))
                slo = d;
        QVERIFY(slo.id != 0);
        const AlertTable table = AlertTable::slothDefault(30);
        const qint64 from = kNow - 5 * 1440;
        const SliSeries series = loadSliSeries(repo, slo.id, from - 4320, kNow);
        QStringList fired;
        for (const FiringInterval& f : firingIntervals(series, slo.objective, table, from, kNow)) {
            const QString tier = table.tiers[size_t(f.tier)].name;
            if (!fired.contains(tier))
                fired << tier;
            // Every firing lies within the incident (and the long window after it).
            const auto incident = std::find_if(m_demo.incidents.begin(), m_demo.incidents.end(),
                [&](const DemoIncident& i) { return i.service == service; });
            QVERIFY(incident != m_demo.incidents.end());
            QVERIFY(f.fromMinute >= incident->fromMinute);
            QVERIFY(f.fromMinute < incident->toMinute + 1);
            QVERIFY(kNow - f.toMinute < 4 * 1440); // within the default windows (the last 4 days)
        }
        QCOMPARE(fired, firing);
    }

    void databaseSumsEqualSeriesSums()
    {
        SloRepository repo(m_demo.db);
        // The status reads the period's sums from the database: they must be the series' sums, clamping too.
        const qint64 odd = repo.addSlo({ 0, QStringLiteral("odd"), QStringLiteral("clamped"), 0.99, 30 });
        repo.storeBuckets(odd, { { kNow - 3, 5, 4 }, { kNow - 2, -1, 3 }, { kNow - 1, 2, -4 }, { kNow - 5, 7, 10 } });
        for (const qint64 id : { repo.slos().front().id, odd }) {
            for (const qint64 days : { 1, 30 }) {
                const EventSums db = repo.bucketSums(id, kNow - days * 1440, kNow);
                const EventSums series
                    = loadSliSeries(repo, id, kNow - days * 1440, kNow).sum(kNow - days * 1440, kNow);
                QCOMPARE(db.bad, series.bad);
                QCOMPARE(db.total, series.total);
            }
        }
        const EventSums clamped = repo.bucketSums(odd, kNow - 10, kNow);
        QCOMPARE(clamped.total, 17.0); // 4 + 3 + 10, the negative total counts as 0
        QCOMPARE(clamped.bad, 6.0); // 0 (good > total) + 3 (negative good) + 3
        execSql(m_demo.db->connection(), QStringLiteral("DELETE FROM slo WHERE id = ?"), { odd });
    }

    void sameSeedAndInstantSameData()
    {
        // Three services keep this quick: the first three of the full demo, with the same numbers.
        const Seeded b = seed(m_dir, QStringLiteral("b.sqlite"), 7, 3);
        const Seeded c = seed(m_dir, QStringLiteral("c.sqlite"), 7, 3);
        const Seeded d = seed(m_dir, QStringLiteral("d.sqlite"), 8, 3);
        QCOMPARE(sums(c.db), sums(b.db));
        QVERIFY(sums(d.db) != sums(b.db));
        const QString firstThree
            = QStringLiteral("SELECT SUM(good) || '/' || SUM(total) FROM slo_bucket WHERE slo_id IN "
                             "(SELECT id FROM slo WHERE service IN ('checkout-api', 'payments', "
                             "'search'))");
        QSqlQuery full = execSql(m_demo.db->connection(), firstThree);
        QSqlQuery small = execSql(b.db->connection(), firstThree);
        QVERIFY(full.next() && small.next());
        QCOMPARE(small.value(0).toString(), full.value(0).toString());
    }
};

QTEST_GUILESS_MAIN(TestSloDemo)
#include "tst_slodemo.moc"
