#include "connectors/loopbackserver.h"
#include "connectors/testcertificate.h"
#include "http/httpclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QtTest>

using namespace std::chrono_literals;
using traceo::HttpCall;
using traceo::HttpClient;
using traceo::HttpError;
using traceo::HttpRequest;
using traceo::HttpResponse;
using traceo::RetryPolicy;
using Server = traceo::test::LoopbackServer;
using Action = traceo::test::LoopbackServer::Action;

namespace {

// Small delays keep the suite fast; jitter 0 makes the backoff's lower bound exact.
RetryPolicy fastPolicy(std::chrono::milliseconds base = 20ms, std::chrono::milliseconds max = 200ms)
{
    RetryPolicy policy;
    policy.baseDelay = base;
    policy.maxDelay = max;
    policy.jitter = 0;
    return policy;
}

HttpRequest request(const QUrl& url, QByteArray method = "GET", int maxAttempts = 4)
{
    HttpRequest r;
    r.url = url;
    r.method = std::move(method);
    r.timeout = 5000ms; // generous: only the timeout tests want it short (valgrind, loaded CI machines)
    r.maxAttempts = maxAttempts;
    return r;
}

QSslConfiguration serverTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(traceo::test::kLoopbackCertificatePem, QSsl::Pem));
    tls.setPrivateKey(QSslKey(traceo::test::kLoopbackKeyPem, QSsl::Ec, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

// Sends and waits for finished(); checks it came exactly once.
HttpResponse run(HttpClient& client, const HttpRequest& r)
{
    HttpCall* call = client.send(r);
    QSignalSpy spy(call, &HttpCall::finished);
    if (!spy.wait(10000) || spy.size() != 1) {
        qWarning("finished() was not emitted exactly once");
        return {};
    }
    return spy.at(0).at(0).value<HttpResponse>();
}

} // namespace

Q_DECLARE_METATYPE(HttpError::Kind)

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDelay_data();
    void backoffDelay();
    void retryAfter_data();
    void retryAfter();
    void idempotentMethods();

    void success();
    void sendBlocking();
    void timeout();
    void drop();
    void retriesUnavailable_data();
    void retriesUnavailable();
    void retriesOnlyIdempotent_data();
    void retriesOnlyIdempotent();
    void notFound();
    void garbage();
    void tooManyRequestsRetryAfter();
    void cancelMidRetry();
    void cancelInFlight();
    void connectionRefused();
    void authorization_data();
    void authorization();
    void passwordNotInMessage();
    void invalidUrl();
    void destroyingClientCancels();
    void redirect_data();
    void redirect();
    void tlsSelfSignedRejected();
    void tlsVerificationOff();
};

void TestHttpClient::backoffDelay_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("first, no jitter") << 1 << 0.0 << 0.7 << qint64(200);
    QTest::addRow("third, no jitter") << 3 << 0.0 << 0.7 << qint64(800);
    QTest::addRow("capped") << 10 << 0.0 << 0.0 << qint64(5000);
    QTest::addRow("huge retry stays capped") << 100000 << 0.0 << 0.0 << qint64(5000);
    QTest::addRow("half jitter, low draw") << 2 << 0.5 << 0.0 << qint64(200);
    QTest::addRow("half jitter, high draw") << 2 << 0.5 << 1.0 << qint64(400);
    QTest::addRow("full jitter, low draw") << 2 << 1.0 << 0.0 << qint64(0);
}

void TestHttpClient::backoffDelay()
{
    QFETCH(int, retry);
    QFETCH(double, jitter);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    RetryPolicy policy;
    policy.jitter = jitter;
    QCOMPARE(qint64(traceo::backoffDelay(policy, retry, random).count()), expected);
}

void TestHttpClient::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: not understood
    QTest::addRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::addRow("spaces") << QByteArray(" 0 ") << qint64(0);
    QTest::addRow("empty") << QByteArray() << qint64(-1);
    QTest::addRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::addRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(-1);
    QTest::addRow("overflow is long, not garbage")
        << QByteArray("99999999999999999999999") << qint64(365LL * 24 * 3600 * 1000);
}

void TestHttpClient::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const auto parsed = traceo::parseRetryAfter(value);
    QCOMPARE(parsed ? qint64(parsed->count()) : qint64(-1), expected);
}

void TestHttpClient::idempotentMethods()
{
    for (const char* m : { "GET", "head", "PUT", "DELETE", "OPTIONS" })
        QVERIFY2(traceo::isIdempotentMethod(m), m);
    for (const char* m : { "POST", "PATCH", "CONNECT", "" })
        QVERIFY2(!traceo::isIdempotentMethod(m), m);
}

