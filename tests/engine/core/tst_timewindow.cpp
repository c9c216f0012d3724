#include "core/error.h"
#include "core/timewindow.h"

#include <QtTest>

using namespace traceo;

class TestTimeWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addRow("1h") << "1h" << qint64(3600);
        QTest::addRow("6h") << "6h" << qint64(21600);
        QTest::addRow("1d") << "1d" << qint64(86400);
        QTest::addRow("7d") << "7d" << qint64(604800);
        QTest::addRow("30d") << "30d" << qint64(2592000);
    }

    void presets()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const TimeWindow w = TimeWindow::parse(text);
        QCOMPARE(w.seconds(), seconds);
        QCOMPARE(w.toString(), text);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-27T12:00:00Z"), Qt::ISODate);
        QCOMPARE(w.to(now), now);
        QCOMPARE(w.from(now).secsTo(now), seconds);
    }

    void custom()
    {
        const TimeWindow w = TimeWindow::parse(QStringLiteral("2026-09-01T00:00:00Z/2026-09-02T06:00:00Z"));
        QCOMPARE(w.kind(), TimeWindow::Preset::Custom);
        QCOMPARE(w.seconds(), qint64(30 * 3600));
        QCOMPARE(TimeWindow::parse(w.toString()), w);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("unknown unit") << "5w";
        QTest::addRow("empty") << "";
        QTest::addRow("reversed") << "2026-09-02T00:00:00Z/2026-09-01T00:00:00Z";
        QTest::addRow("garbage range") << "yesterday/today";
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(Error, TimeWindow::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
