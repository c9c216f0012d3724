#pragma once

#include "core/timewindow.h"

#include <QObject>

namespace traceo {

/// The one time window the whole window follows. Panes and the time-window bar share it.
class TimeWindowState : public QObject
{
    Q_OBJECT
public:
    explicit TimeWindowState(QObject* parent = nullptr);

    TimeWindow window() const { return m_window; }
    /// Emits changed() when the window differs from the current one.
    void setWindow(const TimeWindow& window);
    /// "Last 6 hours", or the custom range in the user's locale.
    QString label() const;
    static QString label(const TimeWindow& window);

Q_SIGNALS:
    void changed(const traceo::TimeWindow& window);

private:
    TimeWindow m_window = TimeWindow::preset(TimeWindow::Preset::LastDay);
};

} // namespace traceo
