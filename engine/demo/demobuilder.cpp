#include "demobuilder.h"

#include "cache/cachedemo.h"
#include "chaos/chaosdemo.h"
#include "core/error.h"
#include "cost/costdemo.h"
#include "policy/policydemo.h"
#include "slo/slodemo.h"
#include "slo/syntheticdemo.h"
#include "store/settingsdemo.h"
#include "store/sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace traceo {

namespace {
// An SQLite file with its WAL and shared-memory files.
void removeWithSidecars(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}
} // namespace

std::vector<DemoSeeder> demoSeeders()
{
    return { settingsDemoSeeder(), sloDemoSeeder(), costDemoSeeder(), policyDemoSeeder(), chaosDemoSeeder(),
        cacheDemoSeeder(), syntheticDemoSeeder() };
}

void buildDemoDatabase(
    const QString& path, quint64 seed, bool replace, const std::function<void(int, int, const QString&)>& progress)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(target) && !replace)
        throw Error(QCoreApplication::translate(
            "traceo::Demo", "%1 already exists: choose another file or pass --force to replace it")
                        .arg(target));
    const QString temp = target + QStringLiteral(".building");
    removeWithSidecars(temp);
    const std::vector<DemoSeeder> seeders = demoSeeders();
    {
        DatabaseLocation loc;
        loc.path = temp;
        auto db = Database::open(loc);
        Transaction tx(db->connection());
        std::seed_seq sequence { seed };
        std::mt19937_64 rng(sequence);
        for (size_t i = 0; i < seeders.size(); ++i) {
            if (progress)
                progress(int(i), int(seeders.size()), seeders[i].domain);
            std::mt19937_64 domainRng(rng());
            seeders[i].seed(db, domainRng);
        }
        tx.commit();
        execSql(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    removeWithSidecars(target);
    if (!QFile::rename(temp, target))
        throw Error(
            QCoreApplication::translate("traceo::Demo", "Cannot move the demo database into place at %1").arg(target));
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    if (progress)
        progress(int(seeders.size()), int(seeders.size()), QString());
}

} // namespace traceo
