#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace traceo::test {

/// A scripted HTTP/1.1 server on 127.0.0.1 (port 0) for connector tests. Each request consumes the
/// next Action of the script; the last one repeats. Every answer closes the connection. With a TLS
/// configuration it serves https.
class LoopbackServer : public QObject
{
public:
    struct Action
    {
        enum class Kind
        {
            Respond,
            Silent,
            Drop,
            Garbage
        };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0; ///< Respond: answer this long after the request arrived (without blocking)

        static Action respond(int status, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
        {
            return { Kind::Respond, status, std::move(body), std::move(headers), 0 };
        }
        static Action respondAfter(int delayMs, int status, QByteArray body = {})
        {
            return { Kind::Respond, status, std::move(body), {}, delayMs };
        }
        static Action silent() { return { Kind::Silent, 0, {}, {}, 0 }; }
        static Action drop() { return { Kind::Drop, 0, {}, {}, 0 }; }
        static Action garbage() { return { Kind::Garbage, 0, {}, {}, 0 }; }
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray& name) const
        {
            for (const auto& [key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    explicit LoopbackServer(
        QList<Action> script = { Action::respond(200, QByteArrayLiteral("ok")) }, const QSslConfiguration& tls = {})
        : m_script(std::move(script))
    {
        if (tls.isNull()) {
            m_server = std::make_unique<QTcpServer>();
        } else {
            auto server = std::make_unique<QSslServer>();
            server->setSslConfiguration(tls);
            m_server = std::move(server);
            m_tls = true;
        }
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &LoopbackServer::accept);
        m_listening = m_server->listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_listening; }
    QUrl url(const QString& path = QStringLiteral("/api")) const
    {
        QUrl u;
        u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server->serverPort());
        u.setPath(path);
        return u;
    }
    void setScript(QList<Action> script) { m_script = std::move(script); }
    const QList<Request>& requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({ name, value });
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, contentLength);
        m_buffers.remove(socket);
        socket->disconnect(this); // one request per connection
        m_requests.append(request);
        answer(socket, m_script.value(std::min<qsizetype>(m_requests.size() - 1, m_script.size() - 1)));
    }

    void answer(QTcpSocket* socket, const Action& action)
    {
        switch (action.kind) {
        case Action::Kind::Silent:
            return; // keep the connection open and never answer
        case Action::Kind::Drop:
            socket->abort();
            socket->deleteLater();
            return;
        case Action::Kind::Garbage:
            socket->write(QByteArrayLiteral("this is not HTTP at all\r\n\r\n\x01\x02\x03"));
            socket->disconnectFromHost();
            return;
        case Action::Kind::Respond:
            break;
        }
        if (action.delayMs > 0) {
            Action now = action;
            now.delayMs = 0;
            QTimer::singleShot(action.delayMs, socket, [this, socket, now] { answer(socket, now); });
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(action.status) + " " + reason(action.status) + "\r\n";
        for (const auto& [name, value] : action.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(action.body.size()) + "\r\nConnection: close\r\n\r\n";
        out += action.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    std::unique_ptr<QTcpServer> m_server;
    QList<Action> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_connections = 0;
    bool m_listening = false;
    bool m_tls = false;
};

} // namespace traceo::test
