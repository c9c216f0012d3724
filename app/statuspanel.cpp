#include "statuspanel.h"

#include "databaseopener.h"
#include "sourceprobe.h"

#include <QHBoxLayout>
#include <QLabel>

namespace traceo {

StatusPanel::StatusPanel(QWidget* parent)
    : QWidget(parent)
    , m_database(new QLabel(this))
    , m_sourceLayout(new QHBoxLayout)
{
    m_database->setObjectName(QStringLiteral("databaseStatus"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_database);
    layout->addSpacing(16);
    layout->addLayout(m_sourceLayout);
    layout->addStretch(1);
}

void StatusPanel::setDatabase(const DatabaseInfo& info)
{
    m_database->setText(tr("Database: %1 (schema %2)").arg(info.display).arg(info.schemaVersion));
    m_database->setToolTip(info.engineVersion);
}

void StatusPanel::setSources(const QList<DataSource>& sources)
{
    qDeleteAll(m_sources);
    m_sources.clear();
    m_sourceInfo.clear();
    if (sources.isEmpty()) {
        auto* label = new QLabel(tr("No data sources (File > Settings…)"), this);
        m_sourceLayout->addWidget(label);
        m_sources.insert(QString(), label);
    }
    for (const DataSource& source : sources) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("sourceStatus-") + source.name);
        m_sourceLayout->addWidget(label);
        m_sources.insert(source.name, label);
        m_sourceInfo.insert(source.name, source);
        setSourceState(source.name, SourceProbe::stateText(SourceProbe::State::NotChecked));
    }
}

void StatusPanel::setSourceState(const QString& name, const QString& state, const QString& detail)
{
    QLabel* label = m_sources.value(name);
    if (!label)
        return;
    label->setText(tr("%1: %2").arg(name, state));
    const DataSource source = m_sourceInfo.value(name);
    label->setToolTip(detail.isEmpty() ? source.url : source.url + u'\n' + detail);
}

QString StatusPanel::databaseText() const
{
    return m_database->text();
}

QString StatusPanel::sourceText(const QString& name) const
{
    const QLabel* label = m_sources.value(name);
    return label ? label->text() : QString();
}

} // namespace traceo
