#include "timewindowstate.h"

#include <QSignalSpy>
#include <QtTest>

using traceo::TimeWindow;
using traceo::TimeWindowState;

class TestTimeWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToLastDay()
    {
        TimeWindowState state;
        QCOMPARE(state.window().kind(), TimeWindow::Preset::LastDay);
        QCOMPARE(state.label(), QStringLiteral("Last day"));
    }

    void emitsOnlyOnChange()
    {
        TimeWindowState state;
        QSignalSpy spy(&state, &TimeWindowState::changed);
        state.setWindow(TimeWindow::preset(TimeWindow::Preset::LastDay));
        QCOMPARE(spy.size(), 0);
        state.setWindow(TimeWindow::preset(TimeWindow::Preset::Last7Days));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<TimeWindow>(), TimeWindow::preset(TimeWindow::Preset::Last7Days));
        QCOMPARE(state.window().kind(), TimeWindow::Preset::Last7Days);
        state.setWindow(TimeWindow::preset(TimeWindow::Preset::Last7Days));
        QCOMPARE(spy.size(), 1);
    }

    void labels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addRow("1h") << QStringLiteral("1h") << QStringLiteral("Last hour");
        QTest::addRow("6h") << QStringLiteral("6h") << QStringLiteral("Last 6 hours");
        QTest::addRow("1d") << QStringLiteral("1d") << QStringLiteral("Last day");
        QTest::addRow("7d") << QStringLiteral("7d") << QStringLiteral("Last 7 days");
        QTest::addRow("30d") << QStringLiteral("30d") << QStringLiteral("Last 30 days");
    }

    void labels()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QCOMPARE(TimeWindowState::label(TimeWindow::parse(text)), label);
    }

    void customWindow()
    {
        TimeWindowState state;
        QSignalSpy spy(&state, &TimeWindowState::changed);
        const QDateTime from(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
        state.setWindow(TimeWindow::custom(from, to));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(state.window().kind(), TimeWindow::Preset::Custom);
        QCOMPARE(state.window().from(), from);
        QVERIFY(state.label().contains(QLocale().toString(from.toLocalTime(), QLocale::ShortFormat)));
    }
};

QTEST_GUILESS_MAIN(TestTimeWindowState)
#include "tst_timewindowstate.moc"
