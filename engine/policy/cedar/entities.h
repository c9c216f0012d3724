#pragma once

#include "json.h"
#include "schema.h"
#include "value.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace traceo::cedar {

struct Entity
{
    EntityUid uid;
    Record attrs;
    Record tags;
    std::vector<EntityUid> parents;
    std::unordered_set<EntityUid, EntityUidHash> ancestors; ///< transitive closure of parents
};

/// The entity store of one request: entities by uid with the `in` hierarchy precomputed.
class Entities
{
public:
    /// Reads Cedar's entities JSON (an array of {uid, attrs, parents, tags}). With a schema, attribute
    /// and tag values are typed by it (a string where the schema says ipaddr is an ip, …) and the
    /// schema's actions are added. Returns false with `error` set on bad data.
    bool load(const Json& json, const Schema* schema, std::string& error);
    void insert(Entity e); ///< call finish() after the last insert
    void finish(); ///< computes ancestors

    const Entity* find(const EntityUid& uid) const
    {
        auto it = m_map.find(uid);
        return it == m_map.end() ? nullptr : &it->second;
    }
    /// Cedar's `a in b` for entities: equal, or b is an ancestor of a.
    bool isIn(const EntityUid& a, const EntityUid& b) const
    {
        if (a == b)
            return true;
        const Entity* e = find(a);
        return e && e->ancestors.count(b);
    }
    size_t size() const { return m_map.size(); }

private:
    std::unordered_map<EntityUid, Entity, EntityUidHash> m_map;
};

/// Converts JSON data to a Cedar value: `__entity` and `__extn` escapes, exact 64-bit integers, and
/// with `type` the schema's reading of plain strings and {type, id} objects.
bool jsonToValue(const Json& json, const SchemaType* type, Value& out, std::string& error);
/// Reads an entity uid: {"type", "id"} or {"__entity": {…}}.
bool jsonToUid(const Json& json, EntityUid& out, std::string& error);
/// Cedar's JSON form of a value (the inverse of jsonToValue without a schema).
Json valueToJson(const Value& v);

} // namespace traceo::cedar
