#include "syntheticrunner.h"

#include "core/error.h"
#include "http/httpclient.h"
#include "slo/slomath.h"
#include "slo/syntheticcheckrepository.h"
#include "whendone.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

namespace {

constexpr std::chrono::minutes kFlushInterval { 1 };
constexpr int kConnectionsPerHost = 6; // QNetworkAccessManager's HTTP/1.1 limit

ProbeResult probeResult(const HttpResponse& response, qint64 latencyMs)
{
    ProbeResult r;
    r.latencyMs = latencyMs;
    r.status = response.status;
    r.body = response.body;
    r.error = response.error.message;
    switch (response.error.kind) {
    case HttpError::Kind::None:
    case HttpError::Kind::HttpStatus:
    case HttpError::Kind::Canceled: // never recorded
        r.failure = ProbeResult::Failure::None;
        r.error.clear();
        break;
    case HttpError::Kind::Timeout:
        r.failure = ProbeResult::Failure::Timeout;
        break;
    case HttpError::Kind::Connection:
        r.failure = ProbeResult::Failure::Connection;
        break;
    case HttpError::Kind::Tls:
        r.failure = ProbeResult::Failure::Tls;
        break;
    case HttpError::Kind::InvalidResponse:
        r.failure = ProbeResult::Failure::InvalidResponse;
        break;
    }
    return r;
}

} // namespace

SyntheticRunner::SyntheticRunner(QObject* parent)
    : QObject(parent)
    , m_flushTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_flushTimer->setInterval(kFlushInterval);
    connect(m_flushTimer, &QTimer::timeout, this, &SyntheticRunner::flush);
}

SyntheticRunner::~SyntheticRunner()
{
    stop();
}

void SyntheticRunner::start(std::shared_ptr<Database> db, Schedule schedule)
{
    stop();
    m_db = std::move(db);
    m_schedule = schedule;
    if (m_db)
        load(m_generation);
}

void SyntheticRunner::reload()
{
    if (!m_db)
        return;
    cancelProbes();
    load(m_generation);
}

void SyntheticRunner::load(quint64 generation)
{
    auto future = QtConcurrent::run([db = m_db]() -> std::pair<QList<SyntheticCheck>, QString> {
        try {
            QList<SyntheticCheck> enabled;
            for (const SyntheticCheck& c : SyntheticCheckRepository(db).checks())
                if (c.enabled)
                    enabled.append(c);
            return { enabled, QString() };
        } catch (const Error& e) {
            return { {}, e.message() };
        }
    });
    whenDone(this, future, [this, generation](const std::pair<QList<SyntheticCheck>, QString>& loaded) {
        if (generation != m_generation)
            return; // stopped or restarted meanwhile
        if (!loaded.second.isEmpty())
            Q_EMIT failed(loaded.second);
        schedule(loaded.first, generation);
    });
}

void SyntheticRunner::schedule(const QList<SyntheticCheck>& checks, quint64 generation)
{
    m_checks = checks;
    Q_EMIT checksLoaded(int(checks.size()));
    if (generation != m_generation)
        return; // a slot connected to checksLoaded() stopped the run
    if (m_schedule == Schedule::Once) {
        m_onceLeft = int(checks.size());
        if (checks.isEmpty())
            Q_EMIT roundFinished();
    } else {
        m_flushTimer->start();
    }
    QHash<QString, int> perOrigin;
    for (const SyntheticCheck& check : checks) {
        // QNetworkAccessManager opens at most six HTTP/1.1 connections per host and queues further
        // requests; a queued probe would count the wait as latency. Each manager also runs a thread,
        // so checks share a client up to that limit per origin.
        const QUrl url(check.url);
        const int slot
            = perOrigin[url.scheme() + u'/' + url.host() + u'/' + QString::number(url.port())]++ / kConnectionsPerHost;
        while (m_clients.size() <= slot)
            m_clients.append(new HttpClient(this));
        m_clientOf.insert(check.id, m_clients[slot]);
        if (m_schedule == Schedule::Repeat) {
            auto* timer = new QTimer(this);
            timer->setInterval(std::chrono::seconds(check.intervalSeconds));
            connect(timer, &QTimer::timeout, this, [this, check] { probe(check); });
            timer->start();
            m_timers.append(timer);
        }
        probe(check);
    }
}

