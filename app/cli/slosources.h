#pragma once

#include "cli.h"
#include "slo/slosnapshot.h"
#include "slo/slothspec.h"

#include <QDateTime>

namespace traceo::cli {

/// An RFC 3339 option value (`--at`, `--to`), or a UsageError naming the option.
QDateTime parseInstant(const QString& text, const char* option);
/// The option's instant, or now when it is not set.
QDateTime instantOption(Context& ctx, const char* option);

/// `slo status --prometheus URL [--spec FILE]`: every SLO of the spec (or the database's imported SLOs)
/// evaluated by the Prometheus server at `atMs`.
slo::SloSnapshot prometheusSnapshot(Context& ctx, qint64 atMs, slo::PeriodMode mode);

/// `slo import-metrics` and `slo refresh`.
std::vector<Command> sloSourceCommands();

} // namespace traceo::cli
