#include "policypane.h"

#include "checkededitor.h"
#include "codeeditor.h"
#include "common/emptystate.h"
#include "onresult.h"
#include "panefeed.h"
#include "policychecks.h"
#include "policyoperations.h"
#include "syntaxhighlighting.h"
#include "testbench.h"
#include "textcheckfeed.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

namespace {

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

QString setName(const QModelIndex& proxyIndex)
{
    return proxyIndex.siblingAtColumn(0).data().toString();
}

} // namespace

PolicyPane::PolicyPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("Policies"), feed, window, parent)
    , m_highlighting(createPolicyHighlighterBackend())
    , m_defaults(defaultPolicySet())
{
    m_bench = new TestBench(this);
    m_bench->setObjectName(QStringLiteral("testBench"));
    auto* bench = new QGroupBox(tr("Test bench"), this);
    auto* benchLayout = new QVBoxLayout(bench);
    benchLayout->addWidget(m_bench);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createSetList());
    splitter->addWidget(createEditorArea());
    splitter->addWidget(bench);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 6);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 240, 760, 380 });
    setContent(splitter);

    m_bench->setSource([this] { return benchSource(); });
    connect(m_bench, &TestBench::decided, this, &PolicyPane::showDecision);
    connect(m_bench, &TestBench::policyActivated, this, [this](qsizetype pos) {
        m_tabs->setCurrentWidget(m_policies);
        m_policies->editor()->jumpTo(pos);
    });
    connect(feed, &PaneFeed::detailChanged, this, &PolicyPane::showLatest);
    connect(feed, &PaneFeed::loaded, this, &PolicyPane::selectRememberedSet);
    connect(feed, &PaneFeed::loaded, this, [this] {
        const std::shared_ptr<Database> db = this->feed()->database();
        m_bench->setRecorder(db
                ? TestBench::Recorder([db](const policychecks::Request& request, const AuditEntry& entry) {
                      return policyoperations::recordDecision(db, entry, request.policySet, request.policies);
                  })
                : TestBench::Recorder());
        refreshStoreViews();
    });

    emptyState()->setTitle(tr("No policy sets yet"));
    emptyState()->setDescription(tr("Policies say who may do what. Open a database that holds policy sets, or "
                                    "build the demo database to explore sample policies."));
    addBuildDemoAction();
    addOpenDatabaseAction();
    updateTitle();
}

PolicyPane::~PolicyPane() = default;

QWidget* PolicyPane::createSetList()
{
    m_sets = createTable(feed()->model(), this);
    m_sets->setObjectName(QStringLiteral("policySetTable"));
    connect(m_sets->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PolicyPane::selectSet);
    // The list names the sets; the editor's title and the History tab tell the rest.
    connect(feed()->model(), &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 2; column < m_sets->model()->columnCount(); ++column)
            m_sets->hideColumn(column);
        m_sets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    });

    auto* newSet = new QPushButton(tr("New policy set…"), this);
    newSet->setObjectName(QStringLiteral("newSetButton"));
    connect(newSet, &QPushButton::clicked, this, &PolicyPane::newSet);
    auto* sets = new QWidget(this);
    auto* layout = new QVBoxLayout(sets);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sets, 1);
    layout->addWidget(newSet);

    return titled(tr("Policy sets"), sets, this);
}

