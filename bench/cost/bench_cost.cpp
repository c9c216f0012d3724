// bench_cost: the engine side of the cost benchmark (issue 4).
//   bench_cost import FILE.csv DB.sqlite   parse alone, then parse + store (one transaction)
//   bench_cost query DB.sqlite [TOTALS.tsv] reopen (load the columns), breakdowns, resident memory;
//                                          writes the service x day totals (service, day, billed) to TOTALS.tsv
// Each step ends with a line "json {...}" (times in ms) that bench/cost/report.py reads.
// Make the CSV with bench/cost/gen_focus.py; bench/cost/run.sh runs both steps beside DuckDB.

#include "cost/costbreakdown.h"
#include "cost/coststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

using namespace traceo;
using namespace traceo::cost;

namespace {

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of the whole process: on a shared machine it shows what the work costs when wall time
// mostly measures waiting for a core.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

template <typename F> double medianCpuMs(int runs, F&& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double c0 = cpuMs();
        f();
        times.push_back(cpuMs() - c0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int importStep(const QString& csv, const QString& dbPath)
{
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpuMs();
    const FocusReadResult parsed = FocusReader::readFile(csv);
    const double parseMs = msSince(t0);
    const double parseCpu = cpuMs() - c0;
    const double rows = double(parsed.table.rowCount());
    std::printf("parse            %9.1f ms wall, %9.1f ms CPU  %10.0f rows/s per CPU second  (%zu rows, 2 threads)\n",
        parseMs, parseCpu, rows / parseCpu * 1000, parsed.table.rowCount());
    QFile::remove(dbPath);
    auto db = Database::open(DatabaseLocation::parse(dbPath));
    t0 = std::chrono::steady_clock::now();
    c0 = cpuMs();
    CostStore(db).importFiles({ csv });
    const double importMs = msSince(t0);
    const double importCpu = cpuMs() - c0;
    const double megabytes = double(QFile(dbPath).size()) / 1e6;
    std::printf(
        "import (parse+store) %9.1f ms wall, %9.1f ms CPU  (database %.1f MB)\n", importMs, importCpu, megabytes);
    std::printf("json {\"rows\":%.0f,\"parse\":{\"wall\":%.1f,\"cpu\":%.1f},"
                "\"importFile\":{\"wall\":%.1f,\"cpu\":%.1f,\"megabytes\":%.1f}}\n",
        rows, parseMs, parseCpu, importMs, importCpu, megabytes);
    return 0;
}

// Service x day billed totals, one "service<TAB>day<TAB>billed" line per group, for the comparison with DuckDB.
void writeTotals(const BreakdownResult& result, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    QTextStream out(&f);
    out.setRealNumberPrecision(17);
    for (const BreakdownRow& row : result.rows)
        out << row.keys.value(0) << '\t' << row.keys.value(1) << '\t' << row.billed << '\n';
}

int queryStep(const QString& dbPath, const QString& totalsPath)
{
    const long before = residentKb();
    auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpuMs();
    auto db = Database::open(DatabaseLocation::parse(dbPath), Database::Mode::ReadOnly);
    const std::shared_ptr<const CostTable> table = CostStore(db).load();
    const double loadMs = msSince(t0);
    const double loadCpu = cpuMs() - c0;
    const long after = residentKb();
    const double rows = double(table->rowCount());
    std::printf("reopen (load)    %9.1f ms wall, %9.1f ms CPU  (%zu rows, decoded on 2 threads)\n", loadMs, loadCpu,
        table->rowCount());
    std::printf("memory           %9.1f bytes/row resident, %.1f bytes/row in columns\n",
        double(after - before) * 1024 / rows, double(table->memoryBytes()) / rows);
    const struct
    {
        const char* name;
        QStringList by;
    } queries[] = {
        { "service x day", { QStringLiteral("service"), QStringLiteral("day") } },
        { "provider x region x month",
            { QStringLiteral("provider"), QStringLiteral("region"), QStringLiteral("month") } },
        { "resource (top 20)", { QStringLiteral("resource") } },
        { "tag:team x week", { QStringLiteral("tag:team"), QStringLiteral("week") } },
    };
    double serviceDayWall = 0;
    double serviceDayCpu = 0;
    std::size_t serviceDayGroups = 0;
    for (const auto& q : queries) {
        BreakdownQuery query;
        query.by = q.by;
        if (q.by.first() == u"resource")
            query.top = 20;
        BreakdownResult result;
        std::vector<double> walls;
        const double ms = medianCpuMs(9, [&] {
            const auto w0 = std::chrono::steady_clock::now();
            result = CostBreakdown::run(*table, query);
            walls.push_back(msSince(w0));
        });
        std::sort(walls.begin(), walls.end());
        std::printf("breakdown %-26s %7.2f ms CPU, %7.2f ms wall, median of 9, one thread  (%zu rows out)\n", q.name,
            ms, walls[walls.size() / 2], result.rows.size());
        if (&q == &queries[0]) {
            serviceDayWall = walls[walls.size() / 2];
            serviceDayCpu = ms;
            serviceDayGroups = result.rows.size();
            if (!totalsPath.isEmpty())
                writeTotals(result, totalsPath);
        }
    }
    std::printf("json {\"rows\":%.0f,\"reopen\":{\"wall\":%.1f,\"cpu\":%.1f},\"residentBytesPerRow\":%.1f,"
                "\"columnBytesPerRow\":%.1f,\"serviceDay\":{\"wall\":%.2f,\"cpu\":%.2f,\"groups\":%zu}}\n",
        rows, loadMs, loadCpu, double(after - before) * 1024 / rows, double(table->memoryBytes()) / rows,
        serviceDayWall, serviceDayCpu, serviceDayGroups);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    try {
        if (args.size() == 4 && args[1] == u"import")
            return importStep(args[2], args[3]);
        if ((args.size() == 3 || args.size() == 4) && args[1] == u"query")
            return queryStep(args[2], args.value(3));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_cost: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: bench_cost import FILE.csv DB.sqlite | bench_cost query DB.sqlite [TOTALS.tsv]\n");
    return 2;
}