void TestHttpClient::success()
{
    Server server({ Action::respond(200, QByteArrayLiteral("hello"), { { "X-Trace", "42" } }) });
    QVERIFY(server.isListening());
    HttpClient client;
    HttpRequest r = request(server.url(QStringLiteral("/api/v1/status")));
    r.headers.emplaceBack("X-Custom", "yes");
    const HttpResponse response = run(client, r);
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("hello"));
    QCOMPARE(response.header("x-trace"), QByteArray("42"));
    QCOMPARE(response.attempts, 1);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().at(0).target, QByteArray("/api/v1/status"));
    QCOMPARE(server.requests().at(0).header("X-Custom"), QByteArray("yes"));
    QVERIFY(server.requests().at(0).header("User-Agent").startsWith("Traceo/"));
}

void TestHttpClient::sendBlocking()
{
    Server server({ Action::respond(201, QByteArrayLiteral("made")) });
    HttpClient client;
    HttpRequest r = request(server.url(), "POST");
    r.body = QByteArrayLiteral("{\"a\":1}");
    r.headers.emplaceBack("Content-Type", "application/json");
    const HttpResponse response = client.sendBlocking(r);
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.status, 201);
    QCOMPARE(response.body, QByteArray("made"));
    QCOMPARE(server.requests().at(0).method, QByteArray("POST"));
    QCOMPARE(server.requests().at(0).body, QByteArray("{\"a\":1}"));
    QCOMPARE(server.requests().at(0).header("Content-Type"), QByteArray("application/json"));
}

void TestHttpClient::timeout()
{
    Server server({ Action::silent() });
    HttpClient client;
    client.setRetryPolicy(fastPolicy());
    HttpRequest r = request(server.url(), "GET", 2);
    r.timeout = 150ms;
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpResponse response = run(client, r);
    QCOMPARE(response.error.kind, HttpError::Kind::Timeout);
    QCOMPARE(response.attempts, 2);
    QVERIFY(elapsed.elapsed() >= (2 * 150 + 20) * 9 / 10);
    QVERIFY2(response.error.message.contains(server.url().toString()), qPrintable(response.error.message));
    QVERIFY2(
        response.error.message.contains(QLatin1String("timed out after 150 ms")), qPrintable(response.error.message));
    QVERIFY2(response.error.message.contains(QLatin1String("2 attempts")), qPrintable(response.error.message));
    QVERIFY(response.error.message.startsWith(QLatin1String("GET ")));
}

void TestHttpClient::drop()
{
    Server server({ Action::drop() });
    HttpClient client;
    client.setRetryPolicy(fastPolicy());
    const HttpResponse response = run(client, request(server.url(), "GET", 3));
    QCOMPARE(response.error.kind, HttpError::Kind::Connection);
    QCOMPARE(response.attempts, 3);
    QVERIFY(server.requests().size() >= 3); // Qt may itself resend once on a closed connection
    QVERIFY2(response.error.message.contains(server.url().toString()), qPrintable(response.error.message));
}

void TestHttpClient::retriesUnavailable_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("status");
    QTest::addRow("503 once") << 1 << 503;
    QTest::addRow("503 three times") << 3 << 503;
    QTest::addRow("502 twice") << 2 << 502;
    QTest::addRow("504 twice") << 2 << 504;
}

void TestHttpClient::retriesUnavailable()
{
    QFETCH(int, failures);
    QFETCH(int, status);
    QList<Action> script;
    for (int i = 0; i < failures; ++i)
        script << Action::respond(status, QByteArrayLiteral("busy"));
    script << Action::respond(200, QByteArrayLiteral("fine"));
    Server server(script);
    HttpClient client;
    client.setRetryPolicy(fastPolicy(40ms, 1000ms));
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpResponse response = run(client, request(server.url(), "GET", 4));
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.body, QByteArray("fine"));
    QCOMPARE(response.attempts, failures + 1);
    QCOMPARE(server.requests().size(), failures + 1);
    // Backoff waited 40, 80, 160 ms ... (no jitter): a loose lower bound only (coarse timers may
    // fire up to 5% early).
    const qint64 minimumWait = 40 * ((1LL << failures) - 1) * 9 / 10;
    QVERIFY2(elapsed.elapsed() >= minimumWait, qPrintable(QString::number(elapsed.elapsed())));
}

void TestHttpClient::retriesOnlyIdempotent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempts");
    QTest::addRow("POST 500") << QByteArray("POST") << 500 << 1;
    QTest::addRow("POST 503") << QByteArray("POST") << 503 << 1;
    QTest::addRow("PATCH 503") << QByteArray("PATCH") << 503 << 1;
    QTest::addRow("GET 500 is not retried") << QByteArray("GET") << 500 << 1;
    QTest::addRow("GET 400") << QByteArray("GET") << 400 << 1;
    QTest::addRow("GET 401") << QByteArray("GET") << 401 << 1;
    QTest::addRow("GET 418") << QByteArray("GET") << 418 << 1;
    QTest::addRow("GET 422") << QByteArray("GET") << 422 << 1;
    QTest::addRow("GET 302 without Location") << QByteArray("GET") << 302 << 1;
    QTest::addRow("PUT 503") << QByteArray("PUT") << 503 << 3;
    QTest::addRow("DELETE 503") << QByteArray("DELETE") << 503 << 3;
}

