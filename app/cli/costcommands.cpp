#include "commands.h"
#include "core/error.h"
#include "cost/costbreakdown.h"
#include "cost/coststore.h"
#include "costcli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace traceo::cli {

namespace {

using namespace traceo::cost;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cli::cost)
};

int importFiles(Context& ctx)
{
    const QStringList files = ctx.parser.positionalArguments().mid(ctx.commandWords);
    const QStringList openCost = ctx.parser.values(QStringLiteral("opencost-json"));
    if (files.isEmpty() && openCost.isEmpty())
        throw UsageError(Tr::tr("Missing argument FILE"));
    FocusReadOptions options;
    options.skipBadRows = ctx.parser.isSet(QStringLiteral("skip-bad-rows"));
    OpenCostReadOptions openCostOptions;
    openCostOptions.currency = ctx.parser.value(QStringLiteral("currency"));
    std::vector<std::pair<QString, FocusReadResult>> reads;
    for (const QString& file : files)
        reads.emplace_back(file, FocusReader::readFile(file, options));
    for (const QString& file : openCost)
        reads.emplace_back(file, OpenCostReader::readFile(file, openCostOptions));
    printImportReports(ctx, CostStore(ctx.database()).storeAll(reads));
    return ExitOk;
}

int listImports(Context& ctx)
{
    Output out;
    out.columns = QStringList { QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("billing_account"),
        QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("currency"),
        QStringLiteral("rows"), QStringLiteral("billed"), QStringLiteral("source"), QStringLiteral("imported_at") };
    for (const CostImport& i : CostStore(ctx.database(Database::Mode::ReadOnly)).imports())
        out.rows.append({ i.id, i.provider, i.billingAccount, i.periodStart.toString(Qt::ISODate),
            i.periodEnd.toString(Qt::ISODate), i.currency, i.rowCount, i.billedTotal, i.source,
            i.importedAt.toString(Qt::ISODate) });
    ctx.print(out);
    return ExitOk;
}

std::optional<QDateTime> timeOption(Context& ctx, const char* option)
{
    const QString name = QLatin1String(option);
    if (!ctx.parser.isSet(name))
        return std::nullopt;
    const QString text = ctx.parser.value(name);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay(Qt::UTC);
    }
    if (!t.isValid())
        throw UsageError(Tr::tr("--%1 expects a date (2024-09-01) or an RFC 3339 time, not “%2”").arg(name, text));
    return t;
}

BreakdownQuery parseQuery(Context& ctx)
{
    BreakdownQuery q;
    for (const QString& part : ctx.parser.values(QStringLiteral("by")))
        for (const QString& d : part.split(u',', Qt::SkipEmptyParts))
            q.by << d.trimmed();
    for (const QString& f : ctx.parser.values(QStringLiteral("filter"))) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0)
            throw UsageError(Tr::tr("--filter expects DIMENSION=VALUE, not “%1”").arg(f));
        q.filters.append({ f.left(eq).trimmed(), f.mid(eq + 1) });
    }
    q.from = timeOption(ctx, "from");
    q.to = timeOption(ctx, "to");
    const QString metric = ctx.parser.value(QStringLiteral("metric"));
    if (metric == u"billed")
        q.metric = Metric::Billed;
    else if (metric == u"effective")
        q.metric = Metric::Effective;
    else if (metric == u"list")
        q.metric = Metric::List;
    else
        throw UsageError(Tr::tr("--metric expects billed, effective or list, not “%1”").arg(metric));
    bool ok = true;
    q.top = ctx.parser.isSet(QStringLiteral("top")) ? ctx.parser.value(QStringLiteral("top")).toInt(&ok) : 0;
    if (!ok || q.top < 0)
        throw UsageError(Tr::tr("--top expects a positive number"));
    return q;
}

