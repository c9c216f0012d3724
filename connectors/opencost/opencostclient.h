#pragma once

#include "cost/opencostreader.h"
#include "http/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <chrono>
#include <functional>

namespace traceo {

/// One OpenCost query: its window and, for /allocation, the aggregation ("" for OpenCost's most
/// detailed level, per container). Steps are one day; /cloudCost is read per day and per item.
struct OpenCostQuery
{
    cost::OpenCostKind kind = cost::OpenCostKind::Allocation; ///< Allocation or CloudCost
    QDateTime from;
    QDateTime to;
    QString aggregate;
};

/// The last `days` whole UTC days up to the one of `now`: [its midnight − (days − 1) days, the next
/// midnight). Day-aligned windows let a later import replace exactly the days it covers.
std::pair<QDateTime, QDateTime> openCostLastDays(int days, const QDateTime& now);

/// What a fetch brought: the line items, or a message naming the URL and the cause (HTTP status,
/// unreachable host, bad JSON, OpenCost's own error).
struct OpenCostFetch
{
    QUrl url;
    cost::FocusReadResult read;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Reads costs from an OpenCost server's API (/allocation and /cloudCost, served on port 9003, or
/// under /model behind its UI) through an HttpClient it does not own: GET requests, so the
/// client's retries, timeouts and TLS settings apply.
class OpenCostClient
{
    Q_DECLARE_TR_FUNCTIONS(traceo::OpenCostClient)

public:
    using Handler = std::function<void(const OpenCostFetch&)>;

    /// `baseUrl` is the API root, e.g. http://opencost.opencost:9003 or https://host/model/.
    OpenCostClient(HttpClient* http, QUrl baseUrl, cost::OpenCostReadOptions options = {});

    QUrl baseUrl() const { return m_baseUrl; }
    /// Per-attempt timeout (60 s by default: a month of allocations takes OpenCost a while).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// The request URL of a query, also for "copy as URL" in the UI.
    QUrl url(const OpenCostQuery& query) const;

    /// Runs a local event loop until the answer is read; for the CLI and worker threads.
    OpenCostFetch fetchBlocking(const OpenCostQuery& query);
    /// Starts the query; `done` runs once in `context`'s thread unless `context` is destroyed first,
    /// which cancels the call.
    HttpCall* fetch(const OpenCostQuery& query, QObject* context, Handler done);

    /// Turns a finished HTTP response into line items or an error message.
    static OpenCostFetch toFetch(const HttpResponse& response, const QUrl& url, cost::OpenCostKind kind,
        const cost::OpenCostReadOptions& options);

private:
    HttpRequest request(const QUrl& url) const;

    HttpClient* m_http;
    QUrl m_baseUrl;
    cost::OpenCostReadOptions m_options;
    std::chrono::milliseconds m_timeout { 60000 };
};

} // namespace traceo
