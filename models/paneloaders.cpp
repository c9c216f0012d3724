#include "paneloaders.h"

#include "cache/cacherepository.h"
#include "chaos/chaosrepository.h"
#include "cost/coststore.h"
#include "policy/policyrepository.h"
#include "slo/slorepository.h"

#include <QCoreApplication>

namespace traceo::paneloaders {

namespace {
struct PaneLoaders
{
    Q_DECLARE_TR_FUNCTIONS(PaneLoaders)
};
} // namespace

PaneSnapshot slos(const std::shared_ptr<Database>& db, const TimeWindow&)
{
    const SloRepository repo(db);
    PaneSnapshot s;
    s.main.headers = { PaneLoaders::tr("Service"), PaneLoaders::tr("SLO"), PaneLoaders::tr("Objective %"),
        PaneLoaders::tr("Period (days)"), PaneLoaders::tr("SLI buckets") };
    for (const SloDefinition& slo : repo.slos()) {
        s.main.rows.append({ slo.service, slo.name, slo.objective * 100.0, slo.periodDays, repo.bucketCount(slo.id) });
    }
    s.itemCount = s.main.rows.size();
    s.summary = PaneLoaders::tr("%n SLO(s)", nullptr, int(s.itemCount));
    return s;
}

PaneSnapshot cache(const std::shared_ptr<Database>& db, const TimeWindow&)
{
    const CacheRepository repo(db);
    PaneSnapshot s;
    s.itemCount = repo.count();
    s.main.headers = { PaneLoaders::tr("Key"), PaneLoaders::tr("Tier"), PaneLoaders::tr("Stored"),
        PaneLoaders::tr("Expires"), PaneLoaders::tr("Bytes") };
    for (const CacheEntry& e : repo.entries(1000))
        s.main.rows.append({ e.key, PaneLoaders::tr("SQLite"), e.storedAt, e.expiresAt, qint64(e.value.size()) });
    s.summary = PaneLoaders::tr("%n cached answer(s)", nullptr, int(s.itemCount));
    return s;
}

PaneSnapshot costs(const std::shared_ptr<Database>& db, const TimeWindow&)
{
    const cost::CostStore store(db);
    PaneSnapshot s;
    s.main.headers = { PaneLoaders::tr("Provider"), PaneLoaders::tr("Billing account"), PaneLoaders::tr("Period start"),
        PaneLoaders::tr("Period end"), PaneLoaders::tr("Line items"), PaneLoaders::tr("Billed cost"),
        PaneLoaders::tr("Source") };
    for (const cost::CostImport& i : store.imports())
        s.main.rows.append({ i.provider, i.billingAccount, i.periodStart.date(), i.periodEnd.date(), i.rowCount,
            i.billedTotal, i.source });
    s.itemCount = s.main.rows.size();
    s.summary = PaneLoaders::tr("%n import(s)", nullptr, int(s.itemCount));
    return s;
}

PaneSnapshot policies(const std::shared_ptr<Database>& db, const TimeWindow&)
{
    const PolicyRepository repo(db);
    PaneSnapshot s;
    s.main.headers = { PaneLoaders::tr("Policy set"), PaneLoaders::tr("Latest version"), PaneLoaders::tr("Author"),
        PaneLoaders::tr("Saved"), PaneLoaders::tr("Versions") };
    const QStringList detailHeaders = { PaneLoaders::tr("Version"), PaneLoaders::tr("Author"),
        PaneLoaders::tr("Message"), PaneLoaders::tr("Saved"), PaneLoaders::tr("SHA-256") };
    for (const QString& set : repo.policySets()) {
        const QList<PolicyVersion> versions = repo.versions(set);
        TableSnapshot detail;
        detail.headers = detailHeaders;
        const PolicyVersion* latest = nullptr;
        for (const PolicyVersion& v : versions) {
            detail.rows.append({ v.version, v.author, v.message, v.createdAt, v.contentHash.left(12) });
            if (!latest || v.version > latest->version)
                latest = &v;
        }
        if (latest)
            s.main.rows.append({ set, latest->version, latest->author, latest->createdAt, qint64(versions.size()) });
        else
            s.main.rows.append({ set, QVariant(), QString(), QVariant(), qint64(0) });
        s.details.append(detail);
        s.detailTexts.append(latest ? latest->content : QString());
    }
    s.itemCount = s.main.rows.size();
    s.summary = PaneLoaders::tr("%n policy set(s)", nullptr, int(s.itemCount));
    return s;
}

PaneSnapshot chaos(const std::shared_ptr<Database>& db, const TimeWindow&)
{
    const ChaosRepository repo(db);
    PaneSnapshot s;
    s.main.headers = { PaneLoaders::tr("Experiment"), PaneLoaders::tr("Target"), PaneLoaders::tr("Fault"),
        PaneLoaders::tr("Blast radius %"), PaneLoaders::tr("Guard SLO"), PaneLoaders::tr("Status") };
    for (const ChaosExperiment& e : repo.experiments())
        s.main.rows.append({ e.name, e.target, e.fault, e.blastRadiusPercent, e.guardSlo, e.status });
    s.itemCount = s.main.rows.size();
    s.summary = PaneLoaders::tr("%n experiment(s)", nullptr, int(s.itemCount));
    return s;
}

} // namespace traceo::paneloaders
