#include "opencostreader.h"

#include "core/error.h"
#include "costtablebuilder.h"
#include "opencostjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace traceo::cost {

namespace {

// Costs below this are rounding (OpenCost rounds every figure to 5 decimals).
constexpr double kRounding = 1e-4;

// One cost component of an allocation and how it reads as a FOCUS line item.
struct Component
{
    const char* cost;
    const char* adjustment; ///< nullptr when there is none
    const char* resourceType;
    const char* serviceCategory;
    const char* quantity; ///< nullptr when OpenCost gives none
    double quantityScale;
    const char* unit;
};

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
const Component kComponents[] = {
    { "cpuCost", "cpuCostAdjustment", "CPU", "Compute", "cpuCoreHours", 1, "Core-Hours" },
    { "gpuCost", "gpuCostAdjustment", "GPU", "Compute", "gpuHours", 1, "GPU-Hours" },
    { "ramCost", "ramCostAdjustment", "RAM", "Compute", "ramByteHours", 1 / kGiB, "GiB-Hours" },
    { "pvCost", "pvCostAdjustment", "Persistent volume", "Storage", "pvByteHours", 1 / kGiB, "GiB-Hours" },
    { "networkCost", "networkCostAdjustment", "Network", "Networking", "networkTransferBytes", 1 / kGiB, "GiB" },
    { "loadBalancerCost", "loadBalancerCostAdjustment", "Load balancer", "Networking", nullptr, 1, nullptr },
    { "sharedCost", nullptr, "Shared", "Other", nullptr, 1, nullptr },
    { "externalCost", nullptr, "External", "Other", nullptr, 1, nullptr },
};

QString latin(const char* s)
{
    return QLatin1String(s);
}

double orZero(double v)
{
    return std::isnan(v) ? 0.0 : v;
}

// The FOCUS columns both response kinds fill, plus the x_ columns of one kind.
struct Columns
{
    CostTableBuilder b;
    int billed, effective, list, quantity, unit, chargeStart, chargeEnd, periodStart, periodEnd, account, accountName,
        currency, provider, service, serviceCategory, region, zone, subAccount, subAccountName, resource, resourceType,
        chargeCategory, tags;
    explicit Columns()
    {
        auto text = [&](const QString& name) { return b.addColumn(name, ColumnKind::Text); };
        auto number = [&](const QString& name) { return b.addColumn(name, ColumnKind::Number); };
        auto hour = [&](const QString& name) { return b.addColumn(name, ColumnKind::Hour); };
        billed = number(focus::BilledCost);
        effective = number(focus::EffectiveCost);
        list = number(focus::ListCost);
        quantity = number(focus::ConsumedQuantity);
        unit = text(focus::ConsumedUnit);
        chargeStart = hour(focus::ChargePeriodStart);
        chargeEnd = hour(focus::ChargePeriodEnd);
        periodStart = hour(focus::BillingPeriodStart);
        periodEnd = hour(focus::BillingPeriodEnd);
        account = text(focus::BillingAccountId);
        accountName = text(QStringLiteral("BillingAccountName"));
        currency = text(focus::BillingCurrency);
        provider = text(focus::ProviderName);
        service = text(focus::ServiceName);
        serviceCategory = text(focus::ServiceCategory);
        region = text(focus::RegionId);
        zone = text(QStringLiteral("AvailabilityZone"));
        subAccount = text(focus::SubAccountId);
        subAccountName = text(QStringLiteral("SubAccountName"));
        resource = text(focus::ResourceId);
        resourceType = text(focus::ResourceType);
        chargeCategory = text(focus::ChargeCategory);
        tags = text(focus::Tags);
    }
    void period(const OpenCostJson::Window& w)
    {
        b.setHour(chargeStart, w.start);
        b.setHour(chargeEnd, w.end);
        b.setHour(periodStart, w.start);
        b.setHour(periodEnd, w.end);
    }
};

class AllocationReader
{
public:
    AllocationReader(const OpenCostJson& json, const OpenCostReadOptions& options)
        : m_json(json)
        , m_options(options)
    {
        node = c.b.addColumn(QStringLiteral("x_Node"), ColumnKind::Text);
        controller = c.b.addColumn(QStringLiteral("x_Controller"), ColumnKind::Text);
        pod = c.b.addColumn(QStringLiteral("x_Pod"), ColumnKind::Text);
        container = c.b.addColumn(QStringLiteral("x_Container"), ColumnKind::Text);
    }

