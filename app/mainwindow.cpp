#include "mainwindow.h"

#include "cache/cachepane.h"
#include "chaos/chaospane.h"
#include "common/timewindowbar.h"
#include "consolesettings.h"
#include "core/error.h"
#include "cost/costpane.h"
#include "credentials/credentialstore.h"
#include "demobuildtask.h"
#include "onresult.h"
#include "panefeed.h"
#include "policy/policypane.h"
#include "prometheus/prometheusrefresher.h"
#include "settingsdialog.h"
#include "slo/slopane.h"
#include "sourceprobe.h"
#include "statuspanel.h"
#include "synthetic/syntheticrunner.h"
#include "timewindowstate.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

MainWindow::MainWindow(const DatabaseInfo& database, QWidget* parent)
    : QMainWindow(parent)
    , m_timeWindow(new TimeWindowState(this))
    , m_credentials(new CredentialStore(QStringLiteral("traceo"), this))
    , m_status(new StatusPanel(this))
    , m_probe(new SourceProbe(this))
    , m_synthetic(new SyntheticRunner(this))
    , m_prometheus(new PrometheusRefresher(m_credentials, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    setDocumentMode(true);
    addToolBar(Qt::TopToolBarArea, new TimeWindowBar(m_timeWindow, this));
    statusBar()->addWidget(m_status, 1);
    createPanes();
    createMenus();
    connect(m_probe, &SourceProbe::stateChanged, this,
        [this](const QString& name, SourceProbe::State state, const QString& detail) {
            m_status->setSourceState(name, SourceProbe::stateText(state), detail);
        });
    connect(m_credentials, &CredentialStore::secretRead, this, &MainWindow::probeWithSecret);
    connect(m_synthetic, &SyntheticRunner::failed, this,
        [this](const QString& error) { statusBar()->showMessage(tr("Synthetic checks: %1").arg(error)); });
    connect(m_prometheus, &PrometheusRefresher::failed, this,
        [this](const QString& error) { statusBar()->showMessage(tr("SLI refresh: %1").arg(error)); });
    connect(m_prometheus, &PrometheusRefresher::bucketsAdded, this, [this](int buckets) {
        statusBar()->showMessage(
            tr("SLI refresh: %n minute bucket(s) added from Prometheus", nullptr, buckets), 10'000);
        m_sloFeed->reload();
    });
    resize(1280, 800);
    m_defaultState = saveState();
    restoreLayout();
    setDatabase(database);
}

MainWindow::~MainWindow() = default;

QList<PaneBase*> MainWindow::panes() const
{
    QList<PaneBase*> result;
    for (QDockWidget* dock : m_docks)
        result.append(qobject_cast<PaneBase*>(dock->widget()));
    return result;
}

void MainWindow::createPanes()
{
    const auto feed = [this](PaneLoader loader) { return new PaneFeed(std::move(loader), m_timeWindow, this); };
    PaneFeed* slo = feed(&paneloaders::slos);
    m_sloFeed = slo;
    auto* sloPane = new SloPane(slo, m_timeWindow, this);
    connect(sloPane, &SloPane::syntheticChecksChanged, m_synthetic, &SyntheticRunner::reload);
    addPane(sloPane, slo, QStringLiteral("sloDock"));
    PaneFeed* cache = feed(&paneloaders::cache);
    addPane(new CachePane(cache, m_timeWindow, this), cache, QStringLiteral("cacheDock"));
    PaneFeed* cost = feed(&paneloaders::costs);
    addPane(new CostPane(cost, m_timeWindow, this), cost, QStringLiteral("costDock"));
    PaneFeed* policy = feed(&paneloaders::policies);
    addPane(new PolicyPane(policy, m_timeWindow, this), policy, QStringLiteral("policyDock"));
    PaneFeed* chaos = feed(&paneloaders::chaos);
    addPane(new ChaosPane(chaos, m_timeWindow, this), chaos, QStringLiteral("chaosDock"));
    m_docks.first()->raise();
}

void MainWindow::addPane(PaneBase* pane, PaneFeed* feed, const QString& objectName)
{
    auto* dock = new QDockWidget(pane->title(), this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    dock->setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (!m_docks.isEmpty())
        tabifyDockWidget(m_docks.first(), dock);
    m_docks.append(dock);
    m_feeds.append(feed);
    connect(pane, &PaneBase::openDatabaseRequested, this, &MainWindow::chooseDatabase);
    connect(pane, &PaneBase::buildDemoRequested, this, &MainWindow::buildDemo);
    connect(pane, &PaneBase::settingsRequested, this, &MainWindow::showSettings);
}

void MainWindow::setDatabase(const DatabaseInfo& database)
{
    m_database = database;
    setWindowTitle(database.display);
    m_status->setDatabase(database);
    m_status->setSources(database.sources);
    for (PaneFeed* feed : std::as_const(m_feeds))
        feed->setDatabase(database.db);
    probeSources();
    m_synthetic->start(database.db); // flushes the previous database's probes first
    m_prometheus->start(database.db, database.sources);
    Q_EMIT databaseChanged();
}

void MainWindow::openDatabase(const QString& spec)
{
    const quint64 generation = ++m_openGeneration;
    statusBar()->showMessage(tr("Opening %1…").arg(spec.isEmpty() ? tr("the default database") : spec));
    onResult(this, QtConcurrent::run(&traceo::openDatabase, spec), [this, generation](const DatabaseInfo& info) {
        if (generation != m_openGeneration)
            return;
        statusBar()->clearMessage();
        if (!info.error.isEmpty()) {
            QMessageBox::critical(this, tr("Cannot open the database"), info.error);
            Q_EMIT databaseOpenFailed(info.error);
            return;
        }
        setDatabase(info);
    });
}

void MainWindow::chooseDatabase()
{
    const QString dir = m_database.db && m_database.db->location().kind == DatabaseLocation::Kind::Sqlite
        ? QFileInfo(m_database.db->location().path).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Traceo database"), dir, tr("Traceo databases (*.sqlite *.db *.traceo);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::buildDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Build the demo database"),
        dir + QStringLiteral("/demo.sqlite"), tr("Traceo databases (*.sqlite *.db *.traceo)"));
    if (path.isEmpty())
        return;
    if (m_database.db && QFileInfo(m_database.db->location().path) == QFileInfo(path)) {
        QMessageBox::warning(this, tr("Build the demo database"),
            tr("%1 is the database open now: choose another file for the demo.").arg(path));
        return;
    }
    auto* progress = new QProgressDialog(tr("Building the demo database…"), QString(), 0, 0, this);
    progress->setWindowTitle(tr("Demo database"));
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    auto* task = new DemoBuildTask(this);
    connect(task, &DemoBuildTask::progress, progress, [progress](int done, int total, const QString& domain) {
        progress->setMaximum(total);
        progress->setValue(done);
        if (!domain.isEmpty())
            progress->setLabelText(tr("Building the demo database: %1…").arg(domain));
    });
    connect(task, &DemoBuildTask::finished, this, [this, task, progress](const QString& built, const QString& error) {
        progress->deleteLater();
        task->deleteLater();
        if (!error.isEmpty())
            QMessageBox::critical(this, tr("Cannot build the demo database"), error);
        else
            openDatabase(built);
    });
    progress->show();
    task->start(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_database.sources, ConsoleSettings::teamDatabaseUrl(), m_credentials, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveSources(dialog.sources(), dialog.removedSources());
    if (dialog.teamDatabaseUrl() != ConsoleSettings::teamDatabaseUrl()) {
        ConsoleSettings::setTeamDatabaseUrl(dialog.teamDatabaseUrl());
        openDatabase(dialog.teamDatabaseUrl());
    }
}

void MainWindow::saveSources(const QList<DataSource>& sources, const QStringList& removed)
{
    if (!m_database.db)
        return;
    const std::shared_ptr<Database> db = m_database.db;
    onResult(this, QtConcurrent::run([db, sources, removed] {
        try {
            SettingsRepository repo(db);
            repo.applyDataSources(sources, removed);
            return std::make_pair(repo.dataSources(), QString());
        } catch (const Error& e) {
            return std::make_pair(QList<DataSource>(), e.message());
        }
    }),
        [this, db](const std::pair<QList<DataSource>, QString>& result) {
            if (!result.second.isEmpty()) {
                QMessageBox::critical(this, tr("Cannot save the data sources"), result.second);
                return;
            }
            if (db != m_database.db)
                return;
            m_database.sources = result.first;
            m_status->setSources(m_database.sources);
            probeSources();
            m_prometheus->setSources(m_database.sources);
        });
}

void MainWindow::probeSources()
{
    m_pendingSecrets.clear();
    for (const DataSource& source : std::as_const(m_database.sources)) {
        if (source.auth == u"none") {
            m_probe->check(source);
        } else {
            m_pendingSecrets.insert(source.name, source);
            m_credentials->read(source.name);
        }
    }
}

void MainWindow::probeWithSecret(const QString& name, const QString& secret)
{
    const auto it = m_pendingSecrets.constFind(name);
    if (it == m_pendingSecrets.cend())
        return;
    const DataSource source = *it;
    m_pendingSecrets.erase(it);
    m_probe->check(source, secret);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Build the demo database…"), this, &MainWindow::buildDemo);
    file->addSeparator();
    fillTransferMenu(file->addMenu(tr("&Import")), true);
    fillTransferMenu(file->addMenu(tr("&Export")), false);
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::showSettings)->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Traceo Console"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::fillTransferMenu(QMenu* menu, bool import)
{
    for (PaneBase* pane : panes()) {
        const QStringList kinds = import ? pane->importKinds() : pane->exportKinds();
        for (const QString& kind : kinds) {
            const QString text = tr("%1: %2…").arg(pane->title(), kind);
            menu->addAction(text, this, [this, pane, import, index = kinds.indexOf(kind), kind, title = pane->title()] {
                if (pane->startTransfer(import, index))
                    return;
                QMessageBox::information(this, import ? tr("Import") : tr("Export"),
                    (import ? tr("Importing %1 into %2 is coming in a later version. Nothing was imported.")
                            : tr("Exporting %1 from %2 is coming in a later version. Nothing was exported."))
                        .arg(kind, title));
            });
        }
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Traceo Console"),
        tr("<h3>Traceo Console %1</h3>"
           "<p>An operations console for site reliability engineers: error budgets, query cache, "
           "costs, policies and chaos experiments in one window, online or offline.</p>"
           "<p>Qt %2<br>%3</p>")
            .arg(QStringLiteral(TRACEO_VERSION), QString::fromLatin1(qVersion()),
                m_database.engineVersion.isEmpty() ? tr("No database open") : m_database.engineVersion));
}

void MainWindow::saveLayout()
{
    ConsoleSettings::setWindowLayout(saveGeometry(), saveState());
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = ConsoleSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = ConsoleSettings::windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget* dock : std::as_const(m_docks)) {
        if (dock->isFloating())
            dock->setFloating(false);
        dock->show();
    }
    m_docks.first()->raise();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    m_prometheus->stop();
    m_synthetic->stop(); // the last probes are written off the GUI thread; the thread pool waits at exit
    event->accept();
}

} // namespace traceo
