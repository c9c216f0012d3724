#include "policychecks.h"

#include "core/error.h"
#include "policy/cedar/authorizer.h"
#include "policy/cedar/entities.h"
#include "policy/cedar/parser.h"
#include "policy/decisioninput.h"
#include "policy/policytext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <set>

namespace traceo::policychecks {

namespace {

using namespace traceo::cedar;

struct PolicyChecks
{
    Q_DECLARE_TR_FUNCTIONS(PolicyChecks)
};

/// More problems than this are not worth listing: the first ones are what the author fixes first.
constexpr size_t MaxDiagnostics = 500;

/// A text's UTF-8 form with the engine's view of it and the way back to UTF-16 positions.
struct Utf8Text
{
    explicit Utf8Text(const QString& text)
        : qt(text)
        , bytes(text.toUtf8())
        , view(bytes.constData(), size_t(bytes.size()))
        , offsets(view)
    { }
    TextRange range(size_t begin, size_t end) const
    {
        const qsizetype start = offsets.at(begin);
        return { start, offsets.at(end) - start };
    }
    TextDiagnostic diagnostic(size_t begin, size_t end, const QString& message) const
    {
        TextDiagnostic d { range(begin, end), 1, 1, message };
        lineAndColumn(qt, d.range.start, d.line, d.column);
        return d;
    }

    const QString& qt;
    QByteArray bytes;
    std::string_view view;
    Utf16Offsets offsets;
};

/// The byte ranges of the items of a top-level JSON array (strings and nesting skipped), so that a
/// problem in entity #N can be shown at that entity.
std::vector<std::pair<size_t, size_t>> topLevelItems(std::string_view json)
{
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    std::vector<std::pair<size_t, size_t>> items;
    const auto close = [&](size_t start, size_t end) {
        while (end > start && space(json[end - 1]))
            --end;
        items.emplace_back(start, end);
    };
    int depth = 0;
    bool inString = false;
    size_t itemStart = std::string_view::npos;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (depth == 1 && itemStart == std::string_view::npos && !space(c) && c != ',' && c != ']')
            itemStart = i;
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth > 0)
                continue;
            if (itemStart != std::string_view::npos)
                close(itemStart, i);
            break;
        } else if (c == ',' && depth == 1 && itemStart != std::string_view::npos) {
            close(itemStart, i);
            itemStart = std::string_view::npos;
        }
    }
    return items;
}

/// Reads "line L, column C: message" (the engine's JSON errors; C counts bytes) into a diagnostic.
TextDiagnostic jsonDiagnostic(const Utf8Text& text, const QString& error)
{
    static const QRegularExpression position(QStringLiteral("^line (\\d+), column (\\d+): (.*)$"));
    const QRegularExpressionMatch m = position.match(error);
    if (!m.hasMatch())
        return text.diagnostic(0, 0, error);
    size_t offset = 0;
    for (int line = 1; line < m.captured(1).toInt() && offset < text.view.size(); ++line) {
        const size_t newline = text.view.find('\n', offset);
        offset = newline == std::string_view::npos ? text.view.size() : newline + 1;
    }
    offset = std::min(text.view.size(), offset + size_t(std::max(0, m.captured(2).toInt() - 1)));
    return text.diagnostic(offset, std::min(text.view.size(), offset + 1), m.captured(3));
}

bool readUid(const QString& text, const QString& field, EntityUid& out, QString& problem)
{
    const QByteArray bytes = text.trimmed().toUtf8();
    Expr expr;
    Diagnostic error;
    if (bytes.isEmpty() || !parseExpression(std::string_view(bytes.constData(), size_t(bytes.size())), expr, error)
        || expr.op != Op::Lit || !expr.lit.isEntity()) {
        problem = PolicyChecks::tr("%1: expected an entity such as User::\"alice\", found “%2”").arg(field, text);
        return false;
    }
    out = expr.lit.entity();
    return true;
}

} // namespace

TextCheckResult checkPolicies(const QString& text)
{
    const Utf8Text t(text);
    const ParseResult parsed = parsePolicies(t.view);
    TextCheckResult r;
    for (const Diagnostic& d : parsed.diagnostics) {
        if (size_t(r.diagnostics.size()) == MaxDiagnostics)
            break;
        r.diagnostics.append(t.diagnostic(d.pos.offset, d.pos.offset + d.length, d.message));
    }
    std::set<QString> references;
    for (const Policy& p : parsed.policies) {
        r.names.append(policyDisplayName(p));
        r.ranges.append(t.range(p.start.offset, p.endOffset));
        for (const Scope* scope : { &p.principal, &p.action, &p.resource }) {
            if (scope->kind == Scope::Kind::Eq || scope->kind == Scope::Kind::In || scope->kind == Scope::Kind::IsIn)
                references.insert(entityUidText(scope->uid));
            for (const EntityUid& uid : scope->set)
                references.insert(entityUidText(uid));
        }
    }
    for (const QString& ref : references)
        r.references.append(ref);
    return r;
}

