#pragma once

#include "common/panebase.h"
#include "policy/policydemo.h"
#include "policychecks.h"
#include "policyoperations.h"

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace traceo {

class CheckedEditor;
class PolicyAuditView;
class PolicyHistoryView;
class PolicyReportView;
class PolicyHighlighterBackend;
class TestBench;

/// Policies: the policy sets on the left; in the middle the selected set's latest version in a Cedar
/// editor checked as you type, and the entities the policies are tested against; on the right a test
/// bench that asks the policies for a decision. Saving creates a new version of the set.
class PolicyPane : public PaneBase
{
    Q_OBJECT
public:
    PolicyPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent = nullptr);
    ~PolicyPane() override;

    QStringList importKinds() const override;
    QStringList exportKinds() const override;

    QTableView* setTable() const { return m_sets; }
    QTabWidget* tabs() const { return m_tabs; }
    CheckedEditor* policyEditor() const { return m_policies; }
    CheckedEditor* entitiesEditor() const { return m_entities; }
    TestBench* testBench() const { return m_bench; }
    PolicyHistoryView* historyView() const { return m_history; }
    PolicyAuditView* auditView() const { return m_audit; }
    PolicyReportView* reportView() const { return m_report; }
    /// The policy set the editor holds.
    QString currentSet() const { return m_loadedSet; }

    /// Saves the editor's text as a new version of the current set with `message` (asks for one
    /// when empty). The result arrives in `saved`.
    void saveVersion(const QString& message = QString());
    /// Reads entities JSON from `path` into the entities editor; false (with a message box) on failure.
    bool openEntities(const QString& path);
    /// Rolls the current set back to `version` (a new version with its text); asks first when `confirm`.
    void rollback(int version, bool confirm = true);
    /// Reloads the History, Audit and Report tabs from the store.
    void refreshStoreViews();
    /// Verifies the audit log's hash chain; the banner shows the outcome.
    void verifyAudit();

Q_SIGNALS:
    void saved(const PolicyWriteResult& result);
    void storeViewsRefreshed();
    void auditVerified();

private:
    QWidget* createSetList();
    QWidget* createEditorArea();
    void createStoreTabs();
    policychecks::Request benchSource() const;
    void selectSet(const QModelIndex& current, const QModelIndex& previous);
    void selectRememberedSet();
    void showLatest();
    void newSet();
    void revert();
    void finishSave(const PolicyWriteResult& result);
    void saveEntities();
    void updateCompletions();
    void showDecision();
    void updateTitle();

    std::unique_ptr<PolicyHighlighterBackend> m_highlighting;
    QTableView* m_sets = nullptr;
    DefaultPolicySet m_defaults;
    QTabWidget* m_tabs = nullptr;
    CheckedEditor* m_policies = nullptr;
    CheckedEditor* m_entities = nullptr;
    TestBench* m_bench = nullptr;
    PolicyHistoryView* m_history = nullptr;
    PolicyAuditView* m_audit = nullptr;
    PolicyReportView* m_report = nullptr;
    QCheckBox* m_schema = nullptr;
    QLabel* m_setTitle = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QString m_loadedSet;
    QString m_entitiesPath;
    bool m_reselecting = false;
    quint64 m_storeGeneration = 0;
};

} // namespace traceo
