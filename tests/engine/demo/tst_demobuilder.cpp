#include "chaos/chaosrepository.h"
#include "core/error.h"
#include "cost/costrepository.h"
#include "demo/demobuilder.h"
#include "policy/policyrepository.h"
#include "slo/slodemo.h"
#include "slo/slorepository.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;

namespace {
// A digest of the demo's generated numbers that do not follow the clock. The SLO buckets' traffic follows
// the time of day and the incidents are timed from "now", so tst_slodemo checks them at a fixed instant;
// here the SLOs' random objectives stand for them.
QString digest(const QString& path)
{
    auto db = Database::open(DatabaseLocation::parse(path), Database::Mode::ReadOnly);
    QSqlQuery q = execSql(db->connection(),
        QStringLiteral("SELECT (SELECT group_concat(service || '=' || objective, ',') FROM (SELECT service, objective "
                       "FROM slo ORDER BY service, name)) || ' ' || "
                       "(SELECT printf('%.6f', SUM(billed)) FROM cost_line_item)"));
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TestDemoBuilder : public QObject
{
    Q_OBJECT

private:
    // One demo of a few hundred MB serves both tests below: building it is the slow part.
    QTemporaryDir m_dir;

private Q_SLOTS:
    void buildsOneSampleOfEachKind()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.sqlite"));
        QStringList seen;
        buildDemoDatabase(path, 1, false, [&](int, int, const QString& domain) {
            if (!domain.isEmpty())
                seen << domain;
        });
        QCOMPARE(seen,
            (QStringList { QStringLiteral("settings"), QStringLiteral("slo"), QStringLiteral("cost"),
                QStringLiteral("policy"), QStringLiteral("chaos"), QStringLiteral("cache") }));
        auto db = Database::open(DatabaseLocation::parse(path));
        QCOMPARE(SettingsRepository(db).dataSources().size(), 3);
        const auto slos = SloRepository(db).slos();
        QCOMPARE(slos.size(), 110); // 100 services, 10 of them with a latency SLO too
        QSet<QString> services;
        for (const SloDefinition& slo : slos)
            services.insert(slo.service);
        QCOMPARE(services.size(), 100);
        QCOMPARE(SloRepository(db).bucketCount(slos.front().id), slo::kDemoBucketsPerSlo);
        QSqlQuery buckets = execSql(db->connection(), QStringLiteral("SELECT COUNT(*) FROM slo_bucket"));
        QVERIFY(buckets.next());
        QCOMPARE(buckets.value(0).toLongLong(), 110 * slo::kDemoBucketsPerSlo);
        QCOMPARE(CostRepository(db).imports().size(), 1);
        QCOMPARE(PolicyRepository(db).versions(QStringLiteral("default")).size(), 1);
        QCOMPARE(ChaosRepository(db).experiments().size(), 1);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".building")));
    }

    void sameSeedSameData()
    {
        QTemporaryDir& dir = m_dir; // a.sqlite: seed 1, built by buildsOneSampleOfEachKind
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("a.sqlite"))));
        buildDemoDatabase(dir.filePath(QStringLiteral("b.sqlite")), 1, false);
        buildDemoDatabase(dir.filePath(QStringLiteral("c.sqlite")), 2, false);
        const QString a = digest(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(!a.isEmpty());
        QCOMPARE(digest(dir.filePath(QStringLiteral("b.sqlite"))), a);
        QVERIFY(digest(dir.filePath(QStringLiteral("c.sqlite"))) != a);
    }

    void refusesToOverwriteWithoutReplace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, buildDemoDatabase(path, 1, false));
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "tst_demobuilder.moc"
