#include "core/error.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;

class TestTransaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    QString setting(const QString& key)
    {
        return SettingsRepository(m_db).value(key).value_or(QStringLiteral("<none>"));
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("tx.sqlite")));
        m_db = Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("tx.sqlite"))));
    }
    void cleanup() { m_db.reset(); }

    void commitKeepsWrites()
    {
        {
            Transaction tx(m_db->connection());
            SettingsRepository(m_db).setValue(QStringLiteral("a"), QStringLiteral("1"));
            tx.commit();
        }
        QCOMPARE(setting(QStringLiteral("a")), QStringLiteral("1"));
    }

    void exceptionRollsBackEverything()
    {
        SettingsRepository(m_db).setValue(QStringLiteral("a"), QStringLiteral("old"));
        try {
            Transaction tx(m_db->connection());
            SettingsRepository(m_db).setValue(QStringLiteral("a"), QStringLiteral("new"));
            SettingsRepository(m_db).setValue(QStringLiteral("b"), QStringLiteral("new"));
            throw Error(QStringLiteral("import failed half way"));
        } catch (const Error&) { }
        QCOMPARE(setting(QStringLiteral("a")), QStringLiteral("old"));
        QCOMPARE(setting(QStringLiteral("b")), QStringLiteral("<none>"));
    }

    void nestedTransactionIsASavepoint()
    {
        {
            Transaction outer(m_db->connection());
            SettingsRepository(m_db).setValue(QStringLiteral("outer"), QStringLiteral("1"));
            {
                Transaction inner(m_db->connection());
                SettingsRepository(m_db).setValue(QStringLiteral("inner"), QStringLiteral("1"));
                // no commit: only the inner part rolls back
            }
            {
                Transaction inner(m_db->connection());
                SettingsRepository(m_db).setValue(QStringLiteral("inner2"), QStringLiteral("1"));
                inner.commit();
            }
            outer.commit();
        }
        QCOMPARE(setting(QStringLiteral("outer")), QStringLiteral("1"));
        QCOMPARE(setting(QStringLiteral("inner")), QStringLiteral("<none>"));
        QCOMPARE(setting(QStringLiteral("inner2")), QStringLiteral("1"));
    }

    void outerRollbackUndoesCommittedInner()
    {
        {
            Transaction outer(m_db->connection());
            Transaction inner(m_db->connection());
            SettingsRepository(m_db).setValue(QStringLiteral("x"), QStringLiteral("1"));
            inner.commit();
        }
        QCOMPARE(setting(QStringLiteral("x")), QStringLiteral("<none>"));
    }

    void dataSourceChangesAreAllOrNothing()
    {
        SettingsRepository repo(m_db);
        repo.saveDataSource(
            { 0, QStringLiteral("prometheus"), QStringLiteral("prod"), QStringLiteral("http://127.0.0.1:9090"), {} });
        const DataSource bad { 0, QStringLiteral("graphite"), QStringLiteral("g"), QStringLiteral("http://127.0.0.1:1"),
            {} };
        QVERIFY_THROWS_EXCEPTION(Error, repo.applyDataSources({ bad }, { QStringLiteral("prod") }));
        QCOMPARE(repo.dataSources().size(), 1);
        QCOMPARE(repo.dataSources().front().name, QStringLiteral("prod"));
        QCOMPARE(repo.dataSources().front().auth, QStringLiteral("none"));
    }

    void failedStatementNamesTheProblem()
    {
        try {
            execSql(m_db->connection(), QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(u"no_such_table"), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
