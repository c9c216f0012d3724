#include "entities.h"

#include "extensions.h"

#include <algorithm>
#include <functional>

namespace traceo::cedar {

bool jsonToUid(const Json& json, EntityUid& out, std::string& error)
{
    const Json* j = &json;
    if (const Json* inner = json.find("__entity"))
        j = inner;
    const Json* type = j->find("type");
    const Json* id = j->find("id");
    if (!j->isObject() || !type || !id || !type->isString() || !id->isString()) {
        error = "expected an entity reference {\"type\": …, \"id\": …}, found " + json.dump();
        return false;
    }
    out = EntityUid(type->s, id->s);
    return true;
}

bool jsonToValue(const Json& json, const SchemaType* type, Value& out, std::string& error)
{
    using K = SchemaType::Kind;
    if (type && type->kind == K::Unknown)
        type = nullptr;
    switch (json.type) {
    case Json::Type::Null:
        error = "null is not a Cedar value";
        return false;
    case Json::Type::Bool:
        out = Value(json.b);
        return true;
    case Json::Type::Int:
        out = Value(json.i);
        return true;
    case Json::Type::Number:
        error = "the number " + json.s + " is not a 64-bit integer";
        return false;
    case Json::Type::String:
        if (type && type->kind == K::Ext) {
            auto v = constructExt(type->ext == ExtKind::Ip ? "ip" : extTypeName(type->ext), json.s, error);
            if (!v)
                return false;
            out = Value(*v);
            return true;
        }
        out = Value(json.s);
        return true;
    case Json::Type::Array: {
        std::vector<Value> items;
        items.reserve(json.items.size());
        const SchemaType* element = type && type->kind == K::Set ? type->element.get() : nullptr;
        for (const Json& item : json.items) {
            Value v;
            if (!jsonToValue(item, element, v, error))
                return false;
            items.push_back(std::move(v));
        }
        out = Value::makeSet(std::move(items));
        return true;
    }
    case Json::Type::Object:
        break;
    }
    if (json.find("__entity") && json.members.size() == 1) {
        EntityUid uid;
        if (!jsonToUid(json, uid, error))
            return false;
        out = Value(std::move(uid));
        return true;
    }
    if (const Json* extn = json.find("__extn"); extn && json.members.size() == 1) {
        const Json* fn = extn->find("fn");
        const Json* arg = extn->find("arg");
        const Json* args = extn->find("args");
        if (!arg && args && args->isArray() && args->items.size() == 1)
            arg = &args->items[0];
        if (fn && fn->isString() && fn->s == "offset" && args && args->isArray() && args->items.size() == 2) {
            // The canonical form of a datetime: offset(datetime("1970-01-01"), duration("…ms")).
            Value base;
            Value delta;
            if (!jsonToValue(args->items[0], nullptr, base, error)
                || !jsonToValue(args->items[1], nullptr, delta, error))
                return false;
            int64_t sum = 0;
            if (!base.isExt(ExtKind::Datetime) || !delta.isExt(ExtKind::Duration)
                || __builtin_add_overflow(base.ext().n, delta.ext().n, &sum)) {
                error = "invalid offset(datetime, duration) in " + json.dump();
                return false;
            }
            ExtValue v;
            v.kind = ExtKind::Datetime;
            v.n = sum;
            out = Value(v);
            return true;
        }
        if (arg && arg->isObject() && arg->find("__extn")) {
            // An argument that is itself an extension value, e.g. a datetime passed to a constructor.
            return jsonToValue(*arg, nullptr, out, error);
        }
        if (!fn || !arg || !fn->isString() || !arg->isString()) {
            error = "expected {\"__extn\": {\"fn\": …, \"arg\": …}}, found " + json.dump();
            return false;
        }
        auto v = constructExt(fn->s, arg->s, error);
        if (!v)
            return false;
        out = Value(*v);
        return true;
    }
    if (type && type->kind == K::Entity) {
        EntityUid uid;
        if (!jsonToUid(json, uid, error))
            return false;
        out = Value(std::move(uid));
        return true;
    }
    Record r;
    for (const auto& [key, member] : json.members) {
        const SchemaType* attrType = nullptr;
        if (type && type->kind == K::Record)
            if (auto it = type->attributes.find(key); it != type->attributes.end())
                attrType = &it->second;
        Value v;
        if (!jsonToValue(member, attrType, v, error)) {
            error = "attribute `" + key + "`: " + error;
            return false;
        }
        if (!r.emplace(key, std::move(v)).second) {
            error = "duplicate attribute `" + key + "`";
            return false;
        }
    }
    out = Value::makeRecord(std::move(r));
    return true;
}

Json valueToJson(const Value& v)
{
    Json j;
    switch (v.kind()) {
    case Value::Kind::Bool:
        j.type = Json::Type::Bool;
        j.b = v.boolean();
        break;
    case Value::Kind::Long:
        j.type = Json::Type::Int;
        j.i = v.integer();
        break;
    case Value::Kind::String:
        j.type = Json::Type::String;
        j.s = v.string();
        break;
    case Value::Kind::Entity: {
        Json uid;
        uid.type = Json::Type::Object;
        Json t;
        t.type = Json::Type::String;
        t.s = v.entity().type();
        Json id = t;
        id.s = v.entity().id();
        uid.members = { { "type", t }, { "id", id } };
        j.type = Json::Type::Object;
        j.members = { { "__entity", uid } };
        break;
    }
    case Value::Kind::Set:
        j.type = Json::Type::Array;
        for (const Value& item : v.set())
            j.items.push_back(valueToJson(item));
        break;
    case Value::Kind::Record:
        j.type = Json::Type::Object;
        for (const auto& [k, item] : v.record())
            j.members.push_back({ k, valueToJson(item) });
        break;
    case Value::Kind::Ext:
        j.type = Json::Type::String;
        j.s = v.toString();
        break;
    }
    return j;
}

bool Entities::load(const Json& json, const Schema* schema, std::string& error)
{
    if (!json.isArray()) {
        error = "entities must be a JSON array";
        return false;
    }
    for (size_t n = 0; n < json.items.size(); ++n) {
        const Json& item = json.items[n];
        const std::string where = "entity #" + std::to_string(n + 1) + ": ";
        Entity e;
        const Json* uid = item.find("uid");
        if (!uid || !jsonToUid(*uid, e.uid, error)) {
            error = where + (uid ? error : std::string("missing \"uid\""));
            return false;
        }
        if (const Json* parents = item.find("parents")) {
            for (const Json& p : parents->items) {
                EntityUid puid;
                if (!jsonToUid(p, puid, error)) {
                    error = where + error;
                    return false;
                }
                e.parents.push_back(std::move(puid));
            }
        }
        for (const auto& [field, target, typeOf] : { std::tuple { "attrs", &e.attrs, &Schema::entityAttributes },
                 std::tuple { "tags", &e.tags, &Schema::entityTags } }) {
            const Json* data = item.find(field);
            if (!data)
                continue;
            const SchemaType* type = schema ? (schema->*typeOf)(e.uid.type()) : nullptr;
            const bool isTags = target == &e.tags;
            for (const auto& [key, member] : data->members) {
                const SchemaType* attrType = nullptr;
                if (type && isTags)
                    attrType = type;
                else if (type && type->kind == SchemaType::Kind::Record)
                    if (auto it = type->attributes.find(key); it != type->attributes.end())
                        attrType = &it->second;
                Value v;
                if (!jsonToValue(member, attrType, v, error)) {
                    error = where + "attribute `" + key + "`: " + error;
                    return false;
                }
                (*target)[key] = std::move(v);
            }
        }
        insert(std::move(e));
    }
    if (schema) {
        for (const auto& [uid, parents] : schema->actions()) {
            if (auto it = m_map.find(uid); it != m_map.end()) {
                // The schema's action hierarchy holds even when the data leaves it out.
                for (const EntityUid& p : parents)
                    if (std::find(it->second.parents.begin(), it->second.parents.end(), p) == it->second.parents.end())
                        it->second.parents.push_back(p);
                continue;
            }
            Entity e;
            e.uid = uid;
            e.parents = parents;
            insert(std::move(e));
        }
    }
    finish();
    return true;
}

void Entities::insert(Entity e)
{
    EntityUid key = e.uid;
    m_map.insert_or_assign(std::move(key), std::move(e));
}

void Entities::finish()
{
    std::unordered_set<EntityUid, EntityUidHash> done;
    std::function<void(Entity&)> visit = [&](Entity& e) {
        if (!done.insert(e.uid).second)
            return;
        e.ancestors.clear();
        for (const EntityUid& p : e.parents) {
            e.ancestors.insert(p);
            auto it = m_map.find(p);
            if (it == m_map.end())
                continue;
            visit(it->second);
            e.ancestors.insert(it->second.ancestors.begin(), it->second.ancestors.end());
        }
    };
    for (auto& [uid, e] : m_map)
        visit(e);
}

} // namespace traceo::cedar
