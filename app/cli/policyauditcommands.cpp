// traceo policy audit verify|export|list and traceo policy report: the decision audit log.

#include "core/error.h"
#include "policy/policyaudit.h"
#include "policy/policyreport.h"
#include "policycli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace traceo::cli {

namespace {

using namespace policycli;

int verify(Context& ctx)
{
    const AuditVerification v
        = AuditLog(ctx.database(Database::Mode::ReadOnly)).verify(ctx.parser.value(QStringLiteral("anchor")));
    if (ctx.format != Format::Table) {
        Output o;
        o.columns = { QStringLiteral("ok"), QStringLiteral("records"), QStringLiteral("bad_seq"),
            QStringLiteral("problem"), QStringLiteral("head_hash") };
        o.rows.append({ v.ok, v.records, v.ok ? QVariant() : QVariant(v.badSeq), v.problem, v.headHash });
        o.json = o.toJson().toArray().first();
        ctx.print(o);
    } else if (v.ok) {
        ctx.out << QCoreApplication::translate(
            "traceo::cli::policy", "audit log intact: %n record(s), head hash %1", nullptr, int(v.records))
                       .arg(v.headHash)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("traceo::cli::policy", "audit log TAMPERED at record %1: %2")
                       .arg(v.badSeq)
                       .arg(v.problem)
                << Qt::endl;
    }
    return v.ok ? ExitOk : ExitFailure;
}

QString ids(const QStringList& list)
{
    return list.join(u' ');
}

int list(Context& ctx, bool full)
{
    AuditQuery query;
    query.policySet = ctx.parser.value(QStringLiteral("set"));
    if (const QString limit = ctx.parser.value(QStringLiteral("limit")); !limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toLongLong(&ok);
        if (!ok || query.limit <= 0)
            throw UsageError(
                QCoreApplication::translate("traceo::cli::policy", "--limit expects a positive number, not “%1”")
                    .arg(limit));
    }
    const QList<AuditRecord> records = AuditLog(ctx.database(Database::Mode::ReadOnly)).records(query);
    Output o;
    o.columns = { QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("set"), QStringLiteral("principal"),
        QStringLiteral("action"), QStringLiteral("resource"), QStringLiteral("decision"), QStringLiteral("determining"),
        QStringLiteral("erroring") };
    if (full)
        o.columns << QStringLiteral("context") << QStringLiteral("policy_hash") << QStringLiteral("prev_hash")
                  << QStringLiteral("hash");
    QJsonArray json;
    for (const AuditRecord& r : records) {
        const QString time = r.time.toString(Qt::ISODateWithMs);
        const QString decision = r.allow ? QStringLiteral("allow") : QStringLiteral("deny");
        QVariantList row { r.seq, time, r.policySet, r.principal, r.action, r.resource, decision, ids(r.determining),
            ids(r.erroring) };
        if (full)
            row << r.context << r.policyHash << r.prevHash << r.hash;
        o.rows.append(row);
        QJsonObject object { { QStringLiteral("seq"), r.seq }, { QStringLiteral("time"), time },
            { QStringLiteral("set"), r.policySet }, { QStringLiteral("principal"), r.principal },
            { QStringLiteral("action"), r.action }, { QStringLiteral("resource"), r.resource },
            { QStringLiteral("decision"), decision },
            { QStringLiteral("determining"), QJsonArray::fromStringList(r.determining) },
            { QStringLiteral("erroring"), QJsonArray::fromStringList(r.erroring) } };
        if (full) {
            object.insert(QStringLiteral("context"), QJsonDocument::fromJson(r.context.toUtf8()).object());
            object.insert(QStringLiteral("policy_hash"), r.policyHash);
            object.insert(QStringLiteral("prev_hash"), r.prevHash);
            object.insert(QStringLiteral("hash"), r.hash);
        }
        json.append(object);
    }
    o.json = json;
    ctx.print(o);
    return ExitOk;
}

int audit(Context& ctx)
{
    const QString action = ctx.positional(0, QStringLiteral("verify|export|list"));
    if (action == u"verify")
        return verify(ctx);
    if (action == u"list")
        return list(ctx, false);
    if (action == u"export") {
        // An export is for machines: JSON unless a format is asked for.
        if (!ctx.parser.isSet(QStringLiteral("format")))
            ctx.format = Format::Json;
        return list(ctx, true);
    }
    throw UsageError(
        QCoreApplication::translate("traceo::cli::policy", "Unknown audit action “%1”: use verify, export or list")
            .arg(action));
}

int report(Context& ctx)
{
    const PolicyReport r = policyReport(
        ctx.database(Database::Mode::ReadOnly), requiredOption(ctx, "set"), versionOption(ctx, "version"));
    Output o;
    o.columns = { QStringLiteral("policy"), QStringLiteral("name"), QStringLiteral("effect"), QStringLiteral("line"),
        QStringLiteral("determining"), QStringLiteral("erroring"), QStringLiteral("never_matched"),
        QStringLiteral("shadowed_by"), QStringLiteral("duplicate_of") };
    QJsonArray policies;
    for (const PolicyReportRow& p : r.policies) {
        const QString effect = p.permit ? QStringLiteral("permit") : QStringLiteral("forbid");
        o.rows.append({ p.id, p.name, effect, p.line, p.determining, p.erroring, p.neverMatched(),
            p.shadowedBy.join(u' '), p.duplicateOf.join(u' ') });
        policies.append(QJsonObject { { QStringLiteral("policy"), p.id }, { QStringLiteral("name"), p.name },
            { QStringLiteral("effect"), effect }, { QStringLiteral("line"), p.line },
            { QStringLiteral("determining"), p.determining }, { QStringLiteral("erroring"), p.erroring },
            { QStringLiteral("never_matched"), p.neverMatched() },
            { QStringLiteral("shadowed_by"), QJsonArray::fromStringList(p.shadowedBy) },
            { QStringLiteral("duplicate_of"), QJsonArray::fromStringList(p.duplicateOf) } });
    }
    o.json = QJsonObject { { QStringLiteral("set"), r.policySet }, { QStringLiteral("version"), r.version },
        { QStringLiteral("sha256"), r.contentHash }, { QStringLiteral("decisions"), r.decisions },
        { QStringLiteral("allowed"), r.allowed }, { QStringLiteral("policies"), policies } };
    if (ctx.format == Format::Table)
        ctx.out << QCoreApplication::translate(
            "traceo::cli::policy", "%1 version %2 (sha256 %3): %4 decisions, %5 allowed")
                       .arg(r.policySet)
                       .arg(r.version)
                       .arg(r.contentHash.left(12))
                       .arg(r.decisions)
                       .arg(r.allowed)
                << Qt::endl;
    ctx.print(o);
    return ExitOk;
}

} // namespace

