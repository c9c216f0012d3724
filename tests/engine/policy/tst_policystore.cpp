// Stored policy versions (save, refuse, rollback) and the policy report over the audit log.

#include "core/error.h"
#include "policy/cedar/parser.h"
#include "policy/policyaudit.h"
#include "policy/policydemo.h"
#include "policy/policyreport.h"
#include "policy/policyrepository.h"
#include "policy/policytext.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;

namespace {

const QString kSet = QStringLiteral("team");

cedar::Policy onePolicy(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return parsePolicyText(std::string_view(utf8.constData(), size_t(utf8.size())), QStringLiteral("test")).at(0);
}

} // namespace

class TestPolicyStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<Database> freshDatabase()
    {
        return Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_files))));
    }

private Q_SLOTS:
    void savesVersionsWithHashes()
    {
        PolicyRepository repo(freshDatabase());
        const QString text = QStringLiteral("permit (principal, action, resource);\n");
        const PolicyVersion v1 = repo.saveVersion(kSet, text, QStringLiteral("ana"), QStringLiteral("first"));
        QCOMPARE(v1.version, 1);
        QCOMPARE(v1.contentHash,
            QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()));
        const PolicyVersion v2
            = repo.saveVersion(kSet, text + QStringLiteral("forbid (principal, action, resource);\n"),
                QStringLiteral("ben"), QStringLiteral("second"));
        QCOMPARE(v2.version, 2);
        QVERIFY(v2.contentHash != v1.contentHash);
        QCOMPARE(repo.version(kSet)->version, 2);
        QCOMPARE(repo.version(kSet, 1)->author, QStringLiteral("ana"));
        QVERIFY(!repo.version(kSet, 3));
        QVERIFY(!repo.version(QStringLiteral("nope")));
        QCOMPARE(repo.versions(kSet).size(), 2);
    }

    void refusesInvalidTextAndStoresNothing()
    {
        PolicyRepository repo(freshDatabase());
        try {
            repo.saveVersion(kSet, QStringLiteral("permit(principal, action, resource)\nwhen { principal.age >= };\n"),
                QStringLiteral("ana"), QStringLiteral("broken"), QStringLiteral("bad.cedar"));
            QFAIL("invalid Cedar was saved");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("bad.cedar:2:25: ")), qPrintable(e.message()));
        }
        QVERIFY(repo.policySets().isEmpty());
        QVERIFY(repo.versions(kSet).isEmpty());
    }

    void rollbackSavesTheOldTextAsANewVersion()
    {
        PolicyRepository repo(freshDatabase());
        const PolicyVersion v1 = repo.saveVersion(kSet, QStringLiteral("permit (principal, action, resource);\n"),
            QStringLiteral("ana"), QStringLiteral("1"));
        repo.saveVersion(kSet, QStringLiteral("forbid (principal, action, resource);\n"), QStringLiteral("ana"),
            QStringLiteral("2"));
        const PolicyVersion v3 = repo.rollback(kSet, 1, QStringLiteral("ben"));
        QCOMPARE(v3.version, 3);
        QCOMPARE(v3.content, v1.content);
        QCOMPARE(v3.contentHash, v1.contentHash);
        QCOMPARE(v3.author, QStringLiteral("ben"));
        QCOMPARE(v3.message, QStringLiteral("Rollback to version 1"));
        QCOMPARE(repo.versions(kSet).size(), 3);
        QVERIFY_THROWS_EXCEPTION(Error, repo.rollback(kSet, 9, QStringLiteral("ben")));
        QVERIFY_THROWS_EXCEPTION(Error, repo.rollback(QStringLiteral("nope"), 1, QStringLiteral("ben")));
        QCOMPARE(repo.versions(kSet).size(), 3);
    }

    void forbidShadows_data()
    {
        QTest::addColumn<QString>("forbid");
        QTest::addColumn<QString>("permit");
        QTest::addColumn<bool>("shadows");
        const QString anyone
            = QStringLiteral("permit (principal == User::\"a\", action == Action::\"read\", resource);");
        QTest::addRow("unconditional forbid-all") << "forbid (principal, action, resource);" << anyone << true;
        QTest::addRow("when { true } is unconditional")
            << "forbid (principal, action, resource) when { true };" << anyone << true;
        QTest::addRow("a condition may not hold")
            << "forbid (principal, action, resource) when { context.x };" << anyone << false;
        QTest::addRow("forbid vs forbid") << "forbid (principal, action, resource);"
                                          << "forbid (principal, action, resource);" << false;
        QTest::addRow("in G covers == G") << "forbid (principal in G::\"eng\", action, resource);"
                                          << "permit (principal == G::\"eng\", action, resource);" << true;
        QTest::addRow("in G covers in G") << "forbid (principal in G::\"eng\", action, resource);"
                                          << "permit (principal in G::\"eng\", action, resource);" << true;
        QTest::addRow("in G covers is T in G") << "forbid (principal in G::\"eng\", action, resource);"
                                               << "permit (principal is User in G::\"eng\", action, resource);" << true;
        QTest::addRow("hierarchies are data") << "forbid (principal in G::\"all\", action, resource);"
                                              << "permit (principal in G::\"eng\", action, resource);" << false;
        QTest::addRow("a narrower forbid") << "forbid (principal in G::\"eng\", action, resource);"
                                           << "permit (principal, action, resource);" << false;
        QTest::addRow("is T covers == T::x") << "forbid (principal is User, action, resource);" << anyone << true;
        QTest::addRow("is T misses other types") << "forbid (principal is Admin, action, resource);" << anyone << false;
        QTest::addRow("== A does not cover in [A]")
            << "forbid (principal, action == Action::\"read\", resource);"
            << "permit (principal, action in [Action::\"read\"], resource);" << false;
        QTest::addRow("in [A, B] covers == B")
            << "forbid (principal, action in [Action::\"read\", Action::\"write\"], resource);"
            << "permit (principal, action == Action::\"write\", resource);" << true;
        QTest::addRow("in [A, B] covers in A")
            << "forbid (principal, action in [Action::\"read\", Action::\"write\"], resource);"
            << "permit (principal, action in Action::\"read\", resource);" << true;
        QTest::addRow("in [A, B] misses in [A, C]")
            << "forbid (principal, action in [Action::\"read\", Action::\"write\"], resource);"
            << "permit (principal, action in [Action::\"read\", Action::\"delete\"], resource);" << false;
        QTest::addRow("a specific action misses any action")
            << "forbid (principal, action == Action::\"read\", resource);"
            << "permit (principal, action, resource);" << false;
        QTest::addRow("is T in F covers is T in F")
            << "forbid (principal, action, resource is Doc in F::\"f\");"
            << "permit (principal, action, resource is Doc in F::\"f\");" << true;
        QTest::addRow("is T in F misses is T") << "forbid (principal, action, resource is Doc in F::\"f\");"
                                               << "permit (principal, action, resource is Doc);" << false;
        QTest::addRow("templates are not compared") << "forbid (principal, action, resource);"
                                                    << "permit (principal == ?principal, action, resource);" << false;
    }

    void forbidShadows()
    {
        QFETCH(QString, forbid);
        QFETCH(QString, permit);
        QFETCH(bool, shadows);
        QCOMPARE(traceo::forbidShadows(onePolicy(forbid), onePolicy(permit)), shadows);
    }

    void reportCountsTheAuditHistoryOfItsVersion()
    {
        auto db = freshDatabase();
        const PolicyVersion v = PolicyRepository(db).saveVersion(kSet,
            QStringLiteral("@id(\"readers\")\n"
                           "permit (principal in G::\"eng\", action == Action::\"read\", resource);\n"
                           "@id(\"no-writes\")\n"
                           "forbid (principal, action in [Action::\"write\", Action::\"read\"], resource is Doc);\n"
                           "@id(\"doc-readers\") permit (principal, action == Action::\"read\", resource is Doc);\n"
                           "// the same rule again, laid out differently\n"
                           "@id(\"readers-again\") permit(principal   in G::\"eng\",\n"
                           "    action == Action::\"read\", resource) ;\n"
                           "@id(\"never\") permit (principal == User::\"nobody\", action, resource);\n"),
            QStringLiteral("ana"), QStringLiteral("v1"));
        AuditLog log(db);
        const auto decide = [&](bool allow, QStringList determining, QStringList erroring, const QString& hash) {
            AuditEntry e;
            e.policySet = kSet;
            e.principal = QStringLiteral("User::\"a\"");
            e.action = QStringLiteral("Action::\"read\"");
            e.resource = QStringLiteral("Doc::\"d\"");
            e.allow = allow;
            e.determining = determining;
            e.erroring = erroring;
            e.policyHash = hash;
            log.append(e);
        };
        const QString p0 = QStringLiteral("policy0");
        decide(true, { p0 }, {}, v.contentHash);
        decide(true, { p0, QStringLiteral("policy3") }, {}, v.contentHash);
        decide(false, { QStringLiteral("policy1") }, { p0 }, v.contentHash);
        decide(false, {}, { QStringLiteral("policy1") }, v.contentHash);
        decide(true, { p0 }, {}, QString(64, u'0')); // another text: policy0 is another policy there

        const PolicyReport r = policyReport(db, kSet);
        QCOMPARE(r.version, 1);
        QCOMPARE(r.decisions, 4);
        QCOMPARE(r.allowed, 2);
        QCOMPARE(r.policies.size(), 5);
        const PolicyReportRow& readers = r.policies[0];
        QCOMPARE(readers.name, QStringLiteral("readers"));
        QCOMPARE(readers.line, 1);
        QCOMPARE(r.policies[2].line, 5);
        QCOMPARE(readers.determining, 2);
        QCOMPARE(readers.erroring, 1);
        QVERIFY(readers.shadowedBy.isEmpty()); // its resource is any entity, the forbid's only Doc
        const PolicyReportRow& forbid = r.policies[1];
        QVERIFY(!forbid.permit);
        QCOMPARE(forbid.determining, 1);
        QCOMPARE(forbid.erroring, 1);
        QCOMPARE(r.policies[2].shadowedBy, QStringList { QStringLiteral("no-writes") });
        QCOMPARE(r.policies[2].name, QStringLiteral("doc-readers"));
        QVERIFY(r.policies[2].neverMatched());
        QCOMPARE(r.policies[3].duplicateOf, QStringList { QStringLiteral("readers") });
        QCOMPARE(r.policies[3].determining, 1);
        QVERIFY(!r.policies[3].neverMatched());
        QVERIFY(r.policies[4].neverMatched());
        QVERIFY(r.policies[4].duplicateOf.isEmpty());
        QVERIFY(r.policies[4].shadowedBy.isEmpty());
    }

    void defaultPolicySetParsesAndIsClean()
    {
        const DefaultPolicySet set = defaultPolicySet();
        QVERIFY(set.policies.contains(QStringLiteral("no-prod-deletes")));
        QVERIFY(!set.entities.isEmpty());
        QVERIFY(!set.schema.isEmpty());
        PolicyVersion v;
        v.policySet = QStringLiteral("default");
        v.content = set.policies;
        const PolicyReport r = buildPolicyReport(v, {});
        QCOMPARE(r.policies.size(), 5);
        for (const PolicyReportRow& p : r.policies) {
            QVERIFY2(p.shadowedBy.isEmpty(), qPrintable(p.name));
            QVERIFY2(p.duplicateOf.isEmpty(), qPrintable(p.name));
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicyStore)
#include "tst_policystore.moc"
