#include "testbench.h"

#include "onresult.h"
#include "syntaxhighlighting.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

namespace {

constexpr int PositionRole = Qt::UserRole;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

TestBench::TestBench(QWidget* parent)
    : QWidget(parent)
    , m_principal(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_resource(new QLineEdit(this))
    , m_context(new QPlainTextEdit(this))
    , m_authorize(new QPushButton(tr("Authorize"), this))
    , m_record(new QCheckBox(tr("Record in audit log"), this))
    , m_decisionLabel(new QLabel(this))
    , m_decisionDetail(new QLabel(this))
    , m_determining(new QListWidget(this))
    , m_errors(new QListWidget(this))
    , m_completions(new QStringListModel(this))
{
    m_principal->setObjectName(QStringLiteral("principalEdit"));
    m_action->setObjectName(QStringLiteral("actionEdit"));
    m_resource->setObjectName(QStringLiteral("resourceEdit"));
    m_context->setObjectName(QStringLiteral("contextEdit"));
    m_decisionLabel->setObjectName(QStringLiteral("decisionLabel"));
    m_determining->setObjectName(QStringLiteral("determiningList"));
    m_errors->setObjectName(QStringLiteral("evaluationErrorList"));
    m_principal->setPlaceholderText(QStringLiteral("User::\"alice\""));
    m_action->setPlaceholderText(QStringLiteral("Action::\"read\""));
    m_resource->setPlaceholderText(QStringLiteral("Document::\"q3-report\""));
    m_context->setPlaceholderText(tr("Context as a JSON object, e.g. {\"mfa\": true}"));
    m_context->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_context->setTabChangesFocus(true);
    m_context->setMaximumHeight(m_context->fontMetrics().height() * 6);
    for (QLineEdit* edit : { m_principal, m_action, m_resource }) {
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setClearButtonEnabled(true);
        auto* completer = new QCompleter(m_completions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        connect(edit, &QLineEdit::returnPressed, this, &TestBench::authorize);
    }
    m_authorize->setObjectName(QStringLiteral("authorizeButton"));
    m_authorize->setDefault(true);
    m_authorize->setToolTip(tr("Decide the request with the policies in the editor (Ctrl+Return)"));
    connect(m_authorize, &QPushButton::clicked, this, &TestBench::authorize);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &TestBench::authorize);

    QFont big = m_decisionLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_decisionLabel->setFont(big);
    m_decisionLabel->setAlignment(Qt::AlignCenter);
    m_decisionLabel->setMinimumHeight(QFontMetrics(big).height() * 2);
    m_decisionLabel->setAutoFillBackground(true);
    m_decisionDetail->setWordWrap(true);
    m_decisionDetail->setAlignment(Qt::AlignCenter);
    m_decisionDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_determining->setToolTip(tr("Click a policy to show it in the editor"));
    m_errors->setWordWrap(true);
    connect(m_determining, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { Q_EMIT policyActivated(item->data(PositionRole).toLongLong()); });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Principal"), m_principal);
    form->addRow(tr("&Action"), m_action);
    form->addRow(tr("&Resource"), m_resource);
    form->addRow(tr("&Context"), m_context);
    m_record->setObjectName(QStringLiteral("recordCheck"));
    m_record->setToolTip(tr("Append the decision to the tamper-evident audit log of this database"));
    m_record->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addStretch(1);
    buttons->addWidget(m_authorize);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(m_decisionLabel);
    layout->addWidget(m_decisionDetail);
    const int row = m_determining->fontMetrics().height() + 4;
    m_determining->setMaximumHeight(row * 8);
    m_errors->setMaximumHeight(row * 5);
    layout->addWidget(heading(tr("Determining policies"), this));
    layout->addWidget(m_determining, 1);
    layout->addWidget(heading(tr("Evaluation errors"), this));
    layout->addWidget(m_errors, 1);
    layout->addStretch(1);
    paintDecision();
}

void TestBench::setSource(std::function<policychecks::Request()> source)
{
    m_source = std::move(source);
}

void TestBench::setRecorder(Recorder recorder)
{
    m_recorder = std::move(recorder);
    m_record->setEnabled(bool(m_recorder));
    if (!m_recorder)
        m_record->setChecked(false);
}

void TestBench::setCompletions(const QStringList& uids)
{
    m_completions->setStringList(uids);
}

void TestBench::authorize()
{
    m_request = m_source ? m_source() : policychecks::Request {};
    m_request.principal = m_principal->text();
    m_request.action = m_action->text();
    m_request.resource = m_resource->text();
    m_request.context = m_context->toPlainText();
    const Recorder recorder = m_record->isChecked() ? m_recorder : Recorder();
    const quint64 generation = ++m_generation;
    m_decisionDetail->setText(tr("Deciding…"));
    using Result = std::pair<policychecks::Decision, QString>;
    onResult(this, QtConcurrent::run([request = m_request, recorder]() -> Result {
        policychecks::Decision decision = policychecks::decide(request);
        const QString recorded = decision.decided && recorder ? recorder(request, decision.audit) : QString();
        return { std::move(decision), recorded };
    }),
        [this, generation](Result result) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (generation == m_generation)
                show(std::move(result.first), result.second);
        });
}

void TestBench::show(policychecks::Decision decision, const QString& recorded)
{
    m_decision = std::move(decision);
    m_hasDecision = true;
    m_determining->clear();
    m_errors->clear();
    for (qsizetype i = 0; i < m_decision.determining.size(); ++i) {
        auto* item = new QListWidgetItem(m_decision.determining.at(i), m_determining);
        item->setData(PositionRole, qint64(m_decision.determiningRanges.at(i).start));
    }
    for (const QString& error : std::as_const(m_decision.errors))
        new QListWidgetItem(error, m_errors);
    if (!m_decision.decided)
        new QListWidgetItem(m_decision.problem, m_errors);
    paintDecision();
    if (!recorded.isEmpty())
        m_decisionDetail->setText(m_decisionDetail->text() + u'\n' + recorded);
    Q_EMIT decided();
}

void TestBench::paintDecision()
{
    QPalette pal = palette();
    const bool dark = policytheme::isDark(pal);
    QString detail;
    if (!m_hasDecision) {
        m_decisionLabel->setText(tr("No decision yet"));
        detail = tr("Fill in a request and press Authorize.");
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    } else if (!m_decision.decided) {
        m_decisionLabel->setText(tr("Cannot decide"));
        detail = m_decision.problem;
        pal.setColor(QPalette::Window, QColor::fromString(QLatin1String(dark ? "#5a4a1a" : "#fff4d6")));
        pal.setColor(QPalette::WindowText, QColor::fromString(QLatin1String(dark ? "#ffe08a" : "#7a5200")));
    } else {
        m_decisionLabel->setText(m_decision.allow ? tr("ALLOW") : tr("DENY"));
        if (m_decision.allow)
            detail = tr("Permitted by %n policy(ies).", nullptr, int(m_decision.determining.size()));
        else if (m_decision.determining.isEmpty())
            detail = tr("No policy permits this request: Cedar denies by default.");
        else
            detail = tr("Forbidden by %n policy(ies).", nullptr, int(m_decision.determining.size()));
        pal.setColor(QPalette::Window,
            QColor::fromString(
                QLatin1String(m_decision.allow ? (dark ? "#1e5631" : "#1b7a3a") : (dark ? "#7a1f1f" : "#b3261e"))));
        pal.setColor(QPalette::WindowText, Qt::white);
    }
    m_decisionLabel->setPalette(pal);
    m_decisionDetail->setText(detail);
}

void TestBench::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintDecision();
}

} // namespace traceo
