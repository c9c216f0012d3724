#pragma once

#include "policyoperations.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace traceo {

class SnapshotTableModel;

/// The audit log of decisions, newest first, and its verification: a banner says whether the
/// hash chain holds, or which record was changed.
class PolicyAuditView : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyAuditView(QWidget* parent = nullptr);

    void setPage(const PolicyAuditPage& page);
    void setVerification(const AuditVerification& verification);
    /// Hides the banner until the next verification (the log changed).
    void clearVerification();

    QTableView* table() const { return m_table; }
    QLabel* banner() const { return m_banner; }
    QPushButton* verifyButton() const { return m_verify; }

Q_SIGNALS:
    void verifyRequested();
    void refreshRequested();

private:
    SnapshotTableModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_banner;
    QPushButton* m_verify;
};

/// The report over the latest version of a policy set: per policy how often it decided or failed in
/// the audit history, and which permits are shadowed by forbids or duplicate earlier policies.
class PolicyReportView : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyReportView(QWidget* parent = nullptr);

    void setReport(const PolicyReportResult& result);
    QTableView* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    SnapshotTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace traceo
