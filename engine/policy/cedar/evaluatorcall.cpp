// Evaluator::call: extension functions and the methods of sets, entities and extension values.

#include "evaluator.h"
#include "extensions.h"

#include <algorithm>

namespace traceo::cedar {

namespace {

bool contains(const std::vector<Value>& set, const Value& v)
{
    return std::binary_search(
        set.begin(), set.end(), v, [](const Value& a, const Value& b) { return Value::compare(a, b) < 0; });
}

Value ext(ExtKind kind, int64_t n)
{
    ExtValue x;
    x.kind = kind;
    x.n = n;
    return Value(x);
}

// Arguments of each Fn, counting a method's receiver.
const uint8_t kArity[] = { 1, 1, 1, 1, 2, 2, 2, 1, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1 };
static_assert(sizeof(kArity) == size_t(Fn::ToDays) + 1);

constexpr int64_t kDay = 86400000;

} // namespace

#define CHECKED(ptr)                                                                                                   \
    if (!(ptr))                                                                                                        \
    return Value()

Value Evaluator::call(const Expr& e) const
{
    Value args[2];
    for (size_t i = 0; i < e.kids.size(); ++i) {
        Value v = ev(e.kids[i]);
        if (m_failed)
            return Value();
        if (i < 2)
            args[i] = std::move(v);
    }
    if (e.kids.size() != kArity[size_t(e.fn)])
        return fail(e, "wrong number of arguments in a call to an extension function or method");
    const Value& a = args[0];
    const Value& b = args[1];
    const Expr& argExpr = e.kids.size() > 1 ? e.kids[1] : e;
    switch (e.fn) {
    case Fn::Ip:
    case Fn::Decimal:
    case Fn::Datetime:
    case Fn::Duration: {
        static const char* const names[] = { "ip", "decimal", "datetime", "duration" };
        const std::string* s = asString(e, a);
        CHECKED(s);
        std::string error;
        auto v = constructExt(names[int(e.fn)], *s, error);
        if (!v)
            return fail(e, error);
        return Value(*v);
    }
    case Fn::Contains: {
        const auto* s = asSet(e, a);
        CHECKED(s);
        return Value(contains(*s, b));
    }
    case Fn::ContainsAll:
    case Fn::ContainsAny: {
        const auto* s = asSet(e, a);
        CHECKED(s);
        const auto* t = asSet(argExpr, b);
        CHECKED(t);
        auto in = [&](const Value& v) { return contains(*s, v); };
        return Value(
            e.fn == Fn::ContainsAll ? std::all_of(t->begin(), t->end(), in) : std::any_of(t->begin(), t->end(), in));
    }
    case Fn::IsEmpty: {
        const auto* s = asSet(e, a);
        CHECKED(s);
        return Value(s->empty());
    }
    case Fn::HasTag:
    case Fn::GetTag: {
        const EntityUid* uid = asEntity(e, a);
        CHECKED(uid);
        const std::string* key = asString(argExpr, b);
        CHECKED(key);
        const Entity* ent = find(*uid);
        if (e.fn == Fn::HasTag)
            return Value(ent && ent->tags.count(*key) > 0);
        if (!ent)
            return fail(e, "entity " + a.toString() + " does not exist");
        auto it = ent->tags.find(*key);
        if (it == ent->tags.end())
            return fail(e, "entity " + a.toString() + " does not have the tag `" + *key + "`");
        return it->second;
    }
    case Fn::IsIpv4:
    case Fn::IsIpv6:
    case Fn::IsLoopback:
    case Fn::IsMulticast: {
        const ExtValue* x = asExt(e, a, ExtKind::Ip);
        CHECKED(x);
        switch (e.fn) {
        case Fn::IsIpv4:
            return Value(!x->ip.v6);
        case Fn::IsIpv6:
            return Value(x->ip.v6);
        case Fn::IsLoopback:
            return Value(ipIsLoopback(x->ip));
        default:
            return Value(ipIsMulticast(x->ip));
        }
    }
    case Fn::IsInRange: {
        const ExtValue* x = asExt(e, a, ExtKind::Ip);
        CHECKED(x);
        const ExtValue* y = asExt(argExpr, b, ExtKind::Ip);
        CHECKED(y);
        return Value(ipIsInRange(x->ip, y->ip));
    }
    case Fn::LessThan:
    case Fn::LessThanOrEqual:
    case Fn::GreaterThan:
    case Fn::GreaterThanOrEqual: {
        const ExtValue* x = asExt(e, a, ExtKind::Decimal);
        CHECKED(x);
        const ExtValue* y = asExt(argExpr, b, ExtKind::Decimal);
        CHECKED(y);
        switch (e.fn) {
        case Fn::LessThan:
            return Value(x->n < y->n);
        case Fn::LessThanOrEqual:
            return Value(x->n <= y->n);
        case Fn::GreaterThan:
            return Value(x->n > y->n);
        default:
            return Value(x->n >= y->n);
        }
    }
    case Fn::Offset:
    case Fn::DurationSince: {
        const ExtValue* x = asExt(e, a, ExtKind::Datetime);
        CHECKED(x);
        const ExtValue* y = asExt(argExpr, b, e.fn == Fn::Offset ? ExtKind::Duration : ExtKind::Datetime);
        CHECKED(y);
        int64_t r = 0;
        if (e.fn == Fn::Offset ? __builtin_add_overflow(x->n, y->n, &r) : __builtin_sub_overflow(x->n, y->n, &r))
            return fail(e,
                e.fn == Fn::Offset ? "overflow when adding an offset to a datetime"
                                   : "overflow when computing the duration between two datetimes");
        return ext(e.fn == Fn::Offset ? ExtKind::Datetime : ExtKind::Duration, r);
    }
    case Fn::ToDate:
    case Fn::ToTime: {
        const ExtValue* x = asExt(e, a, ExtKind::Datetime);
        CHECKED(x);
        int64_t rem = x->n % kDay;
        if (rem < 0)
            rem += kDay;
        if (e.fn == Fn::ToTime)
            return ext(ExtKind::Duration, rem);
        int64_t r = 0;
        if (__builtin_sub_overflow(x->n, rem, &r))
            return fail(e, "overflow when computing the date of a datetime");
        return ext(ExtKind::Datetime, r);
    }
    case Fn::ToMilliseconds:
    case Fn::ToSeconds:
    case Fn::ToMinutes:
    case Fn::ToHours:
    case Fn::ToDays: {
        const ExtValue* x = asExt(e, a, ExtKind::Duration);
        CHECKED(x);
        static const int64_t divisors[] = { 1, 1000, 60000, 3600000, kDay };
        return Value(x->n / divisors[int(e.fn) - int(Fn::ToMilliseconds)]);
    }
    }
    return fail(e, "unsupported function");
}

} // namespace traceo::cedar
