#pragma once

#include "evaluator.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace traceo::cedar {

struct PolicyError
{
    std::string policyId;
    std::string message;
    SourcePos pos;
};

struct Response
{
    bool allow = false;
    std::vector<std::string> reason; ///< ids of the determining policies
    std::vector<PolicyError> errors; ///< policies skipped because their evaluation raised an error
};

/// Cedar's authorization: default deny; any satisfied forbid denies (its forbids are the reason);
/// otherwise any satisfied permit allows; a policy whose evaluation errors is skipped and reported.
/// Templates (policies with unlinked slots) are not evaluated.
Response authorize(const std::vector<Policy>& policies, const Request& request, const Entities& entities);

/// Policies prepared for repeated authorization: templates are set aside and policies whose scope
/// names one action (`action == A`) are indexed by it, so a request evaluates only the policies
/// that can apply to its action. Decisions are identical to authorize().
class PolicySet
{
public:
    PolicySet() = default;
    explicit PolicySet(std::vector<Policy> policies);
    Response authorize(const Request& request, const Entities& entities) const;
    const std::vector<Policy>& policies() const { return m_policies; }

private:
    std::vector<Policy> m_policies;
    std::unordered_map<EntityUid, std::vector<uint32_t>, EntityUidHash> m_byAction;
    std::vector<uint32_t> m_anyAction; ///< indexes of policies not bound to a single action
};

/// A template linked to entities for its slots: a policy with id `id`. Returns false (and sets
/// `error`) when a slot the template uses is not given.
bool linkTemplate(const Policy& tmpl, const std::string& id, const EntityUid* principal, const EntityUid* resource,
    Policy& out, std::string& error);

} // namespace traceo::cedar
