#pragma once

#include "store/database.h"

#include <QList>

namespace traceo {

/// A fault-injection experiment: what it breaks, how widely, and the SLO that guards it.
struct ChaosExperiment
{
    qint64 id = 0;
    QString name;
    QString target;      ///< service or resource selector
    QString fault;       ///< "latency", "error", "kill", …
    int blastRadiusPercent = 0;
    QString guardSlo;    ///< "service/slo" whose budget aborts the run when burning
    QString status = QStringLiteral("draft");
};

/// Owns the chaos tables (schema version 5).
class ChaosRepository
{
public:
    explicit ChaosRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    {
    }
    static std::vector<Migration> migrations();

    qint64 addExperiment(const ChaosExperiment& experiment);
    QList<ChaosExperiment> experiments() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
