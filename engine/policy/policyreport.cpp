#include "policyreport.h"

#include "policytext.h"

#include <QHash>
#include <algorithm>

namespace traceo {

namespace {

using cedar::Scope;
using Kind = cedar::Scope::Kind;

bool unconditional(const cedar::Policy& p)
{
    return std::all_of(p.conditions.begin(), p.conditions.end(), [](const cedar::Condition& c) {
        return c.expr.op == cedar::Op::Lit && c.expr.lit.isBool() && c.expr.lit.boolean() == c.when;
    });
}

// Principal and resource scopes: does `f` hold whenever `p` holds?
bool entityScopeCovers(const Scope& f, const Scope& p)
{
    if (f.kind == Kind::Any)
        return true;
    if (f.slot || p.slot)
        return false;
    switch (f.kind) {
    case Kind::Eq:
        return p.kind == Kind::Eq && p.uid == f.uid;
    case Kind::In:
        return ((p.kind == Kind::Eq || p.kind == Kind::In || p.kind == Kind::IsIn) && p.uid == f.uid);
    case Kind::Is:
        return ((p.kind == Kind::Is || p.kind == Kind::IsIn) && p.type == f.type)
            || (p.kind == Kind::Eq && p.uid.type() == f.type);
    case Kind::IsIn:
        return (p.kind == Kind::IsIn && p.type == f.type && p.uid == f.uid)
            || (p.kind == Kind::Eq && p.uid == f.uid && p.uid.type() == f.type);
    default:
        return false;
    }
}

// The action uids a scope is limited to (each request's action is one of them or in one of them).
std::vector<cedar::EntityUid> actionTargets(const Scope& s)
{
    return s.kind == Kind::InSet ? s.set : std::vector<cedar::EntityUid> { s.uid };
}

bool actionScopeCovers(const Scope& f, const Scope& p)
{
    if (f.kind == Kind::Any)
        return true;
    if (p.kind == Kind::Any)
        return false;
    // `action == A` holds for A alone; `in` also for the actions in A, which only an `in` covers.
    if (f.kind == Kind::Eq)
        return p.kind == Kind::Eq && p.uid == f.uid;
    const std::vector<cedar::EntityUid> covered = actionTargets(f);
    const std::vector<cedar::EntityUid> wanted = actionTargets(p);
    return !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](const cedar::EntityUid& a) {
        return std::find(covered.begin(), covered.end(), a) != covered.end();
    });
}

} // namespace

bool forbidShadows(const cedar::Policy& forbid, const cedar::Policy& permit)
{
    if (forbid.permit || !permit.permit || forbid.isTemplate() || permit.isTemplate() || !unconditional(forbid))
        return false;
    return entityScopeCovers(forbid.principal, permit.principal) && actionScopeCovers(forbid.action, permit.action)
        && entityScopeCovers(forbid.resource, permit.resource);
}

PolicyReport buildPolicyReport(const PolicyVersion& version, const QList<AuditRecord>& history)
{
    PolicyReport report;
    report.policySet = version.policySet;
    report.version = version.version;
    report.contentHash = version.contentHash;
    const QByteArray utf8 = version.content.toUtf8();
    const std::string_view text(utf8.constData(), size_t(utf8.size()));
    const std::vector<cedar::Policy> policies = parsePolicyText(text, version.policySet);

    QHash<QString, qsizetype> rowOf;
    QHash<QString, QString> firstWithText;
    for (const cedar::Policy& p : policies) {
        PolicyReportRow row;
        row.id = QString::fromStdString(p.id);
        row.name = policyDisplayName(p);
        row.permit = p.permit;
        row.line = p.start.line;
        const QString normalized = normalizedPolicyText(text, p);
        if (const auto it = firstWithText.constFind(normalized); it != firstWithText.cend())
            row.duplicateOf << *it;
        else
            firstWithText.insert(normalized, row.name);
        for (const cedar::Policy& f : policies)
            if (forbidShadows(f, p))
                row.shadowedBy << policyDisplayName(f);
        rowOf.insert(row.id, report.policies.size());
        report.policies.append(row);
    }
    for (const AuditRecord& r : history) {
        if (r.policyHash != version.contentHash)
            continue;
        ++report.decisions;
        report.allowed += r.allow;
        for (const QString& id : r.determining)
            if (const auto it = rowOf.constFind(id); it != rowOf.cend())
                ++report.policies[*it].determining;
        for (const QString& id : r.erroring)
            if (const auto it = rowOf.constFind(id); it != rowOf.cend())
                ++report.policies[*it].erroring;
    }
    return report;
}

PolicyReport policyReport(const std::shared_ptr<Database>& db, const QString& policySet, int version)
{
    const PolicyVersion v = PolicyRepository(db).requireVersion(policySet, version);
    AuditQuery query;
    query.policyHash = v.contentHash;
    return buildPolicyReport(v, AuditLog(db).records(query));
}

} // namespace traceo
