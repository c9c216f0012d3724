#pragma once

#include "slomath.h"

#include <QMap>
#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace traceo::slo {

/// The label set of one SLO instance: what `sum by (route) (…)` keeps. Empty for an SLO whose queries
/// give one series without labels (plain `sum(…)`): that SLO is its own single instance.
using InstanceLabels = QMap<QString, QString>;

/// `{route="/pay",verb="GET"}` (labels sorted, values quoted as in PromQL); empty for no labels.
QString instanceLabelsText(const InstanceLabels& labels);
/// `availability{route="/pay"}`: the name an SLO instance is listed and stored under.
QString instanceName(const QString& sloName, const InstanceLabels& labels);

/// One value per label set of a query's result, keyed by instanceLabelsText.
struct LabeledValue
{
    InstanceLabels labels;
    double value = 0;
};
using LabeledValues = std::map<QString, LabeledValue>;
void addLabeledValue(LabeledValues& values, const InstanceLabels& labels, double value);

/// A window's figures per label set, keyed by instanceLabelsText.
struct LabeledWindow
{
    InstanceLabels labels;
    WindowStatus status;
};
using LabeledWindows = std::map<QString, LabeledWindow>;

/// The window of `minutes` from the error and total query results, matched on all labels as PromQL's
/// `(error) / (total)` matches them: a label set with both values gets errorRatio = error / total; a
/// label set in one of them only (no errors yet, or no traffic) gets NaN, its events as known and 0 for
/// the other. `errorEvents`/`totalEvents` turn a value into events (the window's seconds for a rate).
LabeledWindows eventWindows(qint64 minutes, double budgetRatio, const LabeledValues& errors, double errorEvents,
    const LabeledValues& totals, double totalEvents);

/// An SLI whose queries may give one series per label set (`sum by (…)`).
struct LabeledSource
{
    std::function<LabeledWindows(qint64 minutes)> windows;
    /// Sloth's period ratio per label set (NaN or absent: no traffic).
    std::function<LabeledValues(qint64 periodMinutes)> slothMeanRatios;
};

struct InstanceSource
{
    InstanceLabels labels;
    WindowSource source;
};

/// One WindowSource per label set seen in any of `probeWindows` (each window evaluated once and kept);
/// a label set missing from a window has no traffic there (NaN ratios). Without any label set, one
/// instance without labels whose windows are all empty, so an SLO without data still has its row.
std::vector<InstanceSource> splitInstances(const LabeledSource& source, const std::vector<qint64>& probeWindows);

} // namespace traceo::slo
