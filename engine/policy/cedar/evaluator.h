#pragma once

#include "ast.h"
#include "entities.h"

#include <optional>
#include <string>

namespace traceo::cedar {

struct Request
{
    EntityUid principal;
    EntityUid action;
    EntityUid resource;
    Value context = Value::makeRecord({});
};

/// An evaluation error: the policy that raised it is skipped and reported.
struct EvalError
{
    std::string message;
    SourcePos pos;
};

/// Evaluates expressions and policies against one request and entity store, with Cedar's
/// semantics: type errors, overflow and missing attributes are errors; && || and if short-circuit.
/// Errors do not throw (unwinding is slow and erroring policies are common): they are recorded and
/// evaluation of the current policy stops.
class Evaluator
{
public:
    Evaluator(const Request& request, const Entities& entities)
        : m_request(request)
        , m_entities(entities)
        , m_principal(request.principal)
        , m_action(request.action)
        , m_resource(request.resource)
        , m_cached { entities.find(request.principal), entities.find(request.action), entities.find(request.resource) }
    { }

    /// The value of `e`, or nothing with error() set.
    std::optional<Value> evaluate(const Expr& e) const;
    /// Whether the policy's scope and conditions hold; nothing with error() set when evaluation fails.
    std::optional<bool> satisfied(const Policy& p) const;
    const EvalError& error() const { return m_error; }

    /// Throwing forms, for tests and tools.
    Value eval(const Expr& e) const;

private:
    bool scopeHolds(const Scope& s, const EntityUid& uid) const;
    /// The entity with this uid; the request's own three are looked up once, up front.
    const Entity* find(const EntityUid& uid) const
    {
        if (uid == m_request.principal)
            return m_cached[0];
        if (uid == m_request.action)
            return m_cached[1];
        if (uid == m_request.resource)
            return m_cached[2];
        return m_entities.find(uid);
    }
    bool isIn(const EntityUid& a, const EntityUid& b) const
    {
        if (a == b)
            return true;
        const Entity* e = find(a);
        return e && e->ancestors.count(b);
    }
    Value ev(const Expr& e) const;
    Value call(const Expr& e) const;
    Value getAttr(const Value& v, const std::string& name, const Expr& e) const;
    int hasAttr(const Value& v, const std::string& name, const Expr& e) const;
    int inOp(const Value& lhs, const Value& rhs, const Expr& e) const;
    Value fail(const Expr& e, std::string message) const;
    Value typeError(const Expr& e, const char* expected, const Value& got) const;
    int asBool(const Expr& e, const Value& v) const;
    const int64_t* asLong(const Expr& e, const Value& v) const;
    const ExtValue* asExt(const Expr& e, const Value& v, ExtKind kind) const;
    const std::vector<Value>* asSet(const Expr& e, const Value& v) const;
    const std::string* asString(const Expr& e, const Value& v) const;
    const EntityUid* asEntity(const Expr& e, const Value& v) const;

    const Request& m_request;
    const Entities& m_entities;
    Value m_principal;
    Value m_action;
    Value m_resource;
    const Entity* m_cached[3];
    mutable bool m_failed = false;
    mutable EvalError m_error;
};

/// Cedar `like`: `*` (where wildcards[i]) matches any sequence, everything else itself.
bool wildcardMatch(const std::string& text, const std::string& pattern, const std::vector<bool>& wildcards);

} // namespace traceo::cedar
