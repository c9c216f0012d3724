#pragma once

#include "paneloaders.h"
#include "snapshottablemodel.h"

#include <QObject>

namespace traceo {

class TimeWindowState;

/// Feeds one pane: runs its loader off the GUI thread whenever the database or the time window
/// changes, and swaps the result into the pane's models. A generation counter drops results that
/// arrive after a newer request.
class PaneFeed : public QObject
{
    Q_OBJECT
public:
    PaneFeed(PaneLoader loader, TimeWindowState* window, QObject* parent = nullptr);

    /// Reloads from `db`; a null database empties the pane.
    void setDatabase(std::shared_ptr<Database> db);
    bool hasDatabase() const { return m_db != nullptr; }
    std::shared_ptr<Database> database() const { return m_db; }
    void reload();

    SnapshotTableModel* model() const { return m_model; }
    SnapshotTableModel* detailModel() const { return m_detailModel; }
    /// Shows the detail table and text of main row `row` (master/detail panes).
    void selectRow(int row);
    QString detailText() const { return m_detailText; }

    QString summary() const { return m_snapshot.summary; }
    QString error() const { return m_snapshot.error; }
    qint64 itemCount() const { return m_snapshot.itemCount; }
    bool isLoading() const { return m_loading; }
    /// True once a load finished and left nothing to show.
    bool isEmpty() const { return !m_loading && m_snapshot.itemCount == 0; }
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void detailChanged();

private:
    void apply(PaneSnapshot snapshot);
    void setLoading(bool loading);

    PaneLoader m_loader;
    TimeWindowState* m_window;
    std::shared_ptr<Database> m_db;
    SnapshotTableModel* m_model;
    SnapshotTableModel* m_detailModel;
    PaneSnapshot m_snapshot;
    QString m_detailText;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace traceo
