#include "timewindowstate.h"

#include <QLocale>

namespace traceo {

TimeWindowState::TimeWindowState(QObject* parent)
    : QObject(parent)
{ }

void TimeWindowState::setWindow(const TimeWindow& window)
{
    if (window == m_window)
        return;
    m_window = window;
    Q_EMIT changed(m_window);
}

QString TimeWindowState::label() const
{
    return label(m_window);
}

QString TimeWindowState::label(const TimeWindow& window)
{
    switch (window.kind()) {
    case TimeWindow::Preset::LastHour:
        return tr("Last hour");
    case TimeWindow::Preset::Last6Hours:
        return tr("Last 6 hours");
    case TimeWindow::Preset::LastDay:
        return tr("Last day");
    case TimeWindow::Preset::Last7Days:
        return tr("Last 7 days");
    case TimeWindow::Preset::Last30Days:
        return tr("Last 30 days");
    case TimeWindow::Preset::Custom:
        break;
    }
    const QLocale locale;
    return tr("%1 to %2")
        .arg(locale.toString(window.from().toLocalTime(), QLocale::ShortFormat),
            locale.toString(window.to().toLocalTime(), QLocale::ShortFormat));
}

} // namespace traceo
