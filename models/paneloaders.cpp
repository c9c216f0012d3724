#include "paneloaders.h"

#include "cache/cacherepository.h"
#include "chaos/chaosrepository.h"
#include "core/error.h"
#include "cost/coststore.h"
#include "policy/policyrepository.h"
#include "slo/metricseriesstore.h"
#include "slo/slocharts.h"
#include "slo/sloimport.h"
#include "slo/slorepository.h"
#include "slo/slosnapshot.h"
#include "slo/slothrules.h"
#include "slo/syntheticcheckrepository.h"
#include "slotable.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace traceo::paneloaders {

namespace {
struct PaneLoaders
{
    Q_DECLARE_TR_FUNCTIONS(PaneLoaders)
};
} // namespace

PaneSnapshot slos(const std::shared_ptr<Database>& db, const TimeWindow& window)
{
    using namespace slotable;
    // The status at the window's end: for the preset windows that is now, as `traceo slo status`.
    const slo::SloSnapshot snap = slo::computeSloSnapshot(SloRepository(db), slo::MetricSeriesStore(db),
        window.to().toMSecsSinceEpoch(), slo::PeriodMode::TrafficWeighted);
    std::vector<const slo::SloSnapshotRow*> rows;
    for (const slo::SloSnapshotRow& row : snap.rows)
        rows.push_back(&row);
    const auto rank = [](const slo::SloSnapshotRow* r) {
        return r->alerts.page ? PageAlert : r->alerts.ticket ? TicketAlert : NoAlert;
    };
    // Worst first: paging, then with a ticket, then by the budget left; the view keeps this order until
    // the user sorts by a column.
    std::stable_sort(rows.begin(), rows.end(), [&](const auto* a, const auto* b) {
        if (rank(a) != rank(b))
            return rank(a) > rank(b);
        return a->status.budgetRemainingRatio < b->status.budgetRemainingRatio;
    });
    const auto burn
        = [](const slo::WindowStatus& w) { return std::isfinite(w.burnRate) ? QVariant(w.burnRate) : QVariant(); };
    PaneSnapshot s;
    s.main.headers = { PaneLoaders::tr("Service"), PaneLoaders::tr("SLO"), PaneLoaders::tr("Objective"),
        PaneLoaders::tr("Budget left"), PaneLoaders::tr("Burn 1h"), PaneLoaders::tr("Burn 6h"),
        PaneLoaders::tr("Burn 1d"), PaneLoaders::tr("Burn 3d"), PaneLoaders::tr("Alert"),
        PaneLoaders::tr("Exhausted in"), PaneLoaders::tr("ID") };
    int paging = 0;
    int ticket = 0;
    for (const slo::SloSnapshotRow* r : rows) {
        const slo::SloStatus& st = r->status;
        paging += rank(r) == PageAlert;
        ticket += rank(r) == TicketAlert;
        // kStatusWindows: 5m 30m 1h 2h 6h 1d 3d
        s.main.rows.append({ r->slo.service, r->slo.name, r->slo.objective, st.budgetRemainingRatio,
            burn(st.windows[2]), burn(st.windows[4]), burn(st.windows[5]), burn(st.windows[6]), int(rank(r)),
            st.minutesToExhaustion, r->slo.id });
    }
    s.itemCount = s.main.rows.size();
    s.summary = PaneLoaders::tr("%n SLO(s)", nullptr, int(s.itemCount));
    if (paging + ticket > 0)
        s.summary += PaneLoaders::tr(": %1 paging, %2 with a ticket").arg(paging).arg(ticket);
    return s;
}

SloChartSnapshot sloCharts(const std::shared_ptr<Database>& db, const TimeWindow& window, qint64 sloId)
{
    const SloRepository repo(db);
    SloChartSnapshot c;
    c.sloId = sloId;
    for (const SloDefinition& d : repo.slos())
        if (d.id == sloId)
            c.slo = d;
    if (c.slo.id == 0) {
        c.error = PaneLoaders::tr("The SLO with id %1 is no longer in the database.").arg(sloId);
        return c;
    }
    const slo::SloParams params = slo::sloParams(c.slo);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 from = slo::minuteOf(window.from(now));
    const qint64 to = slo::minuteOf(window.to(now));
    const slo::AlertTable table = slo::alertTableAt(params, to);
    const slo::SliSeries series = slo::loadSliSeries(repo, sloId, from - slo::chartLookbackMinutes(params, table), to);
    c.status = slo::sloStatus(series, params, to);
    c.charts = slo::sloCharts(series, params, table, from, to);
    return c;
}

SloImportCounts importSloSpec(const std::shared_ptr<Database>& db, const QString& file, int periodDays)
{
    SloRepository repo(db);
    return slo::importSloSpecFile(repo, file, periodDays);
}

QByteArray sloRulesYaml(const std::shared_ptr<Database>& db, const QList<qint64>& sloIds)
{
    const SloRepository repo(db);
    const std::vector<slo::SlothSpec> specs = slo::storedSlothSpecs(repo, sloIds);
    if (specs.empty())
        throw Error(PaneLoaders::tr("No SLO here was imported from a Sloth or OpenSLO spec, so there are no SLI "
                                    "queries to write rules for. Import a spec first."));
    // Sloth's tier factors depend on the period: one rule file holds SLOs of one period.
    QList<int> periods;
    for (const SloDefinition& d : repo.slos())
        if ((sloIds.isEmpty() || sloIds.contains(d.id)) && repo.sliQuery(d.id) && !periods.contains(d.periodDays))
            periods.append(d.periodDays);
    if (periods.size() > 1) {
        QStringList days;
        for (const int p : periods)
            days << QString::number(p);
        throw Error(PaneLoaders::tr("These SLOs have different periods (%1 days) and Sloth's alert windows depend on "
                                    "the period: export them one at a time.")
                        .arg(days.join(QStringLiteral(", "))));
    }
    slo::SlothRulesOptions options;
    options.windows = slo::AlertTable::slothDefault(periods.value(0, 30));
    return slo::slothRulesYaml(specs, options);
}

QByteArray sloOpenSloYaml(const std::shared_ptr<Database>& db)
{
    const QByteArray yaml = slo::storedOpenSloYaml(SloRepository(db));
    if (yaml.isEmpty())
        throw Error(PaneLoaders::tr("No SLO here was imported from a Sloth or OpenSLO spec, so there is nothing to "
                                    "export as OpenSLO. Import a spec first."));
    return yaml;
}

SyntheticCheck addSyntheticCheck(
    const std::shared_ptr<Database>& db, const SyntheticCheck& check, const SloDefinition& slo)
{
    return SyntheticCheckRepository(db).addCheck(check, slo);
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
