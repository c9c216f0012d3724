#include "authorizer.h"

namespace traceo::cedar {

namespace {

struct Decider
{
    const Evaluator evaluator;
    Response r;
    std::vector<std::string> permits;
    std::vector<std::string> forbids;

    void consider(const Policy& p)
    {
        if (p.isTemplate())
            return;
        const std::optional<bool> holds = evaluator.satisfied(p);
        if (!holds)
            r.errors.push_back({ p.id, evaluator.error().message, evaluator.error().pos });
        else if (*holds)
            (p.permit ? permits : forbids).push_back(p.id);
    }
    Response finish();
};

Response Decider::finish()
{
    if (!forbids.empty()) {
        r.allow = false;
        r.reason = std::move(forbids);
    } else if (!permits.empty()) {
        r.allow = true;
        r.reason = std::move(permits);
    }
    return std::move(r);
}

} // namespace

Response authorize(const std::vector<Policy>& policies, const Request& request, const Entities& entities)
{
    Decider d { Evaluator(request, entities), {}, {}, {} };
    for (const Policy& p : policies)
        d.consider(p);
    return d.finish();
}

PolicySet::PolicySet(std::vector<Policy> policies)
{
    for (Policy& p : policies) {
        if (p.isTemplate())
            continue;
        const auto index = uint32_t(m_policies.size());
        if (p.action.kind == Scope::Kind::Eq)
            m_byAction[p.action.uid].push_back(index);
        else
            m_anyAction.push_back(index);
        m_policies.push_back(std::move(p));
    }
}

Response PolicySet::authorize(const Request& request, const Entities& entities) const
{
    Decider d { Evaluator(request, entities), {}, {}, {} };
    static const std::vector<uint32_t> none;
    auto it = m_byAction.find(request.action);
    const std::vector<uint32_t>& bound = it == m_byAction.end() ? none : it->second;
    // Merge the two index lists so that reasons and errors keep the policies' order.
    size_t i = 0;
    size_t j = 0;
    while (i < bound.size() || j < m_anyAction.size()) {
        if (j == m_anyAction.size() || (i < bound.size() && bound[i] < m_anyAction[j]))
            d.consider(m_policies[bound[i++]]);
        else
            d.consider(m_policies[m_anyAction[j++]]);
    }
    return d.finish();
}

bool linkTemplate(const Policy& tmpl, const std::string& id, const EntityUid* principal, const EntityUid* resource,
    Policy& out, std::string& error)
{
    out = tmpl;
    out.id = id;
    for (auto [scope, uid, name] : { std::tuple { &out.principal, principal, "?principal" },
             std::tuple { &out.resource, resource, "?resource" } }) {
        if (!scope->slot)
            continue;
        if (!uid) {
            error = std::string("the template ") + tmpl.id + " needs an entity for " + name;
            return false;
        }
        scope->uid = *uid;
        scope->slot = false;
    }
    return true;
}

} // namespace traceo::cedar
