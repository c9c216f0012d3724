#pragma once

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
/// (User::"alice"), the context as a JSON object (empty means {}), the entities as JSON.
struct Request
{
    QString policies;
    QString entities;
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
};

/// Cedar's decision for `request`.
Decision decide(const Request& request);

} // namespace policychecks

} // namespace traceo
