#include "timewindow.h"

#include "error.h"

#include <QCoreApplication>

#include <array>

namespace traceo {

namespace {
struct PresetInfo
{
    TimeWindow::Preset preset;
    const char16_t* key;
    qint64 seconds;
};
constexpr std::array<PresetInfo, 5> kPresets { {
    { TimeWindow::Preset::LastHour, u"1h", 3600 },
    { TimeWindow::Preset::Last6Hours, u"6h", 6 * 3600 },
    { TimeWindow::Preset::LastDay, u"1d", 86400 },
    { TimeWindow::Preset::Last7Days, u"7d", 7 * 86400 },
    { TimeWindow::Preset::Last30Days, u"30d", 30 * 86400 },
} };
} // namespace

TimeWindow TimeWindow::preset(Preset p)
{
    TimeWindow w;
    w.m_preset = p;
    return w;
}

TimeWindow TimeWindow::custom(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        throw Error(QCoreApplication::translate("traceo::TimeWindow", "The time window must end after it starts (%1 to %2)")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    TimeWindow w;
    w.m_preset = Preset::Custom;
    w.m_from = from.toUTC();
    w.m_to = to.toUTC();
    return w;
}

TimeWindow TimeWindow::parse(const QString& text)
{
    for (const PresetInfo& info : kPresets) {
        if (text == QStringView(info.key))
            return preset(info.preset);
    }
    const qsizetype slash = text.indexOf(u'/');
    if (slash > 0) {
        const QDateTime from = QDateTime::fromString(text.left(slash), Qt::ISODateWithMs);
        const QDateTime to = QDateTime::fromString(text.mid(slash + 1), Qt::ISODateWithMs);
        if (from.isValid() && to.isValid())
            return custom(from, to);
    }
    throw Error(QCoreApplication::translate("traceo::TimeWindow",
        "Unknown time window \"%1\": use 1h, 6h, 1d, 7d, 30d or FROM/TO in RFC 3339")
                    .arg(text));
}

qint64 TimeWindow::seconds() const
{
    if (m_preset == Preset::Custom)
        return m_from.secsTo(m_to);
    for (const PresetInfo& info : kPresets) {
        if (info.preset == m_preset)
            return info.seconds;
    }
    return 0;
}

QDateTime TimeWindow::from(const QDateTime& now) const
{
    return m_preset == Preset::Custom ? m_from : now.toUTC().addSecs(-seconds());
}

QDateTime TimeWindow::to(const QDateTime& now) const
{
    return m_preset == Preset::Custom ? m_to : now.toUTC();
}

QString TimeWindow::toString() const
{
    for (const PresetInfo& info : kPresets) {
        if (info.preset == m_preset)
            return QString::fromUtf16(info.key);
    }
    return m_from.toString(Qt::ISODate) + u'/' + m_to.toString(Qt::ISODate);
}

} // namespace traceo
