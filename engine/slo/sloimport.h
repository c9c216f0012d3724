#pragma once

#include "slorepository.h"

namespace traceo::slo {

/// Reads a Sloth `prometheus/v1` or OpenSLO v1 spec file (told apart by content). Throws traceo::Error
/// naming the file and line: unreadable file, bad YAML, or an objective of 100 % (no error budget).
std::vector<SlothSpec> readSloSpecFile(const QString& file);

/// Imports a spec file (readSloSpecFile) into `repo` in one transaction. OpenSLO SLOs carry their
/// period; Sloth SLOs get `periodDays` rolling days, or the calendar month when `kind` says so.
SloImportCounts importSloSpecFile(
    SloRepository& repo, const QString& file, int periodDays, PeriodKind kind = PeriodKind::Rolling);

/// The Sloth specs stored with imported SLOs, one SLO each: those of `sloIds`, or of every SLO when
/// `sloIds` is empty. SLOs that were not imported from a spec (demo SLOs) have none.
std::vector<SlothSpec> storedSlothSpecs(const SloRepository& repo, const QList<qint64>& sloIds = {});

/// Every imported SLO (those with a stored spec) as OpenSLO v1 documents with its stored period (openSloYaml),
/// separated by `---`; empty when no SLO was imported from a spec.
QByteArray storedOpenSloYaml(const SloRepository& repo);

} // namespace traceo::slo
