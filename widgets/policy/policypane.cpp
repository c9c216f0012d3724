#include "policypane.h"

#include "common/emptystate.h"
#include "panefeed.h"

#include <QAbstractProxyModel>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace traceo {

namespace {
QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content, 1);
    return box;
}
} // namespace

PolicyPane::PolicyPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("Policies"), feed, window, parent)
    , m_text(new QPlainTextEdit(this))
{
    m_sets = createTable(feed->model(), this);
    m_sets->setObjectName(QStringLiteral("policySetTable"));
    m_versions = createTable(feed->detailModel(), this);
    m_versions->setObjectName(QStringLiteral("policyVersionTable"));
    m_text->setObjectName(QStringLiteral("policyText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(titled(tr("Policy sets"), m_sets, lists));
    lists->addWidget(titled(tr("Versions of the selected set"), m_versions, lists));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(lists);
    splitter->addWidget(titled(tr("Latest version (read-only)"), m_text, splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setContent(splitter);

    connect(
        m_sets->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const QAbstractProxyModel* proxy = qobject_cast<QAbstractProxyModel*>(m_sets->model());
            const QModelIndex source = proxy ? proxy->mapToSource(current) : current;
            this->feed()->selectRow(source.isValid() ? source.row() : -1);
        });
    connect(feed, &PaneFeed::detailChanged, this, [this] { m_text->setPlainText(this->feed()->detailText()); });
    connect(feed, &PaneFeed::loaded, this, &PolicyPane::selectFirstSet);

    emptyState()->setTitle(tr("No policy sets yet"));
    emptyState()->setDescription(tr("Policies say who may do what. Open a database that holds policy sets, or "
                                    "build the demo database to explore sample policies."));
    addBuildDemoAction();
    addOpenDatabaseAction();
}

void PolicyPane::selectFirstSet()
{
    if (m_sets->model()->rowCount() > 0)
        m_sets->selectRow(0);
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
