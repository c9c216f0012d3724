#include "evaluator.h"

#include "extensions.h"

#include <algorithm>

// Errors propagate without exceptions: a failing step records the error and returns an empty
// value; every caller checks m_failed right after evaluating a child.
#define EVAL(var, expr)                                                                                                \
    const Value var = ev(expr);                                                                                        \
    if (m_failed)                                                                                                      \
    return Value()
#define CHECKED(ptr)                                                                                                   \
    if (!(ptr))                                                                                                        \
    return Value()

namespace traceo::cedar {

bool wildcardMatch(const std::string& text, const std::string& pattern, const std::vector<bool>& wildcards)
{
    size_t t = 0;
    size_t p = 0;
    size_t starP = std::string::npos;
    size_t starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && wildcards[p]) {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (starP != std::string::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && wildcards[p])
        ++p;
    return p == pattern.size();
}

Value Evaluator::fail(const Expr& e, std::string message) const
{
    m_failed = true;
    m_error = { std::move(message), e.pos };
    return Value();
}

Value Evaluator::typeError(const Expr& e, const char* expected, const Value& got) const
{
    return fail(e, std::string("type error: expected ") + expected + ", got " + got.typeName());
}

int Evaluator::asBool(const Expr& e, const Value& v) const
{
    if (!v.isBool()) {
        typeError(e, "bool", v);
        return -1;
    }
    return v.boolean() ? 1 : 0;
}

const int64_t* Evaluator::asLong(const Expr& e, const Value& v) const
{
    if (!v.isLong()) {
        typeError(e, "long", v);
        return nullptr;
    }
    return &v.integerRef();
}

const ExtValue* Evaluator::asExt(const Expr& e, const Value& v, ExtKind kind) const
{
    if (!v.isExt(kind)) {
        typeError(e, extTypeName(kind).c_str(), v);
        return nullptr;
    }
    return &v.ext();
}

const std::vector<Value>* Evaluator::asSet(const Expr& e, const Value& v) const
{
    if (!v.isSet()) {
        typeError(e, "set", v);
        return nullptr;
    }
    return &v.set();
}

const std::string* Evaluator::asString(const Expr& e, const Value& v) const
{
    if (!v.isString()) {
        typeError(e, "string", v);
        return nullptr;
    }
    return &v.string();
}

const EntityUid* Evaluator::asEntity(const Expr& e, const Value& v) const
{
    if (!v.isEntity()) {
        typeError(e, "entity", v);
        return nullptr;
    }
    return &v.entity();
}

int Evaluator::hasAttr(const Value& v, const std::string& name, const Expr& e) const
{
    if (v.isEntity()) {
        const Entity* ent = find(v.entity());
        return ent && ent->attrs.count(name);
    }
    if (v.isRecord())
        return v.record().count(name) > 0;
    typeError(e, "entity or record", v);
    return -1;
}

Value Evaluator::getAttr(const Value& v, const std::string& name, const Expr& e) const
{
    if (v.isEntity()) {
        const Entity* ent = find(v.entity());
        if (!ent)
            return fail(e, "entity " + v.toString() + " does not exist");
        auto it = ent->attrs.find(name);
        if (it == ent->attrs.end())
            return fail(e, "entity " + v.toString() + " does not have the attribute `" + name + "`");
        return it->second;
    }
    if (v.isRecord()) {
        auto it = v.record().find(name);
        if (it == v.record().end())
            return fail(e, "record does not have the attribute `" + name + "`");
        return it->second;
    }
    return typeError(e, "entity or record", v);
}

int Evaluator::inOp(const Value& lhs, const Value& rhs, const Expr& e) const
{
    const EntityUid* a = asEntity(e, lhs);
    if (!a)
        return -1;
    if (rhs.isEntity())
        return isIn(*a, rhs.entity());
    if (!rhs.isSet()) {
        typeError(e, "entity or set of entities", rhs);
        return -1;
    }
    for (const Value& v : rhs.set())
        if (!asEntity(e, v))
            return -1;
    for (const Value& v : rhs.set())
        if (isIn(*a, v.entity()))
            return 1;
    return 0;
}

std::optional<Value> Evaluator::evaluate(const Expr& e) const
{
    m_failed = false;
    Value v = ev(e);
    if (m_failed)
        return std::nullopt;
    return v;
}

Value Evaluator::eval(const Expr& e) const
{
    auto v = evaluate(e);
    if (!v)
        throw m_error;
    return *v;
}

Value Evaluator::ev(const Expr& e) const
{
    switch (e.op) {
    case Op::Lit:
        return e.lit;
    case Op::Var:
        switch (e.var) {
        case Var::Principal:
            return m_principal;
        case Var::Action:
            return m_action;
        case Var::Resource:
            return m_resource;
        case Var::Context:
            return m_request.context;
        }
        break;
    case Op::Slot:
        return fail(e, "the template slot is not linked to an entity");
    case Op::If: {
        EVAL(c, e.kids[0]);
        const int b = asBool(e.kids[0], c);
        if (b < 0)
            return Value();
        return ev(e.kids[b ? 1 : 2]);
    }
    case Op::And:
    case Op::Or: {
        EVAL(l, e.kids[0]);
        const int a = asBool(e.kids[0], l);
        if (a < 0)
            return Value();
        if ((e.op == Op::And) != bool(a))
            return Value(bool(a));
        EVAL(r, e.kids[1]);
        const int b = asBool(e.kids[1], r);
        if (b < 0)
            return Value();
        return Value(bool(b));
    }
    case Op::Not: {
        EVAL(v, e.kids[0]);
        const int b = asBool(e, v);
        if (b < 0)
            return Value();
        return Value(!b);
    }
    case Op::Neg: {
        EVAL(v, e.kids[0]);
        const int64_t* x = asLong(e, v);
        CHECKED(x);
        int64_t r = 0;
        if (__builtin_sub_overflow(int64_t(0), *x, &r))
            return fail(e, "integer overflow: -(" + std::to_string(*x) + ")");
        return Value(r);
    }
    case Op::Eq:
    case Op::Ne: {
        EVAL(a, e.kids[0]);
        EVAL(b, e.kids[1]);
        return Value((a == b) == (e.op == Op::Eq));
    }
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
        EVAL(a, e.kids[0]);
        EVAL(b, e.kids[1]);
        int64_t x = 0;
        int64_t y = 0;
        if (a.isLong() && b.isLong()) {
            x = a.integer();
            y = b.integer();
        } else if ((a.isExt(ExtKind::Datetime) && b.isExt(ExtKind::Datetime))
            || (a.isExt(ExtKind::Duration) && b.isExt(ExtKind::Duration))) {
            x = a.ext().n;
            y = b.ext().n;
        } else {
            return fail(e,
                "type error: comparison needs two longs, two datetimes or two durations, got " + a.typeName() + " and "
                    + b.typeName());
        }
        switch (e.op) {
        case Op::Lt:
            return Value(x < y);
        case Op::Le:
            return Value(x <= y);
        case Op::Gt:
            return Value(x > y);
        default:
            return Value(x >= y);
        }
    }
    case Op::Add:
    case Op::Sub:
    case Op::Mul: {
        EVAL(a, e.kids[0]);
        EVAL(b, e.kids[1]);
        const int64_t* x = asLong(e, a);
        CHECKED(x);
        const int64_t* y = asLong(e, b);
        CHECKED(y);
        int64_t r = 0;
        const bool overflow = e.op == Op::Add ? __builtin_add_overflow(*x, *y, &r)
            : e.op == Op::Sub                 ? __builtin_sub_overflow(*x, *y, &r)
                                              : __builtin_mul_overflow(*x, *y, &r);
        if (overflow)
            return fail(e,
                "integer overflow in " + std::to_string(*x)
                    + (e.op == Op::Add        ? " + "
                            : e.op == Op::Sub ? " - "
                                              : " * ")
                    + std::to_string(*y));
        return Value(r);
    }
    case Op::In: {
        EVAL(a, e.kids[0]);
        EVAL(b, e.kids[1]);
        const int r = inOp(a, b, e);
        return r < 0 ? Value() : Value(bool(r));
    }
    case Op::Has: {
        Value v = ev(e.kids[0]);
        if (m_failed)
            return Value();
        for (size_t i = 0; i < e.path.size(); ++i) {
            const int has = hasAttr(v, e.path[i], e);
            if (has <= 0)
                return has < 0 ? Value() : Value(false);
            if (i + 1 < e.path.size()) {
                v = getAttr(v, e.path[i], e);
                if (m_failed)
                    return Value();
            }
        }
        return Value(true);
    }
    case Op::Like: {
        EVAL(v, e.kids[0]);
        const std::string* s = asString(e, v);
        CHECKED(s);
        return Value(wildcardMatch(*s, e.name, e.wildcards));
    }
    case Op::Is: {
        EVAL(v, e.kids[0]);
        const EntityUid* uid = asEntity(e, v);
        CHECKED(uid);
        const bool typeMatches = uid->typeRef() == e.typeRef;
        if (e.kids.size() == 1 || !typeMatches)
            return Value(typeMatches);
        EVAL(rhs, e.kids[1]);
        const int r = inOp(v, rhs, e);
        return r < 0 ? Value() : Value(bool(r));
    }
    case Op::GetAttr: {
        EVAL(v, e.kids[0]);
        return getAttr(v, e.name, e);
    }
    case Op::Call:
        return call(e);
    case Op::SetLit: {
        std::vector<Value> items;
        items.reserve(e.kids.size());
        for (const Expr& k : e.kids) {
            items.push_back(ev(k));
            if (m_failed)
                return Value();
        }
        return Value::makeSet(std::move(items));
    }
    case Op::RecordLit: {
        Record r;
        for (size_t i = 0; i < e.kids.size(); ++i) {
            Value v = ev(e.kids[i]);
            if (m_failed)
                return Value();
            r.emplace(e.path[i], std::move(v));
        }
        return Value::makeRecord(std::move(r));
    }
    }
    return fail(e, "unsupported expression");
}

