#include "timewindowbar.h"

#include "customwindowdialog.h"
#include "timewindowstate.h"

#include <QActionGroup>
#include <QLabel>

namespace traceo {

TimeWindowBar::TimeWindowBar(TimeWindowState* state, QWidget* parent)
    : QToolBar(tr("Time window"), parent)
    , m_state(state)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("timeWindowBar"));
    addWidget(new QLabel(tr("Time window:"), this));
    const std::pair<TimeWindow::Preset, QString> presets[] = {
        { TimeWindow::Preset::LastHour, tr("Last 1h") },
        { TimeWindow::Preset::Last6Hours, tr("6h") },
        { TimeWindow::Preset::LastDay, tr("1d") },
        { TimeWindow::Preset::Last7Days, tr("7d") },
        { TimeWindow::Preset::Last30Days, tr("30d") },
        { TimeWindow::Preset::Custom, tr("Custom…") },
    };
    for (const auto& [preset, text] : presets) {
        QAction* action = addAction(text);
        action->setCheckable(true);
        m_group->addAction(action);
        m_actions.append({ preset, action });
        if (preset == TimeWindow::Preset::Custom) {
            action->setToolTip(tr("Choose a start and an end"));
            connect(action, &QAction::triggered, this, &TimeWindowBar::chooseCustom);
        } else {
            action->setToolTip(TimeWindowState::label(TimeWindow::preset(preset)));
            connect(
                action, &QAction::triggered, this, [this, p = preset] { m_state->setWindow(TimeWindow::preset(p)); });
        }
    }
    connect(m_state, &TimeWindowState::changed, this, &TimeWindowBar::sync);
    sync();
}

QAction* TimeWindowBar::action(TimeWindow::Preset preset) const
{
    for (const auto& [p, action] : m_actions) {
        if (p == preset)
            return action;
    }
    return nullptr;
}

void TimeWindowBar::chooseCustom()
{
    CustomWindowDialog dialog(m_state->window(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_state->setWindow(dialog.window());
    sync();
}

void TimeWindowBar::sync()
{
    if (QAction* current = action(m_state->window().kind()))
        current->setChecked(true);
    action(TimeWindow::Preset::Custom)
        ->setToolTip(m_state->window().kind() == TimeWindow::Preset::Custom ? m_state->label()
                                                                            : tr("Choose a start and an end"));
}

} // namespace traceo