void TestHttpClient::retriesOnlyIdempotent()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(int, attempts);
    Server server({ Action::respond(status, QByteArrayLiteral("nope")) });
    HttpClient client;
    client.setRetryPolicy(fastPolicy(5ms));
    HttpRequest r = request(server.url(), method, 3);
    r.body = QByteArrayLiteral("payload");
    const HttpResponse response = run(client, r);
    QCOMPARE(response.error.kind, HttpError::Kind::HttpStatus);
    QCOMPARE(response.error.httpStatus, status);
    QCOMPARE(response.status, status);
    QCOMPARE(response.attempts, attempts);
    QCOMPARE(server.requests().size(), attempts);
    QCOMPARE(server.requests().at(0).method, method);
    QCOMPARE(server.requests().at(0).body, QByteArray("payload"));
}

void TestHttpClient::notFound()
{
    Server server({ Action::respond(404, QByteArrayLiteral("no such   route\n/api/v9")) });
    HttpClient client;
    const HttpResponse response = run(client, request(server.url(QStringLiteral("/api/v9"))));
    QCOMPARE(response.error.kind, HttpError::Kind::HttpStatus);
    QCOMPARE(response.error.httpStatus, 404);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.body, QByteArray("no such   route\n/api/v9"));
    QCOMPARE(response.error.url, server.url(QStringLiteral("/api/v9")));
    QCOMPARE(response.error.message,
        QStringLiteral("GET %1: HTTP 404 Not Found: no such route /api/v9")
            .arg(server.url(QStringLiteral("/api/v9")).toString()));
}

void TestHttpClient::garbage()
{
    Server server({ Action::garbage() });
    HttpClient client;
    client.setRetryPolicy(fastPolicy());
    const HttpResponse response = run(client, request(server.url(), "GET", 2));
    // Qt 6.4 skips a status line that is not HTTP and then reports "Connection closed"
    // (RemoteHostClosedError): a connection error, so it is retried like one.
    QCOMPARE(response.error.kind, HttpError::Kind::Connection);
    QCOMPARE(response.attempts, 2);
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error.message.contains(server.url().toString()), qPrintable(response.error.message));
}

void TestHttpClient::tooManyRequestsRetryAfter()
{
    // Retry-After: 1 s, capped by maxDelay at 300 ms; without it the wait would be 1 ms.
    Server server({ Action::respond(429, QByteArrayLiteral("slow down"), { { "Retry-After", "1" } }),
        Action::respond(200, QByteArrayLiteral("ok")) });
    HttpClient client;
    client.setRetryPolicy(fastPolicy(1ms, 300ms));
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpResponse response = run(client, request(server.url()));
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.attempts, 2);
    QVERIFY2(elapsed.elapsed() >= 270, qPrintable(QString::number(elapsed.elapsed())));
}

void TestHttpClient::cancelMidRetry()
{
    Server server({ Action::respond(503) });
    HttpClient client;
    client.setRetryPolicy(fastPolicy(400ms, 400ms));
    HttpCall* call = client.send(request(server.url(), "GET", 5));
    QPointer<HttpCall> guard = call;
    QSignalSpy spy(call, &HttpCall::finished);
    QTRY_COMPARE(call->attempts(), 1);
    QTRY_COMPARE(server.requests().size(), 1);
    QTest::qWait(100); // the 503 has arrived; the retry waits 400 ms
    QCOMPARE(spy.size(), 0);
    call->cancel();
    QCOMPARE(spy.size(), 1);
    call->cancel(); // a second cancel is harmless
    QTest::qWait(600);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(server.requests().size(), 1); // the pending retry never ran
    const auto response = spy.at(0).at(0).value<HttpResponse>();
    QCOMPARE(response.error.kind, HttpError::Kind::Canceled);
    QCOMPARE(response.attempts, 1);
    QVERIFY(response.error.message.contains(server.url().toString()));
    QTRY_VERIFY(guard.isNull()); // deleted itself
}

void TestHttpClient::cancelInFlight()
{
    Server server({ Action::silent() });
    HttpClient client;
    HttpRequest r = request(server.url());
    r.timeout = 5000ms;
    HttpCall* call = client.send(r);
    QSignalSpy spy(call, &HttpCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    call->cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<HttpResponse>().error.kind, HttpError::Kind::Canceled);
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);
}

