// The audit log's hash chain against an attacker with write access to the database file: the
// tamper tests drop the append-only triggers with raw SQL first, as such an attacker would.

#include "core/error.h"
#include "policy/cedar/authorizer.h"
#include "policy/cedar/parser.h"
#include "policy/policyaudit.h"
#include "store/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;

namespace {

AuditEntry entry(int i)
{
    AuditEntry e;
    e.time = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60);
    e.policySet = QStringLiteral("default");
    e.principal = QStringLiteral("Traceo::User::\"user%1\"").arg(i);
    e.action = i % 3 ? QStringLiteral("Traceo::Action::\"read\"") : QStringLiteral("Traceo::Action::\"delete\"");
    e.resource = QStringLiteral("Traceo::Dataset::\"prod-orders\"");
    e.context = QStringLiteral("{\"mfa\":%1}").arg(i % 2 ? QStringLiteral("true") : QStringLiteral("false"));
    e.allow = i % 2;
    e.determining = e.allow ? QStringList { QStringLiteral("policy0") } : QStringList {};
    e.erroring = i % 4 == 0 ? QStringList { QStringLiteral("policy2") } : QStringList {};
    e.policyHash = QString(64, u'a');
    return e;
}

QStringList storedFields(QSqlDatabase db, qint64 seq)
{
    QSqlQuery q = execSql(db,
        QStringLiteral("SELECT time, policy_set, principal, action, resource, context, decision, determining, "
                       "erroring, policy_hash FROM policy_audit WHERE seq = ?"),
        { seq });
    QStringList f;
    if (q.next())
        for (int i = 0; i < 10; ++i)
            f << q.value(i).toString();
    return f;
}

QString storedHash(QSqlDatabase db, qint64 seq)
{
    QSqlQuery q = execSql(db, QStringLiteral("SELECT hash FROM policy_audit WHERE seq = ?"), { seq });
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestPolicyAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<Database> freshDatabase()
    {
        return Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("audit%1.sqlite").arg(++m_files))));
    }

    std::shared_ptr<Database> logWithTenRecords()
    {
        auto db = freshDatabase();
        AuditLog log(db);
        for (int i = 1; i <= 10; ++i)
            log.append(entry(i));
        return db;
    }

    static void dropTriggers(QSqlDatabase db)
    {
        execSql(db, QStringLiteral("DROP TRIGGER policy_audit_no_update"));
        execSql(db, QStringLiteral("DROP TRIGGER policy_audit_no_delete"));
    }

