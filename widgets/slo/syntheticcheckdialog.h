#pragma once

#include "slo/syntheticcheck.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace traceo {

/// Asks for a new synthetic HTTP check and its SLO. OK is enabled only while every field is valid;
/// the first problem is shown in words. The dialog stores nothing: the caller saves check() and slo()
/// (SyntheticCheckRepository::addCheck, off the GUI thread) and then reloads the runner.
class SyntheticCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyntheticCheckDialog(QWidget* parent = nullptr);

    /// The check as entered (ids 0). Meaningful while problem() is empty.
    SyntheticCheck check() const;
    /// The SLO the check feeds: its service, the check's name, objective (ratio) and period.
    SloDefinition slo() const;
    /// The first problem of the form, or an empty string when OK is enabled.
    QString problem() const { return m_problemText; }

private:
    void validate();

    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_method;
    QLineEdit* m_expect;
    QSpinBox* m_latency;
    QSpinBox* m_timeout;
    QSpinBox* m_interval;
    QLineEdit* m_body;
    QLineEdit* m_service;
    QDoubleSpinBox* m_objective;
    QSpinBox* m_period;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_problemText;
};

} // namespace traceo
