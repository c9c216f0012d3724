#include "redisclient.h"

#include "core/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cerrno>
#include <hiredis/hiredis.h>
#include <utility>
#include <vector>

namespace traceo {

namespace {

timeval toTimeval(std::chrono::milliseconds timeout)
{
    const auto ms = std::max<std::chrono::milliseconds::rep>(timeout.count(), 1);
    timeval tv {};
    tv.tv_sec = static_cast<decltype(tv.tv_sec)>(ms / 1000);
    tv.tv_usec = static_cast<decltype(tv.tv_usec)>((ms % 1000) * 1000);
    return tv;
}

// What went wrong on the wire, in words a user can act on.
QString ioCause(const redisContext* c, int savedErrno, std::chrono::milliseconds timeout)
{
    const QString detail = QString::fromLocal8Bit(c->errstr);
    if (c->err == REDIS_ERR_IO) {
        switch (savedErrno) {
        case ECONNREFUSED:
            return QCoreApplication::translate(
                "traceo::RedisClient", "connection refused (is the server running and listening on that port?)");
        case ETIMEDOUT:
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
        case EINPROGRESS:
            return QCoreApplication::translate("traceo::RedisClient", "timed out after %1 ms").arg(timeout.count());
        case EHOSTUNREACH:
        case ENETUNREACH:
            return QCoreApplication::translate("traceo::RedisClient", "host unreachable (%1)").arg(detail);
        default:
            return detail;
        }
    }
    if (c->err == REDIS_ERR_EOF)
        return QCoreApplication::translate("traceo::RedisClient", "the server closed the connection");
    if (c->err == REDIS_ERR_PROTOCOL)
        return QCoreApplication::translate("traceo::RedisClient", "protocol error: %1 (is this a Redis server?)")
            .arg(detail);
    return detail;
}

RedisReply convert(const redisReply* r)
{
    RedisReply out;
    switch (r->type) {
    case REDIS_REPLY_NIL:
        out.type = RedisReply::Type::Nil;
        break;
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.string = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.string = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.string = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = r->integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(static_cast<qsizetype>(r->elements));
        for (size_t i = 0; i < r->elements; ++i)
            out.elements.append(convert(r->element[i]));
        break;
    default:
        // RESP3 types of newer hiredis versions; we never ask for RESP3 (no HELLO 3).
        out.type = RedisReply::Type::Error;
        out.string = QByteArrayLiteral("unsupported reply type ") + QByteArray::number(r->type);
        break;
    }
    return out;
}

QString replyText(const RedisReply& reply)
{
    return QString::fromUtf8(reply.string);
}

} // namespace

RedisClient RedisClient::connect(const QUrl& url, std::chrono::milliseconds timeout)
{
    // Never the password; and no dangling "@" when the URL has a password but no user name.
    const QString display = url.toDisplayString(url.userName().isEmpty() ? QUrl::RemoveUserInfo : QUrl::RemovePassword);
    if (!url.isValid() || url.scheme() != u"redis" || url.host().isEmpty())
        throw Error(QCoreApplication::translate(
            "traceo::RedisClient", "Malformed Redis URL \"%1\": expected redis://[:password@]host[:port][/db]")
                        .arg(display));

    int db = 0;
    const QString path = url.path();
    if (!path.isEmpty() && path != u"/") {
        bool ok = false;
        db = path.mid(1).toInt(&ok);
        if (!ok || db < 0)
            throw Error(QCoreApplication::translate(
                "traceo::RedisClient", "Redis URL \"%1\": the database \"%2\" is not a number")
                            .arg(display, path.mid(1)));
    }

    const QByteArray host = url.host().toUtf8();
    errno = 0;
    redisContext* context = redisConnectWithTimeout(host.constData(), url.port(6379), toTimeval(timeout));
    const int savedErrno = errno;
    if (!context)
        throw Error(QCoreApplication::translate("traceo::RedisClient", "Cannot connect to Redis at %1: out of memory")
                        .arg(display));
    if (context->err) {
        const QString cause = ioCause(context, savedErrno, timeout);
        redisFree(context);
        throw Error(QCoreApplication::translate("traceo::RedisClient", "Cannot connect to Redis at %1: %2")
                        .arg(display, cause));
    }
    RedisClient client(context, display, timeout);
    if (redisSetTimeout(context, toTimeval(timeout)) != REDIS_OK)
        client.throwIoError(errno, "timeout");

    if (!url.password().isEmpty()) {
        QList<QByteArray> auth { QByteArrayLiteral("AUTH") };
        if (!url.userName().isEmpty())
            auth << url.userName().toUtf8(); // Redis 6 ACL user
        auth << url.password().toUtf8();
        const RedisReply reply = client.command(auth);
        if (reply.isError())
            throw Error(QCoreApplication::translate("traceo::RedisClient", "Redis at %1 refused the credentials: %2")
                            .arg(display, replyText(reply)));
    }
    if (db != 0) {
        const RedisReply reply = client.command({ QByteArrayLiteral("SELECT"), QByteArray::number(db) });
        if (reply.isError())
            throw Error(QCoreApplication::translate("traceo::RedisClient", "Redis at %1 cannot select database %2: %3")
                            .arg(display)
                            .arg(db)
                            .arg(replyText(reply)));
    }
    return client;
}

RedisClient::RedisClient(redisContext* context, QString display, std::chrono::milliseconds timeout)
    : m_context(context)
    , m_display(std::move(display))
    , m_timeout(timeout)
{ }

RedisClient::~RedisClient()
{
    if (m_context)
        redisFree(m_context);
}

RedisClient::RedisClient(RedisClient&& other) noexcept
    : m_context(std::exchange(other.m_context, nullptr))
    , m_display(std::move(other.m_display))
    , m_timeout(other.m_timeout)
{ }

RedisClient& RedisClient::operator=(RedisClient&& other) noexcept
{
    if (this != &other) {
        if (m_context)
            redisFree(m_context);
        m_context = std::exchange(other.m_context, nullptr);
        m_display = std::move(other.m_display);
        m_timeout = other.m_timeout;
    }
    return *this;
}

RedisReply RedisClient::command(const QList<QByteArray>& argv)
{
    if (!m_context)
        throw Error(
            QCoreApplication::translate("traceo::RedisClient", "Redis at %1: the connection is closed").arg(m_display));
    if (argv.isEmpty())
        throw Error(QCoreApplication::translate("traceo::RedisClient", "Redis at %1: empty command").arg(m_display));
    if (m_context->err) // a previous I/O error left the connection unusable
        throwIoError(0, argv.first().constData());

    std::vector<const char*> args;
    std::vector<size_t> lengths;
    args.reserve(static_cast<size_t>(argv.size()));
    lengths.reserve(static_cast<size_t>(argv.size()));
    for (const QByteArray& arg : argv) {
        args.push_back(arg.constData());
        lengths.push_back(static_cast<size_t>(arg.size()));
    }
    errno = 0;
    auto* reply = static_cast<redisReply*>(
        redisCommandArgv(m_context, static_cast<int>(args.size()), args.data(), lengths.data()));
    const int savedErrno = errno;
    if (!reply)
        throwIoError(savedErrno, argv.first().constData());
    RedisReply result = convert(reply);
    freeReplyObject(reply);
    return result;
}

void RedisClient::ping()
{
    const RedisReply reply = command({ QByteArrayLiteral("PING") });
    if (reply.type != RedisReply::Type::Status || reply.string != "PONG")
        throw Error(QCoreApplication::translate("traceo::RedisClient", "Redis at %1 did not answer PING with PONG: %2")
                        .arg(m_display, replyText(reply)));
}

void RedisClient::throwIoError(int savedErrno, const char* what) const
{
    throw Error(QCoreApplication::translate("traceo::RedisClient", "Redis at %1: %2 failed: %3")
                    .arg(m_display, QString::fromUtf8(what), ioCause(m_context, savedErrno, m_timeout)));
}

} // namespace traceo