    CostTable read(const QJsonArray& steps, const QString& path)
    {
        for (qsizetype s = 0; s < steps.size(); ++s) {
            const QString stepPath = OpenCostJson::index(path, s);
            const QJsonObject set = m_json.object(steps[s], stepPath);
            for (auto it = set.begin(); it != set.end(); ++it)
                if (!it.value().isNull())
                    allocation(it.key(), m_json.object(it.value(), OpenCostJson::quotedKey(stepPath, it.key()), false),
                        OpenCostJson::quotedKey(stepPath, it.key()));
        }
        return c.b.take();
    }

private:
    void allocation(const QString& key, const QJsonObject& a, const QString& path)
    {
        const double total = m_json.number(a, QStringLiteral("totalCost"), path);
        if (std::isnan(total))
            m_json.fail(
                OpenCostJson::member(path, QStringLiteral("totalCost")), OpenCostJson::tr("a number is required"));
        const OpenCostJson::Window window = m_json.window(a, QStringLiteral("window"), path);
        const QString propsPath = OpenCostJson::member(path, QStringLiteral("properties"));
        const QJsonObject props = m_json.object(a.value(QStringLiteral("properties")), propsPath);
        auto prop = [&](const char* name) { return m_json.text(props, latin(name), propsPath); };
        QString cluster = prop("cluster");
        QString namespaceName = prop("namespace");
        const QString controllerName = prop("controller");
        const QString controllerKind = prop("controllerKind");
        const QString labels = m_json.labels(props, QStringLiteral("labels"), propsPath);
        const QString nodeName = prop("node");
        const QString podName = prop("pod");
        const QString containerName = prop("container");
        if (cluster.isEmpty())
            cluster = m_options.defaultCluster;
        const QString name = m_json.text(a, QStringLiteral("name"), path);
        const QString resourceId = name.isEmpty() ? key : name;
        if (namespaceName.isEmpty() && resourceId.startsWith(QStringLiteral("__")))
            namespaceName = resourceId; // __idle__, __unallocated__, __unmounted__

        double attributed = 0;
        auto row = [&](double cost, const QString& type, const QString& category) {
            c.b.setNumber(c.billed, cost);
            c.b.setNumber(c.effective, cost);
            c.b.setNumber(c.list, cost);
            c.period(window);
            c.b.setText(c.account, cluster);
            c.b.setText(c.currency, m_options.currency);
            c.b.setText(c.provider, QStringLiteral("Kubernetes"));
            c.b.setText(c.service, QStringLiteral("Kubernetes"));
            c.b.setText(c.serviceCategory, category);
            c.b.setText(c.subAccount, namespaceName);
            c.b.setText(c.resource, resourceId);
            c.b.setText(c.resourceType, type);
            c.b.setText(c.chargeCategory, QStringLiteral("Usage"));
            c.b.setText(c.tags, labels);
            c.b.setText(node, nodeName);
            c.b.setText(controller, controllerKind.isEmpty() ? controllerName : controllerKind + u':' + controllerName);
            c.b.setText(pod, podName);
            c.b.setText(container, containerName);
            c.b.endRow();
            attributed += cost;
        };
        for (const Component& k : kComponents) {
            double cost = orZero(m_json.number(a, latin(k.cost), path));
            if (k.adjustment)
                cost += orZero(m_json.number(a, latin(k.adjustment), path));
            const double quantity = k.quantity ? m_json.number(a, latin(k.quantity), path) : std::nan("");
            if (cost == 0)
                continue;
            if (!std::isnan(quantity)) {
                c.b.setNumber(c.quantity, quantity * k.quantityScale);
                c.b.setText(c.unit, latin(k.unit));
            }
            row(cost, latin(k.resourceType), latin(k.serviceCategory));
        }
        if (std::abs(total - attributed) >= kRounding)
            row(total - attributed, QStringLiteral("Other"), QStringLiteral("Other"));
    }

