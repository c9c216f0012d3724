#include "policydemo.h"

#include "policyrepository.h"

namespace traceo {

DemoSeeder policyDemoSeeder()
{
    return { QStringLiteral("policy"), [](const std::shared_ptr<Database>& db, std::mt19937_64&) {
                PolicyRepository repo(db);
                repo.saveVersion(QStringLiteral("default"), QStringLiteral(R"(// Engineers read production metrics only with MFA and from a trusted network.
@id("engineers-read-prod-metrics")
permit (principal in Group::"engineers", action == Action::"read", resource in Environment::"production")
when { context.mfa && context.sourceIp.isInRange(ip("10.0.0.0/8")) };

// Finance reads billing data only with MFA.
@id("finance-reads-billing")
permit (principal in Group::"finance", action == Action::"read", resource is BillingData)
when { context.mfa };

// Nobody deletes production data.
@id("no-prod-deletes")
forbid (principal, action == Action::"delete", resource in Environment::"production");
)"),
                    QStringLiteral("demo"), QStringLiteral("The seed's example policies"));
            } };
}

} // namespace traceo