void TestHttpClient::connectionRefused()
{
    QUrl url;
    {
        Server closed;
        url = closed.url();
    } // the port is closed now
    HttpClient client;
    client.setRetryPolicy(fastPolicy(5ms));
    const HttpResponse response = run(client, request(url, "GET", 2));
    QCOMPARE(response.error.kind, HttpError::Kind::Connection);
    QCOMPARE(response.attempts, 2);
    QVERIFY2(response.error.message.contains(url.toString()), qPrintable(response.error.message));
    QVERIFY2(response.error.message.contains(QLatin1String("refused"), Qt::CaseInsensitive),
        qPrintable(response.error.message));
}

void TestHttpClient::authorization_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("bearer") << QByteArray("s3cr3t.token") << QString() << QByteArray("Bearer s3cr3t.token");
    QTest::addRow("basic") << QByteArray() << QStringLiteral("alice") << QByteArray("Basic YWxpY2U6cHfDtnJk");
    QTest::addRow("none") << QByteArray() << QString() << QByteArray();
}

void TestHttpClient::authorization()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, user);
    QFETCH(QByteArray, expected);
    Server server;
    HttpClient client;
    if (!token.isEmpty())
        client.setBearerToken(token);
    if (!user.isEmpty())
        client.setBasicAuth(user, QStringLiteral("pw\u00f6rd"));
    const HttpResponse response = run(client, request(server.url()));
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(server.requests().at(0).header("Authorization"), expected);
}

void TestHttpClient::passwordNotInMessage()
{
    Server server({ Action::respond(404) });
    QUrl url = server.url();
    url.setUserName(QStringLiteral("bob"));
    url.setPassword(QStringLiteral("hunter2"));
    HttpClient client;
    const HttpResponse response = run(client, request(url));
    QCOMPARE(response.error.kind, HttpError::Kind::HttpStatus);
    QVERIFY(!response.error.message.contains(QLatin1String("hunter2")));
    QVERIFY(response.error.url.password().isEmpty());
}

void TestHttpClient::invalidUrl()
{
    HttpClient client;
    HttpCall* call = client.send(request(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
    QSignalSpy spy(call, &HttpCall::finished); // connected after send(): still gets the signal
    QVERIFY(spy.wait(2000));
    const auto response = spy.at(0).at(0).value<HttpResponse>();
    QCOMPARE(response.error.kind, HttpError::Kind::Connection);
    QVERIFY(response.error.message.contains(QLatin1String("ftp://127.0.0.1/x")));
}

void TestHttpClient::destroyingClientCancels()
{
    Server server({ Action::silent() });
    auto* client = new HttpClient;
    HttpCall* call = client->send(request(server.url()));
    QSignalSpy spy(call, &HttpCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    delete client;
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<HttpResponse>().error.kind, HttpError::Kind::Canceled);
}

void TestHttpClient::redirect_data()
{
    QTest::addColumn<bool>("withToken");
    QTest::addRow("followed without credentials") << false;
    QTest::addRow("not followed to another origin with a token") << true;
}

void TestHttpClient::redirect()
{
    QFETCH(bool, withToken);
    Server other({ Action::respond(200, QByteArrayLiteral("moved here")) });
    Server first({ Action::respond(302, {}, { { "Location", other.url(QStringLiteral("/new")).toEncoded() } }) });
    HttpClient client;
    if (withToken)
        client.setBearerToken(QByteArrayLiteral("t0ken"));
    const HttpResponse response = run(client, request(first.url()));
    if (!withToken) {
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QCOMPARE(response.body, QByteArray("moved here"));
        QCOMPARE(other.requests().size(), 1);
        return;
    }
    QCOMPARE(response.error.kind, HttpError::Kind::HttpStatus);
    QCOMPARE(response.error.httpStatus, 302);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(other.requests().size(), 0); // the token never left for the other port
}

void TestHttpClient::tlsSelfSignedRejected()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    Server server({ Action::respond(200, QByteArrayLiteral("secret")) }, serverTls());
    QVERIFY(server.isListening());
    HttpClient client;
    QVERIFY(client.tlsVerification()); // on by default
    client.setRetryPolicy(fastPolicy());
    const HttpResponse response = run(client, request(server.url(), "GET", 3));
    QCOMPARE(response.error.kind, HttpError::Kind::Tls);
    QCOMPARE(response.attempts, 1); // a certificate problem does not go away by retrying
    QVERIFY(response.body.isEmpty());
    QVERIFY2(
        response.error.message.startsWith(QStringLiteral("GET ") + server.url().toString() + QLatin1String(": TLS")),
        qPrintable(response.error.message));
    QVERIFY2(response.error.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
        qPrintable(response.error.message));
}

void TestHttpClient::tlsVerificationOff()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    Server server({ Action::respond(200, QByteArrayLiteral("over tls")) }, serverTls());
    HttpClient client;
    client.setTlsVerification(false);
    const HttpResponse response = run(client, request(server.url()));
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.body, QByteArray("over tls"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
