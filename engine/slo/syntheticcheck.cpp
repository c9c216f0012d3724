#include "syntheticcheck.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QUrl>

namespace traceo {

namespace {

bool isHttpMethodToken(const QString& method)
{
    if (method.isEmpty())
        return false;
    for (const QChar c : method)
        if (!(c >= u'A' && c <= u'Z'))
            return false;
    return true;
}

} // namespace

bool StatusRanges::contains(int status) const
{
    for (const auto& [from, to] : ranges)
        if (status >= from && status <= to)
            return true;
    return false;
}

QString StatusRanges::toString() const
{
    QStringList parts;
    for (const auto& [from, to] : ranges)
        parts << (from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to));
    return parts.join(u',');
}

StatusRanges StatusRanges::parse(const QString& text, const QString& what)
{
    StatusRanges result;
    result.ranges.clear();
    qsizetype pos = 0;
    const auto fail = [&](const QString& problem) {
        throw Error(QCoreApplication::translate("traceo::Synthetic", "%1 “%2”, position %3: %4")
                        .arg(what, text)
                        .arg(pos + 1)
                        .arg(problem));
    };
    const auto number = [&]() {
        const qsizetype start = pos;
        while (pos < text.size() && text[pos].isDigit())
            ++pos;
        if (pos - start != 3) {
            pos = start;
            fail(QCoreApplication::translate("traceo::Synthetic", "expected a three-digit HTTP status"));
        }
        const int status = text.mid(start, 3).toInt();
        if (status < 100 || status > 599) {
            pos = start;
            fail(QCoreApplication::translate("traceo::Synthetic", "an HTTP status is between 100 and 599"));
        }
        return status;
    };
    if (text.trimmed().isEmpty())
        fail(QCoreApplication::translate(
            "traceo::Synthetic", "expected a status such as 200 or a range such as 200-299"));
    while (true) {
        while (pos < text.size() && text[pos] == u' ')
            ++pos;
        const qsizetype rangeStart = pos;
        const int from = number();
        int to = from;
        if (pos < text.size() && text[pos] == u'-') {
            ++pos;
            to = number();
            if (to < from) {
                pos = rangeStart;
                fail(QCoreApplication::translate("traceo::Synthetic", "a range must not end below its start"));
            }
        }
        result.ranges.append({ from, to });
        while (pos < text.size() && text[pos] == u' ')
            ++pos;
        if (pos == text.size())
            return result;
        if (text[pos] != u',')
            fail(QCoreApplication::translate("traceo::Synthetic", "expected a comma between statuses"));
        ++pos;
    }
}

QString syntheticCheckProblem(const SyntheticCheck& check)
{
    if (check.name.trimmed().isEmpty())
        return QCoreApplication::translate("traceo::Synthetic", "Name: a check needs a name.");
    const QUrl url(check.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return QCoreApplication::translate("traceo::Synthetic",
            "URL “%1”: only http:// and https:// URLs with a host "
            "can be probed.")
            .arg(check.url);
    if (!isHttpMethodToken(check.method))
        return QCoreApplication::translate(
            "traceo::Synthetic", "Method “%1”: expected an HTTP method in capitals such as GET or HEAD.")
            .arg(check.method);
    if (check.expect.ranges.isEmpty())
        return QCoreApplication::translate("traceo::Synthetic", "Expected status: name at least one status.");
    if (check.latencyThresholdMs <= 0)
        return QCoreApplication::translate(
            "traceo::Synthetic", "Latency threshold: must be a positive number of milliseconds.");
    if (check.timeoutMs <= 0)
        return QCoreApplication::translate("traceo::Synthetic", "Timeout: must be a positive number of milliseconds.");
    if (check.latencyThresholdMs > check.timeoutMs)
        return QCoreApplication::translate("traceo::Synthetic",
            "Latency threshold: %1 ms is above the timeout of %2 ms, so it could never make a probe bad.")
            .arg(check.latencyThresholdMs)
            .arg(check.timeoutMs);
    if (check.intervalSeconds <= 0)
        return QCoreApplication::translate("traceo::Synthetic", "Interval: must be a positive number of seconds.");
    return {};
}

ProbeClassification classifyProbe(const SyntheticCheck& check, const ProbeResult& result)
{
    if (result.failure != ProbeResult::Failure::None)
        return { ProbeVerdict::TransportError, result.error };
    if (!check.expect.contains(result.status))
        return { ProbeVerdict::UnexpectedStatus,
            QCoreApplication::translate("traceo::Synthetic", "HTTP %1, expected %2")
                .arg(result.status)
                .arg(check.expect.toString()) };
    if (result.latencyMs > check.latencyThresholdMs)
        return { ProbeVerdict::TooSlow,
            QCoreApplication::translate("traceo::Synthetic", "%1 ms, above the threshold of %2 ms")
                .arg(result.latencyMs)
                .arg(check.latencyThresholdMs) };
    if (!check.bodyContains.isEmpty() && !result.body.contains(check.bodyContains.toUtf8()))
        return {
            ProbeVerdict::BodyMismatch,
            QCoreApplication::translate("traceo::Synthetic", "the body does not contain “%1”").arg(check.bodyContains)
        };
    return {};
}

void SliAccumulator::add(qint64 sloId, qint64 minute, bool good)
{
    SliBucket& b = m_buckets[sloId][minute];
    b.minute = minute;
    b.total += 1;
    if (good)
        b.good += 1;
}

QHash<qint64, QList<SliBucket>> SliAccumulator::take()
{
    QHash<qint64, QList<SliBucket>> result;
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
        result.insert(it.key(), it.value().values());
    m_buckets.clear();
    return result;
}

} // namespace traceo
