#include "opencostclient.h"

#include "core/error.h"

#include <QUrlQuery>

namespace traceo {

namespace {

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

std::pair<QDateTime, QDateTime> openCostLastDays(int days, const QDateTime& now)
{
    const QDateTime tomorrow = now.toUTC().date().addDays(1).startOfDay(Qt::UTC);
    return { tomorrow.addDays(-days), tomorrow };
}

OpenCostClient::OpenCostClient(HttpClient* http, QUrl baseUrl, cost::OpenCostReadOptions options)
    : m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_options(std::move(options))
{ }

QUrl OpenCostClient::url(const OpenCostQuery& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const bool allocation = query.kind == cost::OpenCostKind::Allocation;
    url.setPath(base + (allocation ? QStringLiteral("/allocation") : QStringLiteral("/cloudCost")));
    url.setFragment(QString());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("window"), rfc3339(query.from) + u',' + rfc3339(query.to));
    if (allocation) {
        q.addQueryItem(QStringLiteral("step"), QStringLiteral("1d"));
        q.addQueryItem(QStringLiteral("accumulate"), QStringLiteral("false"));
        q.addQueryItem(QStringLiteral("includeIdle"), QStringLiteral("true"));
        if (!query.aggregate.isEmpty())
            q.addQueryItem(QStringLiteral("aggregate"), query.aggregate);
    } else {
        q.addQueryItem(QStringLiteral("accumulate"), QStringLiteral("day"));
    }
    url.setQuery(q);
    return url;
}

HttpRequest OpenCostClient::request(const QUrl& url) const
{
    return HttpRequest::getJson(url, m_timeout);
}

OpenCostFetch OpenCostClient::toFetch(
    const HttpResponse& response, const QUrl& url, cost::OpenCostKind kind, const cost::OpenCostReadOptions& options)
{
    OpenCostFetch fetch;
    fetch.url = url;
    if (!response.ok()) {
        // The message names the method, the URL, the status and the start of the body.
        fetch.error = tr("OpenCost: %1").arg(response.error.message);
        return fetch;
    }
    cost::OpenCostReadOptions o = options;
    o.kind = kind;
    try {
        fetch.read = cost::OpenCostReader::parse(response.body, url.toDisplayString(QUrl::RemoveUserInfo), o);
    } catch (const Error& e) {
        fetch.error = e.message();
    }
    return fetch;
}

OpenCostFetch OpenCostClient::fetchBlocking(const OpenCostQuery& query)
{
    const QUrl u = url(query);
    return toFetch(m_http->sendBlocking(request(u)), u, query.kind, m_options);
}

HttpCall* OpenCostClient::fetch(const OpenCostQuery& query, QObject* context, Handler done)
{
    const QUrl u = url(query);
    HttpCall* call = m_http->send(request(u));
    const QMetaObject::Connection delivery = QObject::connect(call, &HttpCall::finished, context,
        [u, kind = query.kind, options = m_options, done = std::move(done)](
            const HttpResponse& response) { done(toFetch(response, u, kind, options)); });
    // A context being destroyed must not get the result: drop the delivery, then cancel.
    QObject::connect(context, &QObject::destroyed, call, [call, delivery] {
        QObject::disconnect(delivery);
        call->cancel();
    });
    return call;
}

} // namespace traceo
