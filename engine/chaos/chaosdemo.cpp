#include "chaosdemo.h"

#include "chaosrepository.h"

namespace traceo {

DemoSeeder chaosDemoSeeder()
{
    return { QStringLiteral("chaos"), [](const std::shared_ptr<Database>& db, std::mt19937_64&) {
                ChaosRepository repo(db);
                repo.addExperiment({ 0, QStringLiteral("checkout-latency"), QStringLiteral("service=checkout"),
                    QStringLiteral("latency"), 10, QStringLiteral("checkout/availability"), QStringLiteral("draft") });
            } };
}

} // namespace traceo
