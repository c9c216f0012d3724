#include "demo/demobuilder.h"
#include "panefeed.h"
#include "policy/cedarhighlighter.h"
#include "policy/checkededitor.h"
#include "policy/codeeditor.h"
#include "policy/policyauditview.h"
#include "policy/policyhistoryview.h"
#include "policy/policypane.h"
#include "policy/policyrepository.h"
#include "policy/testbench.h"
#include "policychecks.h"
#include "policyoperations.h"
#include "snapshottablemodel.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "textcheckfeed.h"
#include "timewindowstate.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeWidget>
#include <QtTest>
#include <atomic>

using namespace traceo;

namespace {

const QString Policies = QStringLiteral(R"(// Engineers read production dashboards with MFA.
@id("engineers-read-prod")
permit (principal in Group::"engineers", action == Action::"read", resource in Environment::"production")
when { context.mfa };

@id("no-prod-deletes")
forbid (principal, action == Action::"delete", resource in Environment::"production");
)");

const QString Entities = QStringLiteral(R"([
  {"uid": {"type": "User", "id": "alice"}, "attrs": {}, "parents": [{"type": "Group", "id": "engineers"}]},
  {"uid": {"type": "Group", "id": "engineers"}, "attrs": {}, "parents": []},
  {"uid": {"type": "Dashboard", "id": "latency"}, "attrs": {}, "parents": [{"type": "Environment", "id": "production"}]}
]
)");

/// The format the highlighter gave to the character at `pos`.
QTextCharFormat formatAt(const QTextDocument* doc, int pos)
{
    const QTextBlock block = doc->findBlock(pos);
    const int inBlock = pos - block.position();
    for (const QTextLayout::FormatRange& r : block.layout()->formats())
        if (inBlock >= r.start && inBlock < r.start + r.length)
            return r.format;
    return {};
}

QColor colourAt(const QTextDocument* doc, const QString& text, const QString& word, int nth = 0)
{
    qsizetype pos = -1;
    for (int i = 0; i <= nth; ++i)
        pos = text.indexOf(word, pos + 1);
    return formatAt(doc, int(pos)).foreground().color();
}

} // namespace

class TestPolicyPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    struct Fixture
    {
        TimeWindowState window;
        PaneFeed feed { &paneloaders::policies, &window };
        PolicyPane pane { &feed, &window };
    };

    std::unique_ptr<Fixture> openPane(std::shared_ptr<Database> db = {})
    {
        auto f = std::make_unique<Fixture>();
        f->pane.resize(1400, 900);
        f->pane.show();
        f->feed.setDatabase(db ? db : m_db);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("policy.sqlite"))));
        PolicyRepository(m_db).saveVersion(
            QStringLiteral("access"), Policies, QStringLiteral("test"), QStringLiteral("first"));
    }

    void highlighterColoursTokenClasses()
    {
        const QString text = QStringLiteral("permit (principal == User::\"alice\", action, resource)\n"
                                            "when { context.n > 42 && context.s == \"one\ntwo\" }; // end\n");
        CodeEditor editor;
        const CedarLexerBackend backend;
        editor.setHighlighting(&backend);
        editor.setPlainText(text);
        const QPalette pal = editor.palette();
        using cedar::TokenClass;
        const auto colour = [&](TokenClass c) { return policytheme::format(c, pal).foreground().color(); };
        const QTextDocument* doc = editor.document();
        QCOMPARE(colourAt(doc, text, QStringLiteral("permit")), colour(TokenClass::Keyword));
        QCOMPARE(colourAt(doc, text, QStringLiteral("principal")), colour(TokenClass::Keyword));
        QCOMPARE(colourAt(doc, text, QStringLiteral("User")), colour(TokenClass::EntityReference));
        QCOMPARE(colourAt(doc, text, QStringLiteral("\"alice\"")), colour(TokenClass::EntityReference));
        QCOMPARE(colourAt(doc, text, QStringLiteral("42")), colour(TokenClass::Number));
        QCOMPARE(colourAt(doc, text, QStringLiteral("// end")), colour(TokenClass::Comment));
        QCOMPARE(colourAt(doc, text, QStringLiteral("\"one")), colour(TokenClass::String));
        // The string goes on over the line break: "two\"" is string, and the `}` after it is not.
        QCOMPARE(colourAt(doc, text, QStringLiteral("two")), colour(TokenClass::String));
        QCOMPARE(colourAt(doc, text, QStringLiteral("}")), colour(TokenClass::Operator));
        QVERIFY(colour(TokenClass::Keyword) != colour(TokenClass::String));
        // Plain identifiers keep the default text format.
        QVERIFY(!formatAt(doc, int(text.indexOf(QStringLiteral(".n")) + 1)).hasProperty(QTextFormat::ForegroundBrush));
    }

    void syntaxErrorIsUnderlinedAfterTheCheckAndClearedWhenFixed()
    {
        CheckedEditor checked(new TextCheckFeed(&policychecks::checkPolicies));
        checked.resize(800, 600);
        checked.show();
        QSignalSpy spy(&checked, &CheckedEditor::checked);
        checked.setText(QStringLiteral("permit (principal, action, resource)\nwhen { context.n > 1 };\n"));
        QVERIFY(spy.wait());
        QCOMPARE(checked.problemList()->topLevelItemCount(), 0);

        // Type "+ " after "> 1": line 2 now ends "1 + }", and `}` cannot start an operand.
        CodeEditor* editor = checked.editor();
        QTextCursor cursor(editor->document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 2);
        editor->setTextCursor(cursor);
        spy.clear();
        QTest::keyClicks(editor, QStringLiteral("+ "));
        QCOMPARE(editor->document()->findBlockByNumber(1).text(), QStringLiteral("when { context.n > 1 + };"));
        // The check has not run yet: it waits for typing to pause, then runs on a worker thread.
        QVERIFY(checked.feed()->isChecking());
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait());
        QCOMPARE(checked.problemList()->topLevelItemCount(), 1);
        const QTreeWidgetItem* item = checked.problemList()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("2"));
        QCOMPARE(item->text(1), QStringLiteral("24"));
        QVERIFY(!item->text(2).isEmpty());
        const QList<QTextEdit::ExtraSelection> underlines = editor->diagnosticSelections();
        QCOMPARE(underlines.size(), 1);
        QCOMPARE(underlines.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(underlines.first().cursor.selectedText(), QStringLiteral("}"));
        QCOMPARE(editor->markedLines(), QList<int> { 1 });
        QCOMPARE(editor->problemAt(underlines.first().cursor.selectionStart(), false), item->text(2));
        QVERIFY(editor->extraSelections().size() >= 2); // the current line and the underline
        // Hovering the underlined text shows the message.
        QTextCursor under = underlines.first().cursor;
        under.setPosition(under.selectionStart());
        const QPoint at = editor->cursorRect(under).center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, at, editor->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(editor->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), item->text(2));

        // Clicking the problem puts the cursor on it.
        editor->moveCursor(QTextCursor::Start);
        checked.problemList()->itemClicked(checked.problemList()->topLevelItem(0), 0);
        QCOMPARE(editor->textCursor().position(), underlines.first().cursor.selectionStart());

        // Fix it: delete the "+ " again.
        cursor.setPosition(underlines.first().cursor.selectionStart());
        editor->setTextCursor(cursor);
        spy.clear();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QVERIFY(spy.wait());
        QCOMPARE(checked.problemList()->topLevelItemCount(), 0);
        QVERIFY(editor->diagnosticSelections().isEmpty());
        QVERIFY(editor->markedLines().isEmpty());
    }

    void largeFileIsCheckedOffTheGuiThread()
    {
        QString text;
        for (int i = 0; text.count(u'\n') < 5000; ++i)
            text += QStringLiteral("@id(\"p%1\")\npermit (principal == User::\"u%1\", action, resource)\n"
                                   "when { context.level > %1 };\n\n")
                        .arg(i);
        std::atomic<int> checks = 0;
        std::atomic<QThread*> checkedOn = nullptr;
        CheckedEditor checked(new TextCheckFeed([&](const QString& t) {
            ++checks;
            checkedOn = QThread::currentThread();
            return policychecks::checkPolicies(t);
        }));
        const CedarLexerBackend backend;
        checked.editor()->setHighlighting(&backend);
        checked.show();
        QSignalSpy spy(&checked, &CheckedEditor::checked);
        checked.setText(text);
        QVERIFY(spy.wait(30000));
        QVERIFY(checked.editor()->blockCount() > 5000);
        QCOMPARE(checked.problemList()->topLevelItemCount(), 0);
        QVERIFY(checkedOn.load() != nullptr);
        QVERIFY(checkedOn.load() != QThread::currentThread());

        // Typing never parses on the GUI thread: no check runs while the keys are handled.
        checked.editor()->moveCursor(QTextCursor::End);
        checkedOn = nullptr;
        spy.clear();
        const int before = checks;
        QTest::keyClicks(checked.editor(), QStringLiteral("forbid (principal, action, resource)"));
        QCOMPARE(checks.load(), before);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(30000));
        QCOMPARE(checks.load(), before + 1); // one check for the whole burst of typing
        QVERIFY(checkedOn.load() != QThread::currentThread());
        QCOMPARE(checked.problemList()->topLevelItemCount(), 1); // the forbid has no `;` yet
        QCOMPARE(checked.problemList()->topLevelItem(0)->text(0), QString::number(checked.editor()->blockCount()));
    }

    void entitiesErrorsArePositioned()
    {
        CheckedEditor checked(new TextCheckFeed(&policychecks::checkEntities));
        QSignalSpy spy(&checked, &CheckedEditor::checked);
        checked.setText(QStringLiteral("[\n  {\"uid\": {\"type\": \"User\", \"id\": \"alice\"}},\n  {\"uid\": }\n]"));
        QVERIFY(spy.wait());
        QCOMPARE(checked.problemList()->topLevelItemCount(), 1);
        QCOMPARE(checked.problemList()->topLevelItem(0)->text(0), QStringLiteral("3"));
        QCOMPARE(checked.problemList()->topLevelItem(0)->text(1), QStringLiteral("11"));

        // Valid JSON, but entity #2 has no uid: the problem is shown at that entity.
        checked.setText(
            QStringLiteral("[\n  {\"uid\": {\"type\": \"User\", \"id\": \"alice\"}},\n  {\"attrs\": {}}\n]"));
        QVERIFY(spy.wait());
        QCOMPARE(checked.problemList()->topLevelItemCount(), 1);
        QCOMPARE(checked.problemList()->topLevelItem(0)->text(0), QStringLiteral("3"));
        QCOMPARE(checked.problemList()->topLevelItem(0)->text(1), QStringLiteral("3"));
        QVERIFY(checked.problemList()->topLevelItem(0)->text(2).contains(QStringLiteral("entity #2")));
        QCOMPARE(
            checked.editor()->diagnosticSelections().first().cursor.selectedText(), QStringLiteral("{\"attrs\": {}}"));

        checked.setText(Entities);
        QVERIFY(spy.wait());
        QCOMPARE(checked.problemList()->topLevelItemCount(), 0);
        QCOMPARE(checked.feed()->result().names,
            QStringList({ QStringLiteral("User::\"alice\""), QStringLiteral("Group::\"engineers\""),
                QStringLiteral("Dashboard::\"latency\"") }));
    }

    void testBenchDecidesAndMarksTheDeterminingPolicy_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("context");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<QString>("determining");
        QTest::addRow("permitted") << "Action::\"read\""
                                   << "{\"mfa\": true}" << true << "engineers-read-prod";
        QTest::addRow("forbidden") << "Action::\"delete\""
                                   << "" << false << "no-prod-deletes";
        QTest::addRow("default deny") << "Action::\"read\""
                                      << "{\"mfa\": false}" << false << "";
    }

    void testBenchDecidesAndMarksTheDeterminingPolicy()
    {
        QFETCH(QString, action);
        QFETCH(QString, context);
        QFETCH(bool, allow);
        QFETCH(QString, determining);
        auto f = openPane();
        PolicyPane& pane = f->pane;
        QTRY_COMPARE_WITH_TIMEOUT(pane.policyEditor()->text(), Policies, 20000);
        QCOMPARE(pane.currentSet(), QStringLiteral("access"));
        pane.entitiesEditor()->setText(Entities);

        TestBench* bench = pane.testBench();
        bench->principalEdit()->setText(QStringLiteral("User::\"alice\""));
        bench->actionEdit()->setText(action);
        bench->resourceEdit()->setText(QStringLiteral("Dashboard::\"latency\""));
        bench->contextEdit()->setPlainText(context);
        QSignalSpy spy(bench, &TestBench::decided);
        QTest::mouseClick(bench->authorizeButton(), Qt::LeftButton);
        QVERIFY(spy.wait());
        QVERIFY2(bench->decision().decided, qPrintable(bench->decision().problem));
        QCOMPARE(bench->decision().allow, allow);
        QCOMPARE(bench->decisionLabel()->text(), allow ? QStringLiteral("ALLOW") : QStringLiteral("DENY"));
        const QList<QTextEdit::ExtraSelection> marks = pane.policyEditor()->editor()->markedSelections();
        if (determining.isEmpty()) {
            QCOMPARE(bench->determiningList()->count(), 0);
            QVERIFY(marks.isEmpty());
            return;
        }
        QCOMPARE(bench->determiningList()->count(), 1);
        QCOMPARE(bench->determiningList()->item(0)->text(), determining);
        QCOMPARE(marks.size(), 1);
        const QString marked = marks.first().cursor.selectedText();
        QVERIFY2(marked.startsWith(QStringLiteral("@id(\"%1\")").arg(determining)), qPrintable(marked));
        QVERIFY(marked.trimmed().endsWith(u';'));
        QCOMPARE(marks.first().format.background().color(), policytheme::markBackground(pane.palette(), allow));
    }

    void testBenchNamesABadRequest()
    {
        auto f = openPane();
        QTRY_COMPARE_WITH_TIMEOUT(f->pane.policyEditor()->text(), Policies, 20000);
        TestBench* bench = f->pane.testBench();
        bench->principalEdit()->setText(QStringLiteral("alice"));
        bench->actionEdit()->setText(QStringLiteral("Action::\"read\""));
        bench->resourceEdit()->setText(QStringLiteral("Dashboard::\"latency\""));
        QSignalSpy spy(bench, &TestBench::decided);
        bench->authorize();
        QVERIFY(spy.wait());
        QVERIFY(!bench->decision().decided);
        QVERIFY(bench->decision().problem.contains(QStringLiteral("Principal")));
        QCOMPARE(bench->errorList()->count(), 1);
    }

    void rollbackCreatesAVersionWithTheOldText()
    {
        PolicyRepository(m_db).saveVersion(QStringLiteral("access"),
            Policies + QStringLiteral("forbid (principal, action, resource) when { context.locked };\n"),
            QStringLiteral("test"), QStringLiteral("lock"));
        auto f = openPane();
        PolicyPane& pane = f->pane;
        QTRY_VERIFY_WITH_TIMEOUT(!pane.policyEditor()->text().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pane.historyView()->history().versions.size() >= 2, 20000);
        const QList<PolicyVersion> before = PolicyRepository(m_db).versions(QStringLiteral("access"));

        // The diff between version 1 and the latest shows the added forbid as a + line.
        PolicyHistoryView* history = pane.historyView();
        history->selectVersions({ 1, before.last().version });
        const QString diff = history->diffView()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("\n+forbid (principal, action, resource) when { context.locked };")),
            qPrintable(diff));
        history->selectVersions({ 1 });
        QVERIFY(history->rollbackButton()->isEnabled());

        QSignalSpy saved(&pane, &PolicyPane::saved);
        pane.rollback(1, false);
        QVERIFY(saved.wait());
        QVERIFY2(saved.first().first().value<PolicyWriteResult>().error.isEmpty(),
            qPrintable(saved.first().first().value<PolicyWriteResult>().error));
        const QList<PolicyVersion> after = PolicyRepository(m_db).versions(QStringLiteral("access"));
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.last().content, Policies);
        QTRY_COMPARE_WITH_TIMEOUT(pane.policyEditor()->text(), Policies, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->model()->rowCount(), after.size(), 20000);
        QVERIFY(!history->rollbackButton()->isEnabled()); // the newest version is selected
    }

    void decisionsAreRecordedAndTheChainVerifies()
    {
        auto f = openPane();
        PolicyPane& pane = f->pane;
        QTRY_COMPARE_WITH_TIMEOUT(pane.policyEditor()->text(), Policies, 20000);
        pane.entitiesEditor()->setText(Entities);
        TestBench* bench = pane.testBench();
        QTRY_VERIFY(bench->recordCheck()->isEnabled());
        bench->recordCheck()->setChecked(true);
        bench->principalEdit()->setText(QStringLiteral("User::\"alice\""));
        bench->actionEdit()->setText(QStringLiteral("Action::\"delete\""));
        bench->resourceEdit()->setText(QStringLiteral("Dashboard::\"latency\""));
        const qint64 before = AuditLog(m_db).count();
        QSignalSpy decided(bench, &TestBench::decided);
        bench->authorize();
        QVERIFY(decided.wait());
        QVERIFY(!bench->decision().allow);
        QCOMPARE(AuditLog(m_db).count(), before + 1);
        const AuditRecord last = AuditLog(m_db).records().last();
        QCOMPARE(last.principal, QStringLiteral("User::\"alice\""));
        QCOMPARE(last.determining, QStringList { QStringLiteral("policy1") });
        QCOMPARE(last.policySet, QStringLiteral("access")); // the stored text, unchanged
        QCOMPARE(last.policyHash, PolicyRepository(m_db).versions(QStringLiteral("access")).last().contentHash);
        QTableView* table = pane.auditView()->table();
        QTRY_COMPARE(table->model()->rowCount(), int(before + 1)); // the Audit tab follows a recorded decision
        QCOMPARE(table->model()->index(0, 0).data(SnapshotTableModel::SortRole).toLongLong(), last.seq); // newest first

        QSignalSpy verified(&pane, &PolicyPane::auditVerified);
        QTest::mouseClick(pane.auditView()->verifyButton(), Qt::LeftButton);
        QVERIFY(verified.wait());
        QVERIFY(!pane.auditView()->banner()->isHidden());
        QVERIFY2(pane.auditView()->banner()->text().contains(QString::number(before + 1)),
            qPrintable(pane.auditView()->banner()->text()));

        // Change a stored record behind the log's back: verification names it.
        {
            QSqlDatabase db = m_db->connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS policy_audit_no_update")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE policy_audit SET decision = 'allow' WHERE seq = %1").arg(last.seq)),
                qPrintable(q.lastError().text()));
        }
        verified.clear();
        pane.verifyAudit();
        QVERIFY(verified.wait());
        QVERIFY2(pane.auditView()->banner()->text().contains(QStringLiteral("Record %1 was changed").arg(last.seq)),
            qPrintable(pane.auditView()->banner()->text()));
    }

    void savingCreatesAVersion()
    {
        auto f = openPane();
        PolicyPane& pane = f->pane;
        QTRY_COMPARE_WITH_TIMEOUT(pane.policyEditor()->text(), Policies, 20000);
        const int before = int(PolicyRepository(m_db).versions(QStringLiteral("access")).size());
        CodeEditor* editor = pane.policyEditor()->editor();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("forbid (principal, action, resource) when { context.locked };"));
        QVERIFY(editor->document()->isModified());
        QSignalSpy saved(&pane, &PolicyPane::saved);
        pane.saveVersion(QStringLiteral("Lock everything when locked"));
        QVERIFY(saved.wait());
        const auto result = saved.first().first().value<PolicyWriteResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.version, before + 1);
        const QList<PolicyVersion> versions = PolicyRepository(m_db).versions(QStringLiteral("access"));
        QCOMPARE(versions.size(), before + 1);
        QCOMPARE(versions.last().message, QStringLiteral("Lock everything when locked"));
        QVERIFY(versions.last().content.contains(QStringLiteral("context.locked")));
        QVERIFY(!editor->document()->isModified());
        QTRY_COMPARE(f->feed.detailModel()->rowCount(), before + 1);
        QVERIFY(pane.policyEditor()->text().contains(QStringLiteral("context.locked")));
    }

    // The pane on the demo database, for docs/images/policy-pane.png:
    // TRACEO_SCREENSHOT_DIR=dir xvfb-run -a ./tst_policypane -platform xcb screenshot
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("TRACEO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("TRACEO_SCREENSHOT_DIR is not set");
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        buildDemoDatabase(path, 42, true);
        auto f = openPane(Database::open(DatabaseLocation::parse(path)));
        PolicyPane& pane = f->pane;
        pane.resize(1600, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(pane.policyEditor()->text().contains(QStringLiteral("no-prod-deletes")), 20000);
        TestBench* bench = pane.testBench();
        bench->principalEdit()->setText(QStringLiteral("Traceo::User::\"alice\""));
        bench->actionEdit()->setText(QStringLiteral("Traceo::Action::\"read\""));
        bench->resourceEdit()->setText(QStringLiteral("Traceo::Metrics::\"prod-api-latency\""));
        bench->contextEdit()->setPlainText(QStringLiteral("{\"mfa\": true, \"source_ip\": \"10.20.3.4\"}"));
        QSignalSpy decided(bench, &TestBench::decided);
        bench->authorize();
        QVERIFY(decided.wait());
        QVERIFY2(bench->decision().allow, qPrintable(bench->decision().problem));
        // A slip while editing the finance policy: the comma after its action is gone.
        CodeEditor* editor = pane.policyEditor()->editor();
        const QString missingComma
            = QStringLiteral("action == Traceo::Action::\"read\",\n    resource is Traceo::Billing");
        QTextCursor cursor(editor->document());
        cursor.setPosition(int(editor->toPlainText().indexOf(missingComma)) + 32);
        editor->setTextCursor(cursor);
        QSignalSpy checked(pane.policyEditor(), &CheckedEditor::checked);
        QTest::keyClick(editor, Qt::Key_Delete);
        QVERIFY(checked.wait());
        QCOMPARE(pane.policyEditor()->problemList()->topLevelItemCount(), 1);
        editor->moveCursor(QTextCursor::Start);
        QTest::qWait(200);
        QVERIFY(pane.grab().save(dir + QStringLiteral("/policy-pane.png")));
        // The store's tabs, to look at.
        QSignalSpy verified(&pane, &PolicyPane::auditVerified);
        pane.verifyAudit();
        QVERIFY(verified.wait());
        for (QWidget* tab : { static_cast<QWidget*>(pane.historyView()), static_cast<QWidget*>(pane.auditView()),
                 static_cast<QWidget*>(pane.reportView()) }) {
            pane.tabs()->setCurrentWidget(tab);
            QTest::qWait(100);
            QVERIFY(pane.grab().save(dir + QStringLiteral("/policy-tab-%1.png").arg(pane.tabs()->currentIndex())));
        }
        // The same on a dark palette: the highlighter and the marks follow it.
        QPalette dark;
        for (const auto& [role, colour] :
            { std::pair { QPalette::Window, "#2b2b2b" }, { QPalette::WindowText, "#dddddd" },
                { QPalette::Base, "#1e1e1e" }, { QPalette::AlternateBase, "#262626" }, { QPalette::Text, "#dddddd" },
                { QPalette::Button, "#3a3a3a" }, { QPalette::ButtonText, "#dddddd" },
                { QPalette::PlaceholderText, "#8a8a8a" }, { QPalette::Highlight, "#2f65ca" } })
            dark.setColor(role, QColor::fromString(QLatin1String(colour)));
        QApplication::setPalette(dark);
        pane.tabs()->setCurrentWidget(pane.policyEditor());
        bench->authorize();
        QVERIFY(decided.wait());
        QTest::qWait(100);
        QVERIFY(pane.grab().save(dir + QStringLiteral("/policy-pane-dark.png")));
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestPolicyPane)
#include "tst_policypane.moc"
