#pragma once

#include <vector>

namespace traceo::cost::demo {

/// How a demo resource's cost and utilization behave, and which recommendation it calls for.
enum class Shape
{
    Steady, ///< flat on-demand cost, well used: commitment (reserved instances, savings plans)
    Reserved, ///< flat, already on committed pricing: nothing to do
    Business, ///< follows the working week, scaled with its demand: nothing to do
    Idle, ///< development machines using a tenth of their CPU: right-sizing
    Cyclic, ///< flat cost while the CPU swings by the day and the week: auto-scaling
    Batch, ///< tagged batch work: spot
    ShortLived, ///< runs of a day or two: spot
    Transfer, ///< NAT, egress and CDN traffic: compression
    ColdStorage, ///< slowly growing storage nobody reads: tiering
    HotStorage, ///< storage with request charges: nothing to do
    Database, ///< steady databases (not compute)
    Serverless, ///< functions and queries following the working week
};

struct ResourceGroup
{
    Shape shape;
    int count;
    double minDaily; ///< list cost a day, drawn log-uniformly between the two
    double maxDaily;
};

struct ServiceSpec
{
    const char* service; ///< FOCUS ServiceName
    const char* category; ///< FOCUS ServiceCategory
    const char* type; ///< FOCUS ResourceType
    const char* unit; ///< FOCUS ConsumedUnit
    double unitPrice; ///< list cost per consumed unit; 0 for Hours (a running day is 24 hours)
    const char* idFormat; ///< %1 region, %2 sub-account, %3 app, %4 a unique hex suffix
    bool hasUtilization; ///< compute with x_CpuUtilization columns
    std::vector<ResourceGroup> groups;
};

struct ProviderSpec
{
    const char* name; ///< FOCUS ProviderName
    const char* billingAccount;
    double discount; ///< billed / list for on-demand usage (enterprise discounts)
    std::vector<const char*> subAccounts; ///< AWS accounts, Azure subscriptions, Google Cloud projects
    std::vector<const char*> regions;
    std::vector<ServiceSpec> services;
};

/// AWS, Microsoft Azure and Google Cloud with real service names, regions and resource id formats.
const std::vector<ProviderSpec>& providers();

} // namespace traceo::cost::demo
