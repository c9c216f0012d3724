#include "commands.h"
#include "core/error.h"
#include "policy/cedar/authorizer.h"
#include "policy/cedar/parser.h"
#include "policy/cedar/testrunner.h"
#include "policy/decisioninput.h"
#include "policy/policyaudit.h"
#include "policy/policyrepository.h"
#include "policy/policytext.h"
#include "policycli.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <optional>

namespace traceo::cli {

namespace policycli {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("traceo::cli::policy", "Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

QString requiredOption(const Context& ctx, const char* name)
{
    const QString v = ctx.parser.value(QLatin1String(name));
    if (v.isEmpty())
        throw UsageError(
            QCoreApplication::translate("traceo::cli::policy", "--%1 is required").arg(QLatin1String(name)));
    return v;
}

int versionOption(const Context& ctx, const char* name)
{
    const QString text = ctx.parser.value(QLatin1String(name));
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n <= 0)
        throw UsageError(QCoreApplication::translate("traceo::cli::policy", "--%1 expects a version number, not “%2”")
                             .arg(QLatin1String(name), text));
    return n;
}

void addSetOption(QCommandLineParser& p, bool withVersion)
{
    p.addOption({ QStringLiteral("set"), QCoreApplication::translate("traceo::cli::policy", "The stored policy set."),
        QCoreApplication::translate("traceo::cli::policy", "NAME") });
    if (withVersion)
        p.addOption({ QStringLiteral("version"),
            QCoreApplication::translate("traceo::cli::policy", "The version (default: the latest)."),
            QCoreApplication::translate("traceo::cli::policy", "N") });
}

} // namespace policycli

namespace {

using namespace traceo::cedar;
using namespace policycli;

QStringList positionals(const Context& ctx, const QString& name)
{
    const QStringList args = ctx.parser.positionalArguments().mid(ctx.commandWords);
    if (args.isEmpty())
        throw UsageError(QCoreApplication::translate("traceo::cli", "Missing argument %1").arg(name));
    return args;
}

int runTests(Context& ctx)
{
    QStringList files;
    for (const QString& arg : positionals(ctx, QStringLiteral("TEST.json"))) {
        if (!QFileInfo(arg).isDir()) {
            files << arg;
            continue;
        }
        QStringList inDir;
        QDirIterator it(arg, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.endsWith(QLatin1String(".entities.json")))
                inDir << f;
        }
        inDir.sort();
        files << inDir;
    }
    const TestRunner runner(ctx.parser.value(QStringLiteral("data")));
    int passed = 0;
    int failed = 0;
    int requestsPassed = 0;
    int requestsFailed = 0;
    for (const QString& file : files) {
        const TestFileResult r = runner.runFile(file);
        requestsPassed += r.passed;
        requestsFailed += r.failed;
        (r.failed ? failed : passed) += 1;
        for (const QString& line : r.failures)
            ctx.out << line << '\n';
    }
    ctx.out << QCoreApplication::translate("traceo::cli::policy", "requests: %1 passed, %2 failed")
                   .arg(requestsPassed)
                   .arg(requestsFailed)
            << '\n';
    ctx.out << QCoreApplication::translate("traceo::cli::policy", "%1 passed, %2 failed").arg(passed).arg(failed)
            << Qt::endl;
    return failed ? ExitFailure : ExitOk;
}

int check(Context& ctx)
{
    const QString path = ctx.positional(0, QStringLiteral("FILE.cedar"));
    const QByteArray text = readFile(path);
    const ParseResult result = parsePolicies(view(text));
    for (const Diagnostic& d : result.diagnostics)
        ctx.err << QStringLiteral("%1:%2:%3: %4").arg(path).arg(d.pos.line).arg(d.pos.column).arg(d.message) << '\n';
    ctx.out << QCoreApplication::translate("traceo::cli::policy", "%1: %2 policies, %3 errors")
                   .arg(path)
                   .arg(result.policies.size())
                   .arg(result.diagnostics.size())
            << Qt::endl;
    return result.ok() ? ExitOk : ExitFailure;
}

Json jsonText(std::string text)
{
    Json j;
    j.type = Json::Type::String;
    j.s = std::move(text);
    return j;
}

int authorizeCommand(Context& ctx)
{
    const QString setName = ctx.parser.value(QStringLiteral("set"));
    const bool record = ctx.parser.isSet(QStringLiteral("record"));
    if (record && setName.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "traceo::cli::policy", "--record needs --set NAME: decisions are recorded against a stored policy set"));
    if (!setName.isEmpty() && ctx.parser.isSet(QStringLiteral("policies")))
        throw UsageError(
            QCoreApplication::translate("traceo::cli::policy", "Give either --policies or --set, not both"));
    std::shared_ptr<Database> db;
    std::optional<PolicyVersion> stored;
    QString policySource;
    QByteArray policyText;
    if (!setName.isEmpty()) {
        db = ctx.database(record ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
        stored = PolicyRepository(db).requireVersion(setName, versionOption(ctx, "version"));
        policyText = stored->content.toUtf8();
        policySource = QStringLiteral("%1@%2").arg(setName).arg(stored->version);
    } else {
        policySource = requiredOption(ctx, "policies");
        policyText = readFile(policySource);
    }
    const QString entitiesPath = requiredOption(ctx, "entities");
    const QString requestPath = requiredOption(ctx, "request");
    const PolicySet policies(parsePolicyText(view(policyText), policySource));
    DecisionInput input;
    if (const QString schemaPath = ctx.parser.value(QStringLiteral("schema")); !schemaPath.isEmpty())
        input.loadSchema(view(readFile(schemaPath)), schemaPath);
    input.loadEntities(view(readFile(entitiesPath)), entitiesPath);
    const Request request = input.parseRequest(view(readFile(requestPath)), requestPath);
    const Response response = policies.authorize(request, input.entities());

    Json out;
    out.type = Json::Type::Object;
    Json reason;
    reason.type = Json::Type::Array;
    for (const std::string& id : response.reason)
        reason.items.push_back(jsonText(id));
    Json errors;
    errors.type = Json::Type::Array;
    for (const PolicyError& e : response.errors) {
        Json item;
        item.type = Json::Type::Object;
        item.members = { { "policy", jsonText(e.policyId) }, { "message", jsonText(e.message) } };
        errors.items.push_back(item);
    }
    out.members
        = { { "decision", jsonText(response.allow ? "allow" : "deny") }, { "reason", reason }, { "errors", errors } };
    if (stored) {
        Json version;
        version.type = Json::Type::Int;
        version.i = stored->version;
        out.members.emplace_back("policy_set", jsonText(setName.toStdString()));
        out.members.emplace_back("version", version);
    }
    if (record) {
        const AuditRecord r
            = AuditLog(db).append(auditEntry(request, response, stored->policySet, stored->contentHash));
        Json seq;
        seq.type = Json::Type::Int;
        seq.i = r.seq;
        out.members.emplace_back("audit_seq", seq);
        out.members.emplace_back("audit_hash", jsonText(r.hash.toStdString()));
    }
    ctx.out << QString::fromStdString(out.dump()) << Qt::endl;
    return ExitOk;
}

} // namespace

