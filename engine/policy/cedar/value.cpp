#include "value.h"

#include "extensions.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace traceo::cedar {

namespace {

struct InternTables
{
    std::mutex mutex;
    std::unordered_map<std::string, std::unique_ptr<std::string>> types;
    std::unordered_map<std::string, std::unique_ptr<detail::EntityUidData>> uids; // key: type '\0' id
};

InternTables& tables()
{
    static InternTables* t = new InternTables; // never destroyed: uids may outlive static destruction order
    return *t;
}

const std::string* internTypeLocked(InternTables& t, std::string_view type)
{
    auto it = t.types.find(std::string(type));
    if (it == t.types.end())
        it = t.types.emplace(std::string(type), std::make_unique<std::string>(type)).first;
    return it->second.get();
}

} // namespace

const std::string* EntityUid::internType(std::string_view type)
{
    InternTables& t = tables();
    std::lock_guard lock(t.mutex);
    return internTypeLocked(t, type);
}

EntityUid::EntityUid()
    : EntityUid(std::string_view(), std::string_view())
{ }

EntityUid::EntityUid(std::string_view type, std::string_view id)
{
    InternTables& t = tables();
    std::string key;
    key.reserve(type.size() + id.size() + 1);
    key.append(type).append(1, '\0').append(id);
    std::lock_guard lock(t.mutex);
    auto it = t.uids.find(key);
    if (it == t.uids.end()) {
        auto data = std::make_unique<detail::EntityUidData>(
            detail::EntityUidData { internTypeLocked(t, type), std::string(id) });
        it = t.uids.emplace(std::move(key), std::move(data)).first;
    }
    m_d = it->second.get();
}

std::strong_ordering EntityUid::operator<=>(const EntityUid& o) const
{
    if (m_d == o.m_d)
        return std::strong_ordering::equal;
    if (int c = type().compare(o.type()))
        return c <=> 0;
    return id().compare(o.id()) <=> 0;
}

Value Value::makeSet(std::vector<Value> items)
{
    std::sort(items.begin(), items.end(), [](const Value& a, const Value& b) { return compare(a, b) < 0; });
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return Value(std::make_shared<const std::vector<Value>>(std::move(items)));
}

bool Value::operator==(const Value& o) const
{
    if (m_data.index() != o.m_data.index())
        return false;
    switch (kind()) {
    case Kind::Bool:
        return boolean() == o.boolean();
    case Kind::Long:
        return integer() == o.integer();
    case Kind::String:
        return string() == o.string();
    case Kind::Entity:
        return entity() == o.entity();
    case Kind::Set: {
        const auto& a = set();
        const auto& b = o.set();
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
    }
    case Kind::Record: {
        const auto& a = record();
        const auto& b = o.record();
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
    }
    case Kind::Ext:
        return ext() == o.ext();
    }
    return false;
}

namespace {
template <typename T> int cmp3(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
} // namespace

int Value::compare(const Value& a, const Value& b)
{
    if (a.m_data.index() != b.m_data.index())
        return cmp3(a.m_data.index(), b.m_data.index());
    switch (a.kind()) {
    case Kind::Bool:
        return cmp3(a.boolean(), b.boolean());
    case Kind::Long:
        return cmp3(a.integer(), b.integer());
    case Kind::String:
        return a.string().compare(b.string());
    case Kind::Entity:
        if (a.entity() == b.entity())
            return 0;
        return a.entity() < b.entity() ? -1 : 1;
    case Kind::Set: {
        const auto& x = a.set();
        const auto& y = b.set();
        for (size_t i = 0; i < x.size() && i < y.size(); ++i)
            if (int c = compare(x[i], y[i]))
                return c;
        return cmp3(x.size(), y.size());
    }
    case Kind::Record: {
        const auto& x = a.record();
        const auto& y = b.record();
        auto i = x.begin();
        auto j = y.begin();
        for (; i != x.end() && j != y.end(); ++i, ++j) {
            if (int c = i->first.compare(j->first))
                return c;
            if (int c = compare(i->second, j->second))
                return c;
        }
        return cmp3(x.size(), y.size());
    }
    case Kind::Ext: {
        const ExtValue& x = a.ext();
        const ExtValue& y = b.ext();
        if (x.kind != y.kind)
            return cmp3(x.kind, y.kind);
        if (x.kind != ExtKind::Ip)
            return cmp3(x.n, y.n);
        if (x.ip.v6 != y.ip.v6)
            return cmp3(x.ip.v6, y.ip.v6);
        if (x.ip.bits != y.ip.bits)
            return x.ip.bits < y.ip.bits ? -1 : 1;
        return cmp3(x.ip.prefix, y.ip.prefix);
    }
    }
    return 0;
}

std::string Value::typeName() const
{
    switch (kind()) {
    case Kind::Bool:
        return "bool";
    case Kind::Long:
        return "long";
    case Kind::String:
        return "string";
    case Kind::Entity:
        return "entity of type `" + entity().type() + "`";
    case Kind::Set:
        return "set";
    case Kind::Record:
        return "record";
    case Kind::Ext:
        return extTypeName(ext().kind);
    }
    return {};
}

std::string quoted(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

std::string Value::toString() const
{
    switch (kind()) {
    case Kind::Bool:
        return boolean() ? "true" : "false";
    case Kind::Long:
        return std::to_string(integer());
    case Kind::String:
        return quoted(string());
    case Kind::Entity:
        return entity().type() + "::" + quoted(entity().id());
    case Kind::Set: {
        std::string s = "[";
        for (const Value& v : set())
            s += (s.size() > 1 ? ", " : "") + v.toString();
        return s + "]";
    }
    case Kind::Record: {
        std::string s = "{";
        for (const auto& [k, v] : record())
            s += (s.size() > 1 ? ", " : "") + quoted(k) + ": " + v.toString();
        return s + "}";
    }
    case Kind::Ext:
        return extToString(ext());
    }
    return {};
}

} // namespace traceo::cedar
