#pragma once

#include "store/database.h"

#include <QList>

namespace traceo {

struct SloDefinition
{
    qint64 id = 0;
    QString service;
    QString name;
    double objective = 0.999; ///< as a ratio, 0.999 for 99.9 %
    int periodDays = 30;
};

/// One SLI interval: good and total events in the minute starting at `minute` (Unix minutes).
struct SliBucket
{
    qint64 minute = 0;
    double good = 0;
    double total = 0;
};

/// Owns the SLO tables (schema version 2).
class SloRepository
{
public:
    explicit SloRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
    }
    static std::vector<Migration> migrations();

    qint64 addSlo(const SloDefinition& slo);
    QList<SloDefinition> slos() const;
    /// Inserts or replaces buckets for one SLO in one transaction.
    void storeBuckets(qint64 sloId, const QList<SliBucket>& buckets);
    qint64 bucketCount(qint64 sloId) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
