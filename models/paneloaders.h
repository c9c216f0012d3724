#pragma once

#include "core/timewindow.h"
#include "panesnapshot.h"
#include "slo/syntheticcheck.h"
#include "slochartfeed.h"

#include <functional>
#include <memory>

namespace traceo {

class Database;

/// Loads one pane's snapshot from the engine. Runs on a worker thread; throws traceo::Error.
using PaneLoader = std::function<PaneSnapshot(const std::shared_ptr<Database>&, const TimeWindow&)>;

/// The engine calls behind each pane: repository reads turned into value-type snapshots.
namespace paneloaders {
/// The SLO table (columns of slotable.h), worst first, with the status at the window's end.
PaneSnapshot slos(const std::shared_ptr<Database>& db, const TimeWindow& window);
/// The detail charts of one SLO over the window.
SloChartSnapshot sloCharts(const std::shared_ptr<Database>& db, const TimeWindow& window, qint64 sloId);
/// Imports a Sloth or OpenSLO spec file (errors name the file and line).
SloImportCounts importSloSpec(const std::shared_ptr<Database>& db, const QString& file, int periodDays);
/// The Prometheus rules (YAML) Sloth generates for the imported SLOs `sloIds` (all when empty).
QByteArray sloRulesYaml(const std::shared_ptr<Database>& db, const QList<qint64>& sloIds);
/// The imported SLOs as OpenSLO v1 documents (YAML); throws when no SLO was imported from a spec.
QByteArray sloOpenSloYaml(const std::shared_ptr<Database>& db);
/// Adds a synthetic check and the SLO it feeds in one transaction (SyntheticCheckRepository::addCheck).
SyntheticCheck addSyntheticCheck(
    const std::shared_ptr<Database>& db, const SyntheticCheck& check, const SloDefinition& slo);
PaneSnapshot cache(const std::shared_ptr<Database>& db, const TimeWindow& window);
PaneSnapshot costs(const std::shared_ptr<Database>& db, const TimeWindow& window);
PaneSnapshot policies(const std::shared_ptr<Database>& db, const TimeWindow& window);
PaneSnapshot chaos(const std::shared_ptr<Database>& db, const TimeWindow& window);
} // namespace paneloaders

} // namespace traceo
