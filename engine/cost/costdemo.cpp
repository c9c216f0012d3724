#include "costdemo.h"

#include "coststore.h"

#include <QDateTime>

namespace traceo {

// The demo writes a small FOCUS export and imports it the way a user's file is imported.
DemoSeeder costDemoSeeder()
{
    return { QStringLiteral("cost"),
        [](const std::shared_ptr<Database>& db, std::mt19937_64& rng) {
            const QDate today = QDate::currentDate();
            const QDate start(today.year(), today.month(), 1);
            const struct
            {
                const char* service;
                const char* category;
                const char* type;
                double daily;
            } services[] = {
                { "Amazon EC2", "Compute", "Instance", 410.0 },
                { "Amazon S3", "Storage", "Bucket", 95.0 },
                { "Amazon RDS", "Databases", "DBInstance", 180.0 },
            };
            const char* regions[] = { "us-east-1", "eu-west-1" };
            std::lognormal_distribution<double> jitter(0.0, 0.08);
            auto stamp = [](QDate d) { return d.startOfDay(Qt::UTC).toString(Qt::ISODate).toLatin1(); };
            QByteArray csv = "BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
                             "ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,ServiceCategory,RegionId,"
                             "SubAccountId,ResourceId,ResourceType,BilledCost,EffectiveCost,ListCost,Tags\n";
            for (QDate day = start; day < today || day == start; day = day.addDays(1)) {
                const double weekly = day.dayOfWeek() >= 6 ? 0.75 : 1.0;
                for (const auto& s : services) {
                    for (const char* region : regions) {
                        const double list = s.daily * weekly * jitter(rng) / 2.0;
                        csv += "111122223333,USD," + stamp(start) + ',' + stamp(start.addMonths(1)) + ',' + stamp(day)
                            + ',' + stamp(day.addDays(1)) + ",Usage,AWS," + s.service + ',' + s.category + ',' + region
                            + ",111122223333,demo-" + QByteArray(s.type).toLower() + '-' + region + ',' + s.type + ','
                            + QByteArray::number(list * 0.92, 'f', 6) + ',' + QByteArray::number(list * 0.85, 'f', 6)
                            + ',' + QByteArray::number(list, 'f', 6) + ",\"{\"\"team\"\": \"\"demo\"\"}\"\n";
                    }
                }
                if (day == start && today == start)
                    break;
            }
            cost::CostStore(db).store(cost::FocusReader::parse(csv, QStringLiteral("demo")), QStringLiteral("demo"));
        } };
}

} // namespace traceo
