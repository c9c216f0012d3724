// The Policy pane's tabs over the policy store: History, Audit and Report, and rollback.
#include "checkededitor.h"
#include "codeeditor.h"
#include "onresult.h"
#include "panefeed.h"
#include "policyauditview.h"
#include "policyhistoryview.h"
#include "policypane.h"
#include "testbench.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

void PolicyPane::createStoreTabs()
{
    m_history = new PolicyHistoryView(this);
    m_audit = new PolicyAuditView(this);
    m_report = new PolicyReportView(this);
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_audit, tr("Audit"));
    m_tabs->addTab(m_report, tr("Report"));
    connect(m_history, &PolicyHistoryView::rollbackRequested, this, [this](int version) { rollback(version); });
    connect(m_audit, &PolicyAuditView::verifyRequested, this, &PolicyPane::verifyAudit);
    connect(m_audit, &PolicyAuditView::refreshRequested, this, &PolicyPane::refreshStoreViews);
    connect(m_bench, &TestBench::decided, this, [this] {
        if (m_bench->recordCheck()->isChecked())
            refreshStoreViews();
    });
}

void PolicyPane::refreshStoreViews()
{
    const std::shared_ptr<Database> db = feed()->database();
    if (!db)
        return;
    const quint64 generation = ++m_storeGeneration;
    const QString set = m_loadedSet;
    struct StoreViews
    {
        PolicyHistory history;
        PolicyAuditPage audit;
        PolicyReportResult report;
    };
    onResult(this, QtConcurrent::run([db, set] {
        StoreViews v;
        v.history = policyoperations::history(db, set);
        v.audit = policyoperations::auditRecords(db, 1000);
        if (!set.isEmpty())
            v.report = policyoperations::report(db, set);
        return v;
    }),
        [this, generation](const StoreViews& v) {
            if (generation != m_storeGeneration)
                return;
            m_history->setHistory(v.history);
            m_audit->setPage(v.audit);
            m_audit->clearVerification();
            m_report->setReport(v.report);
            Q_EMIT storeViewsRefreshed();
        });
}

void PolicyPane::verifyAudit()
{
    const std::shared_ptr<Database> db = feed()->database();
    if (!db)
        return;
    m_audit->verifyButton()->setEnabled(false);
    onResult(this, QtConcurrent::run(&policyoperations::verifyAudit, db), [this](const AuditVerification& v) {
        m_audit->verifyButton()->setEnabled(true);
        m_audit->setVerification(v);
        Q_EMIT auditVerified();
    });
}

void PolicyPane::rollback(int version, bool confirm)
{
    const std::shared_ptr<Database> db = feed()->database();
    if (!db || m_loadedSet.isEmpty())
        return;
    if (confirm
        && QMessageBox::question(this, tr("Roll back"),
               tr("Save the text of version %1 of “%2” as its newest version? No version is deleted.")
                   .arg(version)
                   .arg(m_loadedSet))
            != QMessageBox::Yes)
        return;
    if (m_policies->editor()->document()->isModified())
        m_policies->editor()->document()->setModified(false); // the rolled-back text replaces the edits
    onResult(this,
        QtConcurrent::run(&policyoperations::rollback, db, m_loadedSet, version, policyoperations::currentAuthor()),
        [this](const PolicyWriteResult& result) {
            if (!result.error.isEmpty()) {
                QMessageBox::warning(this, tr("Rollback failed"), result.error);
            } else {
                m_policies->editor()->document()->setModified(false);
                feed()->reload();
            }
            Q_EMIT saved(result);
        });
}

} // namespace traceo
