#include "common/testservers.h"
#include "core/error.h"
#include "cost/costbreakdown.h"
#include "cost/coststore.h"
#include "policy/policyaudit.h"
#include "slo/syntheticcheckrepository.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtConcurrent>
#include <QtTest>

using traceo::Database;
using traceo::DatabaseLocation;

// The store's schema and repositories on a real PostgreSQL server (the `postgres` fixture). Every
// test case gets a database of its own, created through an admin connection to `postgres`.
class TestPostgresStore : public QObject
{
    Q_OBJECT

private:
    QUrl m_server;
    QStringList m_created;

    QSqlDatabase admin() { return QSqlDatabase::database(QStringLiteral("admin")); }

    static QStringList column(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

    // Creates an empty database on the fixture server and returns its URL.
    QString freshDatabase()
    {
        static int counter = 0;
        const QString name = QStringLiteral("traceo_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        QSqlQuery q(admin());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("CREATE DATABASE %s failed: %s", qPrintable(name), qPrintable(q.lastError().text()));
        m_created << name;
        QUrl url = m_server;
        url.setPath(u'/' + name);
        return url.toString();
    }

    // A plain QPSQL connection to one database, outside the store: the tests' own view of it.
    static QSqlDatabase rawConnection(const QString& connectionName, const QString& url)
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(url), qPrintable(db.lastError().text()));
        return db;
    }

    // The stored imports and the billed, effective and list totals by `by`: what must not depend
    // on the database engine.
    static QStringList costState(const std::shared_ptr<Database>& db, const QStringList& by)
    {
        using namespace traceo::cost;
        QStringList lines;
        for (const CostImport& i : CostStore(db).imports())
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(i.provider, i.billingAccount, i.periodStart.toString(Qt::ISODate),
                             i.periodEnd.toString(Qt::ISODate), QString::number(i.rowCount),
                             QString::number(i.billedTotal, 'f', 6));
        const auto table = CostStore(db).load();
        BreakdownQuery q;
        q.by = by;
        const BreakdownResult r = CostBreakdown::run(*table, q);
        for (const BreakdownRow& row : r.rows)
            lines << QStringLiteral("%1 = %2 %3 %4")
                         .arg(row.keys.join(u'/'), QString::number(row.billed, 'f', 9),
                             QString::number(row.effective, 'f', 9), QString::number(row.list, 'f', 9));
        lines << QStringLiteral("total %1 rows %2").arg(r.total.billed, 0, 'f', 9).arg(table->rowCount());
        return lines;
    }

