#include "clockslo.h"
#include "common/clirun.h"
#include "common/panebase.h"
#include "common/testservers.h"
#include "databaseopener.h"
#include "mainwindow.h"
#include "panefeed.h"
#include "prometheus/prometheusrefresher.h"
#include "slo/metricseriesstore.h"
#include "slo/slorepository.h"
#include "store/settingsrepository.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace traceo;
using traceo::test::runTraceo;

/// The console pulls SLI buckets from the Prometheus source of the open database: the SLO pane reloads
/// when buckets arrive, and a failing source is named in the status bar, never in a message box.
class TestSloPanePrometheus : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QTemporaryDir m_dir;

    QString database(const QString& name, const QUrl& source)
    {
        const QString path = m_dir.filePath(name);
        const auto imported = runTraceo({ u"--db"_s, path, u"slo"_s, u"import-spec"_s, m_dir.filePath(u"spec.yml"_s) });
        if (imported.code != 0)
            qFatal("import-spec failed: %s", qPrintable(imported.err));
        const auto added = runTraceo({ u"--db"_s, path, u"source"_s, u"add"_s, u"prom"_s, u"--kind"_s, u"prometheus"_s,
            u"--url"_s, source.toString() });
        if (added.code != 0)
            qFatal("source add failed: %s", qPrintable(added.err));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = QUrl(traceo::test::serverUrl(u"prometheus"_s));
        if (m_url.isEmpty())
            QFAIL(traceo::test::missingServerMessage(u"prometheus"_s).constData());
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        QCoreApplication::setApplicationName(u"traceo-test"_s);
        QFile spec(m_dir.filePath(u"spec.yml"_s));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write(kClockSpec);
    }

    void bucketsArriveAndTheSloPaneReloads()
    {
        const QString path = database(u"live.sqlite"_s, m_url);
        MainWindow window(openDatabase(path));
        window.show();
        PrometheusRefresher* refresher = window.prometheusRefresher();
        QVERIFY(refresher->isRunning());
        QSignalSpy added(refresher, &PrometheusRefresher::bucketsAdded);
        QSignalSpy failed(refresher, &PrometheusRefresher::failed);
        PaneFeed* slo = window.panes().at(0)->feed();
        const quint64 before = slo->generation();
        QVERIFY(added.wait(120'000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        // The first refresh reaches back 30 days (as `slo refresh`), one bucket a minute.
        QVERIFY2(
            added.first().at(0).toInt() >= 30 * 1440 - 2, qPrintable(QString::number(added.first().at(0).toInt())));
        QVERIFY(slo->generation() > before); // the SLO feed reloaded for the new buckets
        QVERIFY2(window.statusBar()->currentMessage().contains(u"added from Prometheus"_s),
            qPrintable(window.statusBar()->currentMessage()));
        const auto db = window.database().db;
        const SloDefinition ticks = SloRepository(db).slos().first();
        QVERIFY(slo::MetricSeriesStore(db).refreshedUntil(ticks.id).has_value());
        window.close();
        QVERIFY(!refresher->isRunning());
    }

    void anUnreachableSourceIsNamedInTheStatusBar()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        const QString path = database(u"down.sqlite"_s, url);
        MainWindow window(openDatabase(path));
        window.show();
        QSignalSpy failed(window.prometheusRefresher(), &PrometheusRefresher::failed);
        QVERIFY(failed.wait(60'000));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(url.toString()) && message.contains(u"SLO ticks"_s), qPrintable(message));
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        const auto db = window.database().db;
        QVERIFY(!slo::MetricSeriesStore(db).refreshedUntil(SloRepository(db).slos().first().id).has_value());
    }
};

QTEST_MAIN(TestSloPanePrometheus)
#include "tst_slopane_prometheus.moc"