int breakdown(Context& ctx)
{
    const BreakdownQuery query = parseQuery(ctx);
    const CostStore store(ctx.database(Database::Mode::ReadOnly));
    const std::shared_ptr<const CostTable> table = store.load(CostBreakdown::extraColumns(query));
    const BreakdownResult result = CostBreakdown::run(*table, query);
    Output out;
    out.columns = query.by;
    out.columns << QStringLiteral("billed") << QStringLiteral("effective") << QStringLiteral("list");
    if (result.hasPrevious)
        out.columns << QStringLiteral("previous") << QStringLiteral("change") << QStringLiteral("change_pct");
    auto cells = [&](const BreakdownRow& r) {
        QVariantList row;
        for (const QString& k : r.keys)
            row << k;
        row << r.billed << r.effective << r.list;
        if (result.hasPrevious)
            row << r.previous << r.value - r.previous
                << (r.previous != 0 ? QVariant((r.value - r.previous) / std::abs(r.previous) * 100.0) : QVariant());
        return row;
    };
    for (const BreakdownRow& r : result.rows)
        out.rows.append(cells(r));
    QJsonArray rows;
    for (const QVariantList& row : out.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < out.columns.size(); ++i)
            o.insert(out.columns[i], QJsonValue::fromVariant(row[i]));
        rows.append(o);
    }
    const QVariantList total = cells(result.total);
    QJsonObject totals;
    for (qsizetype i = query.by.size(); i < out.columns.size(); ++i)
        totals.insert(out.columns[i], QJsonValue::fromVariant(total[i]));
    out.json = QJsonObject { { QStringLiteral("dimensions"), QJsonArray::fromStringList(query.by) },
        { QStringLiteral("metric"), ctx.parser.value(QStringLiteral("metric")) }, { QStringLiteral("rows"), rows },
        { QStringLiteral("totals"), totals }, { QStringLiteral("line_items"), result.lineItems } };
    ctx.print(out);
    return ExitOk;
}

} // namespace

void printImportReports(Context& ctx, const std::vector<ImportReport>& reports)
{
    Output out;
    out.columns = QStringList { QStringLiteral("file"), QStringLiteral("rows"), QStringLiteral("skipped_rows"),
        QStringLiteral("billing_periods") };
    QJsonArray json;
    for (const ImportReport& r : reports) {
        out.rows.append({ r.source, r.rows, r.skippedRows, r.periods });
        json.append(QJsonObject { { QStringLiteral("file"), r.source }, { QStringLiteral("rows"), r.rows },
            { QStringLiteral("skipped_rows"), r.skippedRows }, { QStringLiteral("billing_periods"), r.periods },
            { QStringLiteral("examples"), QJsonArray::fromStringList(r.examples) } });
        const int skipped = int(r.skippedRows);
        if (skipped > 0)
            ctx.err << Tr::tr("%1: %n bad row(s) skipped; the first:", nullptr, skipped).arg(r.source) << '\n'
                    << QStringLiteral("  ") << r.examples.join(QStringLiteral("\n  ")) << Qt::endl;
    }
    out.json = json;
    ctx.print(out);
}

std::vector<Command> costCommands()
{
    return {
        { QStringLiteral("cost"), QStringLiteral("import"),
            Tr::tr("Import FOCUS cost exports (CSV or CSV.gz) and saved OpenCost responses: traceo cost import "
                   "FILE… [--opencost-json FILE]…"),
            true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("skip-bad-rows"),
                    Tr::tr("Leave out bad rows (counted, the first reported) instead of failing on the first.") });
                p.addOption({ QStringLiteral("opencost-json"),
                    Tr::tr("A saved OpenCost /allocation or /cloudCost response (repeatable)."), Tr::tr("FILE") });
                p.addOption({ QStringLiteral("currency"),
                    Tr::tr("The currency of the OpenCost responses (OpenCost does not name it)."), Tr::tr("CODE"),
                    QStringLiteral("USD") });
            },
            importFiles },
        { QStringLiteral("cost"), QStringLiteral("imports"), Tr::tr("List the stored billing periods."), true, {},
            listImports },
        { QStringLiteral("cost"), QStringLiteral("breakdown"), Tr::tr("Cost totals grouped by dimensions."), true,
            [](QCommandLineParser& p) {
                p.addOption({ QStringLiteral("by"),
                    Tr::tr("Dimensions, comma-separated: provider, service, service-category, region, account, "
                           "billing-account, resource-type, resource, charge-category, pricing-category, tag:KEY, "
                           "day, week, month, or a column name."),
                    Tr::tr("DIM[,DIM…]") });
                p.addOption({ QStringLiteral("filter"), Tr::tr("Keep line items whose DIM is VALUE (repeatable)."),
                    Tr::tr("DIM=VALUE") });
                p.addOption({ QStringLiteral("from"), Tr::tr("Charge periods from this date or time (inclusive)."),
                    Tr::tr("DATE") });
                p.addOption({ QStringLiteral("to"),
                    Tr::tr("Charge periods before this date or time; with --from, also compares with the period "
                           "before."),
                    Tr::tr("DATE") });
                p.addOption(
                    { QStringLiteral("metric"), Tr::tr("The cost that orders and ranks: billed, effective or list."),
                        Tr::tr("METRIC"), QStringLiteral("billed") });
                p.addOption({ QStringLiteral("top"), Tr::tr("Keep the N largest rows and sum the rest as (other)."),
                    Tr::tr("N") });
            },
            breakdown },
    };
}

} // namespace traceo::cli
