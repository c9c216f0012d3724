#pragma once

#include "policy/policyaudit.h"
#include "textcheck.h"

namespace traceo {

/// The Policy pane's checks. They run on worker threads and return value types.
namespace policychecks {

/// Parses Cedar policy text: its diagnostics, its policies (named by their @id annotation, else
/// policy0, policy1, …) with their ranges, and the entities the scopes name.
TextCheckResult checkPolicies(const QString& text);

/// Reads Cedar entities JSON: JSON errors at their line and column, data errors at the entity that
/// holds them; the names are the entity uids (User::"alice") with the range of each entity.
TextCheckResult checkEntities(const QString& text);

/// One authorization request as the test bench holds it: entity uids in Cedar syntax
/// (User::"alice"), the context as a JSON object (empty means {}), the entities as JSON, and an
/// optional Cedar schema that types the entities and the context.
struct Request
{
    QString policies;
    QString policySet; ///< the stored set whose latest version `policies` is, or empty (unsaved text)
    QString entities;
    QString schema;
    QString principal;
    QString action;
    QString resource;
    QString context;
};

struct Decision
{
    bool decided = false; ///< false when the request or the policies could not be read: see `problem`
    bool allow = false;
    QStringList determining; ///< the policies that decided, by name
    QList<TextRange> determiningRanges; ///< their text in `Request::policies`
    QStringList errors; ///< policies skipped because evaluating them raised an error
    QString problem;
    AuditEntry audit; ///< the decision as the audit log would keep it (when decided)
};

/// Cedar's decision for `request`.
Decision decide(const Request& request);

} // namespace policychecks

} // namespace traceo
