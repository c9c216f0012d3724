#include "prometheusrefresher.h"

#include "core/error.h"
#include "credentials/credentialstore.h"
#include "prometheussli.h"
#include "slo/slomath.h"
#include "whendone.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(traceo::PrometheusRefresher)
};

constexpr std::chrono::minutes kInterval { 1 };

bool needsSecret(const DataSource& source)
{
    return source.auth == u"bearer" || source.auth == u"basic";
}

/// One round, off the GUI thread: every SLO with an events SLI, each in its own transaction
/// (refreshSloBuckets), so one failing SLO does not hold back the others. Raw SLIs have no event counts
/// to fill buckets with; they are evaluated from Prometheus directly and skipped here.
PrometheusRefreshRound refreshRound(const std::shared_ptr<Database>& db, const DataSource& source,
    const QString& secret, qint64 toMinute, qint64 backfillMinutes)
{
    PrometheusRefreshRound round;
    round.source = source.name;
    const QUrl url(source.url, QUrl::StrictMode);
    const QString where = Tr::tr("Prometheus source %1 (%2)").arg(source.name, url.toString(QUrl::RemoveUserInfo));
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        round.errors.append(Tr::tr("%1: not an http:// or https:// URL").arg(where));
        return round;
    }
    HttpClient http;
    if (source.auth == u"bearer")
        http.setBearerToken(secret.toUtf8());
    else if (source.auth == u"basic")
        http.setBasicAuth(url.userName(), secret);
    QUrl base = url;
    base.setUserInfo({});
    PrometheusClient prom(&http, base);
    try {
        SloRepository repo(db);
        slo::MetricSeriesStore marks(db);
        for (const SloDefinition& d : repo.slos()) {
            const std::optional<SloSliQuery> sli = repo.sliQuery(d.id);
            if (!sli || sli->kind != u"events")
                continue;
            try {
                round.buckets += refreshSloBuckets(&prom, repo, marks, d, toMinute, backfillMinutes).buckets;
                ++round.slos;
            } catch (const Error& e) {
                round.errors.append(Tr::tr("%1: %2").arg(where, e.message()));
            }
        }
    } catch (const Error& e) {
        round.errors.append(Tr::tr("%1: %2").arg(where, e.message()));
    }
    return round;
}

} // namespace

PrometheusRefresher::PrometheusRefresher(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer->setInterval(kInterval);
    connect(m_timer, &QTimer::timeout, this, &PrometheusRefresher::refreshNow);
    if (m_credentials)
        connect(m_credentials, &CredentialStore::secretRead, this, &PrometheusRefresher::secretRead);
}

PrometheusRefresher::~PrometheusRefresher() = default;

void PrometheusRefresher::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void PrometheusRefresher::start(std::shared_ptr<Database> db, const QList<DataSource>& sources)
{
    stop();
    m_db = std::move(db);
    m_sources = sources;
    if (!m_db)
        return;
    m_timer->start();
    refreshNow();
}

void PrometheusRefresher::setSources(const QList<DataSource>& sources)
{
    m_sources = sources;
    if (!m_db)
        return;
    if (m_refreshing) {
        m_again = true; // the round running uses the old source
        return;
    }
    m_timer->start(); // the next tick a full interval after this round
    refreshNow();
}

void PrometheusRefresher::stop()
{
    ++m_generation;
    m_timer->stop();
    m_db.reset();
    m_refreshing = false;
    m_again = false;
    m_pendingSecret.clear();
}

void PrometheusRefresher::refreshNow()
{
    if (!m_db || m_refreshing)
        return;
    const auto source = std::find_if(
        m_sources.cbegin(), m_sources.cend(), [](const DataSource& s) { return s.kind == u"prometheus"; });
    if (source == m_sources.cend()) {
        Q_EMIT roundFinished({});
        return;
    }
    m_refreshing = true;
    if (!needsSecret(*source)) {
        run(*source, {});
    } else if (!m_credentials) {
        finish({ source->name, 0, 0,
            { Tr::tr("Prometheus source %1 (%2): it needs a %3 secret and no credential store is available")
                    .arg(source->name, source->url, source->auth) } });
    } else {
        m_pendingSecret = source->name;
        m_credentials->read(source->name);
    }
}

void PrometheusRefresher::secretRead(const QString& name, const QString& secret, const QString& error)
{
    if (name != m_pendingSecret || !m_refreshing)
        return; // another reader's secret (the source probe reads them too)
    m_pendingSecret.clear();
    const auto source
        = std::find_if(m_sources.cbegin(), m_sources.cend(), [&name](const DataSource& s) { return s.name == name; });
    if (source == m_sources.cend()) {
        finish({});
        return;
    }
    if (secret.isEmpty()) {
        finish({ name, 0, 0,
            { Tr::tr("Prometheus source %1 (%2): no secret in the keychain: %3").arg(name, source->url, error) } });
        return;
    }
    run(*source, secret);
}

void PrometheusRefresher::run(const DataSource& source, const QString& secret)
{
    const qint64 toMinute = slo::minuteOf(m_clock());
    const quint64 generation = m_generation;
    auto future = QtConcurrent::run(refreshRound, m_db, source, secret, toMinute, m_backfillMinutes);
    whenDone(this, future, [this, generation](const PrometheusRefreshRound& round) {
        if (generation == m_generation)
            finish(round);
    });
}

void PrometheusRefresher::finish(const PrometheusRefreshRound& round)
{
    m_refreshing = false;
    if (round.buckets > 0)
        Q_EMIT bucketsAdded(round.buckets);
    if (!round.errors.isEmpty())
        Q_EMIT failed(round.errors.join(QStringLiteral("; ")));
    Q_EMIT roundFinished(round);
    if (m_again) {
        m_again = false;
        refreshNow();
    }
}

} // namespace traceo
