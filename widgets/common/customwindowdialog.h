#pragma once

#include "core/timewindow.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace traceo {

/// Asks for a custom time window: two date-time edits, validated before OK is enabled.
class CustomWindowDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomWindowDialog(const TimeWindow& current, QWidget* parent = nullptr);

    TimeWindow window() const;
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }

private:
    void validate();

    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace traceo
