#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QAbstractItemModel;

namespace traceo {

class EmptyState;
class PaneFeed;
class TimeWindowState;

/// What every pane shares: a header (title, summary, time window, loading), the pane's content or
/// its empty state, and an error line. Concrete panes add their content and empty-state actions.
class PaneBase : public QWidget
{
    Q_OBJECT
public:
    PaneBase(const QString& title, PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QString title() const { return m_titleText; }
    PaneFeed* feed() const { return m_feed; }
    EmptyState* emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    /// The time window as the header shows it.
    QString windowText() const;

    /// What this pane can import and export, for the File menu.
    virtual QStringList importKinds() const { return {}; }
    virtual QStringList exportKinds() const { return {}; }
    /// Starts importing (`import`) or exporting the kind at `index` of importKinds()/exportKinds(), asking
    /// for a file first; false when the pane cannot do that kind yet.
    virtual bool startTransfer(bool import, int index)
    {
        Q_UNUSED(import);
        Q_UNUSED(index);
        return false;
    }

Q_SIGNALS:
    void openDatabaseRequested();
    void buildDemoRequested();
    void settingsRequested();

protected:
    void setContent(QWidget* content);
    /// A line under the header shown with the content and with the empty state alike (an import's progress).
    void addStatusWidget(QWidget* widget);
    /// A sortable table over `model` (sorting by SnapshotTableModel::SortRole).
    QTableView* createTable(QAbstractItemModel* model, QWidget* parent);
    /// Empty-state buttons that ask the main window for something.
    void addOpenDatabaseAction();
    void addBuildDemoAction();
    void addSettingsAction(const QString& text);

private:
    void refresh();

    QString m_titleText;
    PaneFeed* m_feed;
    TimeWindowState* m_window;
    QLabel* m_summary;
    QLabel* m_windowLabel;
    QLabel* m_loading;
    QLabel* m_error;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_content = nullptr;
};

} // namespace traceo
