#include "sourceprobe.h"

#include "core/error.h"
#include "http/httpclient.h"
#include "redis/redisclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace traceo {

namespace {
constexpr std::chrono::milliseconds kProbeTimeout { 5000 };
}

SourceProbe::SourceProbe(QObject* parent)
    : QObject(parent)
{ }

QString SourceProbe::stateText(State state)
{
    switch (state) {
    case State::NotChecked:
        return tr("not checked");
    case State::Checking:
        return tr("checking…");
    case State::Connected:
        return tr("connected");
    case State::Unreachable:
        return tr("unreachable");
    }
    return {};
}

void SourceProbe::check(const DataSource& source, const QString& secret)
{
    const quint64 generation = ++m_generations[source.name];
    setState(source.name, State::Checking, QString());
    if (source.kind == u"redis")
        checkRedis(source, secret, generation);
    else
        checkHttp(source, secret, generation);
}

void SourceProbe::checkHttp(const DataSource& source, const QString& secret, quint64 generation)
{
    QUrl url(source.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        report(source.name, generation, tr("%1 is not a valid URL").arg(source.url));
        return;
    }
    if (source.kind == u"prometheus")
        url.setPath(url.path().endsWith(u'/') ? url.path() + QStringLiteral("-/ready")
                                              : url.path() + QStringLiteral("/-/ready"));
    auto* client = new HttpClient(this);
    if (source.auth == u"bearer")
        client->setBearerToken(secret.toUtf8());
    else if (source.auth == u"basic")
        client->setBasicAuth(url.userName(), secret);
    HttpRequest request;
    request.url = url;
    request.timeout = kProbeTimeout;
    request.maxAttempts = 1;
    HttpCall* call = client->send(request);
    connect(
        call, &HttpCall::finished, this, [this, client, name = source.name, generation](const HttpResponse& response) {
            client->deleteLater();
            report(name, generation, response.ok() ? QString() : response.error.message);
        });
}

void SourceProbe::checkRedis(const DataSource& source, const QString& secret, quint64 generation)
{
    QUrl url(source.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        report(source.name, generation, tr("%1 is not a valid URL").arg(source.url));
        return;
    }
    if (!secret.isEmpty())
        url.setPassword(secret);
    QPointer<SourceProbe> self(this);
    // hiredis is blocking: ping on a pool thread and hand the answer back to this object's thread.
    QThreadPool::globalInstance()->start([self, url, name = source.name, generation] {
        QString error;
        try {
            RedisClient::connect(url, kProbeTimeout).ping();
        } catch (const Error& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
        // Posted to the application object, which outlives the probe; `self` is checked there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, name, generation, error] {
                if (self)
                    self->report(name, generation, error);
            },
            Qt::QueuedConnection);
    });
}

void SourceProbe::report(const QString& name, quint64 generation, const QString& error)
{
    if (m_generations.value(name) != generation)
        return;
    setState(name, error.isEmpty() ? State::Connected : State::Unreachable, error);
}

void SourceProbe::setState(const QString& name, State state, const QString& detail)
{
    m_states.insert(name, state);
    Q_EMIT stateChanged(name, state, detail);
}

} // namespace traceo
