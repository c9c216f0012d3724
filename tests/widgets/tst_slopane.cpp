#include "../common/testutil.h"
#include "panefeed.h"
#include "slo/openslospec.h"
#include "slo/slodetailview.h"
#include "slo/slomath.h"
#include "slo/slopane.h"
#include "slo/slorepository.h"
#include "slo/syntheticcheckdialog.h"
#include "slo/syntheticcheckrepository.h"
#include "slochartfeed.h"
#include "slotable.h"
#include "snapshottablemodel.h"
#include "store/sqlquery.h"
#include "timewindowstate.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

using namespace traceo;
using namespace Qt::StringLiterals;
using namespace traceo::slo;

namespace {

// A hand-made SLO: 1,000 requests a minute for four days before `now`, failing at `burn` × the budget
// rate, and at `incidentBurn` × over [incidentFrom, incidentTo).
struct HandMade
{
    QString service;
    QString name;
    double objective;
    double burn;
    double incidentBurn = 0;
    qint64 incidentFrom = 0;
    qint64 incidentTo = 0;
    qint64 id = 0;
    QList<SliBucket> buckets = {};
};

QList<SliBucket> makeBuckets(const HandMade& h, qint64 now)
{
    QList<SliBucket> b;
    for (qint64 m = now - 4 * 1440; m < now; ++m) {
        const bool incident = m >= h.incidentFrom && m < h.incidentTo;
        const double bad = std::round(1000 * (1 - h.objective) * (incident ? h.incidentBurn : h.burn));
        b.append({ m, 1000 - bad, 1000 });
    }
    return b;
}

QVariant cell(const QTableView* table, int row, int column, int role = SnapshotTableModel::SortRole)
{
    return table->model()->index(row, column).data(role);
}

QStringList services(const QTableView* table)
{
    QStringList s;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        s << cell(table, r, slotable::Service).toString();
    return s;
}

template <typename T> T* seriesNamed(QChart* chart, const QString& objectName)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == objectName)
            return qobject_cast<T*>(s);
    return nullptr;
}

} // namespace

class TestSloPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_now = 0;
    std::vector<HandMade> m_slos;

    /// A pane over the test database showing the day before m_now, loaded.
    struct Fixture
    {
        TimeWindowState window;
        PaneFeed* feed;
        SloPane* pane;
        Fixture(const std::shared_ptr<Database>& db, qint64 now)
            : feed(new PaneFeed(&paneloaders::slos, &window))
            , pane(new SloPane(feed, &window))
        {
            feed->setParent(pane);
            window.setWindow(TimeWindow::custom(QDateTime::fromSecsSinceEpoch((now - 1440) * 60, Qt::UTC),
                QDateTime::fromSecsSinceEpoch(now * 60, Qt::UTC)));
            pane->resize(1200, 800);
            pane->show();
            feed->setDatabase(db);
        }
        ~Fixture() { delete pane; }
    };

    static bool waitCharts(SloPane* pane, qint64 id)
    {
        return QTest::qWaitFor(
            [&] { return pane->chartFeed()->snapshot().sloId == id && !pane->chartFeed()->isLoading(); }, 20000);
    }

    const HandMade& slo(const QString& service) const
    {
        return *std::find_if(m_slos.begin(), m_slos.end(), [&](const HandMade& h) { return h.service == service; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DatabaseLocation loc;
        loc.path = m_dir.filePath(QStringLiteral("slo.sqlite"));
        m_db = Database::open(loc);
        m_now = QDateTime::currentSecsSinceEpoch() / 60;
        m_slos = {
            // A fast burn three hours ago: pages (14.4× over 1h and 5m) for a while.
            { QStringLiteral("checkout-api"), QStringLiteral("availability"), 0.999, 0.1, 40, m_now - 200,
                m_now - 170 },
            { QStringLiteral("search"), QStringLiteral("availability"), 0.995, 0.5 },
            // Burning at 30× for the last 40 minutes: pages now.
            { QStringLiteral("auth"), QStringLiteral("latency-p99"), 0.99, 0.2, 30, m_now - 40, m_now },
            // 2× for four days: the 1× ticket (3d and 6h) fires.
            { QStringLiteral("billing"), QStringLiteral("availability"), 0.999, 2.0 },
        };
        SloRepository repo(m_db);
        for (HandMade& h : m_slos) {
            h.id = repo.addSlo({ 0, h.service, h.name, h.objective, 30 });
            h.buckets = makeBuckets(h, m_now);
            repo.storeBuckets(h.id, h.buckets);
        }
    }

    void rowsAreSlosWorstFirst()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        QVERIFY(!f.pane->showsEmptyState());
        // Paging, then ticket, then the least budget left: the budget is a share of the traffic seen, so search
        // (3 bad of 1,000 against 5) has spent 60 %, checkout-api's incident 1,200 of 5,760 bad events.
        QCOMPARE(services(f.pane->table()),
            (QStringList { QStringLiteral("auth"), QStringLiteral("billing"), QStringLiteral("search"),
                QStringLiteral("checkout-api") }));
        QCOMPARE(cell(f.pane->table(), 0, slotable::Alert).toInt(), int(slotable::PageAlert));
        QCOMPARE(cell(f.pane->table(), 1, slotable::Alert).toInt(), int(slotable::TicketAlert));
        QCOMPARE(cell(f.pane->table(), 0, slotable::Alert, Qt::DisplayRole).toString(), QStringLiteral("Page"));
        QVERIFY(f.pane->table()->isColumnHidden(slotable::Id));
        // The worst SLO is selected and its charts load.
        QVERIFY(waitCharts(f.pane, slo(QStringLiteral("auth")).id));
        QCOMPARE(f.pane->selectedSloId(), slo(QStringLiteral("auth")).id);

        // Sorting by a column still works on the raw numbers: budget left ascending.
        f.pane->table()->sortByColumn(slotable::BudgetRemaining, Qt::AscendingOrder);
        double previous = -1e300;
        for (int r = 0; r < 4; ++r) {
            const double v = cell(f.pane->table(), r, slotable::BudgetRemaining).toDouble();
            QVERIFY(v >= previous);
            previous = v;
        }
    }

    void numbersEqualSlomath()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        const QTableView* t = f.pane->table();
        for (int r = 0; r < 4; ++r) {
            const HandMade& h = slo(cell(t, r, slotable::Service).toString());
            QCOMPARE(cell(t, r, slotable::Id).toLongLong(), h.id);
            const SliSeries series
                = SliSeries::fromBuckets(std::span<const SliBucket>(h.buckets.data(), size_t(h.buckets.size())));
            const SloStatus st = sloStatus(series, { h.objective, 30 }, m_now);
            QCOMPARE(cell(t, r, slotable::Objective).toDouble(), h.objective);
            QCOMPARE(cell(t, r, slotable::BudgetRemaining).toDouble(), st.budgetRemainingRatio);
            QCOMPARE(cell(t, r, slotable::Burn1h).toDouble(), st.windows[2].burnRate);
            QCOMPARE(cell(t, r, slotable::Burn6h).toDouble(), st.windows[4].burnRate);
            QCOMPARE(cell(t, r, slotable::Burn1d).toDouble(), st.windows[5].burnRate);
            QCOMPARE(cell(t, r, slotable::Burn3d).toDouble(), st.windows[6].burnRate);
            QCOMPARE(cell(t, r, slotable::Exhaustion).toDouble(), st.minutesToExhaustion);
        }
        // A known figure: billing failed at twice the budget rate all along, so it spent twice its budget.
        const int billing = int(services(t).indexOf(QStringLiteral("billing")));
        QCOMPARE(cell(t, billing, slotable::BudgetRemaining).toDouble(), -1.0);
        QCOMPARE(cell(t, billing, slotable::BudgetRemaining, Qt::DisplayRole).toString(), QStringLiteral("-100.0 %"));
        QCOMPARE(cell(t, billing, slotable::Exhaustion, Qt::DisplayRole).toString(), QStringLiteral("exhausted"));
        QCOMPARE(cell(t, billing, slotable::Burn3d, Qt::DisplayRole).toString(), QStringLiteral("2.00×"));
    }

    void filterReducesRows()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        QTest::keyClicks(f.pane->filterEdit(), QStringLiteral("AVAIL"));
        QTRY_COMPARE(f.pane->table()->model()->rowCount(), 3);
        f.pane->filterEdit()->setText(QStringLiteral("checkout"));
        QTRY_COMPARE(f.pane->table()->model()->rowCount(), 1);
        QCOMPARE(cell(f.pane->table(), 0, slotable::Service).toString(), QStringLiteral("checkout-api"));
        f.pane->filterEdit()->clear();
        QTRY_COMPARE(f.pane->table()->model()->rowCount(), 4);
    }

    void selectionSurvivesARefresh()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        const qint64 search = slo(QStringLiteral("search")).id;
        f.pane->table()->selectRow(2); // search
        QCOMPARE(f.pane->selectedSloId(), search);
        QVERIFY(waitCharts(f.pane, search));

        // A new SLO that pages sorts first and moves every row down; the selection follows the id.
        SloRepository repo(m_db);
        HandMade extra { QStringLiteral("cart"), QStringLiteral("availability"), 0.999, 0.1, 30, m_now - 40, m_now };
        extra.id = repo.addSlo({ 0, extra.service, extra.name, extra.objective, 30 });
        repo.storeBuckets(extra.id, makeBuckets(extra, m_now));
        QSignalSpy loaded(f.feed, &PaneFeed::loaded);
        f.feed->reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(f.pane->table()->model()->rowCount(), 5);
        QCOMPARE(f.pane->selectedSloId(), search);
        const int current = f.pane->table()->currentIndex().row();
        QCOMPARE(current, 3);
        QCOMPARE(cell(f.pane->table(), current, slotable::Service).toString(), QStringLiteral("search"));
        QVERIFY(f.pane->table()->selectionModel()->isRowSelected(current));
        QVERIFY(waitCharts(f.pane, search));

        execSql(m_db->connection(), QStringLiteral("DELETE FROM slo WHERE id = ?"), { extra.id });
    }

    void chartsShowThresholdsAndFiringIntervals()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        const HandMade& checkout = slo(QStringLiteral("checkout-api"));
        QVERIFY(f.pane->selectSlo(checkout.id));
        QVERIFY(waitCharts(f.pane, checkout.id));
        const SloChartSnapshot& snap = f.pane->chartFeed()->snapshot();
        QCOMPARE(snap.charts.fromMinute, m_now - 1440);
        QCOMPARE(snap.charts.toMinute, m_now);
        QVERIFY(snap.charts.minutes.size() <= 1000);
        QVERIFY(f.pane->detailView()->headline().contains(QStringLiteral("checkout-api")));

        QChart* burn = f.pane->detailView()->burnChart();
        const QStringList tiers = { QStringLiteral("page-quick"), QStringLiteral("page-slow"),
            QStringLiteral("ticket-quick"), QStringLiteral("ticket-slow") };
        const QList<double> factors = { 14.4, 6, 3, 1 };
        for (int i = 0; i < tiers.size(); ++i) {
            auto* level = seriesNamed<QLineSeries>(burn, QStringLiteral("threshold:") + tiers[i]);
            QVERIFY2(level, qPrintable(tiers[i]));
            QVERIFY(qFuzzyCompare(level->at(0).y(), factors[i]));
            QVERIFY(level->pointLabelsVisible());
            QVERIFY(level->pointLabelsFormat().startsWith(QLocale().toString(factors[i], 'g', 4)));
        }
        for (const char* w : { "burn:1h", "burn:6h", "burn:3d" })
            QVERIFY2(seriesNamed<QLineSeries>(burn, QLatin1String(w)), w);

        // The 40× burn 200 to 170 minutes ago pages: 14.4× over 1h and 5m. The 1h ratio passes 14.4 × budget
        // once 22 bad minutes are in it (40 × 22 > 14.4 × 60), and the 5m window stays over it until 5 minutes
        // after the burn ends... the exact interval is firingIntervals' (tested in tst_alerting); here the band
        // must cover it.
        auto* page = seriesNamed<QAreaSeries>(burn, QStringLiteral("firing:page"));
        QVERIFY(page);
        QVERIFY(!seriesNamed<QAreaSeries>(burn, QStringLiteral("firing:ticket")));
        QCOMPARE(snap.charts.firing.size(), size_t(1));
        const FiringInterval& fired = snap.charts.firing.front();
        QCOMPARE(fired.severity, Severity::Page);
        QVERIFY(fired.fromMinute > m_now - 200 && fired.fromMinute < m_now - 170);
        QVERIFY(fired.toMinute > m_now - 170 && fired.toMinute <= m_now - 165);
        const QList<QPointF> upper = page->upperSeries()->points();
        QCOMPARE(upper.size(), 4);
        QCOMPARE(upper.first().x(), qreal(fired.fromMinute) * 60000.0);
        QCOMPARE(upper.last().x(), qreal(fired.toMinute) * 60000.0);
        QVERIFY(seriesNamed<QAreaSeries>(f.pane->detailView()->budgetChart(), QStringLiteral("firing:page")));
        QVERIFY(seriesNamed<QLineSeries>(f.pane->detailView()->budgetChart(), QStringLiteral("level:zero")));
        // The budget line ends at the table's figure.
        auto* budget = seriesNamed<QLineSeries>(f.pane->detailView()->budgetChart(), QStringLiteral("budget"));
        QVERIFY(budget);
        QCOMPARE(budget->points().last().y(), snap.status.budgetRemainingRatio * 100.0);
        const int row = int(services(f.pane->table()).indexOf(QStringLiteral("checkout-api")));
        QCOMPARE(cell(f.pane->table(), row, slotable::BudgetRemaining).toDouble(), snap.status.budgetRemainingRatio);
    }

    void chartsFollowTheTimeWindow()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        const qint64 billing = slo(QStringLiteral("billing")).id;
        QVERIFY(f.pane->selectSlo(billing));
        QVERIFY(waitCharts(f.pane, billing));
        const quint64 before = f.pane->chartFeed()->generation();
        f.window.setWindow(TimeWindow::custom(QDateTime::fromSecsSinceEpoch((m_now - 7 * 1440) * 60, Qt::UTC),
            QDateTime::fromSecsSinceEpoch(m_now * 60, Qt::UTC)));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return f.pane->chartFeed()->generation() > before && !f.pane->chartFeed()->isLoading()
                    && f.pane->chartFeed()->snapshot().charts.fromMinute == m_now - 7 * 1440;
            },
            20000));
        QCOMPARE(f.pane->selectedSloId(), billing);
        const SloCharts& c = f.pane->chartFeed()->snapshot().charts;
        QVERIFY(c.minutes.size() <= 1000);
        QCOMPARE(c.minutes.back(), m_now);
        // 2× for four days: the 1× ticket fires over the 3d window.
        QVERIFY(seriesNamed<QAreaSeries>(f.pane->detailView()->burnChart(), QStringLiteral("firing:ticket")));
    }

    void importErrorsNameFileAndLine()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        const QString bad = m_dir.filePath(QStringLiteral("bad.yml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: \"prometheus/v1\"\nservice: \"shop\"\nslos:\n  - name: \"x\"\n    objective: 100\n"
                   "    sli:\n      events:\n        error_query: a\n        total_query: b\n    alerting:\n"
                   "      page_alert:\n        disable: true\n      ticket_alert:\n        disable: true\n");
        file.close();
        QSignalSpy done(f.pane, &SloPane::transferFinished);
        f.pane->importSpecFile(bad);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(QRegularExpression(u"^"_s + QRegularExpression::escape(bad) + u":[45]: "_s)
                     .match(f.pane->message())
                     .hasMatch(),
            qPrintable(f.pane->message()));

        // A good spec adds its SLOs and the table reloads; its rules export to a file.
        f.pane->importSpecFile(test::sharedData(QStringLiteral("sloth/getting-started.yml")));
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(f.pane->message()));
        QTRY_VERIFY_WITH_TIMEOUT(f.pane->table()->model()->rowCount() > 4, 20000);
        const QString rules = m_dir.filePath(QStringLiteral("rules.yaml"));
        f.pane->exportRulesTo(rules, false);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(2).at(0).toBool(), qPrintable(f.pane->message()));
        QVERIFY(test::readAll(rules).contains("slo:sli_error:ratio_rate5m"));
        // Demo-like SLOs without a spec have no rules to export.
        QVERIFY(f.pane->selectSlo(slo(QStringLiteral("billing")).id));
        f.pane->exportRulesTo(rules, true);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(3).at(0).toBool(), false);
        execSql(m_db->connection(),
            QStringLiteral("DELETE FROM slo WHERE service NOT IN ('checkout-api', 'search', "
                           "'auth', 'billing')"));
    }

    void addSyntheticCheckOpensTheDialog()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        QVERIFY(f.pane->addSyntheticCheckAction()->isEnabled());
        QSignalSpy done(f.pane, &SloPane::transferFinished);
        QSignalSpy changed(f.pane, &SloPane::syntheticChecksChanged);
        // The action opens the dialog (modal); fill it in and press OK.
        QTimer filler;
        bool sawDialog = false;
        connect(&filler, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<SyntheticCheckDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            filler.stop();
            sawDialog = true;
            dialog->findChild<QLineEdit*>(u"name"_s)->setText(u"pay-health"_s);
            dialog->findChild<QLineEdit*>(u"url"_s)->setText(u"http://127.0.0.1:9/healthz"_s);
            dialog->findChild<QLineEdit*>(u"service"_s)->setText(u"payments"_s);
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            dialog->accept();
        });
        filler.start(20);
        f.pane->addSyntheticCheckAction()->trigger();
        QVERIFY(sawDialog);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(f.pane->message()));
        QCOMPARE(changed.size(), 1);
        // Saved with its SLO, and the table reloaded with it.
        const std::optional<SyntheticCheck> saved = SyntheticCheckRepository(m_db).check(u"pay-health"_s);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->url, u"http://127.0.0.1:9/healthz"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 5, 20000);
        QVERIFY(services(f.pane->table()).contains(u"payments"_s));

        // A second check of the same name is refused: the message says why, nothing reloads.
        SyntheticCheck again = *saved;
        again.id = again.sloId = 0;
        f.pane->saveSyntheticCheck(again, { 0, u"payments"_s, u"pay-health-2"_s, 0.999, 30 });
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY2(f.pane->message().contains(u"pay-health"_s), qPrintable(f.pane->message()));
        QCOMPARE(changed.size(), 1);

        // Cancelling the dialog saves nothing.
        QTimer canceller;
        connect(&canceller, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<SyntheticCheckDialog*>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        canceller.start(20);
        f.pane->addSyntheticCheckAction()->trigger();
        canceller.stop();
        QTest::qWait(100);
        QCOMPARE(done.size(), 2);
        QThreadPool::globalInstance()->waitForDone(); // the reloads the pane started: they read m_db
        execSql(m_db->connection(), u"DELETE FROM slo_synthetic_check"_s);
        execSql(m_db->connection(), u"DELETE FROM slo WHERE service = 'payments'"_s);
    }

    void transferKindsDoTheRealThing()
    {
        Fixture f(m_db, m_now);
        QTRY_COMPARE_WITH_TIMEOUT(f.pane->table()->model()->rowCount(), 4, 20000);
        QCOMPARE(f.pane->importKinds().size(), 1);
        QCOMPARE(f.pane->exportKinds().size(), 2);
        QVERIFY(!f.pane->startTransfer(true, 1));
        QVERIFY(!f.pane->startTransfer(false, 2));
        QSignalSpy done(f.pane, &SloPane::transferFinished);
        // Without an imported spec there is nothing to write as OpenSLO.
        const QString openslo = m_dir.filePath(u"slos.openslo.yaml"_s);
        f.pane->exportOpenSloTo(openslo);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(openslo));
        // After importing an OpenSLO file with a calendar month, the export writes it back.
        const QString spec = m_dir.filePath(u"in.openslo.yaml"_s);
        QFile in(spec);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: pay\nspec:\n  service: shop\n  indicator:\n"
                 "    metadata: {name: pay-sli}\n    spec:\n      ratioMetric:\n        counter: true\n"
                 "        bad:\n          metricSource:\n            type: Prometheus\n            spec:\n"
                 "              query: sum(rate(e[{{.window}}]))\n        total:\n          metricSource:\n"
                 "            type: Prometheus\n            spec:\n              query: sum(rate(t[{{.window}}]))\n"
                 "  timeWindow:\n    - duration: 1M\n      isRolling: false\n      calendar:\n"
                 "        startTime: 2024-01-01 00:00:00\n        timeZone: UTC\n  budgetingMethod: Occurrences\n"
                 "  objectives:\n    - targetPercent: 99.5\n");
        in.close();
        f.pane->importSpecFile(spec);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(f.pane->message()));
        f.pane->exportOpenSloTo(openslo);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(2).at(0).toBool(), qPrintable(f.pane->message()));
        const std::vector<SlothSpec> back = parseOpenSloSpecs(test::readAll(openslo), openslo);
        QCOMPARE(back.size(), size_t(1));
        QCOMPARE(back[0].service, u"shop"_s);
        QCOMPARE(back[0].slos[0].objective, 99.5);
        QCOMPARE(back[0].slos[0].periodKind, PeriodKind::CalendarMonth);
        QThreadPool::globalInstance()->waitForDone(); // the reloads the pane started: they read m_db
        execSql(m_db->connection(), u"DELETE FROM slo WHERE service = 'shop'"_s);
    }

    // Writes slo-pane.png of the pane over a database, with one SLO selected, for a human to look at:
    // TRACEO_SCREENSHOT_DIR=dir TRACEO_SCREENSHOT_DB=demo.sqlite [TRACEO_SCREENSHOT_SLO=checkout-api]
    // xvfb-run -a -s '-screen 0 1600x1000x24' ./tst_slopane -platform xcb screenshot
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("TRACEO_SCREENSHOT_DIR");
        const QString path = qEnvironmentVariable("TRACEO_SCREENSHOT_DB");
        if (dir.isEmpty() || path.isEmpty())
            QSKIP("TRACEO_SCREENSHOT_DIR and TRACEO_SCREENSHOT_DB are not set");
        const QString service = qEnvironmentVariableIsSet("TRACEO_SCREENSHOT_SLO")
            ? qEnvironmentVariable("TRACEO_SCREENSHOT_SLO")
            : QStringLiteral("checkout-api");
        auto db = Database::open(DatabaseLocation::parse(path), Database::Mode::ReadOnly);
        TimeWindowState window;
        auto* feed = new PaneFeed(&paneloaders::slos, &window);
        SloPane pane(feed, &window);
        feed->setParent(&pane);
        pane.resize(1600, 1000);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        feed->setDatabase(db);
        QTRY_VERIFY_WITH_TIMEOUT(feed->itemCount() > 0 && !feed->isLoading(), 120000);
        qint64 id = 0;
        for (const SloDefinition& d : SloRepository(db).slos())
            if (d.service == service && id == 0)
                id = d.id;
        QVERIFY2(pane.selectSlo(id), qPrintable(service));
        QVERIFY(waitCharts(&pane, id));
        QTest::qWait(300);
        QVERIFY(pane.grab().save(dir + QStringLiteral("/slo-pane.png")));
    }
};

QTEST_MAIN(TestSloPane)
#include "tst_slopane.moc"
