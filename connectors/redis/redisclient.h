#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>

struct redisContext;

namespace traceo {

/// One reply of a Redis command, as a value.
struct RedisReply
{
    enum class Type
    {
        Nil,
        String,
        Status,
        Integer,
        Array,
        Error
    };

    Type type = Type::Nil;
    QByteArray string; ///< String, Status and Error
    qint64 integer = 0; ///< Integer
    QList<RedisReply> elements; ///< Array

    bool isNil() const { return type == Type::Nil; }
    bool isError() const { return type == Type::Error; }
};

/// A synchronous connection to one Redis server (hiredis underneath); closed when destroyed.
/// Not thread-safe: one client per thread.
///
/// Connection and I/O failures throw traceo::Error naming the URL (never its password) and the cause.
/// A command the server rejects is not an exception: it comes back as a reply of type Error.
class RedisClient
{
public:
    /// Connects to redis://[[user]:password@]host[:port][/db], sends AUTH when the URL has a password
    /// and SELECT when it names a database. `timeout` bounds the connect and every command.
    static RedisClient connect(const QUrl& url, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    ~RedisClient();

    RedisClient(RedisClient&& other) noexcept;
    RedisClient& operator=(RedisClient&& other) noexcept;
    RedisClient(const RedisClient&) = delete;
    RedisClient& operator=(const RedisClient&) = delete;

    RedisReply command(const QList<QByteArray>& argv);
    /// Sends PING; throws unless the server answers PONG.
    void ping();

    /// The URL without its password, for messages.
    QString display() const { return m_display; }

private:
    RedisClient(redisContext* context, QString display, std::chrono::milliseconds timeout);
    [[noreturn]] void throwIoError(int savedErrno, const char* what) const;

    redisContext* m_context = nullptr;
    QString m_display;
    std::chrono::milliseconds m_timeout {};
};

} // namespace traceo
