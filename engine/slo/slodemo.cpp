#include "slodemo.h"

#include "slorepository.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace traceo {

namespace slo {

namespace {

// Service names from plausible parts: every domain once with a front-end style suffix, then once more as
// a background component, for 100 distinct names.
QStringList demoServiceNames()
{
    static constexpr std::array<const char*, 50> domains = { "checkout", "payments", "search", "inventory", "auth",
        "cart", "catalog", "orders", "shipping", "pricing", "recommendations", "notifications", "accounts", "billing",
        "reviews", "media", "identity", "fraud", "ledger", "gateway", "profile", "wishlist", "coupons", "loyalty",
        "tax", "invoices", "refunds", "returns", "warehouse", "delivery", "tracking", "messaging", "email", "sms",
        "push", "analytics", "reporting", "exports", "imports", "scheduler", "feature-flags", "config", "geo", "maps",
        "images", "video", "uploads", "sessions", "tokens", "admin" };
    static constexpr std::array<const char*, 3> frontSuffixes = { "-api", "", "" };
    static constexpr std::array<const char*, 4> backSuffixes = { "-worker", "-consumer", "-cron", "-db-proxy" };
    QStringList names;
    for (size_t i = 0; i < domains.size(); ++i)
        names << QLatin1String(domains[i]) + QLatin1String(frontSuffixes[i % frontSuffixes.size()]);
    for (size_t i = 0; i < domains.size(); ++i)
        names << QLatin1String(domains[i]) + QLatin1String(backSuffixes[i % backSuffixes.size()]);
    return names;
}

struct Shape
{
    double perMinute = 0; ///< mean requests per minute at the daily average
    double peakMinuteOfDay = 0; ///< UTC
    double errorRate = 0; ///< baseline share of bad events
};

// Weekday traffic swings ±55 % around the mean with the peak at the service's busy hour; weekends carry 65 %.
double trafficFactor(qint64 minute, double peakMinuteOfDay)
{
    const double day = double(minute % 1440);
    const double daily = 1.0 + 0.55 * std::cos(2 * std::numbers::pi * (day - peakMinuteOfDay) / 1440.0);
    const qint64 weekday = (minute / 1440 + 3) % 7; // 1970-01-01 was a Thursday; 0 = Monday
    return daily * (weekday >= 5 ? 0.65 : 1.0);
}

QList<SliBucket> demoBuckets(std::mt19937_64& rng, const Shape& shape, double budget,
    const std::vector<const DemoIncident*>& incidents, qint64 nowMinute)
{
    std::normal_distribution<double> noise(0.0, 0.06);
    QList<SliBucket> buckets;
    buckets.reserve(kDemoBucketsPerSlo);
    for (qint64 m = nowMinute - kDemoBucketsPerSlo; m < nowMinute; ++m) {
        const double mean = shape.perMinute * trafficFactor(m, shape.peakMinuteOfDay);
        const double total = std::max(0.0, std::round(mean * (1.0 + noise(rng))));
        double rate = shape.errorRate;
        for (const DemoIncident* i : incidents)
            if (m >= i->fromMinute && m < i->toMinute)
                rate = std::min(1.0, i->burnRate * budget);
        std::poisson_distribution<int> errors(std::max(total * rate, 1e-9));
        const double bad = std::min(total, double(errors(rng)));
        buckets.append({ m, total - bad, total });
    }
    return buckets;
}

} // namespace

std::vector<DemoIncident> seedSloDemo(SloRepository& repo, std::mt19937_64& rng, qint64 nowMinute, int serviceCount)
{
    const QString availability = QStringLiteral("availability");
    const QString latency = QStringLiteral("latency-p99");
    const auto ago = [nowMinute](qint64 hours, qint64 minutes = 0) { return nowMinute - hours * 60 - minutes; };
    // One incident per Sloth default tier, plus one paging right now; all inside the last 4 days.
    const std::vector<DemoIncident> incidents = {
        { QStringLiteral("checkout-api"), availability, 40, ago(3, 20), ago(2, 50) }, // page: 14.4× over 1h & 5m
        { QStringLiteral("cart"), availability, 25, ago(0, 45), nowMinute }, // page now: 14.4× over 1h & 5m
        { QStringLiteral("payments"), availability, 8, ago(16), ago(11) }, // page: 6× over 6h & 30m
        { QStringLiteral("search"), availability, 3.6, ago(30), ago(3) }, // ticket: 3× over 1d & 2h
        { QStringLiteral("auth"), availability, 1.5, ago(96), nowMinute }, // ticket: 1× over 3d & 6h
    };
    // Services that overspent or nearly spent their budget with no single incident: a steady slow burn.
    const QStringList overspent = { QStringLiteral("ledger-api"), QStringLiteral("billing-consumer") };
    const QStringList nearlySpent = { QStringLiteral("tax-api"), QStringLiteral("email") };

    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QStringList services = demoServiceNames().mid(0, serviceCount);
    for (qsizetype s = 0; s < services.size(); ++s) {
        const QString& service = services[s];
        // Traffic spans three orders of magnitude, log-uniform from 20 to 20,000 requests a minute.
        const double perMinute = 20.0 * std::pow(1000.0, unit(rng));
        const double peak = 14 * 60 + (unit(rng) - 0.5) * 6 * 60;
        const double r = unit(rng);
        const double objective = r < 0.6 ? 0.999 : r < 0.8 ? 0.995 : r < 0.9 ? 0.9995 : 0.99;
        double baselineBurn = 0.05 + 0.55 * unit(rng);
        if (overspent.contains(service))
            baselineBurn = 1.15;
        else if (nearlySpent.contains(service))
            baselineBurn = 0.9;
        const bool scripted = overspent.contains(service) || nearlySpent.contains(service)
            || std::any_of(
                incidents.begin(), incidents.end(), [&](const DemoIncident& i) { return i.service == service; });
        std::vector<std::pair<QString, double>> slos = { { availability, objective } };
        if (s % 10 == 0)
            slos.emplace_back(latency, 0.99);
        for (const auto& [name, slosObjective] : slos) {
            std::vector<const DemoIncident*> own;
            for (const DemoIncident& i : incidents)
                if (i.service == service && i.slo == name)
                    own.push_back(&i);
            const double budget = 1.0 - slosObjective;
            // Services with an incident otherwise run clean, so the incident alone decides what fires.
            // Enough traffic that the scripted alerts fire (and the others do not) whatever the noise.
            const Shape shape { scripted ? std::max(perMinute, 800.0) : perMinute, peak,
                budget * (own.empty() ? baselineBurn : 0.1) };
            const qint64 id = repo.addSlo({ 0, service, name, slosObjective, 30 });
            // Its own generator: how many numbers the noise draws depends on the traffic, which follows the
            // clock, and must not shift what the next services draw.
            std::mt19937_64 noise(rng());
            repo.storeBuckets(id, demoBuckets(noise, shape, budget, own, nowMinute));
        }
    }
    return incidents;
}

} // namespace slo

DemoSeeder sloDemoSeeder()
{
    return { QStringLiteral("slo"), [](const std::shared_ptr<Database>& db, std::mt19937_64& rng) {
                SloRepository repo(db);
                slo::seedSloDemo(repo, rng, QDateTime::currentSecsSinceEpoch() / 60);
            } };
}

} // namespace traceo
