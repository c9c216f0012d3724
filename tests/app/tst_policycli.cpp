#include "cli/cli.h"
#include "common/clirun.h"
#include "common/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
};

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