    const OpenCostJson& m_json;
    const OpenCostReadOptions& m_options;
    Columns c;
    int node, controller, pod, container;
};

// OpenCost's cloud cost categories as FOCUS service categories; the category itself is the resource type.
QString focusCategory(const QString& category)
{
    if (category == u"Virtual Machine" || category == u"Cluster Management")
        return QStringLiteral("Compute");
    if (category == u"Disk")
        return QStringLiteral("Storage");
    if (category == u"Network" || category == u"Load Balancer")
        return QStringLiteral("Networking");
    return category.isEmpty() ? QString() : QStringLiteral("Other");
}

class CloudCostReader
{
public:
    explicit CloudCostReader(const OpenCostJson& json, const OpenCostReadOptions& options)
        : m_json(json)
        , m_options(options)
    {
        netCost = c.b.addColumn(QStringLiteral("x_NetCost"), ColumnKind::Number);
        amortizedCost = c.b.addColumn(QStringLiteral("x_AmortizedCost"), ColumnKind::Number);
        kubernetesPercent = c.b.addColumn(QStringLiteral("x_KubernetesPercent"), ColumnKind::Number);
    }

    CostTable read(const QJsonObject& data, const QString& path)
    {
        const QString setsPath = OpenCostJson::member(path, QStringLiteral("sets"));
        const QJsonValue sets = data.value(QStringLiteral("sets"));
        if (!sets.isArray() && !sets.isNull())
            m_json.fail(setsPath, OpenCostJson::tr("expected an array of cloud cost sets"));
        const QJsonArray list = sets.toArray();
        for (qsizetype s = 0; s < list.size(); ++s) {
            const QString setPath = OpenCostJson::index(setsPath, s);
            const QJsonObject set = m_json.object(list[s], setPath);
            const QString itemsPath = OpenCostJson::member(setPath, QStringLiteral("cloudCosts"));
            const QJsonObject items = m_json.object(set.value(QStringLiteral("cloudCosts")), itemsPath);
            for (auto it = items.begin(); it != items.end(); ++it) {
                const QString itemPath = OpenCostJson::quotedKey(itemsPath, it.key());
                if (!it.value().isNull())
                    item(m_json.object(it.value(), itemPath, false), set, setPath, itemPath);
            }
        }
        return c.b.take();
    }

private:
    // The cost of one metric ({"cost": …, "kubernetesPercent": …}); NaN when the metric is missing.
    double metric(const QJsonObject& item, const char* name, const QString& path, double* kubernetes = nullptr)
    {
        const QString at = OpenCostJson::member(path, latin(name));
        const QJsonObject m = m_json.object(item.value(latin(name)), at);
        if (kubernetes)
            *kubernetes = m_json.number(m, QStringLiteral("kubernetesPercent"), at);
        return m_json.number(m, QStringLiteral("cost"), at);
    }

