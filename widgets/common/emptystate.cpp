#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace traceo {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_buttonLayout(new QVBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setMinimumWidth(320);
    m_description->setMaximumWidth(560);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    // A word-wrapped label gets its height for its width only without an alignment flag.
    auto* centered = new QHBoxLayout;
    centered->addStretch(1);
    centered->addWidget(m_description, 4);
    centered->addStretch(1);
    layout->addLayout(centered);
    layout->addSpacing(12);
    layout->addLayout(m_buttonLayout);
    layout->addStretch(2);
    m_buttonLayout->setAlignment(Qt::AlignHCenter);
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString EmptyState::title() const
{
    return m_title->text();
}

void EmptyState::setDescription(const QString& description)
{
    m_description->setText(description);
}

QString EmptyState::description() const
{
    return m_description->text();
}

QPushButton* EmptyState::addAction(const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setDefault(m_buttons.isEmpty());
    button->setMinimumWidth(220);
    m_buttonLayout->addWidget(button, 0, Qt::AlignHCenter);
    m_buttons.append(button);
    return button;
}

} // namespace traceo
