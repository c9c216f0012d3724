#include "httpclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace traceo {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

HttpClient::~HttpClient()
{
    // Cancel and delete the calls while the access manager still exists: their replies belong to it.
    const QList<HttpCall*> calls = findChildren<HttpCall*>(Qt::FindDirectChildrenOnly);
    for (HttpCall* call : calls)
        call->cancel();
    qDeleteAll(calls);
}

void HttpClient::setBearerToken(const QByteArray& token)
{
    m_authorization = token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + token;
}

void HttpClient::setBasicAuth(const QString& user, const QString& password)
{
    m_authorization = user.isEmpty()
        ? QByteArray()
        : QByteArrayLiteral("Basic ") + QByteArray(user.toUtf8() + ':' + password.toUtf8()).toBase64();
}

void HttpClient::setRetryPolicy(const RetryPolicy& policy)
{
    m_retry = policy;
}

void HttpClient::setTlsVerification(bool on)
{
    m_tlsVerification = on;
}

HttpCall* HttpClient::send(const HttpRequest& request)
{
    auto* call = new HttpCall(request, HttpCall::Settings { m_nam, m_authorization, m_retry, m_tlsVerification }, this);
    call->start();
    return call;
}

HttpResponse HttpClient::sendBlocking(const HttpRequest& request)
{
    HttpResponse result;
    QEventLoop loop;
    QPointer<HttpCall> call = send(request);
    connect(call, &HttpCall::finished, &loop, [&result, &loop](const HttpResponse& response) {
        result = response;
        loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    delete call.data(); // do not wait for deleteLater: a worker thread may have no outer event loop
    return result;
}

} // namespace traceo
