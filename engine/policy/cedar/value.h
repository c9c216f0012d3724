#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace traceo::cedar {

namespace detail {
struct EntityUidData
{
    const std::string* type;
    std::string id;
};
} // namespace detail

/// An entity's unique id: type name (with namespaces, `A::B`) and id. Uids are interned: equal uids
/// share one immutable record, so copying, comparing and hashing them is a pointer operation.
/// The intern table is process-wide, thread-safe, and never shrinks.
class EntityUid
{
public:
    EntityUid();
    EntityUid(std::string_view type, std::string_view id);

    const std::string& type() const { return *m_d->type; }
    const std::string& id() const { return m_d->id; }
    /// The interned type name: equal types have equal pointers.
    const std::string* typeRef() const { return m_d->type; }

    bool operator==(const EntityUid& o) const { return m_d == o.m_d; }
    /// Ordered by type, then id (stable across runs, unlike the pointers).
    std::strong_ordering operator<=>(const EntityUid& o) const;
    size_t hash() const { return std::hash<const void*>()(m_d); }

    /// The interned copy of an entity type name.
    static const std::string* internType(std::string_view type);

private:
    const detail::EntityUidData* m_d;
};

struct EntityUidHash
{
    size_t operator()(const EntityUid& u) const noexcept { return u.hash(); }
};

__extension__ typedef unsigned __int128 Uint128;

/// An IPv4 or IPv6 address with its prefix length (32 or 128 for one address).
struct IpAddr
{
    bool v6 = false;
    uint8_t prefix = 32;
    Uint128 bits = 0; // v4 addresses in the low 32 bits
    bool operator==(const IpAddr&) const = default;
};

enum class ExtKind : uint8_t
{
    Decimal,
    Datetime,
    Duration,
    Ip
};

/// A value of an extension type. Decimal: value * 10^4; datetime: ms since the epoch; duration: ms.
struct ExtValue
{
    ExtKind kind = ExtKind::Decimal;
    int64_t n = 0;
    IpAddr ip;
    bool operator==(const ExtValue& o) const { return kind == o.kind && (kind == ExtKind::Ip ? ip == o.ip : n == o.n); }
};

class Value;
using SetPtr = std::shared_ptr<const std::vector<Value>>; ///< sorted, no duplicates
using Record = std::map<std::string, Value, std::less<>>;
using RecordPtr = std::shared_ptr<const Record>;

/// A Cedar value. Sets are kept sorted and deduplicated so that equality is structural.
class Value
{
public:
    enum class Kind : uint8_t
    {
        Bool,
        Long,
        String,
        Entity,
        Set,
        Record,
        Ext
    };
    using Data = std::variant<bool, int64_t, std::string, EntityUid, SetPtr, RecordPtr, ExtValue>;

    Value()
        : m_data(false)
    { }
    Value(bool b)
        : m_data(b)
    { }
    Value(int64_t l)
        : m_data(l)
    { }
    Value(std::string s)
        : m_data(std::move(s))
    { }
    Value(EntityUid u)
        : m_data(std::move(u))
    { }
    Value(ExtValue e)
        : m_data(e)
    { }
    Value(RecordPtr r)
        : m_data(std::move(r))
    { }
    /// A set from any values: sorts and removes duplicates.
    static Value makeSet(std::vector<Value> items);
    static Value makeRecord(Record r) { return Value(std::make_shared<const Record>(std::move(r))); }

    Kind kind() const { return static_cast<Kind>(m_data.index()); }
    bool isBool() const { return kind() == Kind::Bool; }
    bool isLong() const { return kind() == Kind::Long; }
    bool isString() const { return kind() == Kind::String; }
    bool isEntity() const { return kind() == Kind::Entity; }
    bool isSet() const { return kind() == Kind::Set; }
    bool isRecord() const { return kind() == Kind::Record; }
    bool isExt() const { return kind() == Kind::Ext; }
    bool isExt(ExtKind k) const { return isExt() && ext().kind == k; }

    bool boolean() const { return std::get<bool>(m_data); }
    const int64_t& integerRef() const { return std::get<int64_t>(m_data); }
    int64_t integer() const { return std::get<int64_t>(m_data); }
    const std::string& string() const { return std::get<std::string>(m_data); }
    const EntityUid& entity() const { return std::get<EntityUid>(m_data); }
    const std::vector<Value>& set() const { return *std::get<SetPtr>(m_data); }
    const Record& record() const { return *std::get<RecordPtr>(m_data); }
    const ExtValue& ext() const { return std::get<ExtValue>(m_data); }

    bool operator==(const Value& o) const;
    /// A total order over all values (used to keep sets canonical); not Cedar's `<`.
    static int compare(const Value& a, const Value& b);

    /// The Cedar type name, for messages: "bool", "long", "string", "entity", "set", "record", "ipaddr", …
    std::string typeName() const;
    /// Cedar-like source text of the value, for messages and JSON output.
    std::string toString() const;

private:
    explicit Value(SetPtr s)
        : m_data(std::move(s))
    { }
    Data m_data;
};

} // namespace traceo::cedar
