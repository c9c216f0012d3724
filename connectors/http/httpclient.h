#pragma once

#include "httpcall.h"
#include "httptypes.h"

#include <QObject>

class QNetworkAccessManager;

namespace traceo {

/// The one HTTP client every remote connector uses: per-attempt timeouts, retries with exponential
/// backoff and jitter (idempotent methods only; on connection errors, timeouts, 429, 502, 503, 504),
/// cancellation, TLS verification (on by default), authentication headers and error mapping.
///
/// Redirects are followed (Qt's default: never https -> http); while an Authorization header is set,
/// only within the same origin, so credentials never reach another host.
///
/// Thread affinity: use a client from the thread it lives in. A worker thread creates its own client
/// and calls sendBlocking(). Destroying the client cancels its pending calls (each still emits
/// finished() once, with Kind::Canceled).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    /// Sends "Authorization: Bearer <token>" with every request; an empty token removes it.
    void setBearerToken(const QByteArray& token);
    /// Sends "Authorization: Basic ..." with every request (replaces a bearer token); an empty user
    /// removes it.
    void setBasicAuth(const QString& user, const QString& password);
    void setRetryPolicy(const RetryPolicy& policy);
    RetryPolicy retryPolicy() const { return m_retry; }
    /// On by default; off only when the user says so for a source.
    void setTlsVerification(bool on);
    bool tlsVerification() const { return m_tlsVerification; }

    /// Starts the request and returns at once. The call emits finished() exactly once, never before
    /// send() returns, and deletes itself afterwards (deleteLater).
    HttpCall* send(const HttpRequest& request);
    /// Runs a local event loop until the call finishes; for the CLI and worker threads.
    HttpResponse sendBlocking(const HttpRequest& request);

private:
    QNetworkAccessManager* m_nam = nullptr;
    QByteArray m_authorization;
    RetryPolicy m_retry;
    bool m_tlsVerification = true;
};

} // namespace traceo
