#pragma once

// Internal to the parser: the recursive-descent Parser shared by parser.cpp and parserexpr.cpp.

#include "parser.h"

#include <QCoreApplication>
#include <limits>
#include <set>

namespace traceo::cedar::detail {

struct ParseFail
{
};

struct FnInfo
{
    const char* name;
    Fn fn;
    bool method;
    int args; ///< arguments besides the receiver
};

inline const FnInfo kFunctions[] = {
    { "ip", Fn::Ip, false, 1 },
    { "decimal", Fn::Decimal, false, 1 },
    { "datetime", Fn::Datetime, false, 1 },
    { "duration", Fn::Duration, false, 1 },
    { "contains", Fn::Contains, true, 1 },
    { "containsAll", Fn::ContainsAll, true, 1 },
    { "containsAny", Fn::ContainsAny, true, 1 },
    { "isEmpty", Fn::IsEmpty, true, 0 },
    { "hasTag", Fn::HasTag, true, 1 },
    { "getTag", Fn::GetTag, true, 1 },
    { "isIpv4", Fn::IsIpv4, true, 0 },
    { "isIpv6", Fn::IsIpv6, true, 0 },
    { "isLoopback", Fn::IsLoopback, true, 0 },
    { "isMulticast", Fn::IsMulticast, true, 0 },
    { "isInRange", Fn::IsInRange, true, 1 },
    { "lessThan", Fn::LessThan, true, 1 },
    { "lessThanOrEqual", Fn::LessThanOrEqual, true, 1 },
    { "greaterThan", Fn::GreaterThan, true, 1 },
    { "greaterThanOrEqual", Fn::GreaterThanOrEqual, true, 1 },
    { "offset", Fn::Offset, true, 1 },
    { "durationSince", Fn::DurationSince, true, 1 },
    { "toDate", Fn::ToDate, true, 0 },
    { "toTime", Fn::ToTime, true, 0 },
    { "toMilliseconds", Fn::ToMilliseconds, true, 0 },
    { "toSeconds", Fn::ToSeconds, true, 0 },
    { "toMinutes", Fn::ToMinutes, true, 0 },
    { "toHours", Fn::ToHours, true, 0 },
    { "toDays", Fn::ToDays, true, 0 },
};

inline const FnInfo* findFunction(std::string_view name, bool method)
{
    for (const FnInfo& f : kFunctions)
        if (f.method == method && name == f.name)
            return &f;
    return nullptr;
}

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

constexpr int kMaxDepth = 200;

class Parser
{
public:
    explicit Parser(std::string_view text)
        : m_src(text)
        , m_toks(tokenize(text))
    { }

    ParseResult policies();

    bool expression(Expr& out, Diagnostic& error);

private:
    const Token& cur() const { return m_toks[m_i]; }
    const Token& peekTok(size_t ahead = 1) const { return m_toks[std::min(m_i + ahead, m_toks.size() - 1)]; }
    std::string_view text(const Token& t) const { return t.text(m_src); }
    bool isWord(const Token& t, std::string_view w) const { return t.kind == Tok::Ident && text(t) == w; }
    bool atWord(std::string_view w) const { return isWord(cur(), w); }

    QString describe(const Token& t) const;

    [[noreturn]] void failAt(const Token& t, const QString& message)
    {
        m_error = { t.pos, t.length, message };
        throw ParseFail();
    }
    [[noreturn]] void fail(const QString& message) { failAt(cur(), message); }
    [[noreturn]] void expected(const QString& what)
    {
        if (cur().kind == Tok::Error && text(cur()).starts_with('"'))
            fail(QCoreApplication::translate("traceo::cedar", "this string has no closing quote"));
        fail(QCoreApplication::translate("traceo::cedar", "expected %1, found %2").arg(what, describe(cur())));
    }

    void expect(Tok kind, const char* symbol)
    {
        if (cur().kind != kind)
            expected(QStringLiteral("`%1`").arg(QLatin1String(symbol)));
        ++m_i;
    }
    bool accept(Tok kind)
    {
        if (cur().kind != kind)
            return false;
        ++m_i;
        return true;
    }

    std::string stringLiteral();

    std::string identifier(const QString& what);

    // Path ::= IDENT {'::' IDENT}; stops before `::` followed by a string.
    std::string path(const QString& what);

    EntityUid entityRef();

    Policy policy();

    // The entity after `==` or `in` in a principal/resource scope: an entity or the matching slot.
    void scopeEntity(Scope& s, const char* var);

    Scope scope(const char* var, bool allowIs);

    Scope actionScope();
    EntityUid actionRef();

    struct DepthGuard
    {
        Parser& p;
        explicit DepthGuard(Parser& parser)
            : p(parser)
        {
            if (++p.m_depth > kMaxDepth)
                p.fail(QCoreApplication::translate("traceo::cedar", "expression nested too deeply"));
        }
        ~DepthGuard() { --p.m_depth; }
    };

    static Expr node(Op op, SourcePos pos, std::vector<Expr> kids = {})
    {
        Expr e;
        e.op = op;
        e.pos = pos;
        e.kids = std::move(kids);
        return e;
    }

    Expr expr();

    Expr andExpr();

    Expr relation();
    Expr addExpr();
    Expr mulExpr();
    Expr unary();
    Expr member();
    Expr memberTail(Expr e);
    Expr primary();
    std::vector<Expr> arguments(Tok close, const char* symbol);
    Expr call(const std::string& name, const Token& nameTok, std::vector<Expr> args, bool method);

    std::string_view m_src;
    std::vector<Token> m_toks;
    size_t m_i = 0;
    int m_depth = 0;
    Diagnostic m_error;
};

} // namespace traceo::cedar::detail