std::vector<Command> policyAuditCommands()
{
    return {
        { QStringLiteral("policy"), QStringLiteral("audit"),
            QCoreApplication::translate("traceo::cli::policy",
                "The decision audit log: traceo policy audit verify|export|list (verify exits 1 and names the first "
                "bad record when the log was tampered with)."),
            true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("set"),
                    QCoreApplication::translate(
                        "traceo::cli::policy", "list, export: only decisions against this policy set."),
                    QCoreApplication::translate("traceo::cli::policy", "NAME") });
                p.addOption({ QStringLiteral("anchor"),
                    QCoreApplication::translate("traceo::cli::policy",
                        "verify: a head hash noted earlier; the log must still contain that record."),
                    QCoreApplication::translate("traceo::cli::policy", "HASH") });
                p.addOption({ QStringLiteral("limit"),
                    QCoreApplication::translate("traceo::cli::policy", "list, export: only the newest N records."),
                    QCoreApplication::translate("traceo::cli::policy", "N") });
            },
            audit },
        { QStringLiteral("policy"), QStringLiteral("report"),
            QCoreApplication::translate("traceo::cli::policy",
                "Per policy of a stored version: how often it was determining or erroring in the audit log, never "
                "matched, shadowed by a forbid, or a duplicate."),
            true, [](QCommandLineParser& p) { addSetOption(p, true); }, report },
    };
}

} // namespace traceo::cli