std::vector<Command> policyCommands()
{
    std::vector<Command> list {
        { QStringLiteral("policy"), QStringLiteral("run-tests"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Run Cedar integration tests: traceo policy run-tests TEST.json|DIR…"),
            false,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("data"),
                    QCoreApplication::translate("traceo::cli::policy",
                        "The folder that paths inside the tests are relative to (default: found from the test file)."),
                    QCoreApplication::translate("traceo::cli::policy", "DIR") });
            },
            runTests },
        { QStringLiteral("policy"), QStringLiteral("check"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Check a Cedar policy file: prints file:line:column: message for each problem."),
            false, {}, check },
        { QStringLiteral("policy"), QStringLiteral("authorize"),
            QCoreApplication::translate(
                "traceo::cli::policy", "Decide one request: prints {decision, reason, errors} as JSON."),
            false,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("policies"),
                    QCoreApplication::translate("traceo::cli::policy", "The Cedar policy file."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                p.addOption({ QStringLiteral("entities"),
                    QCoreApplication::translate("traceo::cli::policy", "The entities JSON file."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                p.addOption({ QStringLiteral("request"),
                    QCoreApplication::translate(
                        "traceo::cli::policy", "The request JSON file: {principal, action, resource, context}."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                p.addOption({ QStringLiteral("schema"),
                    QCoreApplication::translate("traceo::cli::policy", "A .cedarschema file that types the data."),
                    QCoreApplication::translate("traceo::cli::policy", "FILE") });
                addSetOption(p, true);
                p.addOption({ QStringLiteral("record"),
                    QCoreApplication::translate(
                        "traceo::cli::policy", "Append the decision to the audit log (needs --set).") });
            },
            authorizeCommand },
    };
    for (auto&& part : { policyVersionCommands(), policyAuditCommands() })
        list.insert(list.end(), part.begin(), part.end());
    return list;
}

} // namespace traceo::cli
