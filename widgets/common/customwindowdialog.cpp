#include "customwindowdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace traceo {

CustomWindowDialog::CustomWindowDialog(const TimeWindow& current, QWidget* parent)
    : QDialog(parent)
    , m_from(new QDateTimeEdit(current.from().toLocalTime(), this))
    , m_to(new QDateTimeEdit(current.to().toLocalTime(), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Custom time window"));
    for (QDateTimeEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CustomWindowDialog::validate);
    }
    m_problem->setForegroundRole(QPalette::BrightText);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

TimeWindow CustomWindowDialog::window() const
{
    return TimeWindow::custom(m_from->dateTime(), m_to->dateTime());
}

void CustomWindowDialog::validate()
{
    const bool ok = m_from->dateTime() < m_to->dateTime();
    m_problem->setText(ok ? QString() : tr("The window must end after it starts."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace traceo
