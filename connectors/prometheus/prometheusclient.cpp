#include "prometheusclient.h"

namespace traceo {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// QUrlQuery leaves a '+' as it is, and Prometheus (Go's form decoding) reads it as a space: `a + b`
// would arrive as `a   b`. Every item is percent-encoded here, '+' included (some harmless characters
// stay readable in error messages).
void setQuery(QUrl& url, const QList<std::pair<QString, QString>>& items)
{
    QByteArray encoded;
    for (const auto& [name, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value, QByteArrayLiteral("()*,/:!~"));
    }
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
}

} // namespace

PrometheusClient::PrometheusClient(HttpClient* http, QUrl baseUrl)
    : m_http(http)
    , m_baseUrl(std::move(baseUrl))
{ }

QUrl PrometheusClient::endpoint(const QString& path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl PrometheusClient::instantQueryUrl(const QString& expr, const QDateTime& at) const
{
    QUrl url = endpoint(QStringLiteral("/api/v1/query"));
    QList<std::pair<QString, QString>> items { { QStringLiteral("query"), expr } };
    if (at.isValid())
        items.append({ QStringLiteral("time"), seconds(at.toMSecsSinceEpoch()) });
    items.append({ QStringLiteral("timeout"), seconds(m_timeout.count()) });
    setQuery(url, items);
    return url;
}

QUrl PrometheusClient::rangeQueryUrl(
    const QString& expr, const QDateTime& from, const QDateTime& to, std::chrono::milliseconds step) const
{
    QUrl url = endpoint(QStringLiteral("/api/v1/query_range"));
    setQuery(url,
        { { QStringLiteral("query"), expr }, { QStringLiteral("start"), seconds(from.toMSecsSinceEpoch()) },
            { QStringLiteral("end"), seconds(to.toMSecsSinceEpoch()) },
            { QStringLiteral("step"), seconds(step.count()) },
            { QStringLiteral("timeout"), seconds(m_timeout.count()) } });
    return url;
}

HttpRequest PrometheusClient::request(const QUrl& url) const
{
    return HttpRequest::getJson(url, m_timeout);
}

PromResult PrometheusClient::toResult(const HttpResponse& response, const QUrl& url, const QString& expr)
{
    if (response.ok())
        return parsePrometheusResponse(response.body, url, expr, response.status);
    if (response.error.kind == HttpError::Kind::HttpStatus && response.body.trimmed().startsWith('{')) {
        PromResult parsed = parsePrometheusResponse(response.body, url, expr, response.status);
        if (!parsed.errorType.isEmpty())
            return parsed; // Prometheus explained the failure itself (bad_data, execution, ...)
    }
    PromResult result;
    result.error = response.error;
    result.error.message = tr("Prometheus query \"%1\" failed: %2").arg(expr, response.error.message);
    return result;
}

HttpCall* PrometheusClient::start(const QUrl& url, const QString& expr, QObject* context, ResultHandler done)
{
    HttpCall* call = m_http->send(request(url));
    const QMetaObject::Connection delivery = QObject::connect(call, &HttpCall::finished, context,
        [url, expr, done = std::move(done)](const HttpResponse& response) { done(toResult(response, url, expr)); });
    // A context being destroyed must not get the result: drop the delivery, then cancel.
    QObject::connect(context, &QObject::destroyed, call, [call, delivery] {
        QObject::disconnect(delivery);
        call->cancel();
    });
    return call;
}

HttpCall* PrometheusClient::instantQuery(const QString& expr, const QDateTime& at, QObject* context, ResultHandler done)
{
    return start(instantQueryUrl(expr, at), expr, context, std::move(done));
}

HttpCall* PrometheusClient::rangeQuery(const QString& expr, const QDateTime& from, const QDateTime& to,
    std::chrono::milliseconds step, QObject* context, ResultHandler done)
{
    return start(rangeQueryUrl(expr, from, to, step), expr, context, std::move(done));
}

PromResult PrometheusClient::instantQueryBlocking(const QString& expr, const QDateTime& at)
{
    const QUrl url = instantQueryUrl(expr, at);
    return toResult(m_http->sendBlocking(request(url)), url, expr);
}

PromResult PrometheusClient::rangeQueryBlocking(
    const QString& expr, const QDateTime& from, const QDateTime& to, std::chrono::milliseconds step)
{
    const QUrl url = rangeQueryUrl(expr, from, to, step);
    return toResult(m_http->sendBlocking(request(url)), url, expr);
}

} // namespace traceo