    void item(const QJsonObject& item, const QJsonObject& set, const QString& setPath, const QString& path)
    {
        const OpenCostJson::Window window = item.contains(QStringLiteral("window"))
            ? m_json.window(item, QStringLiteral("window"), path)
            : m_json.window(set, QStringLiteral("window"), setPath);
        double kubernetes = std::nan("");
        const double list = metric(item, "listCost", path, &kubernetes);
        const double net = metric(item, "netCost", path);
        const double amortizedNet = metric(item, "amortizedNetCost", path);
        const double invoiced = metric(item, "invoicedCost", path);
        const double amortized = metric(item, "amortizedCost", path);
        const double billed = std::isnan(invoiced) ? net : invoiced;
        if (std::isnan(billed))
            m_json.fail(OpenCostJson::member(path, QStringLiteral("invoicedCost")),
                OpenCostJson::tr("an invoiced or net cost is required"));
        const QString propsPath = OpenCostJson::member(path, QStringLiteral("properties"));
        const QJsonObject props = m_json.object(item.value(QStringLiteral("properties")), propsPath);
        auto prop = [&](const char* name) { return m_json.text(props, latin(name), propsPath); };
        QString account = prop("invoiceEntityID");
        if (account.isEmpty())
            account = prop("accountID");
        if (account.isEmpty())
            account = QStringLiteral("__unallocated__"); // what OpenCost calls a missing property
        const QString category = prop("category");

        c.b.setNumber(c.billed, billed);
        c.b.setNumber(c.effective, std::isnan(amortizedNet) ? billed : amortizedNet);
        c.b.setNumber(c.list, list);
        c.period(window);
        c.b.setText(c.account, account);
        c.b.setText(c.accountName, prop("invoiceEntityName"));
        c.b.setText(c.currency, m_options.currency);
        c.b.setText(c.provider, prop("provider"));
        c.b.setText(c.service, prop("service"));
        c.b.setText(c.serviceCategory, focusCategory(category));
        c.b.setText(c.region, prop("regionID"));
        c.b.setText(c.zone, prop("availabilityZone"));
        c.b.setText(c.subAccount, prop("accountID"));
        c.b.setText(c.subAccountName, prop("accountName"));
        c.b.setText(c.resource, prop("providerID"));
        c.b.setText(c.resourceType, category);
        c.b.setText(c.chargeCategory, QStringLiteral("Usage"));
        c.b.setText(c.tags, m_json.labels(props, QStringLiteral("labels"), propsPath));
        if (!std::isnan(net))
            c.b.setNumber(netCost, net);
        if (!std::isnan(amortized))
            c.b.setNumber(amortizedCost, amortized);
        if (!std::isnan(kubernetes))
            c.b.setNumber(kubernetesPercent, kubernetes);
        c.b.endRow();
    }

    const OpenCostJson& m_json;
    const OpenCostReadOptions& m_options;
    Columns c;
    int netCost, amortizedCost, kubernetesPercent;
};

QString lineColumn(QByteArrayView data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return QStringLiteral("%1:%2").arg(line).arg(offset - lineStart + 1);
}

} // namespace

FocusReadResult OpenCostReader::parse(QByteArrayView data, const QString& name, const OpenCostReadOptions& options)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(tr("%1:%2: not valid JSON: %3").arg(name, lineColumn(data, error.offset), error.errorString()));
    const OpenCostJson json(name);
    const QString root = QStringLiteral("$");
    if (!doc.isObject())
        json.fail(root, tr("expected an OpenCost API response (a JSON object with code and data)"));
    const QJsonObject response = doc.object();
    const QJsonValue code = response.value(QStringLiteral("code"));
    if (!code.isUndefined() && code.toDouble(-1) != 200) {
        QString message = response.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = response.value(QStringLiteral("data")).toString(); // older handlers put it there
        if (message.isEmpty())
            message = response.value(QStringLiteral("status")).toString();
        json.fail(OpenCostJson::member(root, QStringLiteral("code")),
            tr("OpenCost reported an error (%1): %2")
                .arg(code.isDouble() ? QString::number(code.toDouble()) : code.toString(), message));
    }
    const QString dataPath = OpenCostJson::member(root, QStringLiteral("data"));
    const QJsonValue payload = response.value(QStringLiteral("data"));
    OpenCostKind kind = options.kind;
    if (kind == OpenCostKind::Auto) {
        if (payload.isArray())
            kind = OpenCostKind::Allocation;
        else if (payload.isObject() && payload.toObject().contains(QStringLiteral("sets")))
            kind = OpenCostKind::CloudCost;
        else if (!payload.isNull())
            json.fail(dataPath,
                tr("expected the data of /allocation (an array of sets) or of /cloudCost (an "
                   "object with sets)"));
    }
    FocusReadResult result;
    result.currency = options.currency;
    if (payload.isNull())
        return result; // nothing in the window
    if (kind == OpenCostKind::Allocation) {
        if (!payload.isArray())
            json.fail(dataPath, tr("expected an array of allocation sets (an /allocation response)"));
        result.table = AllocationReader(json, options).read(payload.toArray(), dataPath);
    } else {
        result.table = CloudCostReader(json, options).read(json.object(payload, dataPath, false), dataPath);
    }
    return result;
}

FocusReadResult OpenCostReader::readFile(const QString& path, const OpenCostReadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path, options);
}

} // namespace traceo::cost
