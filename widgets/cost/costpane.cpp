#include "costpane.h"

#include "common/emptystate.h"
#include "costanomalyview.h"
#include "costbreakdownmodel.h"
#include "costcharts.h"
#include "costfeed.h"
#include "costformat.h"
#include "costimportbar.h"
#include "costimporttask.h"
#include "costloaders.h"
#include "costtables.h"
#include "costtoolbar.h"
#include "panefeed.h"
#include "timewindowstate.h"

#include <QCryptographicHash>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace traceo {

namespace {
// Identifies the stored imports: the line items are loaded again when it changes.
QByteArray versionOf(const TableSnapshot& imports)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QVariantList& row : imports.rows)
        for (const QVariant& v : row)
            hash.addData(v.toString().toUtf8().append('\x1f'));
    return hash.result();
}
} // namespace

CostPane::CostPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("Costs"), feed, window, parent)
    , m_costs(new CostFeed(this))
    , m_import(new CostImportTask(this))
    , m_toolbar(new CostToolbar(this))
    , m_importBar(new CostImportBar(this))
    , m_headline(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_charts(new CostCharts(this))
    , m_anomalies(new CostAnomalyView(this))
    , m_recommendationModel(new CostTableModel(this))
    , m_recommendations(new QTableView(this))
    , m_notes(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setContent(createContent());
    addStatusWidget(m_importBar);
    m_costs->setWindow(window->window());
    connect(window, &TimeWindowState::changed, m_costs, &CostFeed::setWindow);
    connect(feed, &PaneFeed::loaded, this,
        [this] { m_costs->setDatabase(this->feed()->database(), versionOf(this->feed()->model()->snapshot())); });
    connect(m_toolbar, &CostToolbar::queryChanged, this, &CostPane::applyQuery);
    connect(m_toolbar, &CostToolbar::importRequested, this, &CostPane::chooseImportFiles);
    connect(m_toolbar, &CostToolbar::exportRequested, this, &CostPane::chooseReportFile);
    connect(m_costs, &CostFeed::dimensionsChanged, this, [this] { m_toolbar->setDimensions(m_costs->dimensions()); });
    connect(m_costs, &CostFeed::breakdownLoaded, this, &CostPane::breakdownLoaded);
    connect(m_costs, &CostFeed::chartLoaded, this,
        [this] { m_charts->showDaily(m_costs->chart(), m_costs->breakdown().currency); });
    connect(m_costs, &CostFeed::analysisLoaded, this, [this] {
        m_anomalies->show(m_costs->analysis());
        costtables::showRecommendations(m_recommendationModel, m_costs->analysis());
        // The evidence takes the room left (a reset forgets the sections' modes).
        m_recommendations->horizontalHeader()->setSectionResizeMode(costtables::Evidence, QHeaderView::Stretch);
        m_notes->setText(m_costs->analysis().recommendations.notes.join(u'\n'));
        m_tabs->setTabText(0, tr("Anomalies (%1)").arg(m_costs->analysis().anomalies.size()));
        m_tabs->setTabText(
            1, tr("Recommendations (%1)").arg(m_costs->analysis().recommendations.recommendations.size()));
    });
    connect(m_costs, &CostFeed::actionFinished, this, &CostPane::showMessage);
    connect(m_anomalies, &CostAnomalyView::anomalySelected, this, [this](int index) {
        const auto& list = m_costs->analysis().anomalies;
        m_charts->markDay(
            index >= 0 && std::size_t(index) < list.size() ? list[std::size_t(index)].anomaly.day : QDate());
    });
    connect(m_anomalies, &CostAnomalyView::acknowledgeRequested, m_costs, &CostFeed::acknowledge);
    connect(m_importBar, &CostImportBar::cancelRequested, m_import, &CostImportTask::cancel);
    connect(m_import, &CostImportTask::progressChanged, this, [this](int value, const QString& text) {
        m_importBar->setProgress(value, CostImportTask::kProgressRange, text);
    });
    connect(m_import, &CostImportTask::finished, this, [this](const CostImportTask::Outcome& o) {
        m_importBar->finish();
        showMessage(o.ok, o.message);
        if (o.ok)
            this->feed()->reload();
    });

    emptyState()->setTitle(tr("No cost data yet"));
    emptyState()->setDescription(tr("Cost breakdowns need a billing export in FOCUS format (CSV or CSV.gz) from AWS, "
                                    "Azure, Google Cloud or OCI. Import one, or build the demo database to explore."));
    connect(emptyState()->addAction(tr("Import a FOCUS export…")), &QPushButton::clicked, this,
        &CostPane::chooseImportFiles);
    addBuildDemoAction();
}

QWidget* CostPane::createContent()
{
    m_sorted->setSourceModel(m_costs->treeModel());
    m_sorted->setSortRole(CostBreakdownModel::SortRole);
    m_sorted->setRecursiveFilteringEnabled(true);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setFilterKeyColumn(CostBreakdownModel::Key);
    m_tree->setObjectName(QStringLiteral("costTree"));
    m_tree->setModel(m_sorted);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(CostBreakdownModel::Cost, Qt::DescendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CostBreakdownModel::Key, QHeaderView::Stretch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CostPane::currentNodeChanged);
    connect(m_tree, &QTreeView::expanded, this,
        [this](const QModelIndex& i) { m_expanded.insert(i.data(CostBreakdownModel::PathRole).toStringList()); });
    connect(m_tree, &QTreeView::collapsed, this,
        [this](const QModelIndex& i) { m_expanded.remove(i.data(CostBreakdownModel::PathRole).toStringList()); });

    m_recommendations->setObjectName(QStringLiteral("costRecommendations"));
    auto* sortedRecommendations = new QSortFilterProxyModel(this);
    sortedRecommendations->setSourceModel(m_recommendationModel);
    sortedRecommendations->setSortRole(SnapshotTableModel::SortRole);
    m_recommendations->setModel(sortedRecommendations);
    m_recommendations->setSortingEnabled(true);
    m_recommendations->sortByColumn(-1, Qt::AscendingOrder);
    m_recommendations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recommendations->setAlternatingRowColors(true);
    m_recommendations->verticalHeader()->hide();
    m_recommendations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* recommendations = new QWidget(this);
    auto* recommendationLayout = new QVBoxLayout(recommendations);
    recommendationLayout->setContentsMargins(0, 0, 0, 0);
    recommendationLayout->addWidget(m_recommendations, 1);
    recommendationLayout->addWidget(m_notes);

    m_tabs->setObjectName(QStringLiteral("costTabs"));
    m_tabs->addTab(m_anomalies, tr("Anomalies"));
    m_tabs->addTab(recommendations, tr("Recommendations"));
    QTableView* imports = createTable(feed()->model(), this);
    imports->setObjectName(QStringLiteral("costImports"));
    m_tabs->addTab(imports, tr("Imports"));

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_tree);
    top->addWidget(m_charts);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_headline->setObjectName(QStringLiteral("costHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_message->setObjectName(QStringLiteral("costMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);
    return content;
}

QStringList CostPane::importKinds() const
{
    return { tr("FOCUS cost export (CSV, CSV.gz)") };
}

QStringList CostPane::exportKinds() const
{
    QStringList kinds;
    for (const costloaders::ReportFormat& f : costloaders::reportFormats())
        kinds << tr("Cost %1").arg(f.name);
    return kinds;
}

bool CostPane::startTransfer(bool import, int index)
{
    const QStringList kinds = import ? importKinds() : exportKinds();
    if (index < 0 || index >= kinds.size())
        return false;
    if (auto* dock = qobject_cast<QDockWidget*>(parentWidget()))
        dock->raise();
    if (import)
        chooseImportFiles();
    else
        chooseReportFile(index);
    return true;
}

QString CostPane::headline() const
{
    return m_headline->text();
}

QString CostPane::message() const
{
    return m_message->text();
}

void CostPane::applyQuery(const CostQuery& query)
{
    m_sorted->setFilterFixedString(costloaders::parseFilter(query.filter).text);
    m_costs->setQuery(query);
}

void CostPane::breakdownLoaded()
{
    const CostBreakdownSnapshot& b = m_costs->breakdown();
    if (!b.error.isEmpty()) {
        m_headline->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(b.error.toHtmlEscaped()));
    } else if (!b.nodes.empty()) {
        const CostBreakdownSnapshot::Node& total = b.nodes.front();
        const QLocale locale;
        m_headline->setText(
            tr("<b>%1</b> %2 from %3 to %4 (whole UTC days) · %5 line items · %6 against the "
               "period before (%7)")
                .arg(costformat::money(total.value, b.currency),
                    m_costs->treeModel()->headerData(CostBreakdownModel::Cost, Qt::Horizontal).toString().toLower(),
                    locale.toString(b.days.from, QLocale::ShortFormat),
                    locale.toString(b.days.to.addDays(-1), QLocale::ShortFormat), locale.toString(b.lineItems),
                    costformat::change(total.value, total.previous), costformat::money(total.previous, b.currency)));
    }
    m_charts->showShares(b);
    // The model was reset: open the same nodes and select the same one again.
    for (const QStringList& path : std::as_const(m_expanded))
        m_tree->expand(m_sorted->mapFromSource(m_costs->treeModel()->indexOf(path)));
    if (!m_selectedPath.isEmpty() && !selectPath(m_selectedPath))
        m_costs->setBranch({});
}

