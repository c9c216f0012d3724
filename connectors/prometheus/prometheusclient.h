#pragma once

#include "http/httpclient.h"
#include "prometheusparse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <chrono>
#include <functional>

namespace traceo {

/// Queries one Prometheus server (or anything speaking its HTTP API: Thanos, Mimir, VictoriaMetrics)
/// through an HttpClient it does not own. Queries are GET requests, so the client's retries apply.
class PrometheusClient
{
    Q_DECLARE_TR_FUNCTIONS(traceo::PrometheusClient)

public:
    using ResultHandler = std::function<void(const PromResult&)>;

    /// `baseUrl` is the server root, e.g. http://prometheus:9090 or https://host/prometheus/.
    PrometheusClient(HttpClient* http, QUrl baseUrl);

    QUrl baseUrl() const { return m_baseUrl; }
    /// Per-attempt timeout of each query request (10 s by default); also sent to Prometheus as `timeout`.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// The instant query at `at` (an invalid QDateTime means "now" on the server). `done` runs once in
    /// `context`'s thread unless `context` is destroyed first, which cancels the call. The returned
    /// call may be canceled; `done` then gets a Kind::Canceled error.
    HttpCall* instantQuery(const QString& expr, const QDateTime& at, QObject* context, ResultHandler done);
    HttpCall* rangeQuery(const QString& expr, const QDateTime& from, const QDateTime& to,
        std::chrono::milliseconds step, QObject* context, ResultHandler done);

    PromResult instantQueryBlocking(const QString& expr, const QDateTime& at = {});
    PromResult rangeQueryBlocking(
        const QString& expr, const QDateTime& from, const QDateTime& to, std::chrono::milliseconds step);

    /// The request URLs, exposed for tests and for "copy as URL" in the UI.
    QUrl instantQueryUrl(const QString& expr, const QDateTime& at) const;
    QUrl rangeQueryUrl(
        const QString& expr, const QDateTime& from, const QDateTime& to, std::chrono::milliseconds step) const;

    /// Turns a finished HTTP response into a result: parses a 2xx body, and for a failed response
    /// prefers Prometheus's own error JSON when the body has one.
    static PromResult toResult(const HttpResponse& response, const QUrl& url, const QString& expr);

private:
    QUrl endpoint(const QString& path) const;
    HttpRequest request(const QUrl& url) const;
    HttpCall* start(const QUrl& url, const QString& expr, QObject* context, ResultHandler done);

    HttpClient* m_http;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout { 10000 };
};

} // namespace traceo