    static QStringList tablesOf(const QString& url)
    {
        QStringList tables;
        {
            QSqlDatabase db = rawConnection(QStringLiteral("raw"), url);
            tables = column(db,
                QStringLiteral("SELECT table_schema || '.' || table_name || ':' || table_type FROM "
                               "information_schema.tables WHERE table_schema NOT IN ('pg_catalog', "
                               "'information_schema') ORDER BY 1"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return tables;
    }

private Q_SLOTS:

    void auditLogIsAppendOnly()
    {
        auto db = Database::open(DatabaseLocation::parse(freshDatabase()));
        traceo::AuditLog log(db);
        for (int i = 0; i < 3; ++i) {
            traceo::AuditEntry e;
            e.principal = QStringLiteral("User::\"u%1\"").arg(i);
            e.allow = i % 2;
            QCOMPARE(log.append(e).seq, i + 1);
        }
        QSqlDatabase c = db->connection();
        QVERIFY_THROWS_EXCEPTION(
            traceo::Error, traceo::execSql(c, QStringLiteral("UPDATE policy_audit SET decision = 'allow'")));
        QVERIFY_THROWS_EXCEPTION(
            traceo::Error, traceo::execSql(c, QStringLiteral("DELETE FROM policy_audit WHERE seq = 2")));
        QVERIFY_THROWS_EXCEPTION(traceo::Error, traceo::execSql(c, QStringLiteral("TRUNCATE policy_audit")));
        const traceo::AuditVerification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.records, 3);
        // Without the triggers (an attacker with DDL rights), verify() still names the changed record.
        traceo::execSql(c, QStringLiteral("DROP TRIGGER policy_audit_no_change ON policy_audit"));
        traceo::execSql(c, QStringLiteral("UPDATE policy_audit SET decision = 'allow' WHERE seq = 3"));
        QCOMPARE(log.verify().badSeq, 3);
    }
    void initTestCase()
    {
        m_server = QUrl(traceo::test::serverUrl(QStringLiteral("postgres")));
        if (m_server.isEmpty())
            QFAIL(traceo::test::missingServerMessage(QStringLiteral("postgres")).constData());
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's QPSQL driver is not installed");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(m_server.host());
        db.setPort(m_server.port(5432));
        db.setUserName(m_server.userName());
        db.setDatabaseName(m_server.path().mid(1));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }

    void cleanupTestCase()
    {
        {
            QSqlDatabase db = admin();
            for (const QString& name : std::as_const(m_created)) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)))
                    qWarning("DROP DATABASE %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    void migratesAFreshDatabase()
    {
        const QString url = freshDatabase();
        auto db = Database::open(DatabaseLocation::parse(url));
        QCOMPARE(db->dialect(), traceo::SqlDialect::Postgres);
        QCOMPARE(db->schemaVersion(), traceo::latestSchemaVersion());
        QVERIFY(db->engineVersion().startsWith(QStringLiteral("PostgreSQL ")));

        QStringList expected;
        for (const traceo::Migration& m : traceo::allMigrations())
            expected << QString::number(m.version);
        QCOMPARE(
            column(db->connection(), QStringLiteral("SELECT version FROM traceo_schema ORDER BY version")), expected);
        QCOMPARE(column(db->connection(), QStringLiteral("SELECT value FROM traceo_meta WHERE key = 'application'")),
            QStringList { QStringLiteral("traceo") });
    }

    void reopeningIsIdempotent()
    {
        const QString url = freshDatabase();
        Database::open(DatabaseLocation::parse(url)).reset();
        const QStringList tablesAfterFirst = tablesOf(url);
        for (int i = 0; i < 2; ++i) {
            auto db = Database::open(DatabaseLocation::parse(url));
            QCOMPARE(db->schemaVersion(), traceo::latestSchemaVersion());
            QCOMPARE(column(db->connection(), QStringLiteral("SELECT COUNT(*) FROM traceo_schema")),
                QStringList { QString::number(traceo::allMigrations().size()) });
            QCOMPARE(column(db->connection(),
                         QStringLiteral("SELECT version FROM traceo_schema GROUP BY version HAVING COUNT(*) > 1")),
                QStringList());
            QCOMPARE(column(db->connection(), QStringLiteral("SELECT COUNT(*) FROM traceo_meta")),
                QStringList { QStringLiteral("1") });
        }
        QCOMPARE(tablesOf(url), tablesAfterFirst);

        auto readOnly = Database::open(DatabaseLocation::parse(url), Database::Mode::ReadOnly);
        QCOMPARE(readOnly->schemaVersion(), traceo::latestSchemaVersion());
    }

    void refusesADatabaseWithForeignTables()
    {
        const QString url = freshDatabase();
        {
            QSqlDatabase raw = rawConnection(QStringLiteral("setup"), url);
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'ACME')")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE setting (k TEXT)"))); // a name the store also uses
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        const QStringList before = tablesOf(url);

