#include "syntheticdemo.h"

#include "syntheticcheckrepository.h"

#include <QDateTime>

namespace traceo {

DemoSeeder syntheticDemoSeeder()
{
    return { QStringLiteral("synthetic"), [](const std::shared_ptr<Database>& db, std::mt19937_64& rng) {
                SyntheticCheckRepository repo(db);
                struct Demo
                {
                    SyntheticCheck check;
                    SloDefinition slo;
                    double badRatio;
                };
                SyntheticCheck health;
                health.name = QStringLiteral("local-healthz");
                health.url = QStringLiteral("http://127.0.0.1:8080/healthz");
                health.latencyThresholdMs = 200;
                health.timeoutMs = 2000;
                health.intervalSeconds = 30;
                SyntheticCheck search;
                search.name = QStringLiteral("local-search");
                search.url = QStringLiteral("http://127.0.0.1:8080/api/search?q=traceo");
                search.latencyThresholdMs = 800;
                search.timeoutMs = 5000;
                search.intervalSeconds = 60;
                search.bodyContains = QStringLiteral("results");
                const Demo demos[] = {
                    { health, { 0, QStringLiteral("local"), QStringLiteral("healthz-probe"), 0.999, 30 }, 0.0005 },
                    { search, { 0, QStringLiteral("local"), QStringLiteral("search-probe"), 0.99, 30 }, 0.006 },
                };
                const qint64 now = QDateTime::currentSecsSinceEpoch() / 60;
                std::uniform_real_distribution<double> draw(0.0, 1.0);
                QHash<qint64, QList<SliBucket>> history;
                for (const Demo& d : demos) {
                    const SyntheticCheck added = repo.addCheck(d.check, d.slo);
                    const int perMinute = std::max(1, 60 / d.check.intervalSeconds);
                    QList<SliBucket>& buckets = history[added.sloId];
                    for (qint64 m = now - 1440; m < now; ++m) {
                        SliBucket b { m, 0, double(perMinute) };
                        for (int i = 0; i < perMinute; ++i)
                            b.good += draw(rng) < d.badRatio ? 0 : 1;
                        buckets.append(b);
                    }
                }
                repo.recordBuckets(history);
            } };
}

} // namespace traceo
