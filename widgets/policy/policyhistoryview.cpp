#include "policyhistoryview.h"

#include "policy/policydiff.h"
#include "snapshottablemodel.h"
#include "syntaxhighlighting.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTableView>
#include <QVBoxLayout>

namespace traceo {

namespace {

/// Colours a unified diff: added lines green, removed lines red, hunk headers blue.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    DiffHighlighter(QTextDocument* document, bool dark)
        : QSyntaxHighlighter(document)
        , m_dark(dark)
    { }

protected:
    void highlightBlock(const QString& text) override
    {
        const bool dark = m_dark;
        QTextCharFormat f;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
            f.setFontWeight(QFont::Bold);
        } else if (text.startsWith(u'+')) {
            f.setForeground(QColor::fromString(QLatin1String(dark ? "#8fd18f" : "#116329")));
            f.setBackground(QColor::fromString(QLatin1String(dark ? "#1f3a24" : "#e6ffec")));
        } else if (text.startsWith(u'-')) {
            f.setForeground(QColor::fromString(QLatin1String(dark ? "#ff9c9c" : "#82071e")));
            f.setBackground(QColor::fromString(QLatin1String(dark ? "#4a2224" : "#ffebe9")));
        } else if (text.startsWith(QLatin1String("@@"))) {
            f.setForeground(QColor::fromString(QLatin1String(dark ? "#79c0ff" : "#0550ae")));
        } else {
            return;
        }
        setFormat(0, int(text.size()), f);
    }

private:
    bool m_dark;
};

} // namespace

PolicyHistoryView::PolicyHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new SnapshotTableModel(this))
    , m_table(new QTableView(this))
    , m_diffTitle(new QLabel(this))
    , m_diff(new QPlainTextEdit(this))
    , m_rollback(new QPushButton(tr("Roll back to this version…"), this))
{
    m_table->setObjectName(QStringLiteral("versionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Select one version to see what it changed, or two to compare them"));
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff->document(), policytheme::isDark(m_diff->palette()));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rollback->setToolTip(tr("Save the selected version's text again as the newest version"));
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        if (selected.size() == 1)
            Q_EMIT rollbackRequested(selected.first());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PolicyHistoryView::showSelection);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_diffTitle, 1);
    bar->addWidget(m_rollback);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    bottomLayout->addLayout(bar);
    bottomLayout->addWidget(m_diff, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showSelection();
}

void PolicyHistoryView::setHistory(PolicyHistory history)
{
    m_history = std::move(history);
    TableSnapshot table;
    table.headers = { tr("Version"), tr("Author"), tr("Message"), tr("Saved"), tr("SHA-256") };
    for (auto it = m_history.versions.crbegin(); it != m_history.versions.crend(); ++it)
        table.rows.append({ it->version, it->author, it->message, it->createdAt, it->contentHash.left(12) });
    m_model->setSnapshot(table);
    if (!m_history.versions.isEmpty())
        m_table->selectRow(0);
    showSelection();
}

void PolicyHistoryView::selectVersions(const QList<int>& versions)
{
    m_table->clearSelection();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (versions.contains(m_model->index(row, 0).data(SnapshotTableModel::SortRole).toInt()))
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QList<int> PolicyHistoryView::selectedVersions() const
{
    QList<int> versions;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        versions.append(index.data(SnapshotTableModel::SortRole).toInt());
    std::sort(versions.begin(), versions.end());
    return versions;
}

void PolicyHistoryView::showSelection()
{
    const QList<int> selected = selectedVersions();
    const auto find = [this](int version) -> const PolicyVersion* {
        for (const PolicyVersion& v : m_history.versions)
            if (v.version == version)
                return &v;
        return nullptr;
    };
    const int latest = m_history.versions.isEmpty() ? 0 : m_history.versions.last().version;
    m_rollback->setEnabled(selected.size() == 1 && selected.first() != latest);
    m_rollback->setText(
        selected.size() == 1 ? tr("Roll back to version %1…").arg(selected.first()) : tr("Roll back to this version…"));
    const PolicyVersion* to = selected.isEmpty() ? nullptr : find(selected.last());
    if (!to) {
        m_diffTitle->setText(tr("Select a version to see its changes."));
        m_diff->clear();
        return;
    }
    const PolicyVersion* from = selected.size() > 1 ? find(selected.first()) : nullptr;
    if (selected.size() == 1)
        for (const PolicyVersion& v : m_history.versions)
            if (v.version < to->version)
                from = &v;
    const QString fromName = from ? tr("version %1").arg(from->version) : tr("(empty)");
    const QString toName = tr("version %1").arg(to->version);
    m_diffTitle->setText(tr("Changes from %1 to %2").arg(fromName, toName));
    const QString diff = unifiedDiff(from ? from->content : QString(), to->content, fromName, toName);
    m_diff->setPlainText(diff.isEmpty() ? tr("The two versions have the same text.") : diff);
}

} // namespace traceo
