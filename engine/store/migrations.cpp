#include "cache/cacherepository.h"
#include "chaos/chaosrepository.h"
#include "cost/costalerts.h"
#include "cost/coststore.h"
#include "migration.h"
#include "policy/policyrepository.h"
#include "settingsrepository.h"
#include "slo/slorepository.h"
#include "slo/syntheticcheckrepository.h"

#include <QtGlobal>
#include <algorithm>

namespace traceo {

QString translateSql(QString statement, SqlDialect dialect)
{
    const bool lite = dialect == SqlDialect::Sqlite;
    statement.replace(QStringLiteral("${ID}"),
        lite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    statement.replace(QStringLiteral("${BLOB}"), lite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    statement.replace(QStringLiteral("${REAL}"), lite ? QStringLiteral("REAL") : QStringLiteral("DOUBLE PRECISION"));
    statement.replace(QStringLiteral("${BIGINT}"), lite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT"));
    return statement;
}

const std::vector<Migration>& allMigrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list;
        for (auto&& part :
            { SettingsRepository::migrations(), SloRepository::migrations(), cost::CostStore::migrations(),
                PolicyRepository::migrations(), ChaosRepository::migrations(), CacheRepository::migrations(),
                SyntheticCheckRepository::migrations(), cost::CostAlertRepository::migrations() })
            list.insert(list.end(), part.begin(), part.end());
        std::sort(
            list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        for (size_t i = 1; i < list.size(); ++i)
            Q_ASSERT_X(list[i].version > list[i - 1].version, "allMigrations", "schema versions must be unique");
        return list;
    }();
    return all;
}

int latestSchemaVersion()
{
    return allMigrations().empty() ? 0 : allMigrations().back().version;
}

} // namespace traceo
