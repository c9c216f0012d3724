#include "chaos/chaosrepository.h"
#include "core/error.h"
#include "cost/coststore.h"
#include "demo/demobuilder.h"
#include "policy/policyaudit.h"
#include "policy/policyrepository.h"
#include "slo/slodemo.h"
#include "slo/slorepository.h"
#include "slo/syntheticcheckrepository.h"
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
                       "(SELECT printf('%.6f', SUM(billed_total)) FROM cost_import) || ' ' || "
                       "(SELECT group_concat(decision || principal || resource, ',') FROM policy_audit)"));
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
                QStringLiteral("policy"), QStringLiteral("chaos"), QStringLiteral("cache"),
                QStringLiteral("synthetic") }));
        auto db = Database::open(DatabaseLocation::parse(path));
        QCOMPARE(SettingsRepository(db).dataSources().size(), 3);
        const auto slos = SloRepository(db).slos();
        const QList<SyntheticCheck> checks = SyntheticCheckRepository(db).checks();
        QCOMPARE(checks.size(), 2);
        QSet<qint64> checkSlos;
        for (const SyntheticCheck& c : checks) {
            QVERIFY2(c.url.startsWith(QLatin1String("http://127.0.0.1:8080/")), qPrintable(c.url));
            QVERIFY(std::any_of(slos.begin(), slos.end(), [&](const SloDefinition& s) { return s.id == c.sloId; }));
            QCOMPARE(SloRepository(db).bucketCount(c.sloId), qint64(1440));
            checkSlos.insert(c.sloId);
        }
        QCOMPARE(slos.size(), 110 + 2); // 100 services, 10 of them with a latency SLO too; two synthetic checks
        QSet<QString> services;
        for (const SloDefinition& slo : slos)
            if (!checkSlos.contains(slo.id))
                services.insert(slo.service);
        QCOMPARE(services.size(), 100);
        QCOMPARE(SloRepository(db).bucketCount(slos.front().id), slo::kDemoBucketsPerSlo);
        QSqlQuery buckets = execSql(db->connection(), QStringLiteral("SELECT COUNT(*) FROM slo_bucket"));
        QVERIFY(buckets.next());
        QCOMPARE(buckets.value(0).toLongLong(), 110 * slo::kDemoBucketsPerSlo + 2 * 1440);
        // Three clouds' billing accounts, each with last month and (after the first) this month so far.
        const QList<cost::CostImport> imports = cost::CostStore(db).imports();
        QSet<QString> providers;
        for (const cost::CostImport& i : imports)
            providers.insert(i.provider);
        QCOMPARE(providers,
            (QSet<QString> { QStringLiteral("AWS"), QStringLiteral("Microsoft"), QStringLiteral("Google Cloud") }));
        QCOMPARE(imports.size(), QDate::currentDate().day() > 1 ? 6 : 3);
        QCOMPARE(PolicyRepository(db).versions(QStringLiteral("default")).size(), 1);
        const AuditLog audit(db);
        QVERIFY(audit.count() >= 200);
        QVERIFY(audit.verify().ok);
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
