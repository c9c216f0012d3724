#include "policytext.h"

#include "cedar/parser.h"
#include "cedar/value.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace traceo {

std::vector<cedar::Policy> parsePolicyText(std::string_view text, const QString& sourceName)
{
    cedar::ParseResult parsed = cedar::parsePolicies(text);
    if (parsed.ok())
        return std::move(parsed.policies);
    const cedar::Diagnostic& d = parsed.diagnostics.front();
    QString message = QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(d.pos.line).arg(d.pos.column).arg(d.message);
    const int more = int(parsed.diagnostics.size()) - 1;
    if (more > 0)
        message += u' ' + QCoreApplication::translate("traceo::policy", "(and %n more problem(s))", nullptr, more);
    throw Error(message);
}

QString policyDisplayName(const cedar::Policy& policy)
{
    for (const auto& [key, value] : policy.annotations)
        if (key == "id" && !value.empty())
            return QString::fromStdString(value);
    return QString::fromStdString(policy.id);
}

QString normalizedPolicyText(std::string_view text, const cedar::Policy& policy)
{
    const std::string_view slice = text.substr(policy.start.offset, policy.endOffset - policy.start.offset);
    const std::vector<cedar::Token> tokens = cedar::tokenize(slice);
    size_t i = 0;
    // Skip the annotations: @name or @name("value").
    while (i < tokens.size() && tokens[i].kind == cedar::Tok::At) {
        i += 2;
        if (i < tokens.size() && tokens[i].kind == cedar::Tok::LParen)
            i += 3;
    }
    QString out;
    for (; i < tokens.size() && tokens[i].kind != cedar::Tok::End; ++i) {
        if (!out.isEmpty())
            out += u' ';
        const std::string_view t = tokens[i].text(slice);
        out += QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    return out;
}

QString policyContentHash(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString entityUidText(const cedar::EntityUid& uid)
{
    return QString::fromStdString(cedar::Value(uid).toString());
}

} // namespace traceo
