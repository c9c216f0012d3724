#pragma once

#include "labeledsli.h"
#include "sliseries.h"
#include "slomath.h"
#include "slothspec.h"
#include "store/database.h"

#include <QList>
#include <optional>

namespace traceo {

struct SloDefinition
{
    qint64 id = 0;
    QString service;
    QString name;
    double objective = 0.999; ///< as a ratio, 0.999 for 99.9 %
    int periodDays = 30; ///< the rolling period (kept, but not used, for calendar months)
    slo::PeriodKind periodKind = slo::PeriodKind::Rolling; ///< schema version 14
    /// A per-label instance (schema version 14): the SLO it is an instance of, and its label set as
    /// slo::instanceLabelsText; its name is slo::instanceName(parent name, labels). 0 and empty otherwise.
    qint64 instanceOf = 0;
    QString instanceLabels {};
};

/// One SLI interval: good and total events in the minute starting at `minute` (Unix minutes).
struct SliBucket
{
    qint64 minute = 0;
    double good = 0;
    double total = 0;
};

/// How an SLO's SLI is queried, as imported from a Sloth spec (schema version 7).
struct SloSliQuery
{
    QString kind; ///< "events" or "raw"
    QString errorQuery; ///< events: with {{.window}}
    QString totalQuery;
    QString errorRatioQuery; ///< raw
    QString source; ///< the spec file it came from
    QByteArray specYaml; ///< the SLO as a one-SLO Sloth spec document (labels, alerting), to regenerate rules
};

struct SloImportCounts
{
    int added = 0;
    int updated = 0;
};

/// Owns the SLO tables (schema versions 2, 7 and 14).
class SloRepository
{
public:
    explicit SloRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();
    const std::shared_ptr<Database>& database() const { return m_db; }

    qint64 addSlo(const SloDefinition& slo);
    /// The id of the instance of `parent` for `labels` (same objective and period), added when new.
    qint64 ensureInstance(const SloDefinition& parent, const slo::InstanceLabels& labels);
    QList<SloDefinition> slos() const;
    enum class BucketMerge
    {
        Replace, ///< a stored minute takes the new good/total
        Add ///< the new good/total are added to a stored minute (several writers of partial minutes)
    };
    /// Inserts buckets for one SLO in one transaction; minutes already stored are merged as `merge` says.
    void storeBuckets(qint64 sloId, const QList<SliBucket>& buckets, BucketMerge merge = BucketMerge::Replace);
    qint64 bucketCount(qint64 sloId) const;
    std::optional<SloSliQuery> sliQuery(qint64 sloId) const;
    /// Adds the SLOs of Sloth specs, or updates objective, period and queries of those already there
    /// (same service and name; their buckets stay), in one transaction. An SLO whose spec gives its
    /// period (SlothSlo::periodDays > 0, or a calendar month) keeps it; the others get `periodDays` and `kind`.
    SloImportCounts importSloth(
        const std::vector<slo::SlothSpec>& specs, int periodDays, slo::PeriodKind kind = slo::PeriodKind::Rolling);
    /// Bad and total events of minutes [fromMinute, toMinute), summed by the database, with the clamping
    /// of SliSeries::fromBuckets (bad = max(0, total − good), negative totals count as 0).
    slo::EventSums bucketSums(qint64 sloId, qint64 fromMinute, qint64 toMinute) const;
    /// The buckets of minutes [fromMinute, toMinute), ordered by minute.
    QList<SliBucket> buckets(qint64 sloId, qint64 fromMinute, qint64 toMinute) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo
