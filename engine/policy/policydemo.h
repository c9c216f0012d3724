#pragma once

#include "demo/demobuilder.h"

namespace traceo {

/// The default policy set shipped with Traceo (resources/policies, compiled in as :/policies/…).
struct DefaultPolicySet
{
    QString policies; ///< default.cedar
    QByteArray entities; ///< default.entities.json: the demo's users, groups and resources
    QByteArray schema; ///< default.cedarschema
};
DefaultPolicySet defaultPolicySet();

/// Saves the default set as policy set "default" and records a few hundred decisions against it
/// (the real authorizer and AuditLog::append), so that the report and the audit view have data.
DemoSeeder policyDemoSeeder();

} // namespace traceo