        const QString dbName = QUrl(url).path().mid(1);
        try {
            Database::open(DatabaseLocation::parse(url));
            QFAIL("a database holding foreign tables was opened");
        } catch (const traceo::Error& e) {
            QVERIFY2(e.message().contains(dbName), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("not a Traceo database")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(traceo::Error, Database::open(DatabaseLocation::parse(url), Database::Mode::ReadOnly));
        QCOMPARE(tablesOf(url), before);
    }

    void refusesANewerSchema()
    {
        const QString url = freshDatabase();
        {
            auto db = Database::open(DatabaseLocation::parse(url));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO traceo_schema (version, domain, description, applied_at) "
                                          "VALUES (%1, 'future', 'from a newer Traceo', 'now')")
                               .arg(traceo::latestSchemaVersion() + 1)));
        }
        try {
            Database::open(DatabaseLocation::parse(url));
            QFAIL("a database with a newer schema was opened");
        } catch (const traceo::Error& e) {
            QVERIFY2(e.message().contains(QUrl(url).path().mid(1)), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
        }
    }

    void settingsRoundTrip()
    {
        const QString url = freshDatabase();
        traceo::DataSource source;
        source.kind = QStringLiteral("prometheus");
        source.name = QStringLiteral("prod — eu-west");
        source.url = QStringLiteral("https://prometheus.example:9090");
        source.auth = QStringLiteral("bearer");
        qint64 id = 0;
        {
            traceo::SettingsRepository repo(Database::open(DatabaseLocation::parse(url)));
            id = repo.saveDataSource(source);
            QVERIFY(id > 0);
            repo.setValue(QStringLiteral("ui/theme"), QStringLiteral("dark"));
            repo.setValue(QStringLiteral("ui/theme"), QStringLiteral("light"));
        }
        traceo::SettingsRepository repo(Database::open(DatabaseLocation::parse(url)));
        QCOMPARE(repo.value(QStringLiteral("ui/theme")), std::optional<QString>(QStringLiteral("light")));
        QCOMPARE(repo.value(QStringLiteral("missing")), std::nullopt);

        QList<traceo::DataSource> sources = repo.dataSources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].id, id);
        QCOMPARE(sources[0].kind, source.kind);
        QCOMPARE(sources[0].name, source.name);
        QCOMPARE(sources[0].url, source.url);
        QCOMPARE(sources[0].auth, source.auth);

        // Saving under the same name updates the row in place.
        source.url = QStringLiteral("https://prometheus-2.example:9090");
        QCOMPARE(repo.saveDataSource(source), id);
        sources = repo.dataSources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].url, source.url);

        traceo::DataSource redis { 0, QStringLiteral("redis"), QStringLiteral("cache"),
            QStringLiteral("redis://cache:6379"), QStringLiteral("password") };
        QVERIFY(repo.saveDataSource(redis) != id);
        QCOMPARE(repo.dataSources().size(), 2);
        repo.removeDataSource(source.name);
        sources = repo.dataSources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].name, redis.name);
    }

    void syntheticChecksAndAdditiveBuckets()
    {
        auto db = Database::open(DatabaseLocation::parse(freshDatabase()));
        traceo::SyntheticCheckRepository repo(db);
        traceo::SyntheticCheck check;
        check.name = QStringLiteral("healthz");
        check.url = QStringLiteral("http://127.0.0.1:8080/healthz");
        const traceo::SyntheticCheck added
            = repo.addCheck(check, { 0, QStringLiteral("edge"), QStringLiteral("healthz"), 0.999, 30 });
        QCOMPARE(repo.checks().size(), 1);
        QCOMPARE(repo.checks().front().expect.toString(), QStringLiteral("200-299"));
        repo.recordBuckets({ { added.sloId, { { 100, 2, 3 } } } });
        repo.recordBuckets({ { added.sloId, { { 100, 1, 1 }, { 101, 0, 1 } } } });
        const QList<traceo::SliBucket> buckets = traceo::SloRepository(db).buckets(added.sloId, 0, 1000);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets[0].good, 3.0);
        QCOMPARE(buckets[0].total, 4.0);
        QCOMPARE(buckets[1].total, 1.0);
        QVERIFY(repo.removeCheck(QStringLiteral("healthz")));
        QCOMPARE(traceo::SloRepository(db).slos().size(), 1);
    }

    // The FOCUS sample and the OpenCost fixtures stored on PostgreSQL read back with the same
    // periods and totals as on SQLite; a re-import replaces there too, and a failed one rolls back.
    void costDataMatchesSqlite()
    {
        const QString sample
            = qEnvironmentVariable("TRACEO_SHARED_DATA") + QStringLiteral("/focus/focus-1.0-sample.csv");
        const QString opencost = qEnvironmentVariable("TRACEO_SOURCE_DIR") + QStringLiteral("/tests/data/opencost/");
        const QStringList allocation { opencost + QStringLiteral("allocation.json"),
            opencost + QStringLiteral("cloudcost.json") };
        QTemporaryDir dir;
        auto sqlite = Database::open(DatabaseLocation::parse(dir.filePath(QStringLiteral("costs.sqlite"))));
        auto postgres = Database::open(DatabaseLocation::parse(freshDatabase()));
        for (const auto& db : { sqlite, postgres }) {
            traceo::cost::CostStore store(db);
            QCOMPARE(store.importFiles({ sample }).front().rows, qint64(1000));
            store.importOpenCostFiles(allocation);
        }
        const QStringList by { QStringLiteral("provider"), QStringLiteral("service"), QStringLiteral("region"),
            QStringLiteral("day") };
        const QStringList expected = costState(sqlite, by);
        QVERIFY(expected.size() > 100);
        QCOMPARE(costState(postgres, by), expected);

        traceo::cost::CostStore store(postgres);
        store.importFiles({ sample });
        store.importOpenCostFiles(allocation);
        QCOMPARE(costState(postgres, by), expected); // replaced, not doubled
        traceo::cost::OpenCostReadOptions euros;
        euros.currency = QStringLiteral("EUR");
        QVERIFY_THROWS_EXCEPTION(traceo::Error, store.importOpenCostFiles(allocation, euros));
        QCOMPARE(costState(postgres, by), expected);
        QCOMPARE(column(postgres->connection(), QStringLiteral("SELECT COUNT(DISTINCT import_id) FROM cost_column")),
            QStringList { QString::number(store.imports().size()) });
    }

    void oneConnectionPerThread()
    {
        const QString url = freshDatabase();
        auto db = Database::open(DatabaseLocation::parse(url));
        traceo::SettingsRepository(db).saveDataSource({ 0, QStringLiteral("opencost"), QStringLiteral("costs"),
            QStringLiteral("http://opencost:9003"), QStringLiteral("none") });
        const QString mainName = db->connection().connectionName();

        struct Seen
        {
            QString connectionName;
            QString version;
            int sources = -1;
            QString error;
        };
        const auto work = [db] {
            Seen seen;
            try {
                QSqlDatabase conn = db->connection();
                seen.connectionName = conn.connectionName();
                QSqlQuery q(conn);
                if (q.exec(QStringLiteral("SELECT MAX(version) FROM traceo_schema")) && q.next())
                    seen.version = q.value(0).toString();
                seen.sources = int(traceo::SettingsRepository(db).dataSources().size());
            } catch (const traceo::Error& e) {
                seen.error = e.message();
            }
            return seen;
        };

        // QtConcurrent: several pool threads at once.
        QList<QFuture<Seen>> futures;
        for (int i = 0; i < 4; ++i)
            futures << QtConcurrent::run(work);
        for (QFuture<Seen>& f : futures) {
            const Seen seen = f.result();
            QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
            QVERIFY(seen.connectionName != mainName);
            QCOMPARE(seen.version, QString::number(traceo::latestSchemaVersion()));
            QCOMPARE(seen.sources, 1);
        }

        // A dedicated QThread.
        Seen fromThread;
        QThread* thread = QThread::create([&] { fromThread = work(); });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY2(fromThread.error.isEmpty(), qPrintable(fromThread.error));
        QVERIFY(fromThread.connectionName != mainName);
        QCOMPARE(fromThread.sources, 1);

        // The main thread's connection is still its own and still works.
        QCOMPARE(db->connection().connectionName(), mainName);
        QCOMPARE(db->schemaVersion(), traceo::latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgres_store.moc"
