#include "common/testservers.h"
#include "core/error.h"
#include "redis/redisclient.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>
#include <thread>

using namespace std::chrono_literals;
using traceo::RedisClient;
using traceo::RedisReply;

class TestRedis : public QObject
{
    Q_OBJECT

    static QUrl withPassword(QUrl url, const QByteArray& password)
    {
        url.setPassword(QString::fromUtf8(password));
        return url;
    }

private Q_SLOTS:
    void pingReturnsPong()
    {
        TRACEO_REQUIRE_SERVER_URL(url, "redis");
        RedisClient client = RedisClient::connect(url, 5s);
        const RedisReply reply = client.command({ QByteArrayLiteral("PING") });
        QCOMPARE(reply.type, RedisReply::Type::Status);
        QCOMPARE(reply.string, QByteArrayLiteral("PONG"));
        client.ping();
    }

    void setGetRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addRow("text") << QByteArrayLiteral("hello, traceo");
        QTest::addRow("binary with NUL") << QByteArray("a\0b\r\nc", 6);
        QTest::addRow("utf-8") << QStringLiteral("日本語 ✓").toUtf8();
        QTest::addRow("empty") << QByteArray();
    }
    void setGetRoundTrip()
    {
        QFETCH(QByteArray, value);
        TRACEO_REQUIRE_SERVER_URL(url, "redis");
        RedisClient client = RedisClient::connect(url, 5s);
        const QByteArray key = QByteArrayLiteral("traceo:test:") + QTest::currentDataTag();

        const RedisReply set = client.command({ QByteArrayLiteral("SET"), key, value });
        QCOMPARE(set.type, RedisReply::Type::Status);
        QCOMPARE(set.string, QByteArrayLiteral("OK"));

        const RedisReply get = client.command({ QByteArrayLiteral("GET"), key });
        QCOMPARE(get.type, RedisReply::Type::String);
        QCOMPARE(get.string, value);

        QCOMPARE(client.command({ QByteArrayLiteral("DEL"), key }).integer, 1);
        QVERIFY(client.command({ QByteArrayLiteral("GET"), key }).isNil());
    }

    void replyTypes()
    {
        TRACEO_REQUIRE_SERVER_URL(url, "redis");
        RedisClient client = RedisClient::connect(url, 5s);
        const QByteArray key = QByteArrayLiteral("traceo:test:list");
        client.command({ QByteArrayLiteral("DEL"), key });
        const RedisReply pushed
            = client.command({ QByteArrayLiteral("RPUSH"), key, QByteArrayLiteral("a"), QByteArrayLiteral("b") });
        QCOMPARE(pushed.type, RedisReply::Type::Integer);
        QCOMPARE(pushed.integer, 2);
        const RedisReply range = client.command({ QByteArrayLiteral("LRANGE"), key, "0", "-1" });
        QCOMPARE(range.type, RedisReply::Type::Array);
        QCOMPARE(range.elements.size(), 2);
        QCOMPARE(range.elements.at(1).string, QByteArrayLiteral("b"));
        client.command({ QByteArrayLiteral("DEL"), key });

        // A command the server rejects is a reply, and the connection stays usable.
        const RedisReply error = client.command({ QByteArrayLiteral("NO-SUCH-COMMAND") });
        QVERIFY(error.isError());
        QVERIFY2(error.string.contains("unknown command"), error.string.constData());
        client.ping();
    }

    void selectsTheDatabaseOfTheUrl()
    {
        TRACEO_REQUIRE_SERVER_URL(url, "redis");
        QUrl db3 = url;
        db3.setPath(QStringLiteral("/3"));
        RedisClient three = RedisClient::connect(db3, 5s);
        RedisClient zero = RedisClient::connect(url, 5s);
        const QByteArray key = QByteArrayLiteral("traceo:test:db");
        three.command({ QByteArrayLiteral("SET"), key, QByteArrayLiteral("three") });
        QVERIFY(zero.command({ QByteArrayLiteral("GET"), key }).isNil());
        QCOMPARE(three.command({ QByteArrayLiteral("GET"), key }).string, QByteArrayLiteral("three"));
        three.command({ QByteArrayLiteral("DEL"), key });
    }

    void wrongPortNamesTheUrl()
    {
        TRACEO_REQUIRE_SERVER_URL(url, "redis");
        // A port that was free a moment ago: nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QUrl wrong = url;
        wrong.setPort(port);
        wrong.setPassword(QStringLiteral("s3cret"));
        try {
            RedisClient::connect(wrong, 2s);
            QFAIL("connecting to a closed port succeeded");
        } catch (const traceo::Error& e) {
            const QString expectedUrl = QStringLiteral("redis://127.0.0.1:%1").arg(port);
            QVERIFY2(e.message().contains(expectedUrl), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("connection refused")), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(QStringLiteral("s3cret")), qPrintable(e.message()));
        }
    }

    void authenticatesWithThePasswordOfTheUrl()
    {
        TRACEO_REQUIRE_SERVER_URL(url, "redis");
        RedisClient admin = RedisClient::connect(url, 5s);
        const QByteArray password = QByteArrayLiteral("traceo test secret");
        QCOMPARE(admin.command({ "CONFIG", "SET", "requirepass", password }).string, QByteArrayLiteral("OK"));
        // Whatever happens below, the other test cases find the server without a password again.
        const auto restore = qScopeGuard([&] {
            try {
                RedisClient again = RedisClient::connect(withPassword(url, password), 5s);
                again.command({ "CONFIG", "SET", "requirepass", "" });
            } catch (const traceo::Error& e) {
                qWarning("%s", qPrintable(e.message()));
            }
        });

        RedisClient client = RedisClient::connect(withPassword(url, password), 5s);
        client.ping();
        RedisClient anonymous = RedisClient::connect(url, 5s);
        const RedisReply refused = anonymous.command({ "GET", "traceo:test:any" });
        QVERIFY(refused.isError());
        QVERIFY2(refused.string.startsWith("NOAUTH"), refused.string.constData());
    }

    void wrongPasswordIsAnAuthFailure()
    {
        TRACEO_REQUIRE_SERVER_URL(url, "redis");
        QUrl withPassword = url;
        withPassword.setPassword(QStringLiteral("wrong-password"));
        try {
            RedisClient::connect(withPassword, 5s);
            QFAIL("AUTH with a password the server does not have succeeded");
        } catch (const traceo::Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("refused the credentials")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(url.host()), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(QStringLiteral("wrong-password")), qPrintable(e.message()));
        }
    }

    void silentServerTimesOut()
    {
        // Accepts the connection but never answers: the command must time out, not hang.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("redis://127.0.0.1:%1").arg(silent.serverPort()));
        RedisClient client = RedisClient::connect(url, 300ms);
        QElapsedTimer timer;
        timer.start();
        try {
            client.ping();
            QFAIL("PING to a silent server succeeded");
        } catch (const traceo::Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("timed out")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(url.toString()), qPrintable(e.message()));
        }
        QVERIFY(timer.elapsed() < 5000);
    }

    void notRedisIsAProtocolError()
    {
        // A server that answers with something other than RESP (here an HTTP status line). hiredis
        // blocks this thread, so the fake server runs on its own, without an event loop.
        QSemaphore listening;
        quint16 port = 0;
        std::thread server([&] {
            QTcpServer http;
            if (http.listen(QHostAddress::LocalHost))
                port = http.serverPort();
            listening.release();
            if (!port || !http.waitForNewConnection(5000))
                return;
            QTcpSocket* socket = http.nextPendingConnection();
            if (socket->waitForReadyRead(5000)) {
                socket->write("HTTP/1.1 400 Bad Request\r\n\r\n");
                socket->waitForBytesWritten(5000);
            }
            socket->waitForDisconnected(5000);
        });
        listening.acquire();
        QVERIFY(port != 0);
        const QUrl url(QStringLiteral("redis://127.0.0.1:%1").arg(port));
        QString message;
        try {
            RedisClient client = RedisClient::connect(url, 2s);
            client.ping();
        } catch (const traceo::Error& e) {
            message = e.message();
        }
        server.join();
        QVERIFY2(message.contains(QStringLiteral("protocol error")), qPrintable(message));
        QVERIFY2(message.contains(url.toString()), qPrintable(message));
    }

    void malformedUrl()
    {
        QVERIFY_THROWS_EXCEPTION(traceo::Error, RedisClient::connect(QUrl(QStringLiteral("http://127.0.0.1:1")), 1s));
        QVERIFY_THROWS_EXCEPTION(
            traceo::Error, RedisClient::connect(QUrl(QStringLiteral("redis://127.0.0.1:1/x")), 1s));
    }
};

QTEST_GUILESS_MAIN(TestRedis)
#include "tst_redis.moc"
