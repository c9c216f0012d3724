#include "slopane.h"

#include "common/emptystate.h"
#include "core/error.h"
#include "onresult.h"
#include "panefeed.h"
#include "paneloaders.h"
#include "slochartfeed.h"
#include "slodetailview.h"
#include "slotable.h"
#include "slotableproxy.h"
#include "syntheticcheckdialog.h"
#include "timewindowstate.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

namespace {
// The outcome of an import or export on the worker thread.
struct Transfer
{
    bool ok = false;
    QString message;
};
} // namespace

SloPane::SloPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("SLO budgets"), feed, window, parent)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_message(new QLabel(this))
    , m_detail(new SloDetailView(this))
    , m_charts(new SloChartFeed(&paneloaders::sloCharts, this))
    , m_chooseFile([this](bool save, const QString& title, const QString& suggested, const QString& filter) {
        return save ? QFileDialog::getSaveFileName(this, title, suggested, filter)
                    : QFileDialog::getOpenFileName(this, title, suggested, filter);
    })
{
    auto* formatted = new SloTableProxy(this);
    formatted->setSourceModel(feed->model());
    m_table = createTable(formatted, this);
    m_table->setObjectName(QStringLiteral("sloTable"));
    m_sorted = qobject_cast<QSortFilterProxyModel*>(m_table->model());
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("sloFilter"));
    m_filter->setPlaceholderText(tr("Filter by service, SLO or alert…"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_sorted->setFilterFixedString(m_filter->text()); });

    m_message->setObjectName(QStringLiteral("sloMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setContent(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SloPane::currentRowChanged);
    connect(feed, &PaneFeed::loaded, this, &SloPane::restoreSelection);
    connect(m_charts, &SloChartFeed::loaded, this, [this] { m_detail->show(m_charts->snapshot()); });

    emptyState()->setTitle(tr("No SLOs yet"));
    emptyState()->setDescription(tr("Error budgets need SLO definitions and SLI data. Connect Prometheus to "
                                    "read SLIs, or build the demo database to explore with sample SLOs."));
    addSettingsAction(tr("Connect Prometheus…"));
    addBuildDemoAction();
}

QWidget* SloPane::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](QAction* action) {
        auto* b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(b);
        return b;
    };
    auto* import = new QAction(tr("Import spec…"), this);
    import->setToolTip(tr("Add the SLOs of a Sloth or OpenSLO spec file"));
    connect(import, &QAction::triggered, this, &SloPane::chooseSpecFile);
    button(import);

    auto* exportMenu = new QMenu(bar);
    exportMenu->addAction(tr("Rules for the selected SLO…"), this, [this] { chooseRulesFile(true); });
    exportMenu->addAction(tr("Rules for all SLOs…"), this, [this] { chooseRulesFile(false); });
    exportMenu->addAction(tr("OpenSLO definitions…"), this, &SloPane::chooseOpenSloFile);
    auto* exportRules = new QAction(tr("Export"), this);
    exportRules->setToolTip(
        tr("Save the Prometheus recording and alert rules Sloth generates, or the SLOs as OpenSLO definitions"));
    exportRules->setMenu(exportMenu);
    button(exportRules)->setPopupMode(QToolButton::InstantPopup);

    m_connectPrometheus = new QAction(tr("Connect Prometheus…"), this);
    connect(m_connectPrometheus, &QAction::triggered, this, &PaneBase::settingsRequested);
    button(m_connectPrometheus);
    m_addCheck = new QAction(tr("Add synthetic check…"), this);
    m_addCheck->setToolTip(tr("Probe an http(s) URL on an interval and feed an SLO with the results"));
    connect(m_addCheck, &QAction::triggered, this, &SloPane::addSyntheticCheck);
    button(m_addCheck);

    row->addStretch(1);
    m_filter->setMinimumWidth(260);
    row->addWidget(m_filter);
    return bar;
}

QStringList SloPane::importKinds() const
{
    return { tr("SLO spec (Sloth or OpenSLO YAML)") };
}

QStringList SloPane::exportKinds() const
{
    return { tr("Prometheus rules (YAML)"), tr("OpenSLO definitions (YAML)") };
}

bool SloPane::startTransfer(bool import, int index)
{
    if (import && index == 0)
        chooseSpecFile();
    else if (!import && index == 0)
        chooseRulesFile(false);
    else if (!import && index == 1)
        chooseOpenSloFile();
    else
        return false;
    return true;
}

QString SloPane::message() const
{
    return m_message->text();
}

