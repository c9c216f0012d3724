#pragma once

#include "slothspec.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace traceo::slo {

/// True when a document of the YAML text has an `apiVersion` starting with `openslo/` (so it is an
/// OpenSLO file rather than a Sloth spec). Does not throw; unreadable YAML gives false.
bool isOpenSloYaml(const QByteArray& yaml);

/// Reads the `kind: SLO` documents of an OpenSLO v1 file (`apiVersion: openslo/v1`) into the model
/// the Sloth importer produces: one SlothSpec per SLO document (version "prometheus/v1", the
/// document's spec.service), one SlothSlo per objective (named metadata.name, or
/// `<metadata.name>-<index>` when there are several, as Sloth does), objective in percent, period from
/// the rolling timeWindow, alerts disabled (OpenSLO alert policies are not read).
///
/// Supported: an inline `indicator` or an `indicatorRef` to a `kind: SLI` document of the same file;
/// `ratioMetric` with `total` and `good` (error query `(total) - (good)`) or `bad` (error query as
/// written), or `raw` with `rawType` failure/success; Prometheus metric sources
/// (`metricSource.type: Prometheus`, `metricSource.spec.query`); `budgetingMethod: Occurrences`;
/// rolling time windows in whole days (`28d`, `4w`, `720h`); the calendar month in UTC (`duration: 1M`,
/// `isRolling: false`, `calendar: {startTime: <a 1st, 00:00:00>, timeZone: UTC}`; PeriodKind::CalendarMonth);
/// `target` (ratio) or `targetPercent`.
/// `kind: Service` documents are skipped.
///
/// Everything else is rejected, never ignored: Throws traceo::Error `file:line: field.path: problem`.
std::vector<SlothSpec> parseOpenSloSpecs(const QByteArray& yaml, const QString& fileName);
std::vector<SlothSpec> readOpenSloSpecFile(const QString& path);

/// Writes every SLO of a spec as an OpenSLO v1 `kind: SLO` document (several separated by `---`), with
/// an inline Prometheus ratioMetric (`bad` and `total`, or `raw` with rawType failure), a rolling
/// window of periodDays (30 when 0) or the UTC calendar month (startTime 2020-01-01 00:00:00), and
/// `targetPercent`. Spec labels and SLO labels go to
/// metadata.labels; Sloth alerting settings have no OpenSLO equivalent and are not written.
/// parseOpenSloSpecs reads the result back to the same SLOs (alerts disabled).
QByteArray openSloYaml(const SlothSpec& spec);

} // namespace traceo::slo
