#include "checkededitor.h"

#include "codeeditor.h"
#include "textcheckfeed.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace traceo {

namespace {
constexpr int PositionRole = Qt::UserRole;
}

CheckedEditor::CheckedEditor(TextCheckFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_editor(new CodeEditor(this))
    , m_status(new QLabel(this))
    , m_problems(new QTreeWidget(this))
    , m_toolbar(new QHBoxLayout)
{
    m_status->setObjectName(QStringLiteral("problemStatus"));
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setStretchLastSection(true);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    m_toolbar->addWidget(m_status, 1);
    bottomLayout->addLayout(m_toolbar);
    bottomLayout->addWidget(m_problems, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_replacing)
            m_feed->setText(m_editor->toPlainText());
    });
    connect(m_feed, &TextCheckFeed::checkingChanged, this, [this](bool checking) {
        if (checking)
            m_status->setText(tr("Checking…"));
    });
    connect(m_feed, &TextCheckFeed::checked, this, &CheckedEditor::showResult);
    connect(m_problems, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { m_editor->jumpTo(item->data(0, PositionRole).toLongLong()); });
    connect(m_problems, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem* item) { m_editor->jumpTo(item->data(0, PositionRole).toLongLong()); });
}

void CheckedEditor::setText(const QString& text)
{
    m_replacing = true; // one check below, not a debounced one for the change
    m_editor->setPlainText(text);
    m_replacing = false;
    m_editor->document()->setModified(false);
    m_feed->checkNow(text);
}

QString CheckedEditor::text() const
{
    return m_editor->toPlainText();
}

void CheckedEditor::showResult()
{
    const TextCheckResult& result = m_feed->result();
    m_editor->setDiagnostics(result.diagnostics);
    m_problems->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    QList<QTreeWidgetItem*> items;
    for (const TextDiagnostic& d : result.diagnostics) {
        auto* item = new QTreeWidgetItem({ QString::number(d.line), QString::number(d.column), d.message });
        item->setIcon(0, icon);
        item->setData(0, PositionRole, qint64(d.range.start));
        item->setToolTip(2, d.message);
        items.append(item);
    }
    m_problems->addTopLevelItems(items);
    m_status->setText(result.diagnostics.isEmpty() ? tr("No problems")
                                                   : tr("%n problem(s)", nullptr, int(result.diagnostics.size())));
    Q_EMIT checked();
}

} // namespace traceo
