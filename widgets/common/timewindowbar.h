#pragma once

#include "core/timewindow.h"

#include <QToolBar>

class QActionGroup;

namespace traceo {

class TimeWindowState;

/// The toolbar that sets the shared time window: Last 1h / 6h / 1d / 7d / 30d and Custom….
class TimeWindowBar : public QToolBar
{
    Q_OBJECT
public:
    explicit TimeWindowBar(TimeWindowState* state, QWidget* parent = nullptr);

    /// The action for a preset (or Custom), for tests and shortcuts.
    QAction* action(TimeWindow::Preset preset) const;

private:
    void chooseCustom();
    void sync();

    TimeWindowState* m_state;
    QActionGroup* m_group;
    QList<std::pair<TimeWindow::Preset, QAction*>> m_actions;
};

} // namespace traceo
