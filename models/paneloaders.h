#pragma once

#include "core/timewindow.h"
#include "panesnapshot.h"

#include <functional>
#include <memory>

namespace traceo {

class Database;

/// Loads one pane's snapshot from the engine. Runs on a worker thread; throws traceo::Error.
using PaneLoader = std::function<PaneSnapshot(const std::shared_ptr<Database>&, const TimeWindow&)>;

/// The engine calls behind each pane: repository reads turned into value-type snapshots.
namespace paneloaders {
PaneSnapshot slos(const std::shared_ptr<Database>& db, const TimeWindow& window);
PaneSnapshot cache(const std::shared_ptr<Database>& db, const TimeWindow& window);
PaneSnapshot costs(const std::shared_ptr<Database>& db, const TimeWindow& window);
PaneSnapshot policies(const std::shared_ptr<Database>& db, const TimeWindow& window);
PaneSnapshot chaos(const std::shared_ptr<Database>& db, const TimeWindow& window);
} // namespace paneloaders

} // namespace traceo
