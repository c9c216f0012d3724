#include "costpanetest.h"

#include <set>

using namespace traceo::test;

/// The Cost pane over the demo database's cost data and over synthetic data with injected anomalies: its
/// numbers against the engine's, drill-down, anomalies, export, and its screenshot.
class TestCostPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_synthetic; ///< a FOCUS file with injected anomalies
    std::shared_ptr<Database> m_demo;
    std::shared_ptr<const CostTable> m_demoTable;
    CostDays m_demoDays;

    std::shared_ptr<Database> importSynthetic(const QString& name)
    {
        return importThroughPane(m_dir.filePath(name), m_synthetic, windowOf(syntheticDays()));
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
        QVERIFY(writeFile(m_synthetic, syntheticFocusCsv(generateCostData())));
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
    void demoRecommendsEveryStrategy()
    {
        // The demo carries evidence for all six strategies, utilization columns included.
        Fixture f(m_demo, windowOf(m_demoDays));
        QVERIFY(f.idle());
        QVERIFY(QTest::qWaitFor(
            [&] { return !f.pane->costFeed()->analysis().recommendations.recommendations.empty(); }, kTimeout));
        const RecommendationReport& report = f.pane->costFeed()->analysis().recommendations;
        std::set<Strategy> strategies;
        for (const Recommendation& r : report.recommendations)
            strategies.insert(r.strategy);
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(u'\n')));
        QCOMPARE(strategies.size(), kStrategyCount);
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

        // The PDF is rendered on the pane's worker thread.
        const int pdf = int(std::find_if(formats.begin(), formats.end(), [](const auto& r) {
            return r.suffix == u"pdf";
        }) - formats.begin());
        QVERIFY(pdf < formats.size());
        const QString pdfFile = m_dir.filePath(QStringLiteral("report.pdf"));
        f.pane->exportReportTo(pdfFile, pdf);
        QVERIFY(finished.wait(kTimeout));
        QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().last().toString()));
        QVERIFY(test::readAll(pdfFile).startsWith("%PDF-"));
    }

    // Writes docs/images/cost-pane.png (or into TRACEO_SCREENSHOT_DIR) for a human to look at:
    // xvfb-run -a -s '-screen 0 1600x1000x24' ./tst_costpane -platform xcb screenshot
    void screenshot()
    {
        if (QGuiApplication::platformName() == u"offscreen")
            QSKIP("run under xvfb with -platform xcb");
        // The demo database's last 30 days, as a user opening the demo sees them.
        Fixture f(m_demo, windowOf({ m_demoDays.to.addDays(-30), m_demoDays.to }));
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
