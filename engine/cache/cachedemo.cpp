#include "cachedemo.h"

#include "cacherepository.h"

namespace traceo {

DemoSeeder cacheDemoSeeder()
{
    return { QStringLiteral("cache"), [](const std::shared_ptr<Database>& db, std::mt19937_64&) {
                CacheRepository repo(db);
                const QDateTime now = QDateTime::currentDateTimeUtc();
                repo.put({ QStringLiteral("prometheus:local-prometheus:query:up"),
                    QByteArrayLiteral(R"({"status":"success","data":{"resultType":"vector","result":[]}})"), now,
                    now.addSecs(300) });
            } };
}

} // namespace traceo
