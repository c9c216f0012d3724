#include "../common/testutil.h"
#include "cost/costalerts.h"
#include "cost/costanomalyview.h"
#include "cost/costbreakdown.h"
#include "cost/costcharts.h"
#include "cost/costimportbar.h"
#include "cost/costpane.h"
#include "cost/coststore.h"
#include "cost/costsynth.h"
#include "cost/costtoolbar.h"
#include "costbreakdownmodel.h"
#include "costfeed.h"
#include "costformat.h"
#include "costimporttask.h"
#include "costloaders.h"
#include "demo/demobuilder.h"
#include "panefeed.h"
#include "timewindowstate.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLineSeries>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace traceo;
using namespace traceo::cost;

namespace {

constexpr int kTimeout = 60000;

std::shared_ptr<Database> openDb(const QString& path)
{
    DatabaseLocation loc;
    loc.path = path;
    return Database::open(loc);
}

// The first and the day after the last day with line items.
CostDays dataDays(const CostTable& table)
{
    const CostColumn* start = table.column(focus::ChargePeriodStart);
    const auto [lo, hi] = std::minmax_element(start->hours.begin(), start->hours.end());
    const QDate epoch(1970, 1, 1);
    return { epoch.addDays(*lo / 24), epoch.addDays(*hi / 24 + 1) };
}

TimeWindow windowOf(const CostDays& d)
{
    return TimeWindow::custom(d.from.startOfDay(Qt::UTC), d.to.startOfDay(Qt::UTC));
}

BreakdownResult engineBreakdown(const CostTable& table, const QStringList& by, const CostDays& d,
    Metric metric = Metric::Billed, const QList<QPair<QString, QString>>& filters = {})
{
    BreakdownQuery q;
    q.by = by;
    q.from = d.from.startOfDay(Qt::UTC);
    q.to = d.to.startOfDay(Qt::UTC);
    q.metric = metric;
    q.filters = filters;
    return CostBreakdown::run(table, q);
}

template <typename T> T* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<T*>(s);
    return nullptr;
}

double chartTotal(QChart* chart)
{
    double sum = 0;
    if (auto* bars = seriesNamed<QStackedBarSeries>(chart, QStringLiteral("daily")))
        for (QBarSet* set : bars->barSets())
            sum += set->sum();
    return sum;
}

QStringList chartSeries(QChart* chart)
{
    QStringList names;
    if (auto* bars = seriesNamed<QStackedBarSeries>(chart, QStringLiteral("daily")))
        for (QBarSet* set : bars->barSets())
            names << set->label();
    return names;
}

/// A Cost pane over `db` showing `window`, loaded.
struct Fixture
{
    TimeWindowState window;
    PaneFeed* feed;
    CostPane* pane;
    Fixture(const std::shared_ptr<Database>& db, const TimeWindow& w)
        : feed(new PaneFeed(&paneloaders::costs, &window))
        , pane(new CostPane(feed, &window))
    {
        new QAbstractItemModelTester(
            pane->costFeed()->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, pane);
        feed->setParent(pane);
        window.setWindow(w);
        pane->resize(1400, 900);
        pane->show();
        feed->setDatabase(db);
    }
    ~Fixture() { delete pane; }
    /// Waits until the pane shows `db` and nothing is loading.
    bool idle() const
    {
        return QTest::qWaitFor(
            [&] {
                return !feed->isLoading() && pane->costFeed()->database() == feed->database()
                    && !pane->costFeed()->isLoading() && pane->costFeed()->table();
            },
            kTimeout);
    }
    QAbstractItemModel* tree() const { return pane->tree()->model(); }
};

} // namespace

class TestCostPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_demo;
    std::shared_ptr<const CostTable> m_demoTable;
    CostDays m_demoDays;
    QString m_synthetic; ///< a FOCUS file with injected anomalies

    /// An empty database with the synthetic file imported through a pane.
    std::shared_ptr<Database> importSynthetic(const QString& name)
    {
        auto db = openDb(m_dir.filePath(name));
        const SyntheticCostParams params;
        Fixture f(db, windowOf({ params.start, params.start.addDays(params.days) }));
        if (!f.idle() || !f.pane->showsEmptyState())
            return nullptr;
        QSignalSpy done(f.pane->importTask(), &CostImportTask::finished);
        f.pane->importFiles({ m_synthetic });
        if (!done.wait(kTimeout) || !done.first().first().value<CostImportTask::Outcome>().ok)
            return nullptr;
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<CostImportTask::Outcome>();
        // The demo database's cost data, seeded as the demo builder does.
        m_demo = openDb(m_dir.filePath(QStringLiteral("demo.sqlite")));
        std::mt19937_64 rng(42);
        for (const DemoSeeder& s : demoSeeders())
            if (s.domain == u"cost")
                s.seed(m_demo, rng);
        m_demoTable = CostStore(m_demo).load();
        QVERIFY(m_demoTable->rowCount() > 0);
        m_demoDays = dataDays(*m_demoTable);

        m_synthetic = m_dir.filePath(QStringLiteral("synthetic.csv"));
        QFile out(m_synthetic);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(syntheticFocusCsv(generateCostData()));
    }

    void treeTotalsMatchTheEngine()
    {
        Fixture f(m_demo, windowOf(m_demoDays));
        QVERIFY(f.idle());
        QVERIFY(!f.pane->showsEmptyState());
        const CostQuery query = f.pane->costFeed()->query();
        QCOMPARE(query.path.first(), QStringLiteral("service"));
        const BreakdownResult services = engineBreakdown(*m_demoTable, { query.path[0] }, m_demoDays);
        QAbstractItemModel* tree = f.tree();
        QCOMPARE(tree->rowCount(), int(services.rows.size()));
        // Sorted by cost, largest first; each row is the engine's total of that service.
        double sum = 0;
        for (int r = 0; r < tree->rowCount(); ++r) {
            const QModelIndex key = tree->index(r, CostBreakdownModel::Key);
            const double cost = tree->index(r, CostBreakdownModel::Cost).data(CostBreakdownModel::SortRole).toDouble();
            const auto row = std::find_if(services.rows.begin(), services.rows.end(),
                [&](const BreakdownRow& b) { return b.keys[0] == key.data(CostBreakdownModel::SortRole).toString(); });
            QVERIFY(row != services.rows.end());
            QCOMPARE(cost, row->value);
            QCOMPARE(tree->index(r, CostBreakdownModel::Previous).data(CostBreakdownModel::SortRole).toDouble(),
                row->previous);
            if (r > 0)
                QVERIFY(
                    tree->index(r - 1, CostBreakdownModel::Cost).data(CostBreakdownModel::SortRole).toDouble() >= cost);
            sum += cost;
            const double share
                = tree->index(r, CostBreakdownModel::Share).data(CostBreakdownModel::SortRole).toDouble();
            QVERIFY(qAbs(share - cost / services.total.value * 100.0) < 1e-9);
        }
        QVERIFY(qAbs(sum - services.total.value) < 1e-6 * services.total.value);
        // The children of the largest service: its regions, as the engine breaks them down.
        const QString first = tree->index(0, 0).data(CostBreakdownModel::SortRole).toString();
        const BreakdownResult regions = engineBreakdown(
            *m_demoTable, { query.path[1] }, m_demoDays, Metric::Billed, { { query.path[0], first } });
        const QModelIndex parent = tree->index(0, 0);
        QCOMPARE(tree->rowCount(parent), int(regions.rows.size()));
        for (int r = 0; r < tree->rowCount(parent); ++r) {
            const QString region = tree->index(r, 0, parent).data(CostBreakdownModel::SortRole).toString();
            const auto row = std::find_if(
                regions.rows.begin(), regions.rows.end(), [&](const BreakdownRow& b) { return b.keys[0] == region; });
            QVERIFY(row != regions.rows.end());
            QCOMPARE(tree->index(r, CostBreakdownModel::Cost, parent).data(CostBreakdownModel::SortRole).toDouble(),
                row->value);
        }
        // Sortable by any column: by name, ascending.
        f.pane->tree()->sortByColumn(CostBreakdownModel::Key, Qt::AscendingOrder);
        for (int r = 1; r < tree->rowCount(); ++r)
            QVERIFY(tree->index(r - 1, 0).data(CostBreakdownModel::SortRole).toString()
                <= tree->index(r, 0).data(CostBreakdownModel::SortRole).toString());
        QVERIFY(f.pane->headline().contains(QLocale().toString(services.lineItems)));
    }

    void metricAndFilterFollowTheEngine()
    {
        Fixture f(m_demo, windowOf(m_demoDays));
        QVERIFY(f.idle());
        const QString region = engineBreakdown(*m_demoTable, { QStringLiteral("region") }, m_demoDays).rows[0].keys[0];
        f.pane->toolbar()->metricBox()->setCurrentIndex(
            f.pane->toolbar()->metricBox()->findData(int(Metric::Effective)));
        f.pane->toolbar()->filterEdit()->setText(QStringLiteral("region=") + region);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->costFeed()->query().filter, QStringLiteral("region=") + region, kTimeout);
        QVERIFY(f.idle());
        const BreakdownResult expected = engineBreakdown(
            *m_demoTable, { QStringLiteral("service") }, m_demoDays, Metric::Effective, { { u"region"_qs, region } });
        QCOMPARE(f.pane->costFeed()->breakdown().nodes.front().value, expected.total.value);
        QVERIFY(expected.total.value < engineBreakdown(*m_demoTable, {}, m_demoDays, Metric::Effective).total.value);
        // Every leaf is in that region.
        const QAbstractItemModel* tree = f.tree();
        for (int r = 0; r < tree->rowCount(); ++r) {
            const QModelIndex service = tree->index(r, 0);
            for (int c = 0; c < tree->rowCount(service); ++c)
                QCOMPARE(tree->index(c, 0, service).data(CostBreakdownModel::SortRole).toString(), region);
        }
    }

    void drillDownFiltersTheChart()
    {
        Fixture f(m_demo, windowOf(m_demoDays));
        QVERIFY(f.idle());
        QChart* chart = f.pane->charts()->dailyChart();
        const QStringList all = chartSeries(chart);
        const BreakdownResult services = engineBreakdown(*m_demoTable, { QStringLiteral("service") }, m_demoDays);
        QCOMPARE(all.size(), qMin<int>(int(services.rows.size()), 9));
        QVERIFY(qAbs(chartTotal(chart) - services.total.value) < 1e-6 * services.total.value);
        for (QBarSet* set : seriesNamed<QStackedBarSeries>(chart, QStringLiteral("daily"))->barSets())
            QCOMPARE(set->count(), m_demoDays.from.daysTo(m_demoDays.to)); // a bar a day of the window

        const QStringList branch { services.rows[0].keys[0] };
        QVERIFY(f.pane->selectPath(branch));
        QTRY_VERIFY_WITH_TIMEOUT(f.pane->costFeed()->chart().branch == branch, kTimeout);
        QVERIFY(f.idle());
        QCOMPARE(f.pane->costFeed()->chart().dimension, QStringLiteral("region"));
        const BreakdownResult regions = engineBreakdown(
            *m_demoTable, { QStringLiteral("region") }, m_demoDays, Metric::Billed, { { u"service"_qs, branch[0] } });
        QStringList expected;
        for (const BreakdownRow& r : regions.rows)
            expected << r.keys[0];
        QCOMPARE(chartSeries(chart), expected);
        QVERIFY(chartSeries(chart) != all);
        QVERIFY(qAbs(chartTotal(chart) - services.rows[0].value) < 1e-6 * services.rows[0].value);

        // A refresh (another metric) keeps the selected node and the drill-down.
        f.pane->toolbar()->metricBox()->setCurrentIndex(f.pane->toolbar()->metricBox()->findData(int(Metric::List)));
        QTRY_VERIFY_WITH_TIMEOUT(f.pane->costFeed()->breakdown().metric == Metric::List, kTimeout);
        QVERIFY(f.idle());
        QCOMPARE(f.pane->tree()->currentIndex().data(CostBreakdownModel::PathRole).toStringList(), branch);
        QCOMPARE(f.pane->costFeed()->chart().branch, branch);
    }

    void importShowsProgressAndFillsThePane()
    {
        auto db = openDb(m_dir.filePath(QStringLiteral("import.sqlite")));
        const SyntheticCostParams params;
        const CostDays days { params.start, params.start.addDays(params.days) };
        Fixture f(db, windowOf(days));
        QVERIFY(f.idle());
        QVERIFY(f.pane->showsEmptyState());
        QSignalSpy progress(f.pane->importTask(), &CostImportTask::progressChanged);
        QSignalSpy done(f.pane->importTask(), &CostImportTask::finished);
        f.pane->importFiles({ m_synthetic });
        QVERIFY(f.pane->importBar()->isVisible());
        QVERIFY(done.wait(kTimeout));
        const auto outcome = done.first().first().value<CostImportTask::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(!f.pane->importBar()->isVisible());
        QVERIFY(progress.size() >= 2);
        int last = -1;
        for (const QList<QVariant>& p : progress) {
            QVERIFY(p[0].toInt() >= last);
            last = p[0].toInt();
        }
        QVERIFY(last >= 900);
        QTRY_VERIFY_WITH_TIMEOUT(!f.pane->showsEmptyState(), kTimeout);
        QVERIFY(f.idle());
        const auto table = CostStore(db).load();
        QCOMPARE(qint64(table->rowCount()), outcome.rows);
        QCOMPARE(f.pane->costFeed()->breakdown().nodes.front().value,
            engineBreakdown(*table, { QStringLiteral("service") }, days).total.value);
        QVERIFY(f.pane->message().contains(QLocale().toString(outcome.rows)));
    }

    void anomalySelectionMarksTheDay()
    {
        auto db = importSynthetic(QStringLiteral("anomalies.sqlite"));
        QVERIFY(db);
        const SyntheticCostParams params;
        Fixture f(db, windowOf({ params.start, params.start.addDays(params.days) }));
        QVERIFY(f.idle());
        const CostAnalysisSnapshot& analysis = f.pane->costFeed()->analysis();
        QVERIFY2(!analysis.anomalies.empty(), qPrintable(analysis.error));
        QCOMPARE(f.pane->anomalyView()->table()->model()->rowCount(), int(analysis.anomalies.size()));
        QVERIFY(!f.pane->charts()->markedDay().isValid());

        const cost::CostAnomaly a = analysis.anomalies[0].anomaly;
        QVERIFY(f.pane->anomalyView()->selectAnomaly(0));
        QCOMPARE(f.pane->charts()->markedDay(), a.day);
        auto* mark = seriesNamed<QAreaSeries>(f.pane->charts()->dailyChart(), QStringLiteral("mark"));
        QVERIFY(mark);
        const qreal x = qreal(params.start.daysTo(a.day));
        QCOMPARE(mark->upperSeries()->points().first().x(), x - 0.5);
        QCOMPARE(mark->upperSeries()->points().last().x(), x + 0.5);
        const QString detail = f.pane->anomalyView()->detailText();
        QVERIFY2(detail.contains(costformat::money(a.expected, QStringLiteral("USD"))), qPrintable(detail));
        QVERIFY(detail.contains(costformat::money(a.actual, QStringLiteral("USD"))));
        QVERIFY(detail.contains(a.rootCauses.front().key));

        // Acknowledge: the alert is stored acknowledged, and the selection survives the refresh.
        int alerting = -1;
        for (std::size_t i = 0; i < analysis.anomalies.size() && alerting < 0; ++i)
            if (analysis.anomalies[i].alert == CostAnalysisSnapshot::AlertState::New)
                alerting = int(i);
        QVERIFY(alerting >= 0);
        const cost::CostAnomaly acked = analysis.anomalies[std::size_t(alerting)].anomaly;
        QVERIFY(f.pane->anomalyView()->selectAnomaly(alerting));
        auto* button = f.pane->anomalyView()->findChild<QPushButton*>(QStringLiteral("costAcknowledge"));
        QVERIFY(button->isEnabled());
        QSignalSpy finished(f.pane, &CostPane::transferFinished);
        button->click();
        QVERIFY(finished.wait(kTimeout));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(f.pane->costFeed()->analysis().anomalies[std::size_t(alerting)].alert
                == CostAnalysisSnapshot::AlertState::Acknowledged,
            kTimeout);
        const QList<CostAlert> alerts = CostAlertRepository(db).alerts();
        QCOMPARE(alerts.size(), 1);
        QVERIFY(alerts[0].acknowledged);
        QCOMPARE(alerts[0].anomaly.day, acked.day);
        QCOMPARE(f.pane->anomalyView()->selectedAnomaly(), alerting);
        QVERIFY(!button->isEnabled());
    }

    void cancelMidImportLeavesTheStoreUnchanged()
    {
        auto db = importSynthetic(QStringLiteral("cancel.sqlite"));
        QVERIFY(db);
        // A bigger export: 16 series × 100 resources × 120 days, about 50 MB.
        SyntheticCostParams big;
        big.resourcesPerSeries = 100;
        const QString bigFile = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile out(bigFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(syntheticFocusCsv(generateCostData(big)));
        }
        const QList<CostImport> before = CostStore(db).imports();
        const double billedBefore
            = engineBreakdown(*CostStore(db).load(), {}, { big.start, big.start.addDays(big.days) }).total.billed;

        Fixture f(db, windowOf({ big.start, big.start.addDays(big.days) }));
        QVERIFY(f.idle());
        QSignalSpy done(f.pane->importTask(), &CostImportTask::finished);
        int canceledAt = -1;
        connect(f.pane->importTask(), &CostImportTask::progressChanged, f.pane, [&](int value) {
            if (canceledAt < 0 && value > 0) {
                canceledAt = value;
                f.pane->importBar()->cancelButton()->click();
            }
        });
        f.pane->importFiles({ bigFile });
        QVERIFY(done.wait(kTimeout));
        const auto outcome = done.first().first().value<CostImportTask::Outcome>();
        QVERIFY2(outcome.canceled && !outcome.ok, qPrintable(outcome.message));
        QVERIFY(canceledAt > 0 && canceledAt < CostImportTask::kProgressRange);
        QVERIFY(!f.pane->message().isEmpty());

        const QList<CostImport> after = CostStore(db).imports();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QCOMPARE(after[i].rowCount, before[i].rowCount);
            QCOMPARE(after[i].importedAt, before[i].importedAt);
        }
        QCOMPARE(engineBreakdown(*CostStore(db).load(), {}, { big.start, big.start.addDays(big.days) }).total.billed,
            billedBefore);
    }

    void exportsTheReport()
    {
        Fixture f(m_demo, windowOf(m_demoDays));
        QVERIFY(f.idle());
        const QList<costloaders::ReportFormat> formats = costloaders::reportFormats();
        const int csv = int(std::find_if(formats.begin(), formats.end(), [](const auto& r) {
            return r.suffix == u"csv";
        }) - formats.begin());
        QVERIFY(csv < formats.size());
        QCOMPARE(f.pane->exportKinds().size(), formats.size());
        const QString file = m_dir.filePath(QStringLiteral("report.csv"));
        QSignalSpy finished(f.pane, &CostPane::transferFinished);
        f.pane->exportReportTo(file, csv);
        QVERIFY(finished.wait(kTimeout));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
        const QList<QByteArray> lines = test::readAll(file).split('\n');
        QVERIFY(lines[1].startsWith("total,"));
        const double total = lines[1].split(',')[2].toDouble();
        QVERIFY(qAbs(total - engineBreakdown(*m_demoTable, {}, m_demoDays).total.billed) < 0.01);
    }

    // A measurement, not a pass/fail check (tests assert no times): imports ~1 M line items (~250 MB) through
    // the pane and reports the longest the GUI thread went without handling a 10 ms timer.
    // TRACEO_MILLION_ROWS=1 ./tst_costpane millionRowImportKeepsTheWindowResponsive
    void millionRowImportKeepsTheWindowResponsive()
    {
        if (!qEnvironmentVariableIsSet("TRACEO_MILLION_ROWS"))
            QSKIP("set TRACEO_MILLION_ROWS=1 to measure a million-row import");
        SyntheticCostParams big;
        big.resourcesPerSeries = 521; // 16 series × 521 resources × 120 days = 1,000,320 line items
        const QString file = m_dir.filePath(QStringLiteral("million.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(syntheticFocusCsv(generateCostData(big)));
        }
        auto db = openDb(m_dir.filePath(QStringLiteral("million.sqlite")));
        Fixture f(db, windowOf({ big.start, big.start.addDays(big.days) }));
        QVERIFY(f.idle());
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        qint64 longestAt = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, [&] {
            if (clock.elapsed() - last > longest) {
                longest = clock.elapsed() - last;
                longestAt = clock.elapsed();
            }
            last = clock.elapsed();
        });
        QSignalSpy done(f.pane->importTask(), &CostImportTask::finished);
        clock.start();
        tick.start();
        f.pane->importFiles({ file });
        QVERIFY(done.wait(600000));
        const qint64 importMs = clock.elapsed();
        const auto outcome = done.first().first().value<CostImportTask::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.rows, 1000320);
        QVERIFY(f.idle());
        const qint64 totalMs = clock.elapsed();
        tick.stop();
        qInfo("%s: %lld MB, %lld line items; import %lld ms, pane loaded %lld ms after the start; longest GUI "
              "stall %lld ms (ending %lld ms after the start)",
            qPrintable(file), QFileInfo(file).size() >> 20, outcome.rows, importMs, totalMs, longest, longestAt);
        QCOMPARE(f.pane->costFeed()->breakdown().lineItems, outcome.rows);
    }

    // Writes docs/images/cost-pane.png (or into TRACEO_SCREENSHOT_DIR) for a human to look at:
    // xvfb-run -a -s '-screen 0 1600x1000x24' ./tst_costpane -platform xcb screenshot
    void screenshot()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("run under xvfb with -platform xcb");
        auto db = importSynthetic(QStringLiteral("screenshot.sqlite"));
        QVERIFY(db);
        const SyntheticCostParams params;
        // The last four weeks of the synthetic data.
        Fixture f(db, windowOf({ params.start.addDays(params.days - 28), params.start.addDays(params.days) }));
        f.pane->resize(1600, 1000);
        QVERIFY(QTest::qWaitForWindowExposed(f.pane));
        QVERIFY(f.idle());
        const QString first = f.tree()->index(0, 0).data(CostBreakdownModel::SortRole).toString();
        f.pane->tree()->expand(f.tree()->index(0, 0));
        QVERIFY(f.pane->selectPath({ first }));
        QVERIFY(f.idle());
        if (!f.pane->costFeed()->analysis().anomalies.empty())
            f.pane->anomalyView()->selectAnomaly(0);
        QTest::qWait(300);
        const QString dir = qEnvironmentVariableIsSet("TRACEO_SCREENSHOT_DIR")
            ? qEnvironmentVariable("TRACEO_SCREENSHOT_DIR")
            : test::sourceDir() + QStringLiteral("/docs/images");
        QVERIFY(f.pane->grab().save(dir + QStringLiteral("/cost-pane.png")));
        if (qEnvironmentVariableIsSet("TRACEO_SCREENSHOT_DIR")) {
            // The other tabs, for a look: recommendations and imports.
            auto* tabs = f.pane->findChild<QTabWidget*>(QStringLiteral("costTabs"));
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(100);
                QVERIFY(f.pane->grab().save(dir + QStringLiteral("/cost-pane-tab%1.png").arg(i)));
            }
        }
    }
};

QTEST_MAIN(TestCostPane)
#include "tst_costpane.moc"
