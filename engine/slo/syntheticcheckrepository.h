#pragma once

#include "syntheticcheck.h"

#include <optional>

namespace traceo {

/// Owns the synthetic-check table (schema version 13); the buckets it records go through SloRepository.
class SyntheticCheckRepository
{
public:
    explicit SyntheticCheckRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    /// Creates the check's SLO (`slo`: service, name, objective, period) and the check in one
    /// transaction, and returns the check with its ids. Throws traceo::Error for an invalid check, a
    /// check name in use or an SLO that exists already.
    SyntheticCheck addCheck(SyntheticCheck check, const SloDefinition& slo);
    /// Every check, ordered by name.
    QList<SyntheticCheck> checks() const;
    std::optional<SyntheticCheck> check(const QString& name) const;
    /// Removes the check; its SLO and the history recorded so far stay. False when there is no such check.
    bool removeCheck(const QString& name);
    /// Adds good/total to the stored minutes of each SLO (inserting new minutes), all in one transaction.
    void recordBuckets(const QHash<qint64, QList<SliBucket>>& bucketsBySlo);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
