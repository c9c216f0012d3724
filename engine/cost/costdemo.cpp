#include "costdemo.h"

#include "costrepository.h"

#include <QDateTime>

namespace traceo {

DemoSeeder costDemoSeeder()
{
    return { QStringLiteral("cost"), [](const std::shared_ptr<Database>& db, std::mt19937_64& rng) {
                CostRepository repo(db);
                const QDate today = QDate::currentDate();
                const QDate start(today.year(), today.month(), 1);
                const struct { const char16_t* service; const char16_t* type; double daily; } services[] = {
                    { u"Amazon EC2", u"Instance", 410.0 },
                    { u"Amazon S3", u"Bucket", 95.0 },
                    { u"Amazon RDS", u"DBInstance", 180.0 },
                };
                const char16_t* regions[] = { u"us-east-1", u"eu-west-1" };
                std::lognormal_distribution<double> jitter(0.0, 0.08);
                QList<CostLineItem> items;
                for (QDate day = start; day < today || day == start; day = day.addDays(1)) {
                    const double weekly = day.dayOfWeek() >= 6 ? 0.75 : 1.0;
                    for (const auto& s : services) {
                        for (const char16_t* region : regions) {
                            const double list = s.daily * weekly * jitter(rng) / 2.0;
                            items.append({ day, QString::fromUtf16(s.service), QString::fromUtf16(region),
                                QStringLiteral("111122223333"), QString::fromUtf16(s.type), list * 0.92, list * 0.85, list });
                        }
                    }
                    if (day == start && today == start)
                        break;
                }
                repo.replaceImport({ 0, QStringLiteral("demo"), QStringLiteral("AWS"), QStringLiteral("111122223333"), start,
                                       start.addMonths(1), 0 },
                    items);
            } };
}

} // namespace traceo