QWidget* PolicyPane::createEditorArea()
{
    m_policies = new CheckedEditor(new TextCheckFeed(&policychecks::checkPolicies, this), this);
    m_policies->setObjectName(QStringLiteral("policyEditor"));
    m_policies->editor()->setHighlighting(m_highlighting.get());
    m_policies->editor()->setPlaceholderText(tr("Select a policy set, or create one."));
    m_entities = new CheckedEditor(new TextCheckFeed(&policychecks::checkEntities, this), this);
    m_entities->setObjectName(QStringLiteral("entitiesEditor"));
    m_entities->editor()->setPlaceholderText(tr("Entities as Cedar JSON: [{\"uid\": {\"type\": \"User\", \"id\": "
                                                "\"alice\"}, \"attrs\": {}, \"parents\": []}]"));
    connect(m_policies, &CheckedEditor::checked, this, &PolicyPane::updateCompletions);
    connect(m_entities, &CheckedEditor::checked, this, &PolicyPane::updateCompletions);
    connect(m_policies->editor()->document(), &QTextDocument::modificationChanged, this, &PolicyPane::updateTitle);
    connect(m_policies, &CheckedEditor::checked, this, &PolicyPane::updateTitle);

    auto* open = new QPushButton(tr("Open…"), this);
    open->setToolTip(tr("Read entities from a JSON file"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open entities"), m_entitiesPath, tr("Cedar entities (*.json);;All files (*)"));
        if (!path.isEmpty())
            openEntities(path);
    });
    auto* saveAs = new QPushButton(tr("Save as…"), this);
    saveAs->setToolTip(tr("Write the entities to a JSON file"));
    connect(saveAs, &QPushButton::clicked, this, &PolicyPane::saveEntities);
    m_schema = new QCheckBox(tr("Type with the default schema"), this);
    m_schema->setObjectName(QStringLiteral("schemaCheck"));
    m_schema->setChecked(true);
    m_schema->setToolTip(tr("Read the entities and the request context with Traceo's default Cedar schema, so that "
                            "strings such as \"10.20.0.5\" become the ipaddr values the policies compare"));
    m_entities->toolbar()->addWidget(m_schema);
    m_entities->toolbar()->addWidget(open);
    m_entities->toolbar()->addWidget(saveAs);
    m_entities->setText(QString::fromUtf8(m_defaults.entities));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("policyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_policies, tr("Policies"));
    m_tabs->addTab(m_entities, tr("Entities"));
    createStoreTabs();

    m_setTitle = new QLabel(this);
    m_setTitle->setObjectName(QStringLiteral("setTitle"));
    m_setTitle->setTextFormat(Qt::RichText);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setToolTip(tr("Drop your changes and show the latest saved version again"));
    connect(m_revert, &QPushButton::clicked, this, &PolicyPane::revert);
    m_save = new QPushButton(tr("Save version…"), this);
    m_save->setObjectName(QStringLiteral("saveVersionButton"));
    connect(m_save, &QPushButton::clicked, this, [this] { saveVersion(); });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_setTitle, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);

    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    return area;
}

void PolicyPane::selectSet(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_reselecting)
        return;
    const QString name = setName(current);
    if (current.isValid() && name != m_loadedSet && m_policies->editor()->document()->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
            tr("Your changes to “%1” are not saved. Discard them and show “%2”?").arg(m_loadedSet, name),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            m_reselecting = true;
            m_sets->selectionModel()->setCurrentIndex(
                previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_reselecting = false;
            return;
        }
        m_policies->editor()->document()->setModified(false);
    }
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(m_sets->model());
    const QModelIndex source = proxy ? proxy->mapToSource(current) : current;
    const bool changed = source.isValid() && m_loadedSet != name;
    if (source.isValid())
        m_loadedSet = name;
    feed()->selectRow(source.isValid() ? source.row() : -1);
    if (changed)
        refreshStoreViews();
}

void PolicyPane::selectRememberedSet()
{
    QAbstractItemModel* model = m_sets->model();
    int row = model->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == m_loadedSet)
            row = r;
    if (row >= 0)
        m_sets->selectRow(row);
}

void PolicyPane::showLatest()
{
    const QString text = feed()->detailText();
    // A reload (another time window, a save) keeps what the user is editing.
    if (m_policies->editor()->document()->isModified() || text == m_policies->text()) {
        updateTitle();
        return;
    }
    m_policies->setText(text);
    updateTitle();
}

void PolicyPane::revert()
{
    m_policies->setText(feed()->detailText());
    updateTitle();
}

void PolicyPane::newSet()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New policy set"), tr("Name of the new policy set:"), QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_reselecting = true;
    m_sets->clearSelection();
    m_reselecting = false;
    m_loadedSet = name;
    m_policies->setText(QString());
    m_policies->editor()->document()->setModified(true);
    m_tabs->setCurrentWidget(m_policies);
    m_policies->editor()->setFocus();
    updateTitle();
}

