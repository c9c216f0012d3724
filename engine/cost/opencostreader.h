#pragma once

#include "focusreader.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace traceo::cost {

enum class OpenCostKind
{
    Auto, ///< told apart by the shape of `data`: an array is /allocation, an object with `sets` is /cloudCost
    Allocation, ///< GET /allocation: Kubernetes workload costs, one set of allocations per step
    CloudCost ///< GET /cloudCost: the cloud provider's billing data, one set per day
};

struct OpenCostReadOptions
{
    OpenCostKind kind = OpenCostKind::Auto;
    /// OpenCost's responses do not name their currency (it is the server's CURRENCY_CODE setting).
    QString currency = QStringLiteral("USD");
    /// The billing account of allocations whose properties name no cluster (OpenCost's default CLUSTER_ID).
    QString defaultCluster = QStringLiteral("default-cluster");
};

/// Reads OpenCost API responses into the line items the FOCUS reader produces, so that they are
/// stored, replaced and broken down like any FOCUS export.
///
/// /allocation: one line item per allocation, step and cost component (CPU, GPU, RAM, persistent
/// volume, network, load balancer, shared, external; adjustments included), provider "Kubernetes",
/// the cluster as billing account, the namespace as sub-account, the allocation's name as resource,
/// its labels as tags and node, controller, pod and container as x_ columns. The components of an
/// allocation add up to its totalCost (a remainder OpenCost does not attribute is kept as "Other").
///
/// /cloudCost: one line item per cloud cost item and day: invoiced cost as billed, amortized net cost
/// as effective, list cost as list; invoice entity / account / provider / service / category /
/// providerID as billing account / sub-account / provider / service / resource type / resource.
///
/// The charge period and the billing period are the item's window (a step: a day by default), so a
/// re-import of a window replaces exactly the days it covers.
class OpenCostReader
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::OpenCostReader)
public:
    /// Parses one response body; `name` (a file or URL) starts every message. Throws traceo::Error
    /// naming the JSON path of the bad value ("$.data[3]["kube-system"].cpuCost: expected a number"),
    /// or OpenCost's own message when its `code` is not 200. Also the fuzzing entry point.
    static FocusReadResult parse(QByteArrayView data, const QString& name, const OpenCostReadOptions& options = {});
    /// Reads a saved response (plain JSON). Throws traceo::Error.
    static FocusReadResult readFile(const QString& path, const OpenCostReadOptions& options = {});
};

} // namespace traceo::cost
