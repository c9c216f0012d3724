#include "clockslo.h"
#include "common/clirun.h"
#include "common/testservers.h"
#include "connectors/loopbackserver.h"
#include "credentials/credentialstore.h"
#include "prometheus/prometheusrefresher.h"
#include "slo/metricseriesstore.h"
#include "slo/slorepository.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace traceo;
using traceo::test::runTraceo;

namespace {

// A raw SLI beside the clock's events SLI: the refresher skips it (no event counts).
const char* const kRatioSlo = R"yaml(  - name: "ratio"
    objective: 99
    sli:
      raw:
        error_ratio_query: vector(0.01) + 0 * count_over_time(vector(1)[{{.window}}:1m])
    alerting: {name: RatioErrors}
)yaml";

constexpr qint64 kTo = 29'400'000; // 2025-11-25T00:00Z, in minutes
constexpr qint64 kBackfill = 1440;

QDateTime instant(qint64 minute)
{
    return QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC);
}

} // namespace

class TestPrometheusRefresher : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QTemporaryDir m_dir;
    int m_dbs = 0;

    /// A database with the spec imported (through the CLI) and, when `url` is set, a Prometheus source.
    std::shared_ptr<Database> importedDb(QString* path, const QUrl& url = {})
    {
        *path = m_dir.filePath(u"refresher%1.sqlite"_s.arg(++m_dbs));
        const auto imported
            = runTraceo({ u"--db"_s, *path, u"slo"_s, u"import-spec"_s, m_dir.filePath(u"spec.yml"_s) });
        if (imported.code != 0)
            qFatal("import-spec failed: %s", qPrintable(imported.err));
        DatabaseLocation loc;
        loc.path = *path;
        auto db = Database::open(loc);
        if (!url.isEmpty())
            SettingsRepository(db).saveDataSource({ 0, u"prometheus"_s, u"local prometheus"_s, url.toString() });
        return db;
    }

    static qint64 sloId(const std::shared_ptr<Database>& db, const QString& name)
    {
        for (const SloDefinition& d : SloRepository(db).slos())
            if (d.name == name)
                return d.id;
        return 0;
    }

    static QList<DataSource> sources(const std::shared_ptr<Database>& db)
    {
        return SettingsRepository(db).dataSources();
    }

    /// Waits for the refresher's next round, counting the ticks of a 0 ms timer while it runs.
    static PrometheusRefreshRound waitRound(QSignalSpy& spy, int* ticks = nullptr)
    {
        QTimer ticker;
        ticker.setInterval(0);
        int n = 0;
        QObject::connect(&ticker, &QTimer::timeout, [&n] { ++n; });
        ticker.start();
        const qsizetype before = spy.size();
        if (!spy.wait(60'000) && spy.size() == before)
            qFatal("no refresh round within 60 s");
        if (ticks)
            *ticks = n;
        return spy.last().at(0).value<PrometheusRefreshRound>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = QUrl(traceo::test::serverUrl(u"prometheus"_s));
        if (m_url.isEmpty())
            QFAIL(traceo::test::missingServerMessage(u"prometheus"_s).constData());
        QVERIFY(m_dir.isValid());
        QFile spec(m_dir.filePath(u"spec.yml"_s));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(QByteArray(kClockSpec) + kRatioSlo);
    }

    void fillsWhatSloRefreshStores()
    {
        QString guiPath, cliPath;
        auto gui = importedDb(&guiPath, m_url);
        auto cli = importedDb(&cliPath);
        const qint64 slo = sloId(gui, u"ticks"_s);
        QVERIFY(slo > 0);

        PrometheusRefresher refresher;
        refresher.setClock([] { return instant(kTo); });
        refresher.setBackfillMinutes(kBackfill);
        QSignalSpy rounds(&refresher, &PrometheusRefresher::roundFinished);
        QSignalSpy added(&refresher, &PrometheusRefresher::bucketsAdded);
        QSignalSpy failed(&refresher, &PrometheusRefresher::failed);
        refresher.start(gui, sources(gui));
        QVERIFY(refresher.isRefreshing());
        QCOMPARE(rounds.size(), 0); // the round runs off this thread: start() returned before it ended
        int ticks = 0;
        const PrometheusRefreshRound first = waitRound(rounds, &ticks);
        QVERIFY2(ticks > 0, "the GUI thread's timer did not tick during the round");
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QCOMPARE(first.source, u"local prometheus"_s);
        QCOMPARE(first.slos, 1); // the raw SLI has no events to fill buckets with
        QCOMPARE(first.buckets, int(kBackfill));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).toInt(), int(kBackfill));

        // The buckets follow from the queries.
        const QList<SliBucket> stored = SloRepository(gui).buckets(slo, kTo - 2 * kBackfill, kTo + 10);
        QCOMPARE(stored.size(), qsizetype(kBackfill));
        for (const SliBucket& b : stored) {
            const qint64 end = b.minute + 1;
            QCOMPARE(b.total, 60.0 * double(10 + end % 7));
            QCOMPARE(b.good, b.total - 60.0 * double(end % 4));
        }
        QCOMPARE(stored.first().minute, kTo - kBackfill);
        QCOMPARE(stored.last().minute, kTo - 1);

        // …and equal what `traceo slo refresh` stores for the same instant and backfill.
        const auto refreshed
            = runTraceo({ u"--db"_s, cliPath, u"slo"_s, u"refresh"_s, u"--prometheus"_s, m_url.toString(), u"--to"_s,
                instant(kTo).toString(Qt::ISODate), u"--backfill-days"_s, u"1"_s, u"--slo"_s, u"ticks"_s });
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        const QList<SliBucket> viaCli
            = SloRepository(cli).buckets(sloId(cli, u"ticks"_s), kTo - 2 * kBackfill, kTo + 10);
        QCOMPARE(viaCli.size(), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].minute, viaCli[i].minute);
            QCOMPARE(stored[i].good, viaCli[i].good);
            QCOMPARE(stored[i].total, viaCli[i].total);
        }
        QCOMPARE(slo::MetricSeriesStore(gui).refreshedUntil(slo), std::optional<qint64>(kTo));
        QCOMPARE(slo::MetricSeriesStore(cli).refreshedUntil(sloId(cli, u"ticks"_s)), std::optional<qint64>(kTo));

        // A second tick at the same instant adds nothing; ten minutes later it adds those ten.
        refresher.refreshNow();
        const PrometheusRefreshRound second = waitRound(rounds);
        QCOMPARE(second.buckets, 0);
        QCOMPARE(added.size(), 1);
        QCOMPARE(SloRepository(gui).buckets(slo, kTo - 2 * kBackfill, kTo + 10).size(), qsizetype(kBackfill));
        refresher.setClock([] { return instant(kTo + 10); });
        refresher.refreshNow();
        QCOMPARE(waitRound(rounds).buckets, 10);
        QCOMPARE(SloRepository(gui).buckets(slo, kTo, kTo + 20).size(), 10);
        QCOMPARE(slo::MetricSeriesStore(gui).refreshedUntil(slo), std::optional<qint64>(kTo + 10));
        QVERIFY(failed.isEmpty());
    }

    void unreachableSourceFailsAndStoresNothing()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        QString path;
        auto db = importedDb(&path, url);
        const qint64 slo = sloId(db, u"ticks"_s);

        PrometheusRefresher refresher;
        refresher.setClock([] { return instant(kTo); });
        refresher.setBackfillMinutes(kBackfill);
        QSignalSpy rounds(&refresher, &PrometheusRefresher::roundFinished);
        QSignalSpy added(&refresher, &PrometheusRefresher::bucketsAdded);
        QSignalSpy failed(&refresher, &PrometheusRefresher::failed);
        refresher.start(db, sources(db));
        const PrometheusRefreshRound round = waitRound(rounds);
        QCOMPARE(round.buckets, 0);
        QCOMPARE(round.errors.size(), 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY(added.isEmpty());
        const QString error = failed.first().at(0).toString();
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(u"local prometheus"_s), qPrintable(error));
        QVERIFY2(error.contains(url.toString()), qPrintable(error));
        QVERIFY2(error.contains(u"SLO ticks"_s), qPrintable(error));
        QVERIFY(SloRepository(db).buckets(slo, kTo - 2 * kBackfill, kTo + 10).isEmpty());
        QCOMPARE(slo::MetricSeriesStore(db).refreshedUntil(slo), std::nullopt);
    }

    void bearerTokenComesFromTheCredentialStore()
    {
        // The fixture does not check tokens, so a loopback server records the requests' headers.
        const QByteArray empty = R"({"status":"success","data":{"resultType":"matrix","result":[]}})";
        using Action = traceo::test::LoopbackServer::Action;
        traceo::test::LoopbackServer server({ Action::respond(200, empty), Action::respond(200, empty) });
        QVERIFY(server.isListening());
        QString path;
        auto db = importedDb(&path);
        SettingsRepository(db).saveDataSource(
            { 0, u"prometheus"_s, u"secured"_s, server.url(u"/"_s).toString(), u"bearer"_s });
        CredentialStore store(u"traceo-test-refresher"_s);
        QTRY_VERIFY_WITH_TIMEOUT(store.backend() != CredentialStore::Backend::Unknown, 15000);
        QSignalSpy written(&store, &CredentialStore::written);
        store.write(u"secured"_s, u"s3cret"_s);
        QVERIFY(written.wait(15000));

        PrometheusRefresher refresher(&store);
        refresher.setClock([] { return instant(kTo); });
        refresher.setBackfillMinutes(60);
        QSignalSpy rounds(&refresher, &PrometheusRefresher::roundFinished);
        refresher.start(db, sources(db));
        const PrometheusRefreshRound round = waitRound(rounds);
        QVERIFY2(round.errors.isEmpty(), qPrintable(round.errors.join(u'\n')));
        QCOMPARE(round.slos, 1);
        QCOMPARE(server.requests().size(), 2); // the error and the total range query
        for (const auto& request : server.requests())
            QCOMPARE(request.header("Authorization"), QByteArrayLiteral("Bearer s3cret"));
        QSignalSpy removed(&store, &CredentialStore::removed);
        store.remove(u"secured"_s);
        QVERIFY(removed.wait(15000));
    }

    void withoutPrometheusSourceNothingIsAsked()
    {
        QString path;
        auto db = importedDb(&path);
        PrometheusRefresher refresher;
        QSignalSpy rounds(&refresher, &PrometheusRefresher::roundFinished);
        refresher.start(db, sources(db));
        QCOMPARE(rounds.size(), 1);
        QVERIFY(rounds.first().at(0).value<PrometheusRefreshRound>().source.isEmpty());
        QVERIFY(!refresher.isRefreshing());
        // Saving a source (the settings dialog accepted) starts a round from it.
        SettingsRepository(db).saveDataSource({ 0, u"prometheus"_s, u"added later"_s, m_url.toString() });
        refresher.setClock([] { return instant(kTo); });
        refresher.setBackfillMinutes(60);
        refresher.setSources(sources(db));
        QCOMPARE(waitRound(rounds).buckets, 60);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusRefresher)
#include "tst_prometheus_refresher.moc"
