#include "opencostjson.h"

#include "core/error.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cmath>

namespace traceo::cost {

namespace {

QString shown(const QJsonValue& v)
{
    QString text;
    switch (v.type()) {
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        text = v.toString();
        return QStringLiteral("“%1”").arg(text.size() > 60 ? text.left(60) + QStringLiteral("…") : text);
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isIdentifier(const QString& key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
}

} // namespace

void OpenCostJson::fail(const QString& path, const QString& problem) const
{
    throw Error(QStringLiteral("%1: %2: %3").arg(m_name, path, problem));
}

QString OpenCostJson::member(const QString& path, const QString& key)
{
    return isIdentifier(key) ? path + u'.' + key : quotedKey(path, key);
}

QString OpenCostJson::index(const QString& path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString OpenCostJson::quotedKey(const QString& path, const QString& key)
{
    QString escaped = key.size() > 120 ? key.left(120) + QStringLiteral("…") : key;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QJsonObject OpenCostJson::object(const QJsonValue& v, const QString& path, bool nullable) const
{
    if (v.isObject())
        return v.toObject();
    if (nullable && (v.isNull() || v.isUndefined()))
        return {};
    fail(path, tr("expected an object, not %1").arg(shown(v)));
}

double OpenCostJson::number(const QJsonObject& o, const QString& key, const QString& path) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nan("");
    if (!v.isDouble())
        fail(member(path, key), tr("expected a number, not %1").arg(shown(v)));
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::abs(d) > kMaxAmount)
        fail(member(path, key), tr("%1 is out of range").arg(shown(v)));
    return d;
}

QString OpenCostJson::text(const QJsonObject& o, const QString& key, const QString& path) const
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(member(path, key), tr("expected a string, not %1").arg(shown(v)));
    return v.toString();
}

QString OpenCostJson::labels(const QJsonObject& o, const QString& key, const QString& path) const
{
    const QJsonObject map = object(o.value(key), member(path, key));
    if (map.isEmpty())
        return {};
    for (auto it = map.begin(); it != map.end(); ++it)
        if (!it.value().isString())
            fail(quotedKey(member(path, key), it.key()), tr("expected a string, not %1").arg(shown(it.value())));
    return QString::fromUtf8(QJsonDocument(map).toJson(QJsonDocument::Compact));
}

std::int64_t OpenCostJson::seconds(const QJsonObject& w, const QString& key, const QString& path) const
{
    const QString text = this->text(w, key, path);
    const auto cached = m_times.constFind(text);
    if (cached != m_times.constEnd())
        return *cached;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    // OpenCost writes RFC 3339 times; an open window has the string "null".
    if (!t.isValid() || text.size() < 19 || t.date().year() < 1970 || t.date().year() > 9999)
        fail(member(path, key), tr("expected an RFC 3339 time, not %1").arg(shown(w.value(key))));
    return *m_times.insert(text, t.toSecsSinceEpoch());
}

OpenCostJson::Window OpenCostJson::window(const QJsonObject& o, const QString& key, const QString& path) const
{
    const QString at = member(path, key);
    if (!o.contains(key))
        fail(at, tr("the window is missing"));
    const QJsonObject w = object(o.value(key), at, false);
    const std::int64_t start = seconds(w, QStringLiteral("start"), at);
    const std::int64_t end = seconds(w, QStringLiteral("end"), at);
    if (end < start)
        fail(at, tr("the window ends before it starts"));
    Window hours;
    hours.start = std::int32_t(start / 3600);
    hours.end = std::int32_t(std::max<std::int64_t>((end + 3599) / 3600, hours.start + 1));
    return hours;
}

} // namespace traceo::cost
