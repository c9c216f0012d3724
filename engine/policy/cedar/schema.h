#pragma once

#include "value.h"

#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace traceo::cedar {

/// A type from a schema, as far as it directs the reading of entity and context JSON.
struct SchemaType
{
    enum class Kind : uint8_t
    {
        Unknown,
        Bool,
        Long,
        String,
        Entity,
        Set,
        Record,
        Ext
    };
    Kind kind = Kind::Unknown;
    ExtKind ext = ExtKind::Decimal;
    std::string entityType; ///< Entity
    std::shared_ptr<SchemaType> element; ///< Set
    std::map<std::string, SchemaType, std::less<>> attributes; ///< Record
};

/// What this engine reads from a human-readable `.cedarschema`: attribute and tag types of entity
/// types, and each action's context type and parents. Validation is not done here.
class Schema
{
public:
    /// Parses schema text; throws traceo::Error naming `sourceName`, the line and column on bad text.
    static Schema parse(std::string_view text, const QString& sourceName);

    const SchemaType* entityAttributes(const std::string& type) const;
    const SchemaType* entityTags(const std::string& type) const;
    const SchemaType* actionContext(const EntityUid& action) const;
    /// Every declared action with its declared parents.
    const std::vector<std::pair<EntityUid, std::vector<EntityUid>>>& actions() const { return m_actions; }

private:
    friend class SchemaParser;
    std::unordered_map<std::string, SchemaType> m_attrs;
    std::unordered_map<std::string, SchemaType> m_tags;
    std::unordered_map<EntityUid, SchemaType, EntityUidHash> m_context;
    std::vector<std::pair<EntityUid, std::vector<EntityUid>>> m_actions;
};

} // namespace traceo::cedar
