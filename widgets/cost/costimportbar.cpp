#include "costimportbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace traceo {

CostImportBar::CostImportBar(QWidget* parent)
    : QWidget(parent)
    , m_what(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_stage(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("costImportBar"));
    m_bar->setObjectName(QStringLiteral("costImportProgress"));
    m_cancel->setObjectName(QStringLiteral("costImportCancel"));
    m_cancel->setToolTip(tr("Stop the import: nothing of it is stored"));
    m_what->setTextFormat(Qt::PlainText);
    m_bar->setMinimumWidth(240);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%p %"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_stage->setText(tr("Canceling…"));
        Q_EMIT cancelRequested();
    });
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_what);
    row->addWidget(m_bar, 1);
    row->addWidget(m_stage);
    row->addWidget(m_cancel);
    hide();
}

void CostImportBar::start(const QString& what)
{
    m_what->setText(what);
    m_bar->setRange(0, 0); // busy until the first progress arrives
    m_stage->clear();
    m_cancel->setEnabled(true);
    show();
}

void CostImportBar::setProgress(int value, int maximum, const QString& text)
{
    m_bar->setRange(0, maximum);
    m_bar->setValue(value);
    if (m_cancel->isEnabled())
        m_stage->setText(text);
}

void CostImportBar::finish()
{
    hide();
}

QString CostImportBar::text() const
{
    return m_stage->text();
}

} // namespace traceo
