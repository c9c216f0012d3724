#pragma once

#include "lexer.h"
#include "value.h"

#include <string>
#include <vector>

namespace traceo::cedar {

enum class Op : uint8_t
{
    Lit,
    Var,
    Slot,
    If,
    And,
    Or,
    Not,
    Neg,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Add,
    Sub,
    Mul,
    Has,
    Like,
    Is,
    GetAttr,
    Call,
    SetLit,
    RecordLit,
};

enum class Var : uint8_t
{
    Principal,
    Action,
    Resource,
    Context
};

/// Built-in functions and methods; the parser resolves names to these, so unknown ones are parse errors.
enum class Fn : uint8_t
{
    Ip,
    Decimal,
    Datetime,
    Duration, // constructors, function style
    Contains,
    ContainsAll,
    ContainsAny,
    IsEmpty,
    HasTag,
    GetTag,
    IsIpv4,
    IsIpv6,
    IsLoopback,
    IsMulticast,
    IsInRange,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    Offset,
    DurationSince,
    ToDate,
    ToTime,
    ToMilliseconds,
    ToSeconds,
    ToMinutes,
    ToHours,
    ToDays,
};

/// One expression node. Children live in `kids`; for method calls the receiver is kids[0].
struct Expr
{
    Op op = Op::Lit;
    Var var = Var::Principal; ///< Var and Slot (Principal or Resource)
    Fn fn = Fn::Ip; ///< Call
    SourcePos pos;
    Value lit; ///< Lit
    std::string name; ///< GetAttr attribute, Is entity type
    const std::string* typeRef = nullptr; ///< Is: the interned entity type
    std::vector<std::string> path; ///< Has: the attribute path; RecordLit: the keys, in order of kids
    std::vector<bool> wildcards; ///< Like: which bytes of `name` are `*` wildcards
    std::vector<Expr> kids;
};

/// A scope constraint on principal, action or resource.
struct Scope
{
    enum class Kind : uint8_t
    {
        Any,
        Eq,
        In,
        Is,
        IsIn,
        InSet
    };
    Kind kind = Kind::Any;
    bool slot = false; ///< the entity is the template slot ?principal / ?resource
    std::string type; ///< Is, IsIn
    const std::string* typeRef = nullptr; ///< Is, IsIn: the interned type
    EntityUid uid; ///< Eq, In, IsIn
    std::vector<EntityUid> set; ///< InSet (action in [ … ])
};

struct Condition
{
    bool when = true; ///< `when` or `unless`
    Expr expr;
};

struct Policy
{
    std::string id;
    bool permit = true;
    std::vector<std::pair<std::string, std::string>> annotations;
    Scope principal;
    Scope action;
    Scope resource;
    std::vector<Condition> conditions;
    SourcePos start; ///< where the policy's text begins (its first annotation or effect)
    uint32_t endOffset = 0; ///< byte offset just after its `;`
    bool isTemplate() const { return principal.slot || resource.slot; }
};

} // namespace traceo::cedar
