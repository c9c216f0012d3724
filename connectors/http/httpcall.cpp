#include "httpcall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#endif

namespace traceo {

namespace {

constexpr qsizetype kBodyExcerptChars = 200;

HttpError::Kind kindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return HttpError::Kind::None;
    case QNetworkReply::TimeoutError:
        return HttpError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        return HttpError::Kind::Canceled;
    case QNetworkReply::SslHandshakeFailedError:
        return HttpError::Kind::Tls;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return HttpError::Kind::InvalidResponse;
    default:
        return HttpError::Kind::Connection;
    }
}

// The QNetworkReply codes Qt derives from an HTTP status the server sent (201-299, 401-499, and
// 400/418 -> ProtocolInvalidOperationError, 407 -> ProxyAuthenticationRequiredError); the rest are
// transport failures even when a status line arrived before them.
bool isStatusError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || error == QNetworkReply::ProxyAuthenticationRequiredError;
}

QString bodyExcerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(kBodyExcerptChars * 4)).simplified();
    if (text.size() > kBodyExcerptChars)
        text = text.left(kBodyExcerptChars) + QChar(0x2026);
    return text;
}

} // namespace

HttpCall::HttpCall(const HttpRequest& request, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_settings(settings)
{
    m_request.method = m_request.method.toUpper();
    m_request.maxAttempts = std::max(1, m_request.maxAttempts);
    m_attemptTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &HttpCall::onAttemptTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &HttpCall::startAttempt);
}

HttpCall::~HttpCall()
{
    dropReply();
}

void HttpCall::start()
{
    const QString scheme = m_request.url.scheme();
    if (!m_request.url.isValid() || m_request.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // finished() must not fire inside send(): the caller has not connected yet.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_finished)
                    finish(errorResponse(HttpError::Kind::Connection), tr("not a valid http or https URL"));
            },
            Qt::QueuedConnection);
        return;
    }
    startAttempt();
}

void HttpCall::startAttempt()
{
    ++m_attempts;
    m_tlsErrors.clear();

    QNetworkRequest request(m_request.url);
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Traceo/" TRACEO_VERSION));
    bool hasAuthorization = false;
    bool hasContentType = false;
    for (const auto& [name, value] : m_request.headers) {
        request.setRawHeader(name, value);
        hasAuthorization |= name.compare("Authorization", Qt::CaseInsensitive) == 0;
        hasContentType |= name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasAuthorization && !m_settings.authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_settings.authorization);
    // Qt copies raw headers into a redirected request: never hand credentials to another origin.
    if (hasAuthorization || !m_settings.authorization.isEmpty())
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!hasContentType && !m_request.body.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream"));
#if QT_CONFIG(ssl)
    if (!m_settings.tlsVerification) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
#endif

    QNetworkAccessManager* nam = m_settings.nam;
    if (m_request.method == "GET" && m_request.body.isEmpty())
        m_reply = nam->get(request);
    else if (m_request.method == "HEAD")
        m_reply = nam->head(request);
    else
        m_reply = nam->sendCustomRequest(request, m_request.method, m_request.body);

    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            m_tlsErrors << e.errorString();
    });
#endif
    if (m_request.timeout.count() > 0)
        m_attemptTimer.start(m_request.timeout);
}

void HttpCall::onAttemptTimeout()
{
    dropReply();
    failAttempt(errorResponse(HttpError::Kind::Timeout),
        tr("timed out after %1 ms").arg(qint64(m_request.timeout.count())), true);
}

void HttpCall::onReplyFinished()
{
    m_attemptTimer.stop();
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    reply->disconnect(this);
    reply->deleteLater();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();

    // A 3xx that Qt could not follow (no Location, unknown scheme) is reported as the status too.
    const bool unfollowedRedirect = response.status / 100 == 3 && kindOf(error) == HttpError::Kind::InvalidResponse;
    if (response.status > 0 && (error == QNetworkReply::NoError || isStatusError(error) || unfollowedRedirect)) {
        if (response.status >= 200 && response.status < 300) {
            finish(response);
            return;
        }
        response.error.kind = HttpError::Kind::HttpStatus;
        response.error.httpStatus = response.status;
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString cause = tr("HTTP %1 %2").arg(response.status).arg(reason).trimmed();
        const QString excerpt = bodyExcerpt(response.body);
        if (!excerpt.isEmpty())
            cause = tr("%1: %2").arg(cause, excerpt);
        const auto retryAfter = response.status == 429 || response.status == 503
            ? parseRetryAfter(response.header(QByteArrayLiteral("Retry-After")))
            : std::nullopt;
        failAttempt(response, cause, isRetryableStatus(response.status), retryAfter);
        return;
    }

    HttpError::Kind kind = kindOf(error);
    if (kind == HttpError::Kind::None)
        kind = HttpError::Kind::InvalidResponse; // finished without an HTTP status line
    else if (kind == HttpError::Kind::Canceled)
        kind = HttpError::Kind::Connection; // aborted by Qt, not by cancel() (that disconnects first)
    if (!m_tlsErrors.isEmpty())
        kind = HttpError::Kind::Tls;
    HttpResponse failed = errorResponse(kind);
    QString cause;
    switch (kind) {
    case HttpError::Kind::Tls:
        cause = tr("TLS handshake failed: %1")
                    .arg(m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors.join(QStringLiteral("; ")));
        break;
    case HttpError::Kind::InvalidResponse:
        cause = tr("invalid response: %1").arg(reply->errorString());
        break;
    case HttpError::Kind::Timeout:
        cause = tr("timed out: %1").arg(reply->errorString());
        break;
    default:
        cause = tr("connection failed: %1").arg(reply->errorString());
        break;
    }
    failAttempt(failed, cause, kind == HttpError::Kind::Connection || kind == HttpError::Kind::Timeout);
}

void HttpCall::failAttempt(
    HttpResponse response, const QString& cause, bool retryable, std::optional<std::chrono::milliseconds> retryAfter)
{
    if (!retryable || !isIdempotentMethod(m_request.method) || m_attempts >= m_request.maxAttempts) {
        finish(std::move(response), cause);
        return;
    }
    const RetryPolicy& policy = m_settings.retry;
    const std::chrono::milliseconds delay = retryAfter
        ? std::min(*retryAfter, std::max(policy.maxDelay, std::chrono::milliseconds(0)))
        : backoffDelay(policy, m_attempts, QRandomGenerator::global()->generateDouble());
    m_backoffTimer.start(delay);
}

void HttpCall::cancel()
{
    if (m_finished)
        return;
    dropReply();
    finish(errorResponse(HttpError::Kind::Canceled), tr("canceled"));
}

void HttpCall::finish(HttpResponse response, const QString& cause)
{
    if (m_finished)
        return;
    m_finished = true;
    m_attemptTimer.stop();
    m_backoffTimer.stop();
    response.attempts = m_attempts;
    if (response.error.isError()) {
        response.error.url = m_request.url.adjusted(QUrl::RemovePassword);
        const QString target
            = QString::fromLatin1(m_request.method) + u' ' + response.error.url.toDisplayString(QUrl::RemovePassword);
        response.error.message = m_attempts > 1 ? tr("%1: %2 (%n attempts)", nullptr, m_attempts).arg(target, cause)
                                                : tr("%1: %2").arg(target, cause);
    }
    Q_EMIT finished(response);
    deleteLater();
}

void HttpCall::dropReply()
{
    m_attemptTimer.stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

HttpResponse HttpCall::errorResponse(HttpError::Kind kind) const
{
    HttpResponse response;
    response.error.kind = kind;
    return response;
}

} // namespace traceo
