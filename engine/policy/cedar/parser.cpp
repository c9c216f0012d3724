#include "parser.h"

#include "parserimpl.h"

namespace traceo::cedar {

namespace detail {

ParseResult Parser::policies()
{
    ParseResult result;
    int index = 0;
    while (cur().kind != Tok::End) {
        const size_t startTok = m_i;
        try {
            Policy p = policy();
            p.id = "policy" + std::to_string(index);
            result.policies.push_back(std::move(p));
        } catch (const ParseFail&) {
            result.diagnostics.push_back(m_error);
            // Resume after the next `;` (or stop at the end).
            if (m_i == startTok && cur().kind != Tok::End)
                ++m_i;
            while (cur().kind != Tok::End && cur().kind != Tok::Semi)
                ++m_i;
            if (cur().kind == Tok::Semi)
                ++m_i;
        }
        ++index;
    }
    return result;
}

bool Parser::expression(Expr& out, Diagnostic& error)
{
    try {
        out = expr();
        if (cur().kind != Tok::End)
            fail(QCoreApplication::translate("traceo::cedar", "unexpected %1 after the expression")
                     .arg(describe(cur())));
        return true;
    } catch (const ParseFail&) {
        error = m_error;
        return false;
    }
}

QString Parser::describe(const Token& t) const
{
    switch (t.kind) {
    case Tok::End:
        return QCoreApplication::translate("traceo::cedar", "the end of the text");
    case Tok::String:
        return QCoreApplication::translate("traceo::cedar", "the string %1").arg(qs(text(t)));
    case Tok::Int:
        return QCoreApplication::translate("traceo::cedar", "the number %1").arg(qs(text(t)));
    case Tok::Error:
        if (text(t).starts_with('"'))
            return QCoreApplication::translate("traceo::cedar", "a string without its closing quote");
        return QCoreApplication::translate("traceo::cedar", "the unexpected character `%1`").arg(qs(text(t)));
    default:
        return QStringLiteral("`%1`").arg(qs(text(t)));
    }
}

std::string Parser::stringLiteral()
{
    if (cur().kind != Tok::String)
        expected(QCoreApplication::translate("traceo::cedar", "a string in double quotes"));
    std::string out;
    std::string error;
    if (!unescapeString(text(cur()), out, error))
        fail(qs(error));
    ++m_i;
    return out;
}

std::string Parser::identifier(const QString& what)
{
    if (cur().kind != Tok::Ident)
        expected(what);
    std::string word(text(cur()));
    ++m_i;
    return word;
}

std::string Parser::path(const QString& what)
{
    if (cur().kind == Tok::Ident && isReservedWord(text(cur())))
        fail(QCoreApplication::translate("traceo::cedar", "`%1` is a reserved word and cannot name a type")
                 .arg(qs(text(cur()))));
    std::string p = identifier(what);
    while (cur().kind == Tok::ColonColon && peekTok().kind == Tok::Ident) {
        m_i += 2;
        if (isReservedWord(text(m_toks[m_i - 1])))
            failAt(m_toks[m_i - 1],
                QCoreApplication::translate("traceo::cedar", "`%1` is a reserved word and cannot name a type")
                    .arg(qs(text(m_toks[m_i - 1]))));
        p += "::";
        p += text(m_toks[m_i - 1]);
    }
    return p;
}

EntityUid Parser::entityRef()
{
    const std::string type = path(QCoreApplication::translate("traceo::cedar", "an entity such as User::\"alice\""));
    if (cur().kind != Tok::ColonColon)
        expected(QCoreApplication::translate("traceo::cedar", "`::` and a quoted id after the entity type"));
    ++m_i;
    return EntityUid(type, stringLiteral());
}

Policy Parser::policy()
{
    Policy p;
    p.start = cur().pos;
    std::set<std::string> seen;
    while (cur().kind == Tok::At) {
        ++m_i;
        const Token nameTok = cur();
        std::string key = identifier(QCoreApplication::translate("traceo::cedar", "an annotation name after `@`"));
        std::string value;
        if (accept(Tok::LParen)) {
            value = stringLiteral();
            expect(Tok::RParen, ")");
        }
        if (!seen.insert(key).second)
            failAt(nameTok, QCoreApplication::translate("traceo::cedar", "duplicate annotation @%1").arg(qs(key)));
        p.annotations.emplace_back(std::move(key), std::move(value));
    }
    if (atWord("permit"))
        p.permit = true;
    else if (atWord("forbid"))
        p.permit = false;
    else
        expected(QCoreApplication::translate("traceo::cedar", "`permit` or `forbid`"));
    ++m_i;
    expect(Tok::LParen, "(");
    p.principal = scope("principal", true);
    expect(Tok::Comma, ",");
    p.action = actionScope();
    expect(Tok::Comma, ",");
    p.resource = scope("resource", true);
    if (cur().kind != Tok::RParen)
        expected(QCoreApplication::translate("traceo::cedar", "`)` after the resource"));
    ++m_i;
    while (atWord("when") || atWord("unless")) {
        Condition c;
        c.when = atWord("when");
        ++m_i;
        expect(Tok::LBrace, "{");
        if (cur().kind == Tok::RBrace)
            fail(QCoreApplication::translate("traceo::cedar", "a condition needs an expression between `{` and `}`"));
        c.expr = expr();
        if (cur().kind != Tok::RBrace)
            expected(QCoreApplication::translate("traceo::cedar", "`}` to close the condition"));
        ++m_i;
        p.conditions.push_back(std::move(c));
    }
    if (cur().kind != Tok::Semi)
        expected(QCoreApplication::translate("traceo::cedar", "`when`, `unless` or `;` to end the policy"));
    p.endOffset = cur().pos.offset + 1;
    ++m_i;
    return p;
}

void Parser::scopeEntity(Scope& s, const char* var)
{
    if (cur().kind == Tok::Slot) {
        if (text(cur()).substr(1) != var)
            fail(QCoreApplication::translate("traceo::cedar", "the slot %1 cannot be used in the %2 scope")
                     .arg(qs(text(cur())), QLatin1String(var)));
        s.slot = true;
        ++m_i;
        return;
    }
    s.uid = entityRef();
}

Scope Parser::scope(const char* var, bool allowIs)
{
    Scope s;
    if (!atWord(var))
        expected(QStringLiteral("`%1`").arg(QLatin1String(var)));
    ++m_i;
    if (accept(Tok::Eq)) {
        s.kind = Scope::Kind::Eq;
        scopeEntity(s, var);
    } else if (atWord("is") && allowIs) {
        ++m_i;
        s.kind = Scope::Kind::Is;
        s.type = path(QCoreApplication::translate("traceo::cedar", "an entity type after `is`"));
        s.typeRef = EntityUid::internType(s.type);
        if (atWord("in")) {
            ++m_i;
            s.kind = Scope::Kind::IsIn;
            scopeEntity(s, var);
        }
    } else if (atWord("in")) {
        ++m_i;
        s.kind = Scope::Kind::In;
        scopeEntity(s, var);
    } else if (cur().kind != Tok::Comma && cur().kind != Tok::RParen) {
        expected(QCoreApplication::translate("traceo::cedar", "`==`, `in`, `is`, `,` or `)` after `%1`")
                     .arg(QLatin1String(var)));
    }
    return s;
}

EntityUid Parser::actionRef()
{
    const Token start = cur();
    EntityUid uid = entityRef();
    if (uid.type() != "Action" && !uid.type().ends_with("::Action"))
        failAt(start,
            QCoreApplication::translate(
                "traceo::cedar", "the action scope needs actions, such as Action::\"view\"; `%1` is not an action type")
                .arg(qs(uid.type())));
    return uid;
}

Scope Parser::actionScope()
{
    Scope s;
    if (!atWord("action"))
        expected(QStringLiteral("`action`"));
    ++m_i;
    if (accept(Tok::Eq)) {
        s.kind = Scope::Kind::Eq;
        s.uid = actionRef();
    } else if (atWord("in")) {
        ++m_i;
        if (accept(Tok::LBracket)) {
            s.kind = Scope::Kind::InSet;
            while (cur().kind != Tok::RBracket) {
                s.set.push_back(actionRef());
                if (!accept(Tok::Comma))
                    break;
            }
            if (cur().kind != Tok::RBracket)
                expected(QCoreApplication::translate("traceo::cedar", "`,` or `]` in the list of actions"));
            ++m_i;
        } else {
            s.kind = Scope::Kind::In;
            s.uid = actionRef();
        }
    } else if (atWord("is")) {
        fail(QCoreApplication::translate("traceo::cedar", "`is` cannot be used in the action scope"));
    } else if (cur().kind != Tok::Comma) {
        expected(QCoreApplication::translate("traceo::cedar", "`==`, `in` or `,` after `action`"));
    }
    return s;
}

Expr Parser::expr()
{
    DepthGuard guard(*this);
    if (atWord("if")) {
        const SourcePos pos = cur().pos;
        ++m_i;
        Expr c = expr();
        if (!atWord("then"))
            expected(QStringLiteral("`then`"));
        ++m_i;
        Expr t = expr();
        if (!atWord("else"))
            expected(QStringLiteral("`else`"));
        ++m_i;
        Expr e = expr();
        return node(Op::If, pos, { std::move(c), std::move(t), std::move(e) });
    }
    Expr lhs = andExpr();
    while (cur().kind == Tok::OrOr) {
        const SourcePos pos = cur().pos;
        ++m_i;
        Expr rhs = andExpr();
        lhs = node(Op::Or, pos, { std::move(lhs), std::move(rhs) });
    }
    return lhs;
}

Expr Parser::andExpr()
{
    Expr lhs = relation();
    while (cur().kind == Tok::AndAnd) {
        const SourcePos pos = cur().pos;
        ++m_i;
        Expr rhs = relation();
        lhs = node(Op::And, pos, { std::move(lhs), std::move(rhs) });
    }
    return lhs;
}

} // namespace detail

ParseResult parsePolicies(std::string_view text)
{
    return detail::Parser(text).policies();
}

bool parseExpression(std::string_view text, Expr& out, Diagnostic& error)
{
    return detail::Parser(text).expression(out, error);
}

} // namespace traceo::cedar
