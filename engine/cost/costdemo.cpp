#include "costdemo.h"

#include "costdemocatalog.h"
#include "coststore.h"

#include <QDateTime>

namespace traceo {

namespace cost {

namespace {

using namespace demo;

struct Tagging
{
    const char* team;
    const char* app;
};

const Tagging kServiceApps[] = { { "payments", "checkout" }, { "payments", "billing-api" }, { "search", "search-api" },
    { "search", "indexer" }, { "platform", "gateway" }, { "data", "warehouse" }, { "ml", "inference" } };
const Tagging kBatchApps[] = { { "data", "etl-batch" }, { "ml", "training-batch" } };
const Tagging kShortLivedApps[] = { { "qa", "load-test" }, { "platform", "ci" }, { "search", "reindex" } };

/// One generated resource: its identity and its daily cost, requests and CPU utilization.
struct Resource
{
    const ProviderSpec* provider = nullptr;
    const ServiceSpec* service = nullptr;
    Shape shape = Shape::Steady;
    QByteArray id;
    QByteArray subAccount;
    QByteArray region;
    QByteArray tags;
    QByteArray app;
    double level = 0;
    std::vector<double> cost;
    std::vector<double> requests; ///< request charges of a hot bucket
    std::vector<double> cpuAvg; ///< percent, NaN when not running or not compute
    std::vector<double> cpuP95;
};

template <std::size_t N> const Tagging& pick(SynthRandom& rng, const Tagging (&list)[N])
{
    return list[rng.below(int(N))];
}

QByteArray tagsOf(SynthRandom& rng, Shape shape, QByteArray* app)
{
    const Tagging& t = shape == Shape::Batch ? pick(rng, kBatchApps)
        : shape == Shape::ShortLived         ? pick(rng, kShortLivedApps)
                                             : pick(rng, kServiceApps);
    const double r = rng.uniform();
    const char* env = shape == Shape::Idle ? (r < 0.6 ? "dev" : "staging")
        : shape == Shape::ShortLived       ? "staging"
                                           : (r < 0.75       ? "prod"
                                                   : r < 0.9 ? "staging"
                                                             : "dev");
    *app = t.app;
    return QByteArray("{\"team\": \"") + t.team + "\", \"env\": \"" + env + "\", \"app\": \"" + t.app + "\"}";
}

QByteArray resourceId(SynthRandom& rng, const Resource& r)
{
    const QByteArray unique = QByteArray::number(qulonglong(rng.bits() & 0xffffffffffULL), 16).rightJustified(10, '0');
    return QByteArray(r.service->idFormat)
        .replace("%1", r.region)
        .replace("%2", r.subAccount)
        .replace("%3", r.app)
        .replace("%4", unique);
}

double clampPercent(double v)
{
    return std::clamp(v, 0.5, 99.5);
}

/// The daily cost and utilization of one resource over `days` days from `first`.
void generate(SynthRandom& rng, Resource& r, QDate first, int days)
{
    const double weekendFactor = rng.uniform(0.35, 0.6);
    const double base = rng.uniform(0, 1); // the resource's own utilization level within its shape's range
    const int period = 5 + rng.below(4), phase = rng.below(period), run = 1 + rng.below(2);
    const double requestShare = rng.uniform(0.05, 0.15);
    const bool compute = r.service->hasUtilization;
    for (int t = 0; t < days; ++t) {
        const bool weekend = first.addDays(t).dayOfWeek() >= 6;
        const double n = rng.normal();
        double c = r.level;
        double avg = std::nan(""), p95 = std::nan("");
        switch (r.shape) {
        case Shape::Steady:
        case Shape::Reserved:
        case Shape::Cyclic:
        case Shape::Database:
            c *= 1 + 0.03 * n;
            avg = r.shape == Shape::Cyclic ? (24 + 10 * base) * (weekend ? 0.45 : 1) : 45 + 17 * base;
            p95 = r.shape == Shape::Cyclic ? (82 + 11 * base) * (weekend ? 0.6 : 1) : avg + 15 + 7 * base;
            break;
        case Shape::Business:
        case Shape::Serverless:
            c *= (weekend ? weekendFactor : 1.0) * (1 + 0.06 * n);
            avg = 50 + 15 * base;
            p95 = avg + 18;
            break;
        case Shape::Idle: // development machines, stopped at the weekend
            c = weekend ? 0.0 : c * (1 + 0.02 * n);
            avg = 5 + 10 * base;
            p95 = avg + 10 + 8 * base;
            break;
        case Shape::Batch:
            c *= (weekend ? 0.3 : 1.0) * (1 + 0.08 * n);
            avg = 70 + 15 * base;
            p95 = 95;
            break;
        case Shape::ShortLived:
            c = (t + phase) % period < run ? c * (1 + 0.1 * n) : 0.0;
            avg = 60 + 20 * base;
            p95 = 92;
            break;
        case Shape::Transfer:
            c *= (weekend ? 0.7 : 1.0) * (1 + 0.04 * n);
            break;
        case Shape::ColdStorage:
            c *= (1 + 0.0015 * t) * (1 + 0.004 * n);
            break;
        case Shape::HotStorage:
            c *= (1 + 0.004 * t) * (1 + 0.01 * n);
            r.requests.push_back(r.level * requestShare * (weekend ? 0.5 : 1.0) * (1 + 0.1 * rng.normal()));
            break;
        }
        c = std::max(0.0, c);
        r.cost.push_back(c);
        const bool running = compute && c > 0;
        r.cpuAvg.push_back(running ? clampPercent(avg + 2 * rng.normal()) : std::nan(""));
        r.cpuP95.push_back(running ? clampPercent(std::max(p95 + 2 * rng.normal(), r.cpuAvg.back())) : std::nan(""));
    }
}

/// The first resource of `service` at `provider`.
Resource* resourceOf(std::vector<Resource>& all, const char* provider, const char* service)
{
    for (Resource& r : all)
        if (qstrcmp(r.provider->name, provider) == 0 && qstrcmp(r.service->service, service) == 0)
            return &r;
    return nullptr;
}

/// Changes the cost of `r` on day `t` by `extra` and records it.
void inject(CostDemoData& data, Resource& r, QDate first, int t, double extra)
{
    if (t < 0 || std::size_t(t) >= r.cost.size())
        return;
    r.cost[std::size_t(t)] += extra;
    data.injected.push_back(
        { QStringList { u"service="_qs + QLatin1String(r.service->service),
              u"account="_qs + QLatin1String(r.subAccount), u"region="_qs + QLatin1String(r.region) },
            first.addDays(t), QString::fromLatin1(r.id), extra });
}

void write(FocusCsvWriter& writer, const Resource& r, QDate first)
{
    FocusLine line;
    line.billingAccount = r.provider->billingAccount;
    line.provider = r.provider->name;
    line.service = r.service->service;
    line.serviceCategory = r.service->category;
    line.region = r.region;
    line.subAccount = r.subAccount;
    line.resourceId = r.id;
    line.resourceType = r.service->type;
    line.tags = r.tags;
    const bool reserved = r.shape == Shape::Reserved;
    line.pricingCategory = reserved ? "Committed" : "Standard";
    const double discount = reserved ? 0.62 : r.provider->discount;
    const double unitPrice = r.service->unitPrice > 0 ? r.service->unitPrice : r.level / 24; // Hours: a day is 24
    for (std::size_t t = 0; t < r.cost.size(); ++t) {
        line.day = first.addDays(qint64(t));
        if (r.cost[t] > 0) {
            line.unit = r.service->unit;
            line.list = r.cost[t];
            line.billed = line.effective = r.cost[t] * discount;
            line.quantity = r.cost[t] / unitPrice;
            line.cpuAvg = r.cpuAvg[t];
            line.cpuP95 = r.cpuP95[t];
            writer.add(line);
        }
        if (t < r.requests.size()) {
            line.unit = "Requests";
            line.list = r.requests[t];
            line.billed = line.effective = r.requests[t] * discount;
            line.quantity = std::round(r.requests[t] / 0.0004);
            line.cpuAvg = line.cpuP95 = std::nan("");
            writer.add(line);
        }
    }
}

} // namespace

CostDemoData costDemoData(QDate first, QDate end, std::uint64_t seed)
{
    SynthRandom rng(seed);
    const int days = int(first.daysTo(end));
    std::vector<Resource> all;
    for (const ProviderSpec& p : providers())
        for (const ServiceSpec& s : p.services)
            for (const ResourceGroup& g : s.groups)
                for (int i = 0; i < g.count; ++i) {
                    Resource r;
                    r.provider = &p;
                    r.service = &s;
                    r.shape = g.shape;
                    r.subAccount = p.subAccounts[std::size_t(rng.below(int(p.subAccounts.size())))];
                    r.region = p.regions[std::size_t(rng.below(int(p.regions.size())))];
                    r.tags = tagsOf(rng, g.shape, &r.app);
                    r.id = resourceId(rng, r);
                    r.level = std::exp(rng.uniform(std::log(g.minDaily), std::log(g.maxDaily)));
                    generate(rng, r, first, days);
                    all.push_back(std::move(r));
                }
    CostDemoData data;
    // A runaway query, a function stuck in a retry loop, a database stopped by mistake.
    if (Resource* spike = resourceOf(all, "Google Cloud", "BigQuery"))
        inject(data, *spike, first, days - 9, spike->level * 7);
    if (Resource* runaway = resourceOf(all, "AWS", "AWS Lambda"))
        for (int k = 1; k <= 5; ++k)
            inject(data, *runaway, first, days - 6 + k, std::max(10.0, runaway->level) * 2 * k);
    if (Resource* drop = resourceOf(all, "Microsoft", "Azure SQL Database"))
        for (int t = days - 14; t < days - 12; ++t)
            inject(data, *drop, first, t, -drop->cost[std::size_t(std::max(0, t))]);
    FocusCsvWriter writer;
    for (const Resource& r : all)
        write(writer, r, first);
    data.csv = writer.csv();
    return data;
}

} // namespace cost

DemoSeeder costDemoSeeder()
{
    return { QStringLiteral("cost"), [](const std::shared_ptr<Database>& db, std::mt19937_64& rng) {
                const QDate today = QDate::currentDate();
                const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
                const cost::CostDemoData data = cost::costDemoData(first, today, rng());
                cost::CostStore(db).store(
                    cost::FocusReader::parse(data.csv, QStringLiteral("demo")), QStringLiteral("demo"));
            } };
}

} // namespace traceo
