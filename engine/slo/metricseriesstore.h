#pragma once

#include "metricseries.h"
#include "store/database.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace traceo::slo {

struct MetricImportCounts
{
    int seriesAdded = 0;
    int seriesUpdated = 0;
    qint64 samples = 0; ///< samples stored for the imported series after the merge
};

/// Imported metric series (`traceo slo import-metrics`) and the SLI refresh high-water marks (schema
/// version 11). A series is one row with its samples in one blob of little-endian (int64 ms, double)
/// pairs sorted by time: 16 bytes a sample, read back without parsing.
class MetricSeriesStore
{
    Q_DECLARE_TR_FUNCTIONS(traceo::slo::MetricSeriesStore)

public:
    explicit MetricSeriesStore(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    /// Adds the series in one transaction; a series already stored (same name and labels) gets the new
    /// samples merged in, a sample at a time already there replacing the stored one.
    MetricImportCounts importSeries(const std::vector<MetricSeries>& series);
    /// Every stored series of one metric name.
    std::vector<MetricSeries> seriesOf(const QString& metric) const;
    qint64 seriesCount() const;

    /// The last minute whose SLI bucket an SLO refresh filled (exclusive end), if any.
    std::optional<qint64> refreshedUntil(qint64 sloId) const;
    void setRefreshedUntil(qint64 sloId, qint64 endMinute, const QString& source);

    static QByteArray encodeSamples(const MetricSeries& s);
    static void decodeSamples(const QByteArray& blob, MetricSeries* s);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo::slo
