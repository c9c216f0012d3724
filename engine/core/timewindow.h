#pragma once

#include <QDateTime>
#include <QString>

namespace traceo {

/// The time window every pane follows: a preset relative to now, or a custom absolute range.
class TimeWindow
{
public:
    enum class Preset { LastHour, Last6Hours, LastDay, Last7Days, Last30Days, Custom };

    TimeWindow() = default;
    static TimeWindow preset(Preset p);
    /// Throws traceo::Error when `to` is not after `from`.
    static TimeWindow custom(const QDateTime& from, const QDateTime& to);
    /// Parses "1h", "6h", "1d", "7d", "30d" or "FROM/TO" (RFC 3339); throws traceo::Error naming the text.
    static TimeWindow parse(const QString& text);

    Preset kind() const { return m_preset; }
    /// The absolute range at `now` (for presets) or the custom range.
    QDateTime from(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    QDateTime to(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    qint64 seconds() const;
    /// "1h", "6h", … or "FROM/TO".
    QString toString() const;

    bool operator==(const TimeWindow& other) const = default;

private:
    Preset m_preset = Preset::LastDay;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace traceo
