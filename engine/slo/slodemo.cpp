#include "slodemo.h"

#include "slorepository.h"

#include <QDateTime>

#include <cmath>
#include <numbers>

namespace traceo {

DemoSeeder sloDemoSeeder()
{
    return { QStringLiteral("slo"), [](const std::shared_ptr<Database>& db, std::mt19937_64& rng) {
                SloRepository repo(db);
                const qint64 now = QDateTime::currentSecsSinceEpoch() / 60;
                const struct { const char16_t* service; const char16_t* name; double objective; double errorRate; } slos[] = {
                    { u"checkout", u"availability", 0.999, 0.0004 },
                    { u"search", u"availability", 0.995, 0.002 },
                    { u"payments", u"latency-p99", 0.99, 0.003 },
                };
                std::normal_distribution<double> noise(0.0, 0.05);
                for (const auto& s : slos) {
                    const qint64 id = repo.addSlo({ 0, QString::fromUtf16(s.service), QString::fromUtf16(s.name), s.objective, 30 });
                    QList<SliBucket> buckets;
                    buckets.reserve(1440);
                    for (qint64 m = now - 1440; m < now; ++m) {
                        const double phase = double(m % 1440) / 1440.0 * 2.0 * std::numbers::pi;
                        const double total = std::round(600.0 * (1.3 + std::sin(phase)) * (1.0 + noise(rng)));
                        std::poisson_distribution<int> errors(std::max(total, 0.0) * s.errorRate);
                        const double bad = std::min<double>(errors(rng), total);
                        buckets.append({ m, std::max(total - bad, 0.0), std::max(total, 0.0) });
                    }
                    repo.storeBuckets(id, buckets);
                }
            } };
}

} // namespace traceo
