#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace traceo {

/// What went wrong with an HTTP call. `message` is complete and user-facing.
struct HttpError
{
    enum class Kind
    {
        None,
        Timeout,
        Connection,
        Tls,
        HttpStatus,
        Canceled,
        InvalidResponse
    };
    Kind kind = Kind::None;
    QUrl url; // without password
    int httpStatus = 0;
    QString message; // translated; names the method, the URL and the cause
    bool isError() const { return kind != Kind::None; }
};

struct HttpRequest
{
    QUrl url;
    QByteArray method = "GET";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds timeout { 10000 }; // per attempt; 0 = none
    int maxAttempts = 4; // retries only for idempotent methods (GET HEAD PUT DELETE OPTIONS)

    /// A GET of a JSON API: `Accept: application/json`, with the given timeout per attempt.
    static HttpRequest getJson(const QUrl& url, std::chrono::milliseconds timeout)
    {
        HttpRequest request;
        request.url = url;
        request.timeout = timeout;
        request.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
        return request;
    }
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 0;
    HttpError error;
    bool ok() const { return !error.isError(); }
    /// The first header named `name` (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray& name) const;
};

struct RetryPolicy
{
    std::chrono::milliseconds baseDelay { 200 };
    std::chrono::milliseconds maxDelay { 5000 };
    double jitter = 0.5; // full-jitter fraction: the delay is drawn from [d * (1 - jitter), d]
};

/// GET HEAD PUT DELETE OPTIONS (and TRACE): safe to send again after a failure.
bool isIdempotentMethod(const QByteArray& method);

/// The wait before retry number `retry` (1 = the first retry): baseDelay * 2^(retry-1), capped at
/// maxDelay, then reduced by up to `jitter` of itself using `random01` in [0, 1).
std::chrono::milliseconds backoffDelay(const RetryPolicy& policy, int retry, double random01);

/// A Retry-After header given in seconds ("120"); HTTP dates and garbage give nullopt.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value);

/// HTTP statuses worth retrying for an idempotent request: 429, 502, 503, 504.
bool isRetryableStatus(int status);

} // namespace traceo