void SyntheticRunner::probe(const SyntheticCheck& check)
{
    HttpClient* client = m_clientOf.value(check.id);
    if (!client || m_inFlight.value(check.id))
        return; // the previous probe is still waiting for its timeout: never pile up
    HttpRequest request;
    request.url = QUrl(check.url);
    request.method = check.method.toLatin1();
    request.timeout = std::chrono::milliseconds(check.timeoutMs);
    request.maxAttempts = 1; // a probe measures one attempt
    SyntheticStatus status;
    status.checkId = check.id;
    status.sloId = check.sloId;
    status.name = check.name;
    status.startedAt = m_clock();
    QElapsedTimer elapsed;
    elapsed.start();
    HttpCall* call = client->send(request);
    m_inFlight.insert(check.id, call);
    const quint64 generation = m_generation;
    connect(call, &HttpCall::finished, this,
        [this, check, status, elapsed, generation](const HttpResponse& response) mutable {
            const qint64 latencyMs = elapsed.elapsed();
            if (generation != m_generation || response.error.kind == HttpError::Kind::Canceled)
                return;
            m_inFlight.remove(check.id);
            const ProbeResult result = probeResult(response, latencyMs);
            const ProbeClassification verdict = classifyProbe(check, result);
            status.good = verdict.good();
            status.verdict = verdict.verdict;
            status.httpStatus = result.status;
            status.latencyMs = latencyMs;
            status.error = verdict.reason;
            record(check, status);
        });
}

void SyntheticRunner::record(const SyntheticCheck& check, const SyntheticStatus& status)
{
    m_buckets.add(check.sloId, slo::minuteOf(status.startedAt), status.good);
    m_status.insert(check.id, status);
    Q_EMIT probeFinished(status);
    if (m_schedule == Schedule::Once && --m_onceLeft == 0)
        Q_EMIT roundFinished();
}

std::optional<SyntheticStatus> SyntheticRunner::lastStatus(qint64 checkId) const
{
    const auto it = m_status.constFind(checkId);
    return it == m_status.cend() ? std::nullopt : std::optional<SyntheticStatus>(*it);
}

int SyntheticRunner::probesInFlight() const
{
    int n = 0;
    for (const QPointer<HttpCall>& call : m_inFlight)
        n += call ? 1 : 0;
    return n;
}

void SyntheticRunner::cancelProbes()
{
    ++m_generation;
    qDeleteAll(m_timers);
    m_timers.clear();
    const QList<QPointer<HttpCall>> calls = m_inFlight.values();
    m_inFlight.clear();
    for (const QPointer<HttpCall>& call : calls)
        if (call)
            call->cancel();
    for (HttpClient* client : std::as_const(m_clients))
        client->deleteLater(); // this may run inside one of its calls' finished()
    m_clients.clear();
    m_clientOf.clear();
}

QFuture<QString> SyntheticRunner::stop()
{
    cancelProbes();
    m_flushTimer->stop();
    QFuture<QString> written = flush();
    m_db.reset();
    m_checks.clear();
    return written;
}

QFuture<QString> SyntheticRunner::flush()
{
    if (m_buckets.isEmpty() || !m_db)
        return m_lastFlush.isValid() ? m_lastFlush : QtFuture::makeReadyFuture(QString());
    const QHash<qint64, QList<SliBucket>> buckets = m_buckets.take();
    int count = 0;
    for (const QList<SliBucket>& list : buckets)
        count += int(list.size());
    m_lastFlush = QtConcurrent::run([db = m_db, buckets, previous = m_lastFlush]() mutable -> QString {
        if (previous.isValid())
            previous.waitForFinished(); // writes land in order
        try {
            SyntheticCheckRepository(db).recordBuckets(buckets);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    });
    whenDone(this, m_lastFlush, [this, count](const QString& error) {
        if (error.isEmpty())
            Q_EMIT flushed(count);
        else
            Q_EMIT failed(error);
    });
    return m_lastFlush;
}

} // namespace traceo
