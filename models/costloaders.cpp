#include "costloaders.h"

#include "core/error.h"
#include "cost/costalerts.h"
#include "cost/costanalysis.h"
#include "costreportpdf.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <set>

namespace traceo::costloaders {

namespace {

struct CostLoaders
{
    Q_DECLARE_TR_FUNCTIONS(CostLoaders)
};

cost::BreakdownQuery windowQuery(
    const QStringList& by, const CostFilter& filter, const CostDays& days, cost::Metric metric)
{
    cost::BreakdownQuery q;
    q.by = by;
    q.filters = filter.dimensions;
    q.from = days.from.startOfDay(Qt::UTC);
    q.to = days.to.startOfDay(Qt::UTC);
    q.metric = metric;
    return q;
}

std::vector<std::pair<QString, double>> shares(const cost::CostTable& table, const QString& dimension,
    const CostFilter& filter, const CostQuery& query, const CostDays& days)
{
    cost::BreakdownQuery q = windowQuery({ dimension }, filter, days, query.metric);
    q.top = 7;
    std::vector<std::pair<QString, double>> out;
    for (const cost::BreakdownRow& row : cost::CostBreakdown::run(table, q).rows)
        if (row.value != 0)
            out.emplace_back(row.keys.value(0), row.value);
    return out;
}

} // namespace

QStringList dimensions(const cost::CostTable& table)
{
    QStringList list { QStringLiteral("provider"), QStringLiteral("service"), QStringLiteral("service-category"),
        QStringLiteral("region"), QStringLiteral("account"), QStringLiteral("billing-account"),
        QStringLiteral("resource-type"), QStringLiteral("resource"), QStringLiteral("charge-category"),
        QStringLiteral("pricing-category") };
    std::set<QString> tagKeys;
    if (const cost::CostColumn* tags = table.column(cost::focus::Tags))
        for (std::size_t i = 1; i < tags->dictionary.size(); ++i)
            for (const QString& key : QJsonDocument::fromJson(tags->dictionary[i].toUtf8()).object().keys())
                tagKeys.insert(key);
    for (const QString& key : tagKeys)
        list << u"tag:"_qs + key;
    list << QStringLiteral("day") << QStringLiteral("week") << QStringLiteral("month");
    return list;
}

CostDays days(const TimeWindow& window, const QDateTime& now)
{
    const QDateTime from = window.from(now).toUTC();
    const QDateTime to = window.to(now).toUTC();
    const QDate last = to.time() == QTime(0, 0) ? to.date() : to.date().addDays(1);
    return { from.date(), std::max(last, from.date().addDays(1)) };
}

CostFilter parseFilter(const QString& text)
{
    CostFilter filter;
    QStringList words;
    for (const QString& term : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = term.indexOf(u'=');
        if (eq > 0)
            filter.dimensions.append({ term.left(eq).trimmed(), term.mid(eq + 1).trimmed() });
        else if (!term.trimmed().isEmpty())
            words << term.trimmed();
    }
    filter.text = words.join(u' ');
    return filter;
}

QString currency(const cost::CostTable& table)
{
    const cost::CostColumn* c = table.column(cost::focus::BillingCurrency);
    return c && c->dictionary.size() > 1 ? c->dictionary[1] : QString();
}

CostBreakdownSnapshot breakdown(const cost::CostTable& table, const CostQuery& query, const CostDays& days)
{
    if (query.path.isEmpty())
        throw Error(CostLoaders::tr("Choose at least one dimension to group the costs by."));
    const CostFilter filter = parseFilter(query.filter);
    const cost::BreakdownResult result
        = cost::CostBreakdown::run(table, windowQuery(query.path, filter, days, query.metric));
    CostBreakdownSnapshot s;
    s.dimensions = query.path;
    s.metric = query.metric;
    s.days = days;
    s.currency = currency(table);
    s.lineItems = result.lineItems;
    s.nodes.push_back({ {}, result.total.value, result.total.previous, -1, {} });
    QHash<QStringList, int> index;
    for (const cost::BreakdownRow& row : result.rows) {
        int parent = 0;
        for (qsizetype depth = 1; depth <= row.keys.size(); ++depth) {
            const QStringList path = row.keys.mid(0, depth);
            auto it = index.constFind(path);
            if (it == index.constEnd()) {
                it = index.insert(path, int(s.nodes.size()));
                s.nodes.push_back({ path, 0, 0, parent, {} });
                s.nodes[std::size_t(parent)].children.push_back(*it);
            }
            s.nodes[std::size_t(*it)].value += row.value;
            s.nodes[std::size_t(*it)].previous += row.previous;
            parent = *it;
        }
    }
    for (CostBreakdownSnapshot::Node& node : s.nodes)
        std::stable_sort(node.children.begin(), node.children.end(),
            [&](int a, int b) { return s.nodes[std::size_t(a)].value > s.nodes[std::size_t(b)].value; });
    s.byService = shares(table, QStringLiteral("service"), filter, query, days);
    s.byRegion = shares(table, QStringLiteral("region"), filter, query, days);
    return s;
}

CostChartSnapshot dailyChart(
    const cost::CostTable& table, const CostQuery& query, const QStringList& branch, const CostDays& days, int top)
{
    if (query.path.isEmpty())
        throw Error(CostLoaders::tr("Choose at least one dimension to group the costs by."));
    CostFilter filter = parseFilter(query.filter);
    const qsizetype depth = std::min(branch.size(), query.path.size());
    for (qsizetype i = 0; i < depth; ++i)
        filter.dimensions.append({ query.path[i], branch[i] });
    CostChartSnapshot c;
    c.dimension = query.path[std::min(depth, query.path.size() - 1)];
    c.branch = branch.mid(0, depth);
    c.days = days;
    const qint64 dayCount = days.from.daysTo(days.to);

    // The top values over the window; more than one left over become "(other)".
    const cost::BreakdownResult totals
        = cost::CostBreakdown::run(table, windowQuery({ c.dimension }, filter, days, query.metric));
    QHash<QString, std::size_t> seriesOf;
    const std::size_t keep = totals.rows.size() <= std::size_t(top) + 1 ? totals.rows.size() : std::size_t(top);
    for (std::size_t i = 0; i < totals.rows.size(); ++i) {
        const bool other = i >= keep;
        if (other && !c.series.empty() && c.series.back().other) {
            seriesOf.insert(totals.rows[i].keys.value(0), c.series.size() - 1);
            continue;
        }
        if (!other && totals.rows[i].value == 0 && totals.rows[i].previous != 0)
            continue; // only in the previous period: nothing to draw
        seriesOf.insert(totals.rows[i].keys.value(0), c.series.size());
        c.series.push_back({ other ? cost::CostBreakdown::tr("(other)") : totals.rows[i].keys.value(0),
            std::vector<double>(std::size_t(dayCount), 0.0), other });
    }
    const cost::BreakdownResult daily = cost::CostBreakdown::run(
        table, windowQuery({ c.dimension, QStringLiteral("day") }, filter, days, query.metric));
    for (const cost::BreakdownRow& row : daily.rows) {
        const auto series = seriesOf.constFind(row.keys.value(0));
        const qint64 day = days.from.daysTo(QDate::fromString(row.keys.value(1), Qt::ISODate));
        if (series != seriesOf.constEnd() && day >= 0 && day < dayCount)
            c.series[*series].values[std::size_t(day)] += row.value;
    }
    return c;
}

CostAnalysisSnapshot analysis(const std::shared_ptr<Database>& db, const cost::CostTable& table, const CostDays& days)
{
    CostAnalysisSnapshot s;
    s.currency = currency(table);
    std::vector<cost::CostAnomaly> found = cost::findAnomalies(table, {}, days.from, days.to);
    std::stable_sort(found.begin(), found.end(),
        [](const cost::CostAnomaly& a, const cost::CostAnomaly& b) { return std::abs(a.impact) > std::abs(b.impact); });
    QHash<QString, cost::CostAlert> stored;
    for (const cost::CostAlert& alert : cost::CostAlertRepository(db).alerts())
        stored.insert(alert.anomaly.day.toString(Qt::ISODate) + u'|' + alert.anomaly.dims.join(u'|'), alert);
    const cost::AlertRule rule;
    for (cost::CostAnomaly& a : found) {
        CostAnalysisSnapshot::Anomaly entry { std::move(a), CostAnalysisSnapshot::AlertState::None, 0 };
        const auto alert
            = stored.constFind(entry.anomaly.day.toString(Qt::ISODate) + u'|' + entry.anomaly.dims.join(u'|'));
        if (alert != stored.constEnd()) {
            entry.alertId = alert->id;
            entry.alert = alert->acknowledged ? CostAnalysisSnapshot::AlertState::Acknowledged
                                              : CostAnalysisSnapshot::AlertState::Open;
        } else if (rule.deviation.matches(entry.anomaly.expected, entry.anomaly.actual)) {
            entry.alert = CostAnalysisSnapshot::AlertState::New;
        }
        s.anomalies.push_back(std::move(entry));
    }
    s.recommendations
        = cost::recommend(cost::resourceUsage(table), cost::recommendationSettings(SettingsRepository(db)));
    return s;
}

void acknowledge(const std::shared_ptr<Database>& db, const cost::CostAnomaly& anomaly)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    cost::CostAlertRepository repo(db);
    Transaction tx(db->connection());
    repo.raise({ anomaly }, cost::AlertRule(), now);
    qint64 id = 0;
    for (const cost::CostAlert& alert : repo.alerts())
        if (alert.anomaly.day == anomaly.day && alert.anomaly.dims == anomaly.dims)
            id = alert.id;
    if (id == 0)
        throw Error(
            CostLoaders::tr("The anomaly of %1 on %2 is below the alert rule: there is no alert to acknowledge.")
                .arg(anomaly.dims.join(QStringLiteral(", ")), anomaly.day.toString(Qt::ISODate)));
    repo.acknowledge(id, now);
    tx.commit();
}

QList<ReportFormat> reportFormats()
{
    return {
        { CostLoaders::tr("HTML report"), QStringLiteral("html"),
            [](const cost::CostReport& r) { return r.toHtml().toUtf8(); } },
        { CostLoaders::tr("CSV report"), QStringLiteral("csv"), [](const cost::CostReport& r) { return r.toCsv(); } },
        { CostLoaders::tr("PDF report"), QStringLiteral("pdf"),
            [](const cost::CostReport& r) { return render::CostReportPdf::render(r); } },
    };
}

} // namespace traceo::costloaders
