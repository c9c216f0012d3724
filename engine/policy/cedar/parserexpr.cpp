// Cedar expressions: relations, arithmetic, unary operators, member access and primaries.

#include "extensions.h"
#include "parserimpl.h"

#include <charconv>

namespace traceo::cedar::detail {

namespace {

bool isRelOp(Tok k)
{
    return k == Tok::Eq || k == Tok::Ne || k == Tok::Lt || k == Tok::Le || k == Tok::Gt || k == Tok::Ge;
}

Op relOp(Tok k)
{
    switch (k) {
    case Tok::Eq:
        return Op::Eq;
    case Tok::Ne:
        return Op::Ne;
    case Tok::Lt:
        return Op::Lt;
    case Tok::Le:
        return Op::Le;
    case Tok::Gt:
        return Op::Gt;
    default:
        return Op::Ge;
    }
}

} // namespace

Expr Parser::relation()
{
    Expr lhs = addExpr();
    if (cur().kind == Tok::Assign)
        fail(QCoreApplication::translate("traceo::cedar", "`=` is not an operator: use `==` to compare"));
    const Token opTok = cur();
    if (isRelOp(opTok.kind) || atWord("in")) {
        ++m_i;
        Expr rhs = addExpr();
        lhs = node(
            opTok.kind == Tok::Ident ? Op::In : relOp(opTok.kind), opTok.pos, { std::move(lhs), std::move(rhs) });
    } else if (atWord("has")) {
        ++m_i;
        Expr e = node(Op::Has, opTok.pos, { std::move(lhs) });
        if (cur().kind == Tok::String) {
            e.path.push_back(stringLiteral());
        } else {
            if (atWord("true") || atWord("false"))
                fail(QCoreApplication::translate(
                    "traceo::cedar", "`%1` is not an attribute name; write it in quotes after `has`")
                         .arg(qs(text(cur()))));
            e.path.push_back(identifier(QCoreApplication::translate("traceo::cedar", "an attribute name after `has`")));
            while (cur().kind == Tok::Dot && peekTok().kind == Tok::Ident) {
                ++m_i;
                e.path.push_back(identifier(QString()));
            }
        }
        lhs = std::move(e);
    } else if (atWord("like")) {
        ++m_i;
        if (cur().kind != Tok::String)
            expected(QCoreApplication::translate("traceo::cedar", "a pattern in double quotes after `like`"));
        Expr e = node(Op::Like, opTok.pos, { std::move(lhs) });
        std::string error;
        if (!unescapeString(text(cur()), e.name, error, true, &e.wildcards))
            fail(qs(error));
        ++m_i;
        lhs = std::move(e);
    } else if (atWord("is")) {
        ++m_i;
        Expr e = node(Op::Is, opTok.pos, { std::move(lhs) });
        e.name = path(QCoreApplication::translate("traceo::cedar", "an entity type after `is`"));
        e.typeRef = EntityUid::internType(e.name);
        if (atWord("in")) {
            ++m_i;
            e.kids.push_back(addExpr());
        }
        lhs = std::move(e);
    } else {
        return lhs;
    }
    if (cur().kind == Tok::Assign)
        fail(QCoreApplication::translate("traceo::cedar", "`=` is not an operator: use `==` to compare"));
    if (isRelOp(cur().kind) || atWord("in") || atWord("has") || atWord("like") || atWord("is"))
        fail(QCoreApplication::translate("traceo::cedar", "comparisons cannot be chained: add parentheses around %1")
                 .arg(describe(opTok)));
    return lhs;
}

Expr Parser::addExpr()
{
    Expr lhs = mulExpr();
    while (cur().kind == Tok::Plus || cur().kind == Tok::Minus) {
        const Token opTok = cur();
        ++m_i;
        Expr rhs = mulExpr();
        lhs = node(opTok.kind == Tok::Plus ? Op::Add : Op::Sub, opTok.pos, { std::move(lhs), std::move(rhs) });
    }
    return lhs;
}

Expr Parser::mulExpr()
{
    Expr lhs = unary();
    if (cur().kind == Tok::Error && (text(cur()) == "/" || text(cur()) == "%"))
        fail(text(cur()) == "/"
                ? QCoreApplication::translate("traceo::cedar", "division is not supported in Cedar")
                : QCoreApplication::translate("traceo::cedar", "remainder (`%`) is not supported in Cedar"));
    while (cur().kind == Tok::Star) {
        const SourcePos pos = cur().pos;
        ++m_i;
        Expr rhs = unary();
        lhs = node(Op::Mul, pos, { std::move(lhs), std::move(rhs) });
    }
    return lhs;
}

Expr Parser::unary()
{
    DepthGuard guard(*this);
    std::vector<Token> ops;
    while (cur().kind == Tok::Bang || cur().kind == Tok::Minus) {
        if (!ops.empty() && ops.back().kind != cur().kind)
            fail(QCoreApplication::translate("traceo::cedar", "`!` and `-` cannot be mixed without parentheses"));
        if (ops.size() == 4)
            fail(QCoreApplication::translate("traceo::cedar", "too many `%1` in a row (at most 4)")
                     .arg(qs(text(cur()))));
        ops.push_back(m_toks[m_i++]);
    }
    Expr e;
    if (!ops.empty() && ops.back().kind == Tok::Minus && cur().kind == Tok::Int) {
        // A negative literal: folding the minus lets -9223372036854775808 be written.
        uint64_t v = 0;
        const std::string_view digits = text(cur());
        auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
        if (ec != std::errc() || v > uint64_t(1) << 63)
            fail(QCoreApplication::translate("traceo::cedar", "the number -%1 does not fit in a 64-bit integer")
                     .arg(qs(digits)));
        e = node(Op::Lit, ops.back().pos);
        e.lit = Value(v == uint64_t(1) << 63 ? std::numeric_limits<int64_t>::min() : -int64_t(v));
        ops.pop_back();
        ++m_i;
        e = memberTail(std::move(e));
    } else {
        e = member();
    }
    for (auto it = ops.rbegin(); it != ops.rend(); ++it)
        e = node(it->kind == Tok::Bang ? Op::Not : Op::Neg, it->pos, { std::move(e) });
    return e;
}

Expr Parser::member()
{
    return memberTail(primary());
}

Expr Parser::memberTail(Expr e)
{
    while (true) {
        if (cur().kind == Tok::Dot) {
            ++m_i;
            const Token nameTok = cur();
            std::string name
                = identifier(QCoreApplication::translate("traceo::cedar", "an attribute or method name after `.`"));
            if (cur().kind == Tok::LParen) {
                ++m_i;
                std::vector<Expr> args = arguments(Tok::RParen, ")");
                args.insert(args.begin(), std::move(e));
                e = call(name, nameTok, std::move(args), true);
            } else {
                Expr a = node(Op::GetAttr, nameTok.pos, { std::move(e) });
                a.name = std::move(name);
                e = std::move(a);
            }
        } else if (cur().kind == Tok::LBracket) {
            const SourcePos pos = cur().pos;
            ++m_i;
            Expr a = node(Op::GetAttr, pos, { std::move(e) });
            a.name = stringLiteral();
            expect(Tok::RBracket, "]");
            e = std::move(a);
        } else {
            return e;
        }
    }
}

std::vector<Expr> Parser::arguments(Tok close, const char* symbol)
{
    std::vector<Expr> args;
    while (cur().kind != close) {
        args.push_back(expr());
        if (!accept(Tok::Comma))
            break;
    }
    if (cur().kind != close)
        expected(QCoreApplication::translate("traceo::cedar", "`,` or `%1`").arg(QLatin1String(symbol)));
    ++m_i;
    return args;
}

Expr Parser::call(const std::string& name, const Token& nameTok, std::vector<Expr> args, bool method)
{
    const FnInfo* f = findFunction(name, method);
    if (!f) {
        if (findFunction(name, !method))
            failAt(nameTok,
                method
                    ? QCoreApplication::translate("traceo::cedar", "`%1` is a function: write %1(…), not as a method")
                          .arg(qs(name))
                    : QCoreApplication::translate("traceo::cedar", "`%1` is a method: write value.%1(…)")
                          .arg(qs(name)));
        failAt(nameTok,
            method ? QCoreApplication::translate("traceo::cedar", "unknown method `%1`").arg(qs(name))
                   : QCoreApplication::translate("traceo::cedar", "unknown function `%1`").arg(qs(name)));
    }
    // Cedar checks the arity of the built-in set and tag methods when parsing; a wrong number of
    // arguments to an extension function is an evaluation error.
    const int given = int(args.size()) - (method ? 1 : 0);
    if (f->fn >= Fn::Contains && f->fn <= Fn::GetTag && given != f->args)
        failAt(nameTok,
            QCoreApplication::translate("traceo::cedar", "`%1` takes %2 argument(s) but is given %3")
                .arg(qs(name))
                .arg(f->args)
                .arg(given));
    Expr e = node(Op::Call, nameTok.pos, std::move(args));
    e.fn = f->fn;
    // Constructors over a literal are evaluated once, here; a bad literal stays an evaluation error.
    if (!method && e.kids.size() == 1 && e.kids[0].op == Op::Lit && e.kids[0].lit.isString()) {
        std::string error;
        if (auto v = constructExt(name, e.kids[0].lit.string(), error)) {
            Expr lit = node(Op::Lit, nameTok.pos);
            lit.lit = Value(*v);
            return lit;
        }
    }
    return e;
}

Expr Parser::primary()
{
    DepthGuard guard(*this);
    const Token t = cur();
    switch (t.kind) {
    case Tok::Int: {
        int64_t v = 0;
        const std::string_view digits = text(t);
        auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
        if (ec != std::errc())
            fail(QCoreApplication::translate("traceo::cedar", "the number %1 does not fit in a 64-bit integer")
                     .arg(qs(digits)));
        ++m_i;
        Expr e = node(Op::Lit, t.pos);
        e.lit = Value(v);
        return e;
    }
    case Tok::String: {
        Expr e = node(Op::Lit, t.pos);
        e.lit = Value(stringLiteral());
        return e;
    }
    case Tok::Slot:
        fail(QCoreApplication::translate(
            "traceo::cedar", "template slots such as %1 can only be used in the policy scope, not in a condition")
                 .arg(qs(text(t))));
    case Tok::LParen: {
        ++m_i;
        Expr e = expr();
        if (cur().kind != Tok::RParen)
            expected(QCoreApplication::translate("traceo::cedar", "`)` to close the parenthesis"));
        ++m_i;
        return e;
    }
    case Tok::LBracket: {
        ++m_i;
        Expr e = node(Op::SetLit, t.pos, arguments(Tok::RBracket, "]"));
        bool allLit = true;
        for (const Expr& k : e.kids)
            allLit = allLit && k.op == Op::Lit;
        if (allLit) {
            std::vector<Value> items;
            for (const Expr& k : e.kids)
                items.push_back(k.lit);
            Expr lit = node(Op::Lit, t.pos);
            lit.lit = Value::makeSet(std::move(items));
            return lit;
        }
        return e;
    }
    case Tok::LBrace: {
        ++m_i;
        Expr e = node(Op::RecordLit, t.pos);
        std::set<std::string> keys;
        while (cur().kind != Tok::RBrace) {
            const Token keyTok = cur();
            std::string key;
            if (keyTok.kind == Tok::String)
                key = stringLiteral();
            else if (keyTok.kind == Tok::Ident && !isWord(keyTok, "true") && !isWord(keyTok, "false"))
                key = identifier(QString());
            else
                expected(QCoreApplication::translate("traceo::cedar", "a record attribute name"));
            if (!keys.insert(key).second)
                failAt(keyTok,
                    QCoreApplication::translate("traceo::cedar", "duplicate record attribute `%1`").arg(qs(key)));
            if (cur().kind != Tok::Colon)
                expected(QCoreApplication::translate("traceo::cedar", "`:` after the attribute name"));
            ++m_i;
            e.path.push_back(std::move(key));
            e.kids.push_back(expr());
            if (!accept(Tok::Comma))
                break;
        }
        if (cur().kind != Tok::RBrace)
            expected(QCoreApplication::translate("traceo::cedar", "`,` or `}` in the record"));
        ++m_i;
        return e;
    }
    case Tok::Ident: {
        const std::string_view word = text(t);
        if (word == "true" || word == "false") {
            ++m_i;
            Expr e = node(Op::Lit, t.pos);
            e.lit = Value(word == "true");
            return e;
        }
        if (word == "if")
            fail(QCoreApplication::translate(
                "traceo::cedar", "put `if … then … else …` in parentheses when it is part of a larger expression"));
        const std::string name = path(QString());
        if (cur().kind == Tok::ColonColon) {
            ++m_i;
            Expr e = node(Op::Lit, t.pos);
            e.lit = Value(EntityUid(name, stringLiteral()));
            return e;
        }
        if (cur().kind == Tok::LParen) {
            ++m_i;
            return call(name, t, arguments(Tok::RParen, ")"), false);
        }
        Expr e = node(Op::Var, t.pos);
        if (name == "principal")
            e.var = Var::Principal;
        else if (name == "action")
            e.var = Var::Action;
        else if (name == "resource")
            e.var = Var::Resource;
        else if (name == "context")
            e.var = Var::Context;
        else
            failAt(t,
                QCoreApplication::translate("traceo::cedar",
                    "unknown name `%1`: expected principal, action, resource, context, a literal or an entity such as "
                    "User::\"alice\"")
                    .arg(qs(name)));
        return e;
    }
    default:
        expected(QCoreApplication::translate("traceo::cedar", "an expression"));
    }
}

} // namespace traceo::cedar::detail
