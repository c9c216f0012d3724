#include "cache/cachepane.h"
#include "common/emptystate.h"
#include "credentials/credentialstore.h"
#include "databaseopener.h"
#include "demo/demobuilder.h"
#include "demobuildtask.h"
#include "mainwindow.h"
#include "panefeed.h"
#include "policy/checkededitor.h"
#include "policy/codeeditor.h"
#include "policy/policypane.h"
#include "settingsdialog.h"
#include "slo/slopane.h"
#include "slotable.h"
#include "statuspanel.h"
#include "synthetic/syntheticrunner.h"
#include "timewindowstate.h"

#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace traceo;

namespace {
// 100 services (10 with a latency SLO too) and the SLOs of the two synthetic demo checks.
constexpr int kDemoSlos = 110 + 2;
// The demo holds 110 SLOs × 30 days of minutes (4.75 M rows): building it and loading the SLO pane take
// seconds of CPU, and much longer on a shared build machine.
constexpr int kDemoTimeoutMs = 240000;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    static void waitLoaded(MainWindow& window)
    {
        for (PaneBase* pane : window.panes()) {
            QTRY_VERIFY_WITH_TIMEOUT(pane->feed()->hasDatabase() && !pane->feed()->isLoading(), kDemoTimeoutMs);
            QVERIFY2(pane->feed()->error().isEmpty(), qPrintable(pane->feed()->error()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Keep the layout and the team URL out of the user's own settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("traceo-test"));
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        buildDemoDatabase(m_demoPath, 42, false);
    }

    void showsTheDemoDataInEveryPane()
    {
        const DatabaseInfo info = openDatabase(m_demoPath);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        MainWindow window(info);
        window.show();
        QCOMPARE(window.docks().size(), 5);
        // Cost imports: three clouds' billing accounts, last month and (after the first) this month so far.
        const int costImports = QDate::currentDate().day() > 1 ? 6 : 3;
        const QList<int> expectedRows
            = { kDemoSlos, 1, costImports, 1, 1 }; // SLOs, cache entries, cost imports, policy sets, experiments
        const QList<qint64> expectedItems = { kDemoSlos, 1, costImports, 1, 1 }; // the counts in each pane header
        for (int i = 0; i < window.docks().size(); ++i) {
            QDockWidget* dock = window.docks().at(i);
            dock->raise();
            auto* pane = qobject_cast<PaneBase*>(dock->widget());
            QVERIFY(pane);
            QTRY_COMPARE_WITH_TIMEOUT(pane->feed()->model()->rowCount(), expectedRows.at(i), kDemoTimeoutMs);
            QCOMPARE(pane->feed()->itemCount(), expectedItems.at(i));
            QTRY_VERIFY(pane->isVisible());
            QVERIFY(!pane->showsEmptyState());
            QVERIFY(pane->windowText().contains(window.timeWindow()->label()));
        }
        const SnapshotTableModel* slos = window.panes().at(0)->feed()->model();
        // Worst first: the demo's one SLO paging right now (cart, 25× its budget rate for the last 45 minutes).
        QCOMPARE(slos->index(0, slotable::Service).data().toString(), QStringLiteral("cart"));
        QCOMPARE(slos->index(0, slotable::Alert).data(SnapshotTableModel::SortRole).toInt(), int(slotable::PageAlert));
        QVERIFY(slos->index(0, slotable::Burn1h).data(SnapshotTableModel::SortRole).toDouble() > 14.4);
        QCOMPARE(
            slos->index(1, slotable::Alert).data(SnapshotTableModel::SortRole).toInt(), int(slotable::TicketAlert));

        auto* policies = qobject_cast<PolicyPane*>(window.panes().at(3));
        QVERIFY(policies);
        QCOMPARE(policies->feed()->model()->index(0, 0).data().toString(), QStringLiteral("default"));
        QTRY_COMPARE(policies->feed()->detailModel()->rowCount(), 1);
        QTRY_VERIFY(policies->policyEditor()->text().contains(QStringLiteral("no-prod-deletes")));
        QVERIFY(!policies->policyEditor()->editor()->isReadOnly());

        QVERIFY(window.statusPanel()->databaseText().contains(m_demoPath));
        QVERIFY(window.statusPanel()->databaseText().contains(QString::number(info.schemaVersion)));
        // Each demo source gets probed: it ends connected or unreachable (test servers may be up or not).
        for (const QString& name :
            { QStringLiteral("local-prometheus"), QStringLiteral("local-opencost"), QStringLiteral("local-redis") }) {
            QTRY_VERIFY_WITH_TIMEOUT(window.statusPanel()->sourceText(name).endsWith(QStringLiteral("connected"))
                    || window.statusPanel()->sourceText(name).endsWith(QStringLiteral("unreachable")),
                20000);
        }
    }

    void timeWindowReachesEveryPane()
    {
        MainWindow window(openDatabase(m_demoPath));
        window.show();
        waitLoaded(window);
        QList<quint64> generations;
        for (PaneBase* pane : window.panes())
            generations.append(pane->feed()->generation());
        window.timeWindow()->setWindow(TimeWindow::preset(TimeWindow::Preset::Last7Days));
        const QString label = window.timeWindow()->label();
        QCOMPARE(label, QStringLiteral("Last 7 days"));
        for (int i = 0; i < window.panes().size(); ++i) {
            PaneBase* pane = window.panes().at(i);
            QVERIFY(pane->windowText().contains(label));
            QCOMPARE(pane->feed()->generation(), generations.at(i) + 1); // it reloaded for the new window
        }
        waitLoaded(window);
        QCOMPARE(window.panes().at(0)->feed()->model()->rowCount(), kDemoSlos);
    }

    void syntheticChecksRunWithTheDatabase()
    {
        MainWindow window(openDatabase(m_demoPath));
        window.show();
        SyntheticRunner* runner = window.syntheticRunner();
        QVERIFY(runner->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(runner->checks().size(), 2, 20000);
        window.close();
        QVERIFY(!runner->isRunning());
        QVERIFY(runner->checks().isEmpty());
    }

    void layoutRoundTrip()
    {
        {
            MainWindow window(openDatabase(m_demoPath));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QDockWidget* cost = window.findChild<QDockWidget*>(QStringLiteral("costDock"));
            QVERIFY(cost);
            QVERIFY(!cost->isHidden());
            cost->hide();
            window.saveLayout();
        }
        MainWindow restored(openDatabase(m_demoPath));
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QDockWidget* cost = restored.findChild<QDockWidget*>(QStringLiteral("costDock"));
        QVERIFY(cost->isHidden());
        QVERIFY(!restored.findChild<QDockWidget*>(QStringLiteral("sloDock"))->isHidden());
        QVERIFY(!cost->toggleViewAction()->isChecked());

        restored.resetLayout();
        QVERIFY(!cost->isHidden());
        restored.saveLayout(); // leave the default for the next tests
    }

    void emptyDatabaseShowsEmptyStates()
    {
        const DatabaseInfo info = openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        MainWindow window(info);
        window.show();
        waitLoaded(window);
        const QStringList primaryActions = { QStringLiteral("Connect Prometheus…"), QStringLiteral("Connect Redis…"),
            QStringLiteral("Import a FOCUS export…"), QStringLiteral("Build the demo database…"),
            QStringLiteral("Build the demo database…") };
        for (int i = 0; i < window.panes().size(); ++i) {
            PaneBase* pane = window.panes().at(i);
            window.docks().at(i)->raise();
            QTRY_VERIFY(pane->showsEmptyState());
            QVERIFY(!pane->emptyState()->title().isEmpty());
            QVERIFY(!pane->emptyState()->description().isEmpty());
            const QList<QPushButton*> actions = pane->emptyState()->actions();
            QVERIFY(!actions.isEmpty());
            QCOMPARE(actions.first()->text(), primaryActions.at(i));
            QTRY_VERIFY(actions.first()->isVisible());
        }
        // An empty-state action reaches the main window: "Open a database…" asks for a file.
        QSignalSpy open(window.panes().at(4), &PaneBase::openDatabaseRequested);
        const QList<QPushButton*> chaosActions = window.panes().at(4)->emptyState()->actions();
        QCOMPARE(chaosActions.last()->text(), QStringLiteral("Open a database…"));
        QObject::disconnect(window.panes().at(4), &PaneBase::openDatabaseRequested, &window, nullptr);
        chaosActions.last()->click();
        QCOMPARE(open.size(), 1);
    }

    // Writes PNGs of every pane (demo and empty) and of the settings dialog for a human to look at:
    // TRACEO_SCREENSHOT_DIR=dir xvfb-run -a ./tst_mainwindow -platform xcb screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("TRACEO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("TRACEO_SCREENSHOT_DIR is not set");
        for (const QString& db : { m_demoPath, m_dir.filePath(QStringLiteral("empty.sqlite")) }) {
            MainWindow window(openDatabase(db));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            waitLoaded(window);
            const QString prefix = db == m_demoPath ? QStringLiteral("demo-") : QStringLiteral("empty-");
            for (QDockWidget* dock : window.docks()) {
                dock->raise();
                QTest::qWait(200);
                QVERIFY(window.grab().save(dir + u'/' + prefix + dock->objectName() + QStringLiteral(".png")));
            }
        }
        CredentialStore store(QStringLiteral("traceo-test-screenshot"));
        QTRY_VERIFY_WITH_TIMEOUT(store.backend() != CredentialStore::Backend::Unknown, 15000);
        SettingsDialog dialog(openDatabase(m_demoPath).sources, QString(), &store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings.png")));
    }

    void openFailureNamesTheFileAndKeepsTheDatabase()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        {
            QFile f(bogus);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        MainWindow window(openDatabase(m_demoPath));
        window.show();
        waitLoaded(window);
        QSignalSpy failed(&window, &MainWindow::databaseOpenFailed);
        QString boxText;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&boxText] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                boxText = box->text();
                box->close();
            }
        });
        closer.start(50);
        window.openDatabase(bogus);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(failed.at(0).at(0).toString().contains(bogus), qPrintable(failed.at(0).at(0).toString()));
        QTRY_VERIFY(boxText.contains(bogus));
        QCOMPARE(window.database().display, m_demoPath);
        QCOMPARE(window.panes().at(0)->feed()->model()->rowCount(), kDemoSlos);
    }

