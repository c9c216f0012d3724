#include "panebase.h"

#include "emptystate.h"
#include "panefeed.h"
#include "snapshottablemodel.h"
#include "timewindowstate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>

namespace traceo {

PaneBase::PaneBase(const QString& title, PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : QWidget(parent)
    , m_titleText(title)
    , m_feed(feed)
    , m_window(window)
    , m_summary(new QLabel(this))
    , m_windowLabel(new QLabel(this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
{
    // The dock's title and tab already name the pane: the header shows what it holds and when.
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_windowLabel->setObjectName(QStringLiteral("windowLabel"));
    m_windowLabel->setToolTip(tr("The time window this pane follows"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_loading->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_summary);
    header->addStretch(1);
    header->addWidget(m_loading);
    header->addSpacing(8);
    header->addWidget(m_windowLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_empty);

    connect(m_feed, &PaneFeed::loaded, this, &PaneBase::refresh);
    connect(m_feed, &PaneFeed::loadingChanged, m_loading, &QLabel::setVisible);
    connect(m_feed, &PaneFeed::loadingChanged, this, &PaneBase::refresh);
    connect(m_window, &TimeWindowState::changed, this, &PaneBase::refresh);
    refresh();
}

bool PaneBase::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString PaneBase::windowText() const
{
    return m_windowLabel->text();
}

void PaneBase::addStatusWidget(QWidget* widget)
{
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->indexOf(m_stack), widget);
}

void PaneBase::setContent(QWidget* content)
{
    m_content = content;
    m_stack->insertWidget(0, content);
    refresh();
}

QTableView* PaneBase::createTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SnapshotTableModel::SortRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

void PaneBase::addOpenDatabaseAction()
{
    connect(m_empty->addAction(tr("Open a database…")), &QPushButton::clicked, this, &PaneBase::openDatabaseRequested);
}

void PaneBase::addBuildDemoAction()
{
    connect(
        m_empty->addAction(tr("Build the demo database…")), &QPushButton::clicked, this, &PaneBase::buildDemoRequested);
}

void PaneBase::addSettingsAction(const QString& text)
{
    connect(m_empty->addAction(text), &QPushButton::clicked, this, &PaneBase::settingsRequested);
}

void PaneBase::refresh()
{
    m_windowLabel->setText(tr("Window: %1").arg(m_window->label()));
    m_summary->setText(m_feed->hasDatabase() && !m_feed->isLoading() ? m_feed->summary() : QString());
    m_error->setText(m_feed->error());
    m_error->setVisible(!m_feed->error().isEmpty());
    const bool empty = m_content == nullptr || m_feed->isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_content);
}

} // namespace traceo
