#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <cstdint>

namespace traceo::cost {

/// Typed reads of OpenCost JSON values (internal to OpenCostReader). Every failure throws a
/// traceo::Error "NAME: PATH: problem" with PATH a JSONPath ($.data[0]["kube-system"].cpuCost).
class OpenCostJson
{
    Q_DECLARE_TR_FUNCTIONS(traceo::cost::OpenCostReader)
public:
    /// Costs beyond this are refused, so that no sum of a response can overflow.
    static constexpr double kMaxAmount = 1e15;

    explicit OpenCostJson(QString name)
        : m_name(std::move(name))
    { }

    [[noreturn]] void fail(const QString& path, const QString& problem) const;

    static QString member(const QString& path, const QString& key); ///< path.key
    static QString index(const QString& path, qsizetype i); ///< path[i]
    static QString quotedKey(const QString& path, const QString& key); ///< path["key"]

    /// The object at `path`; null gives an empty object when `nullable`.
    QJsonObject object(const QJsonValue& v, const QString& path, bool nullable = true) const;
    /// A number of `o`: NaN when missing or null (OpenCost writes NaN and infinities as null).
    double number(const QJsonObject& o, const QString& key, const QString& path) const;
    /// A string of `o`: empty when missing or null.
    QString text(const QJsonObject& o, const QString& key, const QString& path) const;
    /// A label map (string to string) as a compact JSON object, or an empty string when there are none.
    QString labels(const QJsonObject& o, const QString& key, const QString& path) const;

    struct Window
    {
        std::int32_t start = 0; ///< hours since the epoch, rounded down
        std::int32_t end = 0; ///< rounded up; at least start + 1
    };
    /// A window {"start": RFC 3339, "end": RFC 3339} of `o`.
    Window window(const QJsonObject& o, const QString& key, const QString& path) const;

private:
    std::int64_t seconds(const QJsonObject& w, const QString& key, const QString& path) const;

    QString m_name;
    mutable QHash<QString, std::int64_t> m_times; ///< windows repeat across items: parse each once
};

} // namespace traceo::cost