    void fileMenuListsWhatPanesRegister()
    {
        MainWindow window(openDatabase(m_demoPath));
        QStringList importKinds;
        for (PaneBase* pane : window.panes())
            importKinds += pane->importKinds();
        QVERIFY(!importKinds.isEmpty());
        QMenu* import = nullptr;
        for (QMenu* menu : window.findChildren<QMenu*>()) {
            if (menu->title() == QStringLiteral("&Import"))
                import = menu;
        }
        QVERIFY(import);
        QCOMPARE(import->actions().size(), importKinds.size());
        for (int i = 0; i < importKinds.size(); ++i)
            QVERIFY(import->actions().at(i)->text().contains(importKinds.at(i)));
    }

    void sloFileMenuEntriesDoTheRealThing()
    {
        // A copy of the demo: the import changes the database.
        const QString path = m_dir.filePath(QStringLiteral("menus.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_demoPath, path));
        MainWindow window(openDatabase(path));
        window.show();
        waitLoaded(window);
        auto* slo = qobject_cast<SloPane*>(window.panes().at(0));
        QVERIFY(slo);
        QSignalSpy done(slo, &SloPane::transferFinished);
        const auto action = [&](const QString& menuTitle, const QString& text) -> QAction* {
            for (QMenu* menu : window.findChildren<QMenu*>())
                if (menu->title() == menuTitle)
                    for (QAction* a : menu->actions())
                        if (a->text().contains(text))
                            return a;
            return nullptr;
        };
        // The entry asks for a file (a QFileDialog outside tests): answer with `file`.
        const auto chooseFile = [&](QAction* entry, const QString& file) {
            bool asked = false;
            slo->setFileChooser([&](bool, const QString&, const QString&, const QString&) {
                asked = true;
                return file;
            });
            entry->trigger();
            return asked;
        };

        QAction* importSpec = action(QStringLiteral("&Import"), QStringLiteral("SLO spec"));
        QVERIFY(importSpec);
        QVERIFY(chooseFile(
            importSpec, qEnvironmentVariable("TRACEO_SHARED_DATA") + QStringLiteral("/sloth/getting-started.yml")));
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(slo->message()));
        QTRY_COMPARE_WITH_TIMEOUT(slo->feed()->model()->rowCount(), kDemoSlos + 1, kDemoTimeoutMs);

        const QString rules = m_dir.filePath(QStringLiteral("menu-rules.yaml"));
        QVERIFY(chooseFile(action(QStringLiteral("&Export"), QStringLiteral("Prometheus rules")), rules));
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(slo->message()));
        QFile r(rules);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QVERIFY(r.readAll().contains("sloth-slo-sli-recordings-myservice-requests-availability"));

        const QString openslo = m_dir.filePath(QStringLiteral("menu.openslo.yaml"));
        QVERIFY(chooseFile(action(QStringLiteral("&Export"), QStringLiteral("OpenSLO")), openslo));
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(2).at(0).toBool(), qPrintable(slo->message()));
        QFile o(openslo);
        QVERIFY(o.open(QIODevice::ReadOnly));
        QVERIFY(o.readAll().startsWith("apiVersion: openslo/v1\nkind: SLO\n"));
    }

    void addedSyntheticCheckReloadsTheRunner()
    {
        const QString path = m_dir.filePath(QStringLiteral("checks.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_demoPath, path));
        MainWindow window(openDatabase(path));
        window.show();
        waitLoaded(window);
        SyntheticRunner* runner = window.syntheticRunner();
        QTRY_COMPARE_WITH_TIMEOUT(runner->checks().size(), 2, 20000);
        auto* slo = qobject_cast<SloPane*>(window.panes().at(0));
        QSignalSpy done(slo, &SloPane::transferFinished);
        SyntheticCheck check;
        check.name = QStringLiteral("menu-check");
        check.url = QStringLiteral("http://127.0.0.1:9/");
        check.expect = StatusRanges::parse(QStringLiteral("200-299"), QStringLiteral("expect"));
        slo->saveSyntheticCheck(check, { 0, QStringLiteral("menu"), QStringLiteral("menu-check"), 0.99, 7 });
        QVERIFY(done.wait(20000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(slo->message()));
        QTRY_COMPARE_WITH_TIMEOUT(runner->checks().size(), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(slo->feed()->model()->rowCount(), kDemoSlos + 1, kDemoTimeoutMs);
        window.close();
    }

    void demoBuildRunsOffThreadWithProgress()
    {
        DemoBuildTask task;
        QSignalSpy progress(&task, &DemoBuildTask::progress);
        QSignalSpy finished(&task, &DemoBuildTask::finished);
        const QString path = m_dir.filePath(QStringLiteral("built-from-gui.sqlite"));
        task.start(path);
        QVERIFY(finished.isEmpty()); // start() returns before the build is done
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kDemoTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toString(), path);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(!progress.isEmpty());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(openDatabase(path).error, QString());
    }

    void switchingDatabasesReloads()
    {
        MainWindow window(openDatabase(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        window.show();
        waitLoaded(window);
        QVERIFY(window.panes().at(0)->showsEmptyState());
        QSignalSpy changed(&window, &MainWindow::databaseChanged);
        window.openDatabase(m_demoPath);
        QVERIFY(changed.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(window.panes().at(0)->feed()->model()->rowCount(), kDemoSlos, kDemoTimeoutMs);
        QTRY_VERIFY(!window.panes().at(0)->showsEmptyState());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
