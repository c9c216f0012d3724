#pragma once

#include "databaseopener.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QMenu;

namespace traceo {

class CredentialStore;
class PaneBase;
class PaneFeed;
class PrometheusRefresher;
class SourceProbe;
class StatusPanel;
class SyntheticRunner;
class TimeWindowState;

/// The console window: five panes as tabified docks, the shared time window, menus and the status
/// bar. It wires panes to their feeds and runs the database work off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const DatabaseInfo& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    const DatabaseInfo& database() const { return m_database; }
    QList<PaneBase*> panes() const;
    QList<QDockWidget*> docks() const { return m_docks; }
    TimeWindowState* timeWindow() const { return m_timeWindow; }
    CredentialStore* credentials() const { return m_credentials; }
    StatusPanel* statusPanel() const { return m_status; }
    /// Probes the open database's synthetic checks; started with each database, stopped on close.
    SyntheticRunner* syntheticRunner() const { return m_synthetic; }
    /// Refreshes the open database's SLI buckets from its Prometheus source every minute; started with
    /// each database and when the sources change, stopped on close.
    PrometheusRefresher* prometheusRefresher() const { return m_prometheus; }

    /// Opens `spec` (path or URL; empty for the default location) off the GUI thread; on success
    /// the panes reload, on failure a message box names it and the current database stays.
    void openDatabase(const QString& spec);
    void saveLayout();
    void resetLayout();

Q_SIGNALS:
    void databaseChanged();
    void databaseOpenFailed(const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanes();
    void addPane(PaneBase* pane, PaneFeed* feed, const QString& objectName);
    void createMenus();
    void fillTransferMenu(QMenu* menu, bool import);
    void setDatabase(const DatabaseInfo& database);
    void chooseDatabase();
    void buildDemo();
    void showSettings();
    void saveSources(const QList<DataSource>& sources, const QStringList& removed);
    void showAbout();
    void probeSources();
    void probeWithSecret(const QString& name, const QString& secret);
    void restoreLayout();

    DatabaseInfo m_database;
    TimeWindowState* m_timeWindow;
    CredentialStore* m_credentials;
    StatusPanel* m_status;
    SourceProbe* m_probe;
    SyntheticRunner* m_synthetic;
    PrometheusRefresher* m_prometheus;
    PaneFeed* m_sloFeed = nullptr;
    QHash<QString, DataSource> m_pendingSecrets;
    QList<QDockWidget*> m_docks;
    QList<PaneFeed*> m_feeds;
    QByteArray m_defaultState;
    quint64 m_openGeneration = 0;
};

} // namespace traceo