bool Evaluator::scopeHolds(const Scope& s, const EntityUid& uid) const
{
    switch (s.kind) {
    case Scope::Kind::Any:
        return true;
    case Scope::Kind::Eq:
        return uid == s.uid;
    case Scope::Kind::In:
        return isIn(uid, s.uid);
    case Scope::Kind::Is:
        return uid.typeRef() == s.typeRef;
    case Scope::Kind::IsIn:
        return uid.typeRef() == s.typeRef && isIn(uid, s.uid);
    case Scope::Kind::InSet:
        return std::any_of(s.set.begin(), s.set.end(), [&](const EntityUid& p) { return isIn(uid, p); });
    }
    return false;
}

std::optional<bool> Evaluator::satisfied(const Policy& p) const
{
    if (!scopeHolds(p.principal, m_request.principal) || !scopeHolds(p.action, m_request.action)
        || !scopeHolds(p.resource, m_request.resource))
        return false;
    m_failed = false;
    for (const Condition& c : p.conditions) {
        const Value v = ev(c.expr);
        if (m_failed)
            return std::nullopt;
        const int b = asBool(c.expr, v);
        if (b < 0)
            return std::nullopt;
        if (bool(b) != c.when)
            return false;
    }
    return true;
}

} // namespace traceo::cedar