TextCheckResult checkEntities(const QString& text)
{
    TextCheckResult r;
    if (text.trimmed().isEmpty())
        return r;
    const Utf8Text t(text);
    Json json;
    std::string error;
    if (!Json::parse(t.view, json, error)) {
        r.diagnostics.append(jsonDiagnostic(t, QString::fromStdString(error)));
        return r;
    }
    const std::vector<std::pair<size_t, size_t>> items = topLevelItems(t.view);
    Entities entities;
    if (!entities.load(json, nullptr, error)) {
        static const QRegularExpression where(QStringLiteral("^entity #(\\d+): "));
        const QString message = QString::fromStdString(error);
        const size_t n = size_t(std::max(1, where.match(message).captured(1).toInt()));
        const auto [begin, end] = n <= items.size() ? items[n - 1] : std::pair<size_t, size_t>(0, 0);
        r.diagnostics.append(t.diagnostic(begin, end, message));
        return r;
    }
    for (size_t n = 0; n < json.items.size(); ++n) {
        EntityUid uid;
        const Json* uidJson = json.items[n].find("uid");
        if (!uidJson || !jsonToUid(*uidJson, uid, error))
            continue;
        r.names.append(entityUidText(uid));
        r.ranges.append(n < items.size() ? t.range(items[n].first, items[n].second) : TextRange {});
    }
    return r;
}

Decision decide(const Request& request)
{
    Decision out;
    const Utf8Text policies(request.policies);
    const ParseResult parsed = parsePolicies(policies.view);
    if (!parsed.ok()) {
        const Diagnostic& d = parsed.diagnostics.front();
        const TextDiagnostic first = policies.diagnostic(d.pos.offset, d.pos.offset, d.message);
        out.problem = PolicyChecks::tr("The policies have %n problem(s); the first, at line %1, column %2: %3", nullptr,
            int(parsed.diagnostics.size()))
                          .arg(first.line)
                          .arg(first.column)
                          .arg(first.message);
        return out;
    }
    cedar::Request req;
    if (!readUid(request.principal, PolicyChecks::tr("Principal"), req.principal, out.problem)
        || !readUid(request.action, PolicyChecks::tr("Action"), req.action, out.problem)
        || !readUid(request.resource, PolicyChecks::tr("Resource"), req.resource, out.problem))
        return out;
    Response response;
    try {
        DecisionInput input;
        const auto bytes = [](const QByteArray& b) { return std::string_view(b.constData(), size_t(b.size())); };
        if (!request.schema.isEmpty())
            input.loadSchema(bytes(request.schema.toUtf8()), PolicyChecks::tr("Schema"));
        if (!request.entities.trimmed().isEmpty())
            input.loadEntities(bytes(request.entities.toUtf8()), PolicyChecks::tr("Entities"));
        Json context;
        const QByteArray contextText = request.context.trimmed().toUtf8();
        std::string error;
        if (!contextText.isEmpty() && !Json::parse(bytes(contextText), context, error))
            throw Error(PolicyChecks::tr("Context: %1").arg(QString::fromStdString(error)));
        req = input.request(req.principal, req.action, req.resource, context, PolicyChecks::tr("Request"));
        response = authorize(parsed.policies, req, input.entities());
    } catch (const Error& e) {
        out.problem = e.message();
        return out;
    }
    out.decided = true;
    out.allow = response.allow;
    out.audit = auditEntry(req, response, QString(), QString());
    for (const std::string& id : response.reason) {
        for (const Policy& p : parsed.policies) {
            if (p.id != id)
                continue;
            out.determining.append(policyDisplayName(p));
            out.determiningRanges.append(policies.range(p.start.offset, p.endOffset));
        }
    }
    for (const PolicyError& e : response.errors) {
        QString name = QString::fromStdString(e.policyId);
        for (const Policy& p : parsed.policies)
            if (p.id == e.policyId)
                name = policyDisplayName(p);
        out.errors.append(
            PolicyChecks::tr("%1 (line %2): %3").arg(name).arg(e.pos.line).arg(QString::fromStdString(e.message)));
    }
    return out;
}

} // namespace traceo::policychecks
