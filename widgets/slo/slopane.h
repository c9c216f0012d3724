#pragma once

#include "common/panebase.h"

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace traceo {

class Database;
class SloChartFeed;
struct SloDefinition;
struct SyntheticCheck;
class SloDetailView;

/// SLO budgets: every SLO's budget, burn rates and alert state, worst first and filterable, with the
/// selected SLO's budget and burn-rate charts over the shared time window. The selection is kept by
/// SLO id across reloads.
class SloPane : public PaneBase
{
    Q_OBJECT
public:
    SloPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);

    QStringList importKinds() const override;
    QStringList exportKinds() const override;
    /// Import: a Sloth or OpenSLO spec. Export: Prometheus rules (all SLOs), OpenSLO documents.
    bool startTransfer(bool import, int index) override;

    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    SloChartFeed* chartFeed() const { return m_charts; }
    SloDetailView* detailView() const { return m_detail; }
    /// The message line under the toolbar (import and export results).
    QString message() const;
    /// The selected SLO's id, or 0.
    qint64 selectedSloId() const { return m_selectedId; }
    /// Selects the SLO with `id` if the table shows it.
    bool selectSlo(qint64 id);

    /// Hooks for dialogs written elsewhere: enable the action and connect to its triggered() signal.
    QAction* connectPrometheusAction() const { return m_connectPrometheus; }
    QAction* addSyntheticCheckAction() const { return m_addCheck; }

    /// What the toolbar's dialogs do once a file is chosen; the result shows in the message line.
    void importSpecFile(const QString& file);
    void exportRulesTo(const QString& file, bool selectedOnly);
    void exportOpenSloTo(const QString& file);
    /// Saves a check and its SLO off the GUI thread; on success reloads the table and emits
    /// syntheticChecksChanged (the result shows in the message line).
    void saveSyntheticCheck(const SyntheticCheck& check, const SloDefinition& slo);

    /// Asks for a file to open or save (default: QFileDialog); empty when cancelled.
    using FileChooser
        = std::function<QString(bool save, const QString& title, const QString& suggested, const QString& filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

Q_SIGNALS:
    /// An import or export finished (`ok` false: `message` explains why, naming the file and line).
    void transferFinished(bool ok, const QString& message);
    /// A synthetic check was added: the runner should load the checks again.
    void syntheticChecksChanged();

private:
    QWidget* createToolbar();
    void restoreSelection();
    void currentRowChanged(const QModelIndex& current);
    void loadCharts();
    void chooseSpecFile();
    void chooseRulesFile(bool selectedOnly);
    void chooseOpenSloFile();
    void addSyntheticCheck();
    /// Writes `produce(db)` to `file` off the GUI thread; the result shows in the message line.
    void exportTo(
        const QString& file, std::function<QByteArray(const std::shared_ptr<Database>&)> produce, const QString& done);
    void showMessage(bool ok, const QString& text);

    TimeWindowState* m_window;
    QTableView* m_table;
    QSortFilterProxyModel* m_sorted = nullptr;
    QLineEdit* m_filter;
    QTimer* m_filterDelay;
    QLabel* m_message;
    SloDetailView* m_detail;
    SloChartFeed* m_charts;
    QAction* m_connectPrometheus = nullptr;
    QAction* m_addCheck = nullptr;
    qint64 m_selectedId = 0;
    FileChooser m_chooseFile;
};

} // namespace traceo
