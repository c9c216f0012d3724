#pragma once

#include "httptypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace traceo {

class HttpClient;

/// One request in flight, with its retries. Created by HttpClient::send(); emits finished() exactly
/// once (never from inside send()) and then deletes itself with deleteLater(). Lives in the thread
/// of its client; call cancel() from that thread.
class HttpCall : public QObject
{
    Q_OBJECT

public:
    ~HttpCall() override;

    /// Stops the request in flight and any pending retry; finished() reports Kind::Canceled.
    /// Does nothing once finished() has been emitted.
    void cancel();

    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished(const traceo::HttpResponse& response);

private:
    friend class HttpClient;

    struct Settings
    {
        QNetworkAccessManager* nam = nullptr;
        QByteArray authorization;
        RetryPolicy retry;
        bool tlsVerification = true;
    };

    HttpCall(const HttpRequest& request, const Settings& settings, QObject* parent);
    void start();
    void startAttempt();
    void onReplyFinished();
    void onAttemptTimeout();
    void failAttempt(HttpResponse response, const QString& cause, bool retryable,
        std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    void finish(HttpResponse response, const QString& cause = {});
    void dropReply();
    HttpResponse errorResponse(HttpError::Kind kind) const;

    HttpRequest m_request;
    Settings m_settings;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_backoffTimer;
    QStringList m_tlsErrors;
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace traceo
