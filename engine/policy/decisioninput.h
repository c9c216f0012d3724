#pragma once

#include "cedar/evaluator.h"
#include "cedar/schema.h"

#include <QString>
#include <optional>
#include <string_view>

namespace traceo {

/// What requests are decided with: an entity store, typed by an optional schema. Loads Cedar's
/// JSON formats and reads requests, with errors that name the input (traceo::Error).
class DecisionInput
{
public:
    /// Reads a .cedarschema; call before loadEntities() so that it types the entities.
    void loadSchema(std::string_view text, const QString& sourceName);
    /// Reads Cedar's entities JSON.
    void loadEntities(std::string_view json, const QString& sourceName);
    /// Reads a request: {"principal": {"type", "id"}, "action": …, "resource": …, "context": {…}}.
    cedar::Request parseRequest(std::string_view json, const QString& sourceName) const;
    /// A request from its parts; `context` is typed by the schema's context of the action.
    cedar::Request request(const cedar::EntityUid& principal, const cedar::EntityUid& action,
        const cedar::EntityUid& resource, const cedar::Json& context, const QString& sourceName) const;

    const cedar::Entities& entities() const { return m_entities; }
    const cedar::Schema* schema() const { return m_schema ? &*m_schema : nullptr; }

private:
    std::optional<cedar::Schema> m_schema;
    cedar::Entities m_entities;
};

} // namespace traceo
