#pragma once

#include "policyoperations.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace traceo {

class SnapshotTableModel;

/// The versions of a policy set, newest first, and the changes between them: one selected version
/// against the one before it, or the first and last of several selected. A version can be rolled
/// back to, which saves its text again as the newest version.
class PolicyHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyHistoryView(QWidget* parent = nullptr);

    void setHistory(PolicyHistory history);
    const PolicyHistory& history() const { return m_history; }

    QTableView* table() const { return m_table; }
    QPlainTextEdit* diffView() const { return m_diff; }
    QPushButton* rollbackButton() const { return m_rollback; }
    /// Selects the versions (by number) whose changes to show.
    void selectVersions(const QList<int>& versions);

Q_SIGNALS:
    void rollbackRequested(int version);

private:
    void showSelection();
    QList<int> selectedVersions() const;

    PolicyHistory m_history;
    SnapshotTableModel* m_model;
    QTableView* m_table;
    QLabel* m_diffTitle;
    QPlainTextEdit* m_diff;
    QPushButton* m_rollback;
};

} // namespace traceo
