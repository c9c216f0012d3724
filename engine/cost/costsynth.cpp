#include "costsynth.h"

#include <cmath>
#include <numbers>
#include <random>

namespace traceo::cost {

namespace {

struct Resource
{
    QString id;
    QString type;
    QString team;
    double share = 0;
    std::vector<double> cost;
};

struct Event
{
    int series = 0;
    int day = 0;
};

const QStringList kServices = { QStringLiteral("AmazonEC2"), QStringLiteral("AmazonS3"), QStringLiteral("AmazonRDS"),
    QStringLiteral("AWSDataTransfer"), QStringLiteral("AmazonEKS"), QStringLiteral("AWSLambda") };
const QStringList kTypes = { QStringLiteral("Instance"), QStringLiteral("Volume"), QStringLiteral("Bucket"),
    QStringLiteral("DBInstance"), QStringLiteral("NatGateway"), QStringLiteral("Function") };
const QStringList kRegions = { QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
    QStringLiteral("ap-northeast-1"), QStringLiteral("us-west-2") };
const QStringList kTeams = { QStringLiteral("payments"), QStringLiteral("search"), QStringLiteral("platform") };

bool conflicts(const std::vector<Event>& events, int series, int day, int length)
{
    for (const Event& e : events) {
        const int gap = std::abs(e.day - day);
        // Keep events apart, and off the same weekday within the baseline's four weeks.
        if (e.series == series && (gap < length + 7 || (gap % 7 == 0 && gap <= 28)))
            return true;
    }
    return false;
}

void collect(DailyCostSeries& s, std::vector<Resource>& resources)
{
    std::vector<CostContribution> byType, byTeam;
    auto addTo = [](std::vector<CostContribution>& list, const QString& kind, const QString& key,
                     const std::vector<double>& cost) {
        for (CostContribution& c : list)
            if (c.key == key) {
                for (std::size_t i = 0; i < cost.size(); ++i)
                    c.cost[i] += cost[i];
                return;
            }
        list.push_back({ kind, key, cost });
    };
    s.cost.assign(resources.front().cost.size(), 0.0);
    for (Resource& r : resources) {
        for (std::size_t i = 0; i < r.cost.size(); ++i)
            s.cost[i] += r.cost[i];
        addTo(byType, QStringLiteral("resourceType"), r.type, r.cost);
        addTo(byTeam, QStringLiteral("tag:team"), r.team, r.cost);
        s.contributions.push_back({ QStringLiteral("resource"), r.id, std::move(r.cost) });
    }
    s.contributions.insert(s.contributions.end(), byType.begin(), byType.end());
    s.contributions.insert(s.contributions.end(), byTeam.begin(), byTeam.end());
}

} // namespace

double SynthRandom::normal()
{
    const double u = uniform(); // the order of the two draws is part of the data a seed gives
    return std::sqrt(-2 * std::log(1 - u)) * std::cos(2 * std::numbers::pi * uniform());
}

SyntheticCostData generateCostData(const SyntheticCostParams& p)
{
    SynthRandom draw(p.seed);
    SyntheticCostData data;
    std::vector<std::vector<Resource>> resources;
    std::vector<std::vector<double>> normal; // each series' cost without noise, for sizing anomalies
    for (int sv = 0; sv < p.services; ++sv)
        for (int ac = 0; ac < p.accounts; ++ac)
            for (int rg = 0; rg < p.regions; ++rg) {
                const QString service = kServices[sv % kServices.size()];
                DailyCostSeries s;
                s.dims = QStringList { QStringLiteral("service=") + service,
                    QStringLiteral("account=%1").arg(111111111111LL * (ac + 1)),
                    QStringLiteral("region=") + kRegions[rg % kRegions.size()] };
                s.start = p.start;
                const double level = std::exp(draw.uniform(std::log(50.0), std::log(5000.0)));
                const double weekend = draw.uniform(0.55, 1.0);
                const double trend = draw.uniform(-0.002, 0.004);
                std::vector<double> base(std::size_t(p.days));
                for (int t = 0; t < p.days; ++t)
                    base[std::size_t(t)]
                        = level * (s.start.addDays(t).dayOfWeek() >= 6 ? weekend : 1.0) * std::exp(trend * t);
                std::vector<Resource> rs(std::size_t(std::max(1, p.resourcesPerSeries)));
                double others = 0;
                for (std::size_t i = 1; i < rs.size(); ++i)
                    others += rs[i].share = draw.uniform(0.2, 1.0);
                rs[0].share = rs.size() > 1 ? others * 0.6 : 1.0; // one dominant resource, about 37 %
                const double total = rs[0].share + others;
                for (std::size_t i = 0; i < rs.size(); ++i) {
                    Resource& r = rs[i];
                    r.share /= total;
                    r.type = kTypes[(sv + int(i)) % kTypes.size()];
                    r.id
                        = QStringLiteral("%1/%2-%3%4%5").arg(s.dims[2].mid(7), r.type.toLower()).arg(sv).arg(ac).arg(i);
                    r.team = kTeams[draw.below(int(kTeams.size()))];
                    r.cost.resize(std::size_t(p.days));
                    for (int t = 0; t < p.days; ++t)
                        r.cost[std::size_t(t)]
                            = std::max(0.0, r.share * base[std::size_t(t)] * (1 + p.noise * draw.normal()));
                }
                data.series.push_back(std::move(s));
                resources.push_back(std::move(rs));
                normal.push_back(std::move(base));
            }
    std::vector<Event> events;
    const int count = int(data.series.size());
    for (int a = 0; a < p.anomalies && count > 0; ++a) {
        const int kind = a % 4; // 0, 2: spike; 1: outage of the dominant resource; 3: runaway resource
        const int length = kind == 3 ? 3 : (kind == 1 ? 1 : 1 + draw.below(2));
        int series = 0, day = 0;
        for (int attempt = 0; attempt < 1000; ++attempt) {
            series = (a + attempt) % count;
            day = p.firstAnomalyDay + draw.below(std::max(1, p.days - p.firstAnomalyDay - length));
            if (!conflicts(events, series, day, length))
                break;
        }
        events.push_back({ series, day });
        std::vector<Resource>& rs = resources[std::size_t(series)];
        Resource& r = kind == 1 ? rs[0] : rs[std::size_t(1 + draw.below(std::max(1, int(rs.size()) - 1))) % rs.size()];
        const double factor = kind == 3 ? draw.uniform(0.5, 1.5) : draw.uniform(0.4, 2.5);
        for (int t = day; t < std::min(p.days, day + length); ++t) {
            double& c = r.cost[std::size_t(t)];
            const double extra = kind == 1 ? -c : factor * normal[std::size_t(series)][std::size_t(t)];
            c += extra;
            data.injected.push_back({ data.series[std::size_t(series)].dims, p.start.addDays(t), r.id, extra });
        }
    }
    for (std::size_t i = 0; i < data.series.size(); ++i)
        collect(data.series[i], resources[i]);
    return data;
}

} // namespace traceo::cost

