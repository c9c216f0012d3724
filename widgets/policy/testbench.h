#pragma once

#include "policychecks.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace traceo {

/// Asks the policies one question: may this principal do this action on this resource, in this
/// context? Shows Cedar's decision, the policies that made it and the policies that failed. The
/// decision is computed on a worker thread (a large policy set takes a while to parse).
class TestBench : public QWidget
{
    Q_OBJECT
public:
    explicit TestBench(QWidget* parent = nullptr);

    /// What the bench decides against when it runs: the policies, entities and schema of a request.
    void setSource(std::function<policychecks::Request()> source);
    /// Records a decision in the audit log; runs on a worker thread and returns what to tell the user.
    using Recorder = std::function<QString(const policychecks::Request&, const AuditEntry&)>;
    /// Offers "Record in audit log" while a recorder is set.
    void setRecorder(Recorder recorder);
    /// Entity uids offered while typing the principal, action and resource.
    void setCompletions(const QStringList& uids);

    QLineEdit* principalEdit() const { return m_principal; }
    QLineEdit* actionEdit() const { return m_action; }
    QLineEdit* resourceEdit() const { return m_resource; }
    QPlainTextEdit* contextEdit() const { return m_context; }
    QPushButton* authorizeButton() const { return m_authorize; }
    QCheckBox* recordCheck() const { return m_record; }
    QLabel* decisionLabel() const { return m_decisionLabel; }
    QListWidget* determiningList() const { return m_determining; }
    QListWidget* errorList() const { return m_errors; }

    const policychecks::Decision& decision() const { return m_decision; }
    /// The request the last decision answered.
    const policychecks::Request& request() const { return m_request; }

    void authorize();

Q_SIGNALS:
    /// decision() holds a new answer.
    void decided();
    /// The user picked a determining policy: it starts at `pos` in the policy text.
    void policyActivated(qsizetype pos);

protected:
    void changeEvent(QEvent* event) override;

private:
    void show(policychecks::Decision decision, const QString& recorded);
    void paintDecision();

    std::function<policychecks::Request()> m_source;
    Recorder m_recorder;
    QLineEdit* m_principal;
    QLineEdit* m_action;
    QLineEdit* m_resource;
    QPlainTextEdit* m_context;
    QPushButton* m_authorize;
    QCheckBox* m_record;
    QLabel* m_decisionLabel;
    QLabel* m_decisionDetail;
    QListWidget* m_determining;
    QListWidget* m_errors;
    QStringListModel* m_completions;
    policychecks::Request m_request;
    policychecks::Decision m_decision;
    quint64 m_generation = 0;
    bool m_hasDecision = false;
};

} // namespace traceo
