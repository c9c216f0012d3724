#include "cost/costanalysis.h"
#include "cost/costbreakdown.h"
#include "cost/costdemo.h"
#include "cost/coststore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace traceo;
using namespace traceo::cost;

namespace {

const QDate kFirst(2026, 8, 1);
const QDate kEnd(2026, 9, 28); // August and 27 days of September

} // namespace

class TestCostDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CostDemoData m_data;
    std::shared_ptr<const CostTable> m_table;

private Q_SLOTS:
    // The demo export goes through the real reader and store, as the demo database's does.
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_data = costDemoData(kFirst, kEnd, 1);
        const qint64 generated = timer.restart();
        CostStore store(Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("demo.sqlite")))));
        QCOMPARE(store.store(FocusReader::parse(m_data.csv, QStringLiteral("demo")), QStringLiteral("demo")), 6);
        qInfo("%lld bytes of CSV generated in %lld ms, imported in %lld ms", qlonglong(m_data.csv.size()), generated,
            timer.elapsed());
        m_table = store.load(utilizationColumns());
    }

    void threeCloudsHundredsOfResources()
    {
        BreakdownQuery q;
        q.by = { QStringLiteral("provider") };
        QStringList providers;
        for (const BreakdownRow& r : CostBreakdown::run(*m_table, q).rows) {
            providers << r.keys[0];
            QVERIFY(r.billed > 0);
        }
        providers.sort();
        QCOMPARE(providers,
            (QStringList { QStringLiteral("AWS"), QStringLiteral("Google Cloud"), QStringLiteral("Microsoft") }));
        q.by = { QStringLiteral("resource") };
        QVERIFY(CostBreakdown::run(*m_table, q).rows.size() >= 250);
        q.by = { QStringLiteral("day") };
        QCOMPARE(CostBreakdown::run(*m_table, q).rows.size(), std::size_t(kFirst.daysTo(kEnd)));
        for (const char* key : { "team", "env", "app" }) {
            q.by = { u"tag:"_qs + QLatin1String(key) };
            const BreakdownResult tagged = CostBreakdown::run(*m_table, q);
            QVERIFY(tagged.rows.size() >= 3);
            for (const BreakdownRow& r : tagged.rows)
                QVERIFY2(!r.keys[0].isEmpty(), key); // every line item is tagged
        }
    }

    void workingWeekShowsInTheDailyCost()
    {
        const DailySeries daily = CostBreakdown::dailySeries(*m_table, {});
        double weekday = 0, weekend = 0;
        int weekdays = 0, weekends = 0;
        for (std::size_t d = 0; d < daily.series[0].values.size(); ++d) {
            const bool isWeekend = daily.firstDay.addDays(qint64(d)).dayOfWeek() >= 6;
            (isWeekend ? weekend : weekday) += daily.series[0].values[d];
            ++(isWeekend ? weekends : weekdays);
        }
        QVERIFY(weekend / weekends < 0.9 * weekday / weekdays);
    }

    void everyStrategyIsRecommended()
    {
        const std::vector<ResourceUsage> usage = resourceUsage(*m_table);
        const RecommendationReport report = recommend(usage);
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(u'\n')));
        std::set<Strategy> strategies;
        for (const Recommendation& r : report.recommendations) {
            strategies.insert(r.strategy);
            qInfo("%s: %zu resources, %.2f a month; %s", qPrintable(strategyName(r.strategy)), r.evidence.size(),
                r.monthlySavings, qPrintable(r.evidence.front().pattern));
            QVERIFY(r.monthlySavings > 0);
        }
        QCOMPARE(strategies.size(), kStrategyCount);
        // Each strategy's evidence is the kind of resource it acts on.
        for (const Recommendation& r : report.recommendations)
            for (const Evidence& e : r.evidence) {
                const auto u = std::find_if(
                    usage.begin(), usage.end(), [&](const ResourceUsage& x) { return x.resourceId == e.resourceId; });
                QVERIFY(u != usage.end());
                const QString category = r.strategy == Strategy::Compression ? QStringLiteral("Networking")
                    : r.strategy == Strategy::DataTiering                    ? QStringLiteral("Storage")
                                                                             : QStringLiteral("Compute");
                QCOMPARE(u->serviceCategory, category);
                if (r.strategy == Strategy::RightSizing)
                    QVERIFY(u->tags.value(QStringLiteral("env")) != u"prod");
            }
        std::size_t withUtilization = 0;
        for (const ResourceUsage& r : usage)
            withUtilization += r.dailyUtilization.empty() ? 0 : 1;
        QVERIFY(withUtilization >= 100);
    }

    void injectedAnomaliesAreFound()
    {
        QCOMPARE(m_data.injected.size(), std::size_t(1 + 5 + 2));
        const std::vector<CostAnomaly> found = findAnomalies(*m_table);
        std::set<std::pair<QStringList, QDate>> keys;
        for (const CostAnomaly& a : found)
            keys.insert({ a.dims, a.day });
        int recalled = 0;
        for (const InjectedAnomaly& i : m_data.injected) {
            const bool hit = keys.count({ i.dims, i.day }) > 0;
            recalled += hit;
            qInfo("%s %s %s %.2f: %s", qPrintable(i.day.toString(Qt::ISODate)), qPrintable(i.dims.join(u',')),
                qPrintable(i.resource), i.extra, hit ? "found" : "missed");
        }
        // A report is right when an anomaly was injected that day into its slice or one its roll-up holds.
        const auto right = std::count_if(found.begin(), found.end(), [&](const CostAnomaly& a) {
            return std::any_of(m_data.injected.begin(), m_data.injected.end(), [&](const InjectedAnomaly& i) {
                return i.day == a.day
                    && std::all_of(a.dims.begin(), a.dims.end(), [&](const QString& d) { return i.dims.contains(d); });
            });
        });
        qInfo("%zu anomalies reported, %lld right; %d of %zu injected days found", found.size(), qlonglong(right),
            recalled, m_data.injected.size());
        QCOMPARE(recalled, int(m_data.injected.size()));
        QVERIFY(qsizetype(found.size()) - right <= 10); // the working week and short-lived machines are no alarm
    }

    void sameSeedSameExport()
    {
        QCOMPARE(costDemoData(kFirst, kEnd, 1).csv, m_data.csv);
        QVERIFY(costDemoData(kFirst, kEnd, 2).csv != m_data.csv);
    }
};

QTEST_GUILESS_MAIN(TestCostDemo)
#include "tst_costdemo.moc"
