#include "cli/cli.h"
#include "common/clirun.h"
#include "common/testutil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo::cli;

namespace {

using Run = traceo::test::CliRun;

Run run(const QStringList& args)
{
    return traceo::test::runTraceo(args);
}

QString cedar(const QString& relative)
{
    return traceo::test::sharedData(QStringLiteral("cedar/") + relative);
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QString source(const QString& relative)
{
    return traceo::test::sourceDir() + u'/' + relative;
}

QStringList policy(const QString& db, QStringList args)
{
    return QStringList { QStringLiteral("--db"), db, QStringLiteral("policy") } + args;
}

} // namespace

class TestPolicyCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void runTestsPassesTheHandWrittenSuite()
    {
        const Run r = run({ QStringLiteral("policy"), QStringLiteral("run-tests"), cedar(QStringLiteral("tests")) });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("22 passed, 0 failed")), qPrintable(r.out));
    }

    void runTestsReportsFailures()
    {
        // The ip test expects policy0 to allow; an empty policy file denies everything.
        QByteArray test = traceo::test::readAll(cedar(QStringLiteral("tests/ip/1.json")));
        test.replace("tests/ip/policies_1.cedar", write(m_dir, QStringLiteral("empty.cedar"), "").toUtf8());
        const QString path = write(m_dir, QStringLiteral("broken.json"), test);
        const Run r = run({ QStringLiteral("policy"), QStringLiteral("run-tests"), QStringLiteral("--data"),
            cedar(QString()), path });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("expected allow [policy0]")), qPrintable(r.out));
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral("0 passed, 1 failed")));
    }

    void checkGivesPositionedDiagnostics()
    {
        const QString path = write(
            m_dir, QStringLiteral("bad.cedar"), "permit(principal, action, resource)\nwhen { principal.age >= };\n");
        const Run r = run({ QStringLiteral("policy"), QStringLiteral("check"), path });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(path + QStringLiteral(":2:25: ")), qPrintable(r.err));

        const Run ok = run({ QStringLiteral("policy"), QStringLiteral("check"),
            cedar(QStringLiteral("tests/multi/policies_5.cedar")) });
        QCOMPARE(ok.code, 0);
    }

    void authorizePrintsTheDecision()
    {
        const QString request = write(m_dir, QStringLiteral("request.json"), R"({
            "principal": {"type": "User", "id": "alice"}, "action": {"type": "Action", "id": "view"},
            "resource": {"type": "Photo", "id": "VacationPhoto94.jpg"},
            "context": {"source_ip": "222.222.222.222", "confidence_score": "0.6", "authenticated": true}})");
        const Run r = run({ QStringLiteral("policy"), QStringLiteral("authorize"), QStringLiteral("--policies"),
            cedar(QStringLiteral("tests/ip/policies_1.cedar")), QStringLiteral("--entities"),
            cedar(QStringLiteral("sample-data/sandbox_a/entities.json")), QStringLiteral("--schema"),
            cedar(QStringLiteral("sample-data/sandbox_a/schema.cedarschema")), QStringLiteral("--request"), request });
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("decision")).toString(), QStringLiteral("allow"));
        QCOMPARE(json.value(QStringLiteral("reason")).toArray(), QJsonArray { QStringLiteral("policy0") });
        QVERIFY(json.value(QStringLiteral("errors")).toArray().isEmpty());
    }

    void savesListsShowsDiffsAndRollsBack()
    {
        const QString db = m_dir.filePath(QStringLiteral("versions.sqlite"));
        const QByteArray v1 = "permit (principal, action == Action::\"read\", resource);\n"
                              "forbid (principal, action == Action::\"delete\", resource);\n";
        QByteArray v2 = v1;
        v2.replace("resource);\nforbid", "resource) when { context.mfa };\nforbid");
        const QString f1 = write(m_dir, QStringLiteral("v1.cedar"), v1);
        const QString f2 = write(m_dir, QStringLiteral("v2.cedar"), v2);
        const Run s1 = run(policy(db,
            { QStringLiteral("save"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("--file"), f1,
                QStringLiteral("--author"), QStringLiteral("ana"), QStringLiteral("--message"),
                QStringLiteral("first") }));
        QCOMPARE(s1.code, 0);
        QVERIFY2(s1.out.startsWith(QStringLiteral("ops: saved version 1 (sha256 ")), qPrintable(s1.out));
        QCOMPARE(run(policy(db,
                         { QStringLiteral("save"), QStringLiteral("--set"), QStringLiteral("ops"),
                             QStringLiteral("--file"), f2, QStringLiteral("--author"), QStringLiteral("ben") }))
                     .code,
            0);

        const Run list
            = run(policy(db, { QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(list.code, 0);
        const QJsonArray versions = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].toObject().value(QStringLiteral("author")).toString(), QStringLiteral("ana"));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(versions[0].toObject().value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(v1, QCryptographicHash::Sha256).toHex()));

        const Run show = run(policy(db,
            { QStringLiteral("show"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("--version"),
                QStringLiteral("1") }));
        QCOMPARE(show.code, 0);
        QCOMPARE(show.out, QString::fromUtf8(v1));

        const Run diff = run(policy(db,
            { QStringLiteral("diff"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("1"),
                QStringLiteral("2") }));
        QCOMPARE(diff.code, 0);
        QCOMPARE(diff.out,
            QStringLiteral("--- ops version 1\n+++ ops version 2\n@@ -1,2 +1,2 @@\n"
                           "-permit (principal, action == Action::\"read\", resource);\n"
                           "+permit (principal, action == Action::\"read\", resource) when { context.mfa };\n"
                           " forbid (principal, action == Action::\"delete\", resource);\n"));
        const Run diffJson = run(policy(db,
            { QStringLiteral("diff"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("1"),
                QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json") }));
        const QJsonArray hunks = QJsonDocument::fromJson(diffJson.out.toUtf8()).object().value(u"hunks").toArray();
        QCOMPARE(hunks.size(), 1);
        const QJsonArray lines = hunks[0].toObject().value(u"lines").toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].toObject().value(u"kind").toString(), QStringLiteral("removed"));
        QCOMPARE(lines[1].toObject().value(u"kind").toString(), QStringLiteral("added"));
        QCOMPARE(lines[1].toObject().value(u"new_line").toInt(), 1);

        const Run back = run(policy(db,
            { QStringLiteral("rollback"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("--to"),
                QStringLiteral("1"), QStringLiteral("--author"), QStringLiteral("cid") }));
        QCOMPARE(back.code, 0);
        QVERIFY2(back.out.startsWith(QStringLiteral("ops: saved version 3")), qPrintable(back.out));
        QCOMPARE(run(policy(db, { QStringLiteral("show"), QStringLiteral("--set"), QStringLiteral("ops") })).out,
            QString::fromUtf8(v1));
        const Run csv = run(policy(db,
            { QStringLiteral("versions"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("--format"),
                QStringLiteral("csv") }));
        const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows[3].startsWith(QStringLiteral("ops,3,cid,")), qPrintable(rows[3]));
        QVERIFY(rows[3].contains(QStringLiteral(",Rollback to version 1,")));
        QCOMPARE(run(policy(db,
                         { QStringLiteral("diff"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("1"),
                             QStringLiteral("3") }))
                     .out,
            QString());
    }

    void saveRefusesInvalidCedar()
    {
        const QString db = m_dir.filePath(QStringLiteral("refuse.sqlite"));
        const QString bad = write(
            m_dir, QStringLiteral("bad.cedar"), "permit(principal, action, resource)\nwhen { principal.age >= };\n");
        const Run r = run(policy(db,
            { QStringLiteral("save"), QStringLiteral("--set"), QStringLiteral("ops"), QStringLiteral("--file"), bad,
                QStringLiteral("--author"), QStringLiteral("ana") }));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":2:25: ")), qPrintable(r.err));
        const Run list
            = run(policy(db, { QStringLiteral("versions"), QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(list.code, 0);
        QVERIFY(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());
        const Run show = run(policy(db, { QStringLiteral("show"), QStringLiteral("--set"), QStringLiteral("ops") }));
        QCOMPARE(show.code, 1);
        QVERIFY2(show.err.contains(QStringLiteral("No policy set named “ops”")), qPrintable(show.err));
    }

    void recordsDecisionsAndVerifiesTheAuditLog()
    {
        const QString db = m_dir.filePath(QStringLiteral("audit.sqlite"));
        QCOMPARE(run(policy(db,
                         { QStringLiteral("save"), QStringLiteral("--set"), QStringLiteral("default"),
                             QStringLiteral("--file"), source(QStringLiteral("resources/policies/default.cedar")),
                             QStringLiteral("--author"), QStringLiteral("ana") }))
                     .code,
            0);
        const auto decide = [&](const QByteArray& request) {
            return run(policy(db,
                { QStringLiteral("authorize"), QStringLiteral("--set"), QStringLiteral("default"),
                    QStringLiteral("--record"), QStringLiteral("--entities"),
                    source(QStringLiteral("resources/policies/default.entities.json")), QStringLiteral("--schema"),
                    source(QStringLiteral("resources/policies/default.cedarschema")), QStringLiteral("--request"),
                    write(m_dir, QStringLiteral("request.json"), request) }));
        };
        const Run allowed = decide(R"({"principal": {"type": "Traceo::User", "id": "alice"},
            "action": {"type": "Traceo::Action", "id": "read"}, "resource": {"type": "Traceo::Metrics", "id": "prod-api-latency"},
            "context": {"mfa": true, "source_ip": "10.20.1.2"}})");
        QCOMPARE(allowed.code, 0);
        const QJsonObject first = QJsonDocument::fromJson(allowed.out.toUtf8()).object();
        QCOMPARE(first.value(u"decision").toString(), QStringLiteral("allow"));
        QCOMPARE(first.value(u"reason").toArray(), QJsonArray { QStringLiteral("policy0") });
        QCOMPARE(first.value(u"audit_seq").toInt(), 1);
        const Run denied = decide(R"({"principal": {"type": "Traceo::User", "id": "dave"},
            "action": {"type": "Traceo::Action", "id": "delete"}, "resource": {"type": "Traceo::Dataset", "id": "prod-orders"},
            "context": {"mfa": true}})");
        const QJsonObject second = QJsonDocument::fromJson(denied.out.toUtf8()).object();
        QCOMPARE(second.value(u"decision").toString(), QStringLiteral("deny"));
        QCOMPARE(second.value(u"audit_seq").toInt(), 2);

        const Run list = run(policy(db,
            { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
        const QJsonArray records = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].toObject().value(u"principal").toString(), QStringLiteral("Traceo::User::\"dave\""));
        QCOMPARE(records[1].toObject().value(u"determining").toArray(), QJsonArray { QStringLiteral("policy4") });

        const Run exported = run(policy(db, { QStringLiteral("audit"), QStringLiteral("export") }));
        const QJsonArray full = QJsonDocument::fromJson(exported.out.toUtf8()).array();
        QCOMPARE(full.size(), 2);
        QCOMPARE(full[1].toObject().value(u"prev_hash").toString(), full[0].toObject().value(u"hash").toString());
        QCOMPARE(full[0].toObject().value(u"context").toObject().value(u"mfa").toBool(), true);
        const Run csv = run(policy(db,
            { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv") }));
        QVERIFY2(csv.out.startsWith(QStringLiteral("seq,time,set,principal,action,resource,decision,determining,"
                                                   "erroring,context,policy_hash,prev_hash,hash\r\n")),
            qPrintable(csv.out));

        const Run report = run(policy(db,
            { QStringLiteral("report"), QStringLiteral("--set"), QStringLiteral("default"), QStringLiteral("--format"),
                QStringLiteral("json") }));
        QCOMPARE(report.code, 0);
        const QJsonObject rep = QJsonDocument::fromJson(report.out.toUtf8()).object();
        QCOMPARE(rep.value(u"decisions").toInt(), 2);
        QCOMPARE(rep.value(u"allowed").toInt(), 1);
        const QJsonArray policies = rep.value(u"policies").toArray();
        QCOMPARE(policies.size(), 5);
        QCOMPARE(policies[0].toObject().value(u"determining").toInt(), 1);
        QCOMPARE(policies[4].toObject().value(u"name").toString(), QStringLiteral("no-prod-deletes"));
        QCOMPARE(policies[4].toObject().value(u"determining").toInt(), 1);
        QCOMPARE(policies[2].toObject().value(u"never_matched").toBool(), true);

        const Run ok = run(policy(db, { QStringLiteral("audit"), QStringLiteral("verify") }));
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.startsWith(QStringLiteral("audit log intact: 2 record(s)")), qPrintable(ok.out));

        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(!q.exec(QStringLiteral("UPDATE policy_audit SET decision = 'allow' WHERE seq = 2")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER policy_audit_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE policy_audit SET decision = 'allow' WHERE seq = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        const Run tampered = run(policy(db, { QStringLiteral("audit"), QStringLiteral("verify") }));
        QCOMPARE(tampered.code, 1);
        QVERIFY2(tampered.out.contains(QStringLiteral("record 2 was changed")), qPrintable(tampered.out));
        const Run json = run(policy(db,
            { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE(json.code, 1);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"bad_seq").toInt(), 2);
    }

    void recordNeedsAStoredSet()
    {
        const Run r = run(policy(m_dir.filePath(QStringLiteral("x.sqlite")),
            { QStringLiteral("authorize"), QStringLiteral("--record"), QStringLiteral("--policies"),
                cedar(QStringLiteral("tests/ip/policies_1.cedar")) }));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--record needs --set")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