void PolicyPane::saveVersion(const QString& message)
{
    if (!feed()->hasDatabase() || m_loadedSet.isEmpty())
        return;
    QString text = message;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Save a new version of “%1”").arg(m_loadedSet),
            tr("What changed, and why?"), QLineEdit::Normal, QString(), &ok)
                   .trimmed();
        if (!ok || text.isEmpty())
            return;
    }
    m_save->setEnabled(false);
    onResult(this,
        QtConcurrent::run(&policyoperations::saveVersion, feed()->database(), m_loadedSet, m_policies->text(),
            policyoperations::currentAuthor(), text),
        [this](const PolicyWriteResult& result) { finishSave(result); });
}

void PolicyPane::finishSave(const PolicyWriteResult& result)
{
    if (result.error.isEmpty()) {
        if (result.policySet == m_loadedSet)
            m_policies->editor()->document()->setModified(false);
        feed()->reload(); // the History, Audit and Report tabs follow when it has loaded
    } else {
        QMessageBox::warning(this, tr("Saving failed"), result.error);
    }
    updateTitle();
    Q_EMIT saved(result);
}

bool PolicyPane::openEntities(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open entities"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_entitiesPath = path;
    m_entities->setText(QString::fromUtf8(file.readAll()));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_entities), path);
    return true;
}

void PolicyPane::saveEntities()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save entities"), m_entitiesPath, tr("Cedar entities (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_entities->text().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save entities"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_entitiesPath = path;
    m_entities->editor()->document()->setModified(false);
}

void PolicyPane::updateCompletions()
{
    QStringList uids = m_entities->feed()->result().names + m_policies->feed()->result().references;
    uids.sort();
    uids.removeDuplicates();
    m_bench->setCompletions(uids);
}

void PolicyPane::showDecision()
{
    const policychecks::Decision& decision = m_bench->decision();
    // The marks are positions in the text the bench read; an edit since then moved the policies.
    const bool current = m_bench->request().policies == m_policies->text();
    m_policies->editor()->setMarkedRanges(current ? decision.determiningRanges : QList<TextRange>(),
        policytheme::markBackground(palette(), decision.allow));
}

void PolicyPane::updateTitle()
{
    const bool modified = m_policies->editor()->document()->isModified();
    const int problems = int(m_policies->feed()->result().diagnostics.size());
    int version = 0;
    QString author;
    const QAbstractItemModel* sets = feed()->model();
    for (int r = 0; r < sets->rowCount(); ++r) {
        if (sets->index(r, 0).data().toString() == m_loadedSet) {
            version = sets->index(r, 1).data().toInt();
            author = sets->index(r, 2).data().toString();
        }
    }
    QString title = m_loadedSet.isEmpty() ? tr("No policy set selected")
                                          : QStringLiteral("<b>%1</b>").arg(m_loadedSet.toHtmlEscaped());
    if (version > 0)
        title += QStringLiteral(" &nbsp;") + tr("version %1 by %2").arg(version).arg(author.toHtmlEscaped());
    else if (!m_loadedSet.isEmpty())
        title += QStringLiteral(" &nbsp;") + tr("not saved yet");
    if (modified)
        title += QStringLiteral(" &nbsp;<i>") + tr("(unsaved changes)") + QStringLiteral("</i>");
    m_setTitle->setText(title);
    m_save->setEnabled(feed()->hasDatabase() && !m_loadedSet.isEmpty() && modified && problems == 0);
    m_save->setToolTip(problems ? tr("Fix the problems in the policies before saving")
                                : tr("Save the policies as a new version of the set"));
    m_revert->setEnabled(modified);
}

policychecks::Request PolicyPane::benchSource() const
{
    policychecks::Request r;
    r.policies = m_policies->text();
    // Unsaved text is audited as such; the stored text is audited under its set's name.
    if (!m_policies->editor()->document()->isModified() && r.policies == feed()->detailText())
        r.policySet = m_loadedSet;
    r.entities = m_entities->text();
    if (m_schema->isChecked())
        r.schema = QString::fromUtf8(m_defaults.schema);
    return r;
}

QStringList PolicyPane::importKinds() const
{
    return { tr("Cedar policy set (.cedar)") };
}

QStringList PolicyPane::exportKinds() const
{
    return { tr("Cedar policy set (.cedar)") };
}

} // namespace traceo