private Q_SLOTS:
    void emptyLogVerifies()
    {
        const AuditVerification v = AuditLog(freshDatabase()).verify();
        QVERIFY(v.ok);
        QCOMPARE(v.records, 0);
        QCOMPARE(v.headHash, AuditLog::genesisHash());
    }

    void appendsAChainThatVerifies()
    {
        auto db = freshDatabase();
        AuditLog log(db);
        QList<AuditRecord> appended;
        for (int i = 1; i <= 10; ++i)
            appended << log.append(entry(i));
        QCOMPARE(appended.first().seq, 1);
        QCOMPARE(appended.first().prevHash, AuditLog::genesisHash());
        for (qsizetype i = 1; i < appended.size(); ++i) {
            QCOMPARE(appended[i].seq, appended[i - 1].seq + 1);
            QCOMPARE(appended[i].prevHash, appended[i - 1].hash);
            QVERIFY(appended[i].hash != appended[i - 1].hash);
        }
        const QList<AuditRecord> stored = log.records();
        QCOMPARE(stored.size(), 10);
        QCOMPARE(stored[4].hash, appended[4].hash);
        QCOMPARE(stored[4].principal, entry(5).principal);
        QCOMPARE(stored[4].time, entry(5).time);
        QCOMPARE(stored[3].erroring, QStringList { QStringLiteral("policy2") });
        QCOMPARE(stored[4].determining, QStringList { QStringLiteral("policy0") });
        QVERIFY(stored[4].allow);
        QCOMPARE(log.count(), 10);

        const AuditVerification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.records, 10);
        QCOMPARE(v.headHash, appended.last().hash);
    }

    void queriesFilterAndLimit()
    {
        auto db = logWithTenRecords();
        AuditLog log(db);
        AuditEntry other = entry(11);
        other.policySet = QStringLiteral("other");
        other.policyHash = QString(64, u'b');
        log.append(other);
        AuditQuery bySet;
        bySet.policySet = QStringLiteral("other");
        QCOMPARE(log.records(bySet).size(), 1);
        AuditQuery byHash;
        byHash.policyHash = QString(64, u'a');
        QCOMPARE(log.records(byHash).size(), 10);
        AuditQuery newest;
        newest.limit = 3;
        const QList<AuditRecord> last = log.records(newest);
        QCOMPARE(last.size(), 3);
        QCOMPARE(last.first().seq, 9);
        QCOMPARE(last.last().seq, 11);
    }

    void triggersRefuseUpdateAndDelete()
    {
        auto db = logWithTenRecords();
        QSqlDatabase c = db->connection();
        QVERIFY_THROWS_EXCEPTION(Error, execSql(c, QStringLiteral("UPDATE policy_audit SET decision = 'allow'")));
        QVERIFY_THROWS_EXCEPTION(Error, execSql(c, QStringLiteral("DELETE FROM policy_audit WHERE seq = 3")));
        QCOMPARE(AuditLog(db).count(), 10);
        QVERIFY(AuditLog(db).verify().ok);
    }

    void recordsDecisionsOfTheAuthorizer()
    {
        const cedar::ParseResult parsed = cedar::parsePolicies(
            R"(permit (principal, action == Traceo::Action::"read", resource) when { context.mfa };)");
        QVERIFY(parsed.ok());
        cedar::Request request { cedar::EntityUid("Traceo::User", "alice"), cedar::EntityUid("Traceo::Action", "read"),
            cedar::EntityUid("Traceo::Metrics", "prod") };
        request.context
            = cedar::Value::makeRecord({ { "zone", cedar::Value(std::string("eu")) }, { "mfa", cedar::Value(true) } });
        const cedar::Response response = cedar::authorize(parsed.policies, request, cedar::Entities());
        const AuditEntry e = auditEntry(request, response, QStringLiteral("s"), QStringLiteral("h"));
        QCOMPARE(e.principal, QStringLiteral("Traceo::User::\"alice\""));
        QCOMPARE(e.resource, QStringLiteral("Traceo::Metrics::\"prod\""));
        QCOMPARE(e.context, QStringLiteral("{\"mfa\":true,\"zone\":\"eu\"}"));
        QVERIFY(e.allow);
        QCOMPARE(e.determining, QStringList { QStringLiteral("policy0") });
        auto db = freshDatabase();
        const AuditRecord r = AuditLog(db).append(e);
        QVERIFY(r.time.isValid());
        QCOMPARE(AuditLog(db).records().first().context, e.context);
    }

    void anchorCatchesACutOrRewrittenTail()
    {
        auto db = logWithTenRecords();
        QSqlDatabase c = db->connection();
        const QString head = AuditLog(db).verify().headHash;
        QVERIFY(AuditLog(db).verify(head).ok);
        QVERIFY(AuditLog(db).verify(storedHash(c, 4)).ok); // an older anchor is still in the chain
        dropTriggers(c);
        execSql(c, QStringLiteral("DELETE FROM policy_audit WHERE seq > 8"));
        // The cut-off chain is consistent in itself; only the anchor shows what is gone.
        QVERIFY(AuditLog(db).verify().ok);
        const AuditVerification v = AuditLog(db).verify(head);
        QVERIFY(!v.ok);
        QCOMPARE(v.badSeq, 9);
        QVERIFY2(v.problem.startsWith(QStringLiteral("no record has the anchored hash")), qPrintable(v.problem));

        // A forger who rewrites record 8 and recomputes its hash also loses the old head.
        const QString head8 = storedHash(c, 8);
        QStringList fields = storedFields(c, 8);
        fields[6] = QStringLiteral("allow");
        execSql(c, QStringLiteral("UPDATE policy_audit SET decision = 'allow', hash = ? WHERE seq = 8"),
            { AuditLog::recordHash(storedHash(c, 7), 8, fields) });
        QVERIFY(AuditLog(db).verify().ok);
        QVERIFY(!AuditLog(db).verify(head8).ok);
    }

    void appendsAnEntryWithEmptyFields()
    {
        // The test bench records decisions on unsaved text: no set, and fields left empty.
        auto db = freshDatabase();
        AuditEntry e;
        e.principal = QStringLiteral("User::\"a\"");
        const AuditRecord r = AuditLog(db).append(e);
        QCOMPARE(r.seq, 1);
        QCOMPARE(AuditLog(db).records().first().policySet, QString());
        QVERIFY(AuditLog(db).verify().ok);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<qint64>("badSeq");
        QTest::addColumn<QString>("problem");
        QTest::addRow("change a decision") << "decision" << qint64(4) << "record 4 was changed";
        QTest::addRow("change the context") << "context" << qint64(7) << "record 7 was changed";
        QTest::addRow("change a determining policy") << "determining" << qint64(5) << "record 5 was changed";
        QTest::addRow("change a hash") << "hash" << qint64(2) << "record 2 was changed";
        // Rewriting one record's hash hides the change in that record; the next one no longer links.
        QTest::addRow("change a record and its hash") << "rehash" << qint64(4) << "record 4 does not follow record 3";
        QTest::addRow("delete a record") << "delete" << qint64(6) << "record 6 is missing";
        QTest::addRow("delete the first record") << "deleteFirst" << qint64(1) << "record 1 is missing";
        QTest::addRow("delete and renumber") << "renumber" << qint64(6) << "record 6 does not follow record 5";
        QTest::addRow("insert a forged record") << "forge" << qint64(11) << "record 11 was changed or forged";
        // A forger who computes the hash: the forged record links, the one after it does not.
        QTest::addRow("insert a forged record with a valid hash in the middle")
            << "forgeMiddle" << qint64(7) << "record 7 does not follow record 6";
        QTest::addRow("reorder two records") << "swap" << qint64(4) << "record 4 does not follow record 3";
    }

    void detectsTampering()
    {
        QFETCH(QString, attack);
        QFETCH(qint64, badSeq);
        QFETCH(QString, problem);
        auto db = logWithTenRecords();
        QSqlDatabase c = db->connection();
        dropTriggers(c);
        const auto dump = [&] {
            QSqlQuery q = execSql(c,
                QStringLiteral("SELECT group_concat(seq || decision || context || determining || prev_hash || hash, "
                               "'|') FROM (SELECT * FROM policy_audit ORDER BY seq)"));
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString before = dump();
        const auto sql = [&](const char* text, std::initializer_list<QVariant> args = {}) {
            execSql(c, QString::fromLatin1(text), args);
        };
        if (attack == u"decision")
            sql("UPDATE policy_audit SET decision = 'allow' WHERE seq = 4");
        else if (attack == u"context")
            sql("UPDATE policy_audit SET context = '{\"mfa\":false}' WHERE seq = 7");
        else if (attack == u"determining")
            sql("UPDATE policy_audit SET determining = '[\"policy1\"]' WHERE seq = 5");
        else if (attack == u"hash")
            sql("UPDATE policy_audit SET hash = ? WHERE seq = 2", { QString(64, u'f') });
        else if (attack == u"rehash") {
            sql("UPDATE policy_audit SET decision = 'deny' WHERE seq = 3");
            sql("UPDATE policy_audit SET hash = ? WHERE seq = 3",
                { AuditLog::recordHash(storedHash(c, 2), 3, storedFields(c, 3)) });
        } else if (attack == u"delete")
            sql("DELETE FROM policy_audit WHERE seq = 6");
        else if (attack == u"deleteFirst")
            sql("DELETE FROM policy_audit WHERE seq = 1");
        else if (attack == u"renumber") {
            sql("DELETE FROM policy_audit WHERE seq = 6");
            for (int seq = 7; seq <= 10; ++seq)
                sql("UPDATE policy_audit SET seq = seq - 1 WHERE seq = ?", { seq });
        } else if (attack == u"forge") {
            sql("INSERT INTO policy_audit SELECT 11, time, policy_set, principal, action, resource, context, 'allow', "
                "determining, erroring, policy_hash, ?, ? FROM policy_audit WHERE seq = 3",
                { storedHash(c, 10), QString(64, u'e') });
        } else if (attack == u"forgeMiddle") {
            for (int seq = 10; seq >= 6; --seq)
                sql("UPDATE policy_audit SET seq = seq + 1 WHERE seq = ?", { seq });
            QStringList fields = storedFields(c, 5);
            fields[6] = QStringLiteral("allow");
            const QString prev = storedHash(c, 5);
            sql("INSERT INTO policy_audit VALUES (6, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                { fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7], fields[8],
                    fields[9], prev, AuditLog::recordHash(prev, 6, fields) });
        } else if (attack == u"swap") {
            sql("UPDATE policy_audit SET seq = -1 WHERE seq = 4");
            sql("UPDATE policy_audit SET seq = 4 WHERE seq = 5");
            sql("UPDATE policy_audit SET seq = 5 WHERE seq = -1");
        } else {
            QFAIL("unknown attack");
        }
        QVERIFY2(dump() != before, "the attack changed nothing");
        const AuditVerification v = AuditLog(db).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.badSeq, badSeq);
        QVERIFY2(v.problem.startsWith(problem), qPrintable(v.problem));
        QCOMPARE(v.records, badSeq - 1);
    }
};

QTEST_GUILESS_MAIN(TestPolicyAudit)
#include "tst_policyaudit.moc"
