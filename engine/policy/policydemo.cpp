#include "policydemo.h"

#include "cedar/authorizer.h"
#include "core/error.h"
#include "decisioninput.h"
#include "policyaudit.h"
#include "policyrepository.h"
#include "policytext.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

namespace traceo {

namespace {

QByteArray resource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("traceo::policy", "Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

cedar::Json jsonBool(bool b)
{
    cedar::Json j;
    j.type = cedar::Json::Type::Bool;
    j.b = b;
    return j;
}

cedar::Json jsonString(std::string s)
{
    cedar::Json j;
    j.type = cedar::Json::Type::String;
    j.s = std::move(s);
    return j;
}

constexpr int kDemoDecisions = 360;

struct DemoCall
{
    cedar::EntityUid user;
    cedar::EntityUid action;
    cedar::EntityUid resource;
};

// A week of traffic: people mostly touch what their work is about (engineers metrics, finance
// billing, SREs datasets), sometimes something else; mostly reads, some deletes.
DemoCall demoCall(std::mt19937_64& rng)
{
    struct Person
    {
        const char* user;
        std::vector<int> usual; // indexes into kResources
    };
    static const std::pair<const char*, const char*> kResources[] = { { "Metrics", "prod-api-latency" },
        { "Metrics", "prod-checkout-errors" }, { "Metrics", "staging-api-latency" }, { "Billing", "invoices-2026" },
        { "Billing", "cloud-spend-forecast" }, { "Dataset", "prod-orders" }, { "Dataset", "staging-orders" } };
    static const Person kPeople[] = { { "alice", { 0, 1, 2 } }, { "bob", { 0, 1, 2 } }, { "carol", { 3, 4 } },
        { "dave", { 5, 6, 0 } }, { "erin", { 2, 4, 6 } } };
    std::uniform_int_distribution<int> percent(0, 99);
    const Person& person = kPeople[size_t(percent(rng)) % std::size(kPeople)];
    const bool usual = percent(rng) < 85;
    const int index
        = usual ? person.usual[size_t(percent(rng)) % person.usual.size()] : percent(rng) % int(std::size(kResources));
    const bool remove = percent(rng) < 12;
    const auto& [type, id] = kResources[index];
    return { cedar::EntityUid("Traceo::User", person.user),
        cedar::EntityUid("Traceo::Action", remove ? "delete" : "read"),
        cedar::EntityUid(std::string("Traceo::") + type, id) };
}

// Most requests come with MFA from the VPN (10.20.0.0/16); some from outside, and scheduled jobs
// send no source address at all.
cedar::Json demoContext(std::mt19937_64& rng)
{
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> octet(1, 254);
    cedar::Json context;
    context.type = cedar::Json::Type::Object;
    context.members.push_back({ "mfa", jsonBool(percent(rng) < 80) });
    const int source = percent(rng);
    if (source < 72) {
        const int net = octet(rng);
        const int host = octet(rng);
        context.members.push_back(
            { "source_ip", jsonString("10.20." + std::to_string(net) + '.' + std::to_string(host)) });
    } else if (source < 92) {
        context.members.push_back({ "source_ip", jsonString("203.0.113." + std::to_string(octet(rng))) });
    }
    return context;
}

} // namespace

DefaultPolicySet defaultPolicySet()
{
    return { QString::fromUtf8(resource(QStringLiteral(":/policies/default.cedar"))),
        resource(QStringLiteral(":/policies/default.entities.json")),
        resource(QStringLiteral(":/policies/default.cedarschema")) };
}

DemoSeeder policyDemoSeeder()
{
    return { QStringLiteral("policy"), [](const std::shared_ptr<Database>& db, std::mt19937_64& rng) {
                const DefaultPolicySet set = defaultPolicySet();
                const PolicyVersion version = PolicyRepository(db).saveVersion(QStringLiteral("default"), set.policies,
                    QStringLiteral("demo"), QStringLiteral("The seed's default policies"));
                DecisionInput input;
                input.loadSchema(view(set.schema), QStringLiteral("default.cedarschema"));
                input.loadEntities(view(set.entities), QStringLiteral("default.entities.json"));
                const QByteArray text = set.policies.toUtf8();
                const cedar::PolicySet policies(parsePolicyText(view(text), QStringLiteral("default.cedar")));

                std::vector<qint64> offsets(kDemoDecisions);
                std::uniform_int_distribution<qint64> second(0, 7 * 24 * 3600 - 1);
                for (qint64& s : offsets)
                    s = second(rng);
                std::sort(offsets.begin(), offsets.end());
                const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
                AuditLog log(db);
                for (int i = 0; i < kDemoDecisions; ++i) {
                    const DemoCall call = demoCall(rng);
                    const cedar::Request request = input.request(
                        call.user, call.action, call.resource, demoContext(rng), QStringLiteral("demo"));
                    AuditEntry entry = auditEntry(
                        request, policies.authorize(request, input.entities()), version.policySet, version.contentHash);
                    entry.time = start.addSecs(offsets[size_t(i)]);
                    log.append(entry);
                }
            } };
}

} // namespace traceo
