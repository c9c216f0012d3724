#include "core/error.h"
#include "cost/costanalysis.h"
#include "cost/costbreakdown.h"
#include "cost/costreport.h"
#include "cost/coststore.h"
#include "cost/costsynth.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <map>
#include <set>

using namespace traceo;
using namespace traceo::cost;

namespace {

QString sample()
{
    return qEnvironmentVariable("TRACEO_SHARED_DATA") + QStringLiteral("/focus/focus-1.0-sample.csv");
}

std::set<std::pair<QString, QDate>> keys(const std::vector<CostAnomaly>& anomalies)
{
    std::set<std::pair<QString, QDate>> out;
    for (const CostAnomaly& a : anomalies)
        out.insert({ a.dims.join(u','), a.day });
    return out;
}

} // namespace

class TestCostAnalysis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::shared_ptr<Database> open(const QString& name)
    {
        return Database::open(DatabaseLocation::parse(m_dir.filePath(name)));
    }

private Q_SLOTS:
    // Synthetic costs with injected anomalies, written as a FOCUS CSV and imported like a user's file:
    // the series rebuilt from the line items are the generated ones, and so are their anomalies.
    void generatedExportThroughImport()
    {
        SyntheticCostParams params;
        params.days = 70;
        params.services = 3;
        params.anomalies = 6;
        const SyntheticCostData data = generateCostData(params);
        const QString path = m_dir.filePath(QStringLiteral("synthetic.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(syntheticFocusCsv(data));
        f.close();
        CostStore store(open(QStringLiteral("synthetic.sqlite")));
        store.importFiles({ path });
        const std::shared_ptr<const CostTable> table = store.load();

        const std::vector<DailyCostSeries> series = costSeries(*table);
        QCOMPARE(series.size(), data.series.size());
        std::map<QStringList, const DailyCostSeries*> generated;
        for (const DailyCostSeries& s : data.series)
            generated[s.dims] = &s;
        for (const DailyCostSeries& s : series) {
            QVERIFY2(generated.count(s.dims), qPrintable(s.dims.join(u',')));
            const DailyCostSeries& g = *generated[s.dims];
            QCOMPARE(s.start, g.start);
            QCOMPARE(s.cost.size(), g.cost.size());
            for (std::size_t d = 0; d < s.cost.size(); ++d)
                QVERIFY(std::abs(s.cost[d] - g.cost[d]) < 1e-4);
            const auto resources = std::count_if(s.contributions.begin(), s.contributions.end(),
                [](const CostContribution& c) { return c.kind == u"resource"; });
            QCOMPARE(resources, qsizetype(params.resourcesPerSeries));
        }

        const std::vector<CostAnomaly> found = findAnomalies(*table);
        std::vector<DailyCostSeries> reference = data.series;
        auto perService = rollUp(data.series, { QStringLiteral("service") });
        reference.insert(reference.end(), perService.begin(), perService.end());
        QCOMPARE(keys(found), keys(detectAnomalies(reference)));

        int recalled = 0;
        const auto foundKeys = keys(found);
        for (const InjectedAnomaly& a : data.injected)
            recalled += foundKeys.count({ a.dims.join(u','), a.day }) ? 1 : 0;
        QVERIFY2(recalled * 2 >= int(data.injected.size()),
            qPrintable(QStringLiteral("%1 of %2").arg(recalled).arg(data.injected.size())));
        for (const CostAnomaly& a : found)
            if (a.dims.size() == 3)
                QVERIFY(!a.rootCauses.empty());

        // A window keeps the anomalies inside it, found with the whole history as baseline.
        const QDate from = params.start.addDays(50), to = params.start.addDays(60);
        for (const CostAnomaly& a : findAnomalies(*table, {}, from, to)) {
            QVERIFY(a.day >= from && a.day < to);
            QVERIFY(foundKeys.count({ a.dims.join(u','), a.day }));
        }
    }

    void resourceUsageOfTheSample()
    {
        CostStore store(open(QStringLiteral("sample.sqlite")));
        store.importFiles({ sample() });
        const std::shared_ptr<const CostTable> table = store.load();
        const std::vector<ResourceUsage> usage = resourceUsage(*table);
        QVERIFY(!usage.empty());
        BreakdownQuery q;
        q.by = { QStringLiteral("resource") };
        double withResource = 0;
        for (const BreakdownRow& r : CostBreakdown::run(*table, q).rows)
            if (!r.keys[0].isEmpty())
                withResource += r.billed;
        double total = 0, quantity = 0;
        for (const ResourceUsage& r : usage) {
            QVERIFY(!r.resourceId.isEmpty());
            QCOMPARE(r.dailyCost.size(), r.dailyQuantity.size());
            for (std::size_t d = 0; d < r.dailyCost.size(); ++d) {
                total += r.dailyCost[d];
                quantity += r.dailyQuantity[d];
            }
        }
        QVERIFY(std::abs(total - withResource) < 1e-6 * std::max(1.0, withResource));
        QVERIFY(quantity > 0);
        const RecommendationReport report = recommend(usage);
        for (const Recommendation& r : report.recommendations)
            QVERIFY(!r.evidence.empty());
    }

    // Utilization columns of a hand-made export reach the recommendations: one idle instance with
    // them, one without (no evidence either way), through the real import.
    void utilizationFromExtraColumns()
    {
        FocusCsvWriter csv;
        FocusLine line;
        line.billingAccount = "1";
        line.provider = "AWS";
        line.service = "Amazon Elastic Compute Cloud";
        line.serviceCategory = "Compute";
        line.region = "eu-west-1";
        line.subAccount = "2";
        line.resourceType = "Instance";
        line.unit = "Hours";
        const QDate first(2026, 3, 2);
        for (int t = 0; t < 21; ++t) {
            line.day = first.addDays(t);
            line.billed = line.effective = line.list = t % 2 ? 20 : 60; // not steady: no commitment either
            line.quantity = 24;
            line.resourceId = "i-idle";
            line.cpuAvg = 8 + t % 3; // 8, 9, 10 %
            line.cpuP95 = 25;
            csv.add(line);
            line.cpuAvg = 12; // a second line item that day: the day's mean is of both
            line.cpuP95 = t == 20 ? 35 : 20; // and its peak the larger
            csv.add(line);
            line.resourceId = "i-unknown";
            line.cpuAvg = line.cpuP95 = qQNaN();
            csv.add(line);
        }
        CostStore store(open(QStringLiteral("utilization.sqlite")));
        store.store(
            FocusReader::parse(csv.csv(), QStringLiteral("utilization.csv")), QStringLiteral("utilization.csv"));
        QVERIFY(resourceUsage(*store.load())[0].dailyUtilization.empty()); // not loaded, not used
        const std::vector<ResourceUsage> usage = resourceUsage(*store.load(utilizationColumns()));
        QCOMPARE(usage.size(), std::size_t(2));
        const ResourceUsage& idle = usage[0].resourceId == u"i-idle" ? usage[0] : usage[1];
        const ResourceUsage& unknown = usage[0].resourceId == u"i-idle" ? usage[1] : usage[0];
        QCOMPARE(idle.dailyUtilization.size(), std::size_t(21));
        QCOMPARE(idle.dailyUtilization[0], (0.08 + 0.12) / 2);
        QCOMPARE(idle.dailyPeakUtilization[0], 0.25);
        QCOMPARE(idle.dailyPeakUtilization[20], 0.35);
        QVERIFY(unknown.dailyUtilization.empty());
        const RecommendationReport report = recommend(usage);
        QCOMPARE(report.recommendations.size(), std::size_t(1));
        QCOMPARE(report.recommendations[0].strategy, Strategy::RightSizing);
        QCOMPARE(report.recommendations[0].evidence.size(), std::size_t(1));
        QCOMPARE(report.recommendations[0].evidence[0].resourceId, QStringLiteral("i-idle"));
        QVERIFY2(
            report.recommendations[0].evidence[0].pattern.contains(QStringLiteral("at most 35 % at its daily peak")),
            qPrintable(report.recommendations[0].evidence[0].pattern));

        // A utilization that is not a percentage is an error naming the column, resource and day.
        FocusCsvWriter bad;
        line.resourceId = "i-bad";
        line.day = first;
        line.cpuAvg = 140;
        bad.add(line);
        CostStore badStore(open(QStringLiteral("bad-utilization.sqlite")));
        badStore.store(FocusReader::parse(bad.csv(), QStringLiteral("bad.csv")), QStringLiteral("bad.csv"));
        try {
            resourceUsage(*badStore.load(utilizationColumns()));
            QFAIL("a utilization of 140 % was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("x_CpuUtilizationAvg"))
                    && e.message().contains(QStringLiteral("i-bad"))
                    && e.message().contains(QStringLiteral("2026-03-02")),
                qPrintable(e.message()));
        }
    }

    // The FOCUS sample's series are cents a day: any change is a large percentage but none is worth an
    // alarm. The default minimum impact (10 a day) keeps them quiet; without it they alarm by hundreds.
    void nearZeroSeriesDoNotAlarm()
    {
        CostStore store(open(QStringLiteral("nearzero.sqlite")));
        store.importFiles({ sample() });
        const std::shared_ptr<const CostTable> table = store.load();
        const std::vector<CostAnomaly> quiet = findAnomalies(*table);
        AnomalyParams noMinimum;
        noMinimum.deviation.minImpact = 0;
        const std::vector<CostAnomaly> loud = findAnomalies(*table, noMinimum);
        qInfo("FOCUS sample: %zu anomalies by default, %zu without a minimum impact", quiet.size(), loud.size());
        QVERIFY(loud.size() > 100);
        for (const CostAnomaly& a : loud)
            QVERIFY(std::abs(a.impact) < kDefaultMinImpact); // the whole sample bills about 20 a month
        QCOMPARE(quiet.size(), std::size_t(0));
    }

    void settingsOverrideRates()
    {
        const std::shared_ptr<Database> db = open(QStringLiteral("settings.sqlite"));
        SettingsRepository settings(db);
        RecommendationSettings s = recommendationSettings(settings);
        QCOMPARE(s.of(Strategy::Spot).savingsRate, 0.60);
        QCOMPARE(s.of(Strategy::DataTiering).savingsRate, 0.40);
        settings.setValue(QStringLiteral("cost.recommend.spot.rate"), QStringLiteral("45"));
        settings.setValue(QStringLiteral("cost.recommend.tiering.cost"), QStringLiteral("250"));
        s = recommendationSettings(settings);
        QCOMPARE(s.of(Strategy::Spot).savingsRate, 0.45);
        QCOMPARE(s.of(Strategy::DataTiering).implementationCost, 250.0);
        settings.setValue(QStringLiteral("cost.recommend.spot.rate"), QStringLiteral("lots"));
        try {
            recommendationSettings(settings);
            QFAIL("a bad rate was accepted");
        } catch (const std::exception& e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("cost.recommend.spot.rate")));
        }
    }

    void reportOfAMonth()
    {
        CostStore store(open(QStringLiteral("report.sqlite")));
        store.importFiles({ sample() });
        const std::shared_ptr<const CostTable> table = store.load();
        const auto [from, to] = CostReport::parsePeriod(QStringLiteral("2024-09"));
        QCOMPARE(from, QDate(2024, 9, 1));
        QCOMPARE(to, QDate(2024, 10, 1));
        const CostReport report
            = CostReport::build(*table, { from, to, { QStringLiteral("service"), QStringLiteral("region") } });
        BreakdownQuery q;
        q.from = from.startOfDay(Qt::UTC);
        q.to = to.startOfDay(Qt::UTC);
        const double billed = CostBreakdown::run(*table, q).total.billed;
        QVERIFY(billed > 0);
        QCOMPARE(report.totals.total.billed, billed);

        // The XHTML is well-formed and names the total.
        const QString html = report.toHtml();
        QXmlStreamReader xml(html);
        int svgs = 0, tables = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                svgs += xml.name() == u"svg", tables += xml.name() == u"table";
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QCOMPARE(svgs, 2);
        QCOMPARE(tables, 4);
        QVERIFY(html.contains(QString::number(billed, 'f', 2)));

        // The CSV parses back to the same numbers: groups and days each add up to the total.
        const QList<QByteArray> lines = report.toCsv().split('\n');
        QCOMPARE(lines[0].trimmed(), QByteArray("section,key,billed,effective,list"));
        double total = -1, groups = 0, days = 0;
        int groupRows = 0;
        for (const QByteArray& raw : lines) {
            const QByteArray line = raw.trimmed();
            const QList<QByteArray> f = line.split(',');
            if (line.startsWith("total,"))
                total = f[2].toDouble();
            else if (line.startsWith("group,"))
                groups += f[f.size() - 3].toDouble(), ++groupRows;
            else if (line.startsWith("day,"))
                days += f[2].toDouble();
        }
        QVERIFY(std::abs(total - billed) < 0.006);
        QCOMPARE(groupRows, int(report.groups.rows.size()));
        QVERIFY(std::abs(groups - billed) < 0.01 * groupRows);
        QVERIFY(std::abs(days - billed) < 0.01 * double(report.daily.size()));

        QVERIFY_THROWS_EXCEPTION(Error, CostReport::parsePeriod(QStringLiteral("Sept")));
    }
};

QTEST_GUILESS_MAIN(TestCostAnalysis)
#include "tst_costanalysis.moc"
