#include "httptypes.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace traceo {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isIdempotentMethod(const QByteArray& method)
{
    static const QByteArray idempotent[]
        = { QByteArrayLiteral("GET"), QByteArrayLiteral("HEAD"), QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE"),
              QByteArrayLiteral("OPTIONS"), QByteArrayLiteral("TRACE") };
    const QByteArray upper = method.toUpper();
    return std::find(std::begin(idempotent), std::end(idempotent), upper) != std::end(idempotent);
}

std::chrono::milliseconds backoffDelay(const RetryPolicy& policy, int retry, double random01)
{
    const double base = double(std::max<qint64>(0, policy.baseDelay.count()));
    const double cap = double(std::max<qint64>(0, policy.maxDelay.count()));
    const int exponent = std::clamp(retry - 1, 0, 62);
    const double full = std::min(cap, base * std::ldexp(1.0, exponent));
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
    const double u = std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(full * (1.0 - jitter) + full * jitter * u)));
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || !std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (!ok || seconds > 365LL * 24 * 3600)
        return std::chrono::milliseconds(365LL * 24 * 3600 * 1000); // absurdly long: the cap applies
    return std::chrono::milliseconds(seconds * 1000);
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

} // namespace traceo