bool SloPane::selectSlo(qint64 id)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, slotable::Id);
        if (index.data(SnapshotTableModel::SortRole).toLongLong() == id) {
            m_table->setCurrentIndex(m_sorted->index(row, slotable::Service));
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void SloPane::restoreSelection()
{
    // A reset forgets the columns' settings.
    if (m_sorted->columnCount() == slotable::ColumnCount)
        m_table->setColumnHidden(slotable::Id, true);
    // The model was reset: select the same SLO again, or the worst one the first time.
    if (m_selectedId != 0 && selectSlo(m_selectedId)) {
        loadCharts(); // the same SLO: its data may have changed
        return;
    }
    if (m_sorted->rowCount() > 0)
        selectSlo(m_sorted->index(0, slotable::Id).data(SnapshotTableModel::SortRole).toLongLong());
    else {
        m_selectedId = 0;
        loadCharts();
    }
}

void SloPane::currentRowChanged(const QModelIndex& current)
{
    // A reset or a filter clears the current row: keep showing the SLO until another is chosen.
    if (!current.isValid())
        return;
    const qint64 id = m_sorted->index(current.row(), slotable::Id).data(SnapshotTableModel::SortRole).toLongLong();
    if (id == m_selectedId && m_charts->snapshot().sloId == id)
        return;
    m_selectedId = id;
    loadCharts();
}

void SloPane::loadCharts()
{
    m_charts->load(feed()->database(), m_window->window(), m_selectedId);
}

void SloPane::chooseSpecFile()
{
    const QString file = m_chooseFile(
        false, tr("Import an SLO spec"), QString(), tr("Sloth or OpenSLO specs (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        importSpecFile(file);
}

void SloPane::importSpecFile(const QString& file)
{
    onResult(this, QtConcurrent::run([db = feed()->database(), file] {
        try {
            if (!db)
                return Transfer { false, tr("Open a database before importing.") };
            // Sloth specs do not name a period: they get Sloth's default of 30 days.
            const SloImportCounts counts = paneloaders::importSloSpec(db, file, 30);
            return Transfer { true,
                tr("%1: %2 SLO(s) added, %3 updated").arg(file).arg(counts.added).arg(counts.updated) };
        } catch (const Error& e) {
            return Transfer { false, e.message() };
        }
    }),
        [this](const Transfer& t) {
            showMessage(t.ok, t.message);
            if (t.ok)
                feed()->reload();
        });
}

void SloPane::chooseRulesFile(bool selectedOnly)
{
    const QString file = m_chooseFile(true, tr("Export Prometheus rules"), QStringLiteral("slo-rules.yaml"),
        tr("Prometheus rule files (*.yaml *.yml)"));
    if (!file.isEmpty())
        exportRulesTo(file, selectedOnly);
}

void SloPane::exportRulesTo(const QString& file, bool selectedOnly)
{
    QList<qint64> ids;
    if (selectedOnly && m_selectedId != 0)
        ids.append(m_selectedId);
    exportTo(
        file, [ids](const std::shared_ptr<Database>& db) { return paneloaders::sloRulesYaml(db, ids); },
        tr("Prometheus rules written to %1").arg(file));
}

void SloPane::chooseOpenSloFile()
{
    const QString file = m_chooseFile(true, tr("Export OpenSLO definitions"), QStringLiteral("slos.openslo.yaml"),
        tr("OpenSLO files (*.yaml *.yml)"));
    if (!file.isEmpty())
        exportOpenSloTo(file);
}

void SloPane::exportOpenSloTo(const QString& file)
{
    exportTo(file, &paneloaders::sloOpenSloYaml, tr("OpenSLO definitions written to %1").arg(file));
}

void SloPane::exportTo(
    const QString& file, std::function<QByteArray(const std::shared_ptr<Database>&)> produce, const QString& done)
{
    onResult(this, QtConcurrent::run([db = feed()->database(), file, produce = std::move(produce), done] {
        try {
            if (!db)
                return Transfer { false, tr("Open a database before exporting.") };
            const QByteArray yaml = produce(db);
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(yaml) != yaml.size() || !out.commit())
                return Transfer { false, tr("%1: cannot write the file: %2").arg(file, out.errorString()) };
            return Transfer { true, done };
        } catch (const Error& e) {
            return Transfer { false, e.message() };
        }
    }),
        [this](const Transfer& t) { showMessage(t.ok, t.message); });
}

void SloPane::addSyntheticCheck()
{
    SyntheticCheckDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        saveSyntheticCheck(dialog.check(), dialog.slo());
}

void SloPane::saveSyntheticCheck(const SyntheticCheck& check, const SloDefinition& slo)
{
    onResult(this, QtConcurrent::run([db = feed()->database(), check, slo] {
        try {
            if (!db)
                return Transfer { false, tr("Open a database before adding a synthetic check.") };
            const SyntheticCheck added = paneloaders::addSyntheticCheck(db, check, slo);
            return Transfer { true,
                tr("Synthetic check “%1” added; it feeds the SLO %2/%3").arg(added.name, slo.service, slo.name) };
        } catch (const Error& e) {
            return Transfer { false, e.message() };
        }
    }),
        [this](const Transfer& t) {
            showMessage(t.ok, t.message);
            if (!t.ok)
                return;
            Q_EMIT syntheticChecksChanged();
            feed()->reload();
        });
}

void SloPane::showMessage(bool ok, const QString& text)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->show();
    Q_EMIT transferFinished(ok, text);
}

} // namespace traceo