bool CostPane::selectPath(const QStringList& path)
{
    const QModelIndex index = m_sorted->mapFromSource(m_costs->treeModel()->indexOf(path));
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void CostPane::currentNodeChanged(const QModelIndex& current)
{
    // A reset clears the current node: keep the drill-down until another node is chosen.
    if (!current.isValid())
        return;
    m_selectedPath = current.data(CostBreakdownModel::PathRole).toStringList();
    m_costs->setBranch(m_selectedPath);
}

void CostPane::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import FOCUS cost exports"), QString(), tr("FOCUS exports (*.csv *.csv.gz *.gz);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void CostPane::importFiles(const QStringList& files)
{
    if (!feed()->database()) {
        showMessage(false, tr("Open a database before importing."));
        return;
    }
    if (!m_import->start(feed()->database(), files)) {
        showMessage(false, tr("An import is running already: wait for it or cancel it."));
        return;
    }
    m_importBar->start(tr("Importing %n file(s)", nullptr, int(files.size())));
}

void CostPane::chooseReportFile(int format)
{
    const QList<costloaders::ReportFormat> formats = costloaders::reportFormats();
    const costloaders::ReportFormat& f = formats.at(format);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export a cost report"),
        QStringLiteral("cost-report.") + f.suffix, tr("%1 (*.%2)").arg(f.name, f.suffix));
    if (!file.isEmpty())
        exportReportTo(file, format);
}

void CostPane::exportReportTo(const QString& file, int format)
{
    m_costs->exportReport(file, format);
}

void CostPane::showMessage(bool ok, const QString& text)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    m_message->show();
    Q_EMIT transferFinished(ok, text);
}

} // namespace traceo
