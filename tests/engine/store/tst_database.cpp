#include "common/testutil.h"
#include "core/error.h"
#include "demo/demobuilder.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>

using namespace traceo;

namespace {

DatabaseLocation fileLocation(const QString& path)
{
    return DatabaseLocation::parse(path);
}

QByteArray fingerprint(const QString& path)
{
    const QFileInfo info(path);
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256).toHex() + ' '
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

// Runs statements on a plain SQLite connection, the way another program (or an older Traceo) would.
void rawSqlite(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s + u": " + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString pragma(const std::shared_ptr<Database>& db, const QString& name)
{
    QSqlQuery q = execSql(db->connection(), QStringLiteral("PRAGMA ") + name);
    return q.next() ? q.value(0).toString() : QString();
}

void expectOpenFails(const QString& path, const QString& expectedPhrase)
{
    const QByteArray before = fingerprint(path);
    try {
        Database::open(fileLocation(path));
        QFAIL("opening should have failed");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(expectedPhrase), qPrintable(e.message()));
    }
    QCOMPARE(fingerprint(path), before);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/fresh.sqlite"));
        auto db = Database::open(fileLocation(path));
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 2);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), 0x54524345);
        QSqlQuery q = execSql(db->connection(), QStringLiteral("SELECT version FROM traceo_schema ORDER BY version"));
        // Every migration once, in order (versions are unique and increasing; branches may leave gaps).
        size_t i = 0;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), allMigrations().at(i++).version);
        QCOMPARE(i, allMigrations().size());
        QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    }

    void reopeningIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.sqlite"));
        {
            auto db = Database::open(fileLocation(path));
            SettingsRepository(db).setValue(QStringLiteral("k"), QStringLiteral("v"));
        }
        auto db = Database::open(fileLocation(path));
        QSqlQuery q = execSql(db->connection(), QStringLiteral("SELECT COUNT(*) FROM traceo_schema"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(allMigrations().size()));
        QCOMPARE(SettingsRepository(db).value(QStringLiteral("k")).value_or(QString()), QStringLiteral("v"));
    }

    void upgradesFromFirstSchemaVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        // A file as the first release wrote it: schema version 1 only, with user data in it.
        QStringList v1;
        for (const QString& s : allMigrations().front().statements)
            v1 << translateSql(s, SqlDialect::Sqlite);
        v1 << QStringLiteral("INSERT INTO traceo_schema VALUES (1, 'store', 'v1', '2026-01-01T00:00:00Z')")
           << QStringLiteral("INSERT INTO setting VALUES ('ui/timeWindow', '7d')")
           << QStringLiteral("INSERT INTO data_source (kind, name, url, created_at) VALUES "
                             "('prometheus', 'prod', 'http://127.0.0.1:9090', '2026-01-01')")
           << QStringLiteral("PRAGMA application_id = %1").arg(0x54524345);
        rawSqlite(path, v1);

        auto db = Database::open(fileLocation(path));
        QCOMPARE(db->schemaVersion(), latestSchemaVersion());
        SettingsRepository settings(db);
        QCOMPARE(settings.value(QStringLiteral("ui/timeWindow")).value_or(QString()), QStringLiteral("7d"));
        QCOMPARE(settings.dataSources().size(), 1);
        QCOMPARE(settings.dataSources().front().url, QStringLiteral("http://127.0.0.1:9090"));
        QVERIFY(db->connection().tables().contains(QStringLiteral("slo")));
    }

    void readOnlyModeNeverCreatesOrMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY_THROWS_EXCEPTION(Error, Database::open(fileLocation(path), Database::Mode::ReadOnly));
        QVERIFY(!QFileInfo::exists(path));

        QStringList v1;
        for (const QString& s : allMigrations().front().statements)
            v1 << translateSql(s, SqlDialect::Sqlite);
        v1 << QStringLiteral("INSERT INTO traceo_schema VALUES (1, 'store', 'v1', '2026-01-01T00:00:00Z')")
           << QStringLiteral("PRAGMA application_id = %1").arg(0x54524345);
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        rawSqlite(old, v1);
        const QByteArray before = fingerprint(old);
        auto db = Database::open(fileLocation(old), Database::Mode::ReadOnly);
        QCOMPARE(db->schemaVersion(), 1);
        db.reset();
        QCOMPARE(fingerprint(old), before);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::addRow("text file") << "text"
                                   << "not a Traceo database";
        QTest::addRow("foreign sqlite") << "foreign"
                                        << "not a Traceo database";
        QTest::addRow("empty sqlite schema") << "emptyschema"
                                             << "not a Traceo database";
        QTest::addRow("corrupt page") << "corrupt"
                                      << "corrupt";
        QTest::addRow("truncated") << "truncated"
                                   << "corrupt";
        QTest::addRow("newer schema") << "newer"
                                      << "newer than this program";
    }

    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        if (kind == u"text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("service,cost\ncheckout,12.5\n");
        } else if (kind == u"foreign") {
            rawSqlite(path,
                { QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                    QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)") });
        } else if (kind == u"emptyschema") {
            rawSqlite(path, { QStringLiteral("PRAGMA user_version = 3") });
        } else {
            buildDemoDatabase(path, 7, false);
            if (kind == u"newer") {
                rawSqlite(path,
                    { QStringLiteral("INSERT INTO traceo_schema VALUES (%1, 'future', 'x', '2030-01-01')")
                            .arg(latestSchemaVersion() + 1) });
            } else {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                QVERIFY(size > 16 * 4096);
                if (kind == u"truncated") {
                    QVERIFY(f.resize(size / 2));
                } else {
                    // Garbage over several b-tree pages in the middle of the file.
                    f.seek((size / 2) / 4096 * 4096);
                    QByteArray junk(4 * 4096, '\0');
                    for (qsizetype i = 0; i < junk.size(); ++i)
                        junk[i] = char((i * 131 + 17) & 0xff);
                    f.write(junk);
                }
            }
        }
        expectOpenFails(path, phrase);
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        auto db = Database::open(fileLocation(dir.filePath(QStringLiteral("threads.sqlite"))));
        SettingsRepository(db).setValue(QStringLiteral("answer"), QStringLiteral("42"));
        const QString mainName = db->connection().connectionName();
        const auto [otherName, value] = QtConcurrent::run([db] {
            const QString name = db->connection().connectionName();
            return std::make_pair(name, SettingsRepository(db).value(QStringLiteral("answer")).value_or(QString()));
        }).result();
        QVERIFY(otherName != mainName);
        QCOMPARE(value, QStringLiteral("42"));
        QCOMPARE(db->connection().connectionName(), mainName);
    }

    void parsesLocations_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("display");
        QTest::addRow("file") << "/tmp/x.sqlite" << false << "/tmp/x.sqlite";
        QTest::addRow("url") << "postgresql://ops:secret@127.0.0.1:5433/traceo" << true
                             << "postgresql://ops@127.0.0.1:5433/traceo";
        QTest::addRow("short scheme") << "postgres://ops@localhost/traceo" << true << "postgres://ops@localhost/traceo";
    }

    void parsesLocations()
    {
        QFETCH(QString, spec);
        QFETCH(bool, postgres);
        QFETCH(QString, display);
        const DatabaseLocation loc = DatabaseLocation::parse(spec);
        QCOMPARE(loc.kind == DatabaseLocation::Kind::Postgres, postgres);
        QCOMPARE(loc.display(), display);
    }

    void rejectsMalformedUrls()
    {
        QVERIFY_THROWS_EXCEPTION(Error, DatabaseLocation::parse(QStringLiteral("postgresql://127.0.0.1:5432")));
        QVERIFY_THROWS_EXCEPTION(Error, DatabaseLocation::parse(QStringLiteral("postgresql://")));
        QVERIFY_THROWS_EXCEPTION(Error, DatabaseLocation::parse(QStringLiteral("  ")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
