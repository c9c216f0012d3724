#pragma once

#include "core/timewindow.h"
#include "slo/slocharts.h"
#include "slo/slorepository.h"

#include <QObject>
#include <functional>
#include <memory>

namespace traceo {

class Database;

/// The detail charts of one SLO over one time window, loaded off the GUI thread.
struct SloChartSnapshot
{
    qint64 sloId = 0; ///< 0: nothing selected
    SloDefinition slo;
    slo::SloStatus status; ///< at the window's end, as in the table
    slo::SloCharts charts;
    QString error;
};

using SloChartLoader
    = std::function<SloChartSnapshot(const std::shared_ptr<Database>&, const TimeWindow&, qint64 sloId)>;

/// Feeds the SLO pane's detail charts: load() runs the loader on a worker thread and swaps the result
/// in; a generation counter drops results that arrive after a newer request.
class SloChartFeed : public QObject
{
    Q_OBJECT
public:
    explicit SloChartFeed(SloChartLoader loader, QObject* parent = nullptr);

    /// Loads the charts of SLO `sloId` over `window`; a null database or id 0 clears them.
    void load(std::shared_ptr<Database> db, const TimeWindow& window, qint64 sloId);

    const SloChartSnapshot& snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_loading; }
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void loaded();

private:
    void apply(SloChartSnapshot snapshot);

    SloChartLoader m_loader;
    SloChartSnapshot m_snapshot;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace traceo