namespace traceo::cost {

namespace {

QByteArray stamp(QDate d)
{
    return d.startOfDay(Qt::UTC).toString(Qt::ISODate).toLatin1();
}

QByteArray number(double v)
{
    return std::isnan(v) ? QByteArray() : QByteArray::number(v, 'f', 6);
}

} // namespace

FocusCsvWriter::FocusCsvWriter()
    : m_csv("BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,"
            "ChargeCategory,PricingCategory,ProviderName,ServiceName,ServiceCategory,RegionId,SubAccountId,ResourceId,"
            "ResourceType,BilledCost,EffectiveCost,ListCost,ConsumedQuantity,ConsumedUnit,Tags,x_CpuUtilizationAvg,"
            "x_CpuUtilizationP95\n")
{ }

void FocusCsvWriter::add(const FocusLine& l)
{
    const QDate month(l.day.year(), l.day.month(), 1);
    QByteArray tags = l.tags;
    if (!tags.isEmpty())
        tags = '"' + tags.replace('"', "\"\"") + '"';
    m_csv += l.billingAccount + ",USD," + stamp(month) + ',' + stamp(month.addMonths(1)) + ',' + stamp(l.day) + ','
        + stamp(l.day.addDays(1)) + ',' + l.chargeCategory + ',' + l.pricingCategory + ',' + l.provider + ','
        + l.service + ',' + l.serviceCategory + ',' + l.region + ',' + l.subAccount + ',' + l.resourceId + ','
        + l.resourceType + ',' + number(l.billed) + ',' + number(l.effective) + ',' + number(l.list) + ','
        + number(l.quantity) + ',' + l.unit + ',' + tags + ',' + number(l.cpuAvg) + ',' + number(l.cpuP95) + '\n';
}

QByteArray syntheticFocusCsv(const SyntheticCostData& data)
{
    FocusCsvWriter writer;
    FocusLine line;
    line.billingAccount = "999999999999";
    line.provider = "AWS";
    line.serviceCategory = "Compute";
    for (const DailyCostSeries& s : data.series) {
        line.service = s.dim(QStringLiteral("service")).toUtf8();
        line.region = s.dim(QStringLiteral("region")).toUtf8();
        line.subAccount = s.dim(QStringLiteral("account")).toUtf8();
        for (const CostContribution& c : s.contributions) {
            if (c.kind != u"resource")
                continue;
            line.resourceId = c.key.toUtf8();
            line.resourceType = c.key.section(u'/', 1).section(u'-', 0, 0).toUtf8();
            for (std::size_t i = 0; i < c.cost.size(); ++i) {
                line.day = s.day(i);
                line.billed = line.effective = line.list = c.cost[i];
                writer.add(line);
            }
        }
    }
    return writer.csv();
}

} // namespace traceo::cost
