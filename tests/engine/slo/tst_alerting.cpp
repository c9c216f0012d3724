#include "slo/alerting.h"

#include <QtTest>

using namespace traceo::slo;

namespace {

constexpr qint64 kStart = 29'000'000;

SliSeries constantSeries(qint64 minutes, double total, double badRatio)
{
    std::vector<double> good(size_t(minutes), total - total * badRatio);
    std::vector<double> tot(size_t(minutes), total);
    return SliSeries::fromDense(kStart, good, tot);
}

} // namespace

class TestAlerting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slothDefaultTable()
    {
        const AlertTable t = AlertTable::slothDefault(30);
        QCOMPARE(t.tiers.size(), size_t(4));
        const double burn[] = { 14.4, 6, 3, 1 };
        const qint64 shortW[] = { 5, 30, 120, 360 };
        const qint64 longW[] = { 60, 360, 1440, 4320 };
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(t.tiers[i].burnRate, burn[i]); // exactly, as Sloth prints them
            QCOMPARE(t.tiers[i].shortMinutes, shortW[i]);
            QCOMPARE(t.tiers[i].longMinutes, longW[i]);
        }
        QCOMPARE(t.tiers[0].severity, Severity::Page);
        QCOMPARE(t.tiers[3].severity, Severity::Ticket);
        QCOMPARE(t.tiers[3].name, QStringLiteral("ticket-slow"));
    }

    void periodScaling_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QList<double>>("burn");
        // budget% × period hours / 100 / long window hours with 2, 5, 10, 10 %.
        QTest::addRow("30d") << 30 << QList<double> { 14.4, 6, 3, 1 };
        QTest::addRow("28d") << 28 << QList<double> { 13.44, 5.6, 2.8, 28.0 * 24 * 10 / 100 / 72 };
        QTest::addRow("7d") << 7 << QList<double> { 3.36, 1.4, 0.7, 7.0 * 24 * 10 / 100 / 72 };
    }
    void periodScaling()
    {
        QFETCH(int, days);
        QFETCH(QList<double>, burn);
        const AlertTable t = AlertTable::slothDefault(days);
        for (size_t i = 0; i < 4; ++i)
            QCOMPARE(t.tiers[i].burnRate, burn[qsizetype(i)]);
    }

    void slothSevenDayWindows()
    {
        // Sloth's windows/7d.yaml: 8 %, 12.5 %, 20 %, 42 % on the same windows.
        const AlertTable t
            = AlertTable::fromWindows(7 * 1440, { 8, 5, 60 }, { 12.5, 30, 360 }, { 20, 120, 1440 }, { 42, 360, 4320 });
        QCOMPARE(t.tiers[0].burnRate, 13.44);
        QCOMPARE(t.tiers[1].burnRate, 3.5);
        QCOMPARE(t.tiers[2].burnRate, 1.4);
        QCOMPARE(t.tiers[3].burnRate, 0.98);
    }

    void constantRate_data()
    {
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<QList<bool>>("firing"); // page-quick, page-slow, ticket-quick, ticket-slow
        QTest::addRow("0.05 pct") << 0.0005 << QList<bool> { false, false, false, false };
        QTest::addRow("0.2 pct slow ticket only") << 0.002 << QList<bool> { false, false, false, true };
        QTest::addRow("0.5 pct tickets") << 0.005 << QList<bool> { false, false, true, true };
        QTest::addRow("1 pct pages") << 0.01 << QList<bool> { false, true, true, true };
        QTest::addRow("2 pct everything") << 0.02 << QList<bool> { true, true, true, true };
    }
    void constantRate()
    {
        QFETCH(double, errorRate);
        QFETCH(QList<bool>, firing);
        const SliSeries s = constantSeries(4 * 1440, 1000, errorRate);
        const AlertState st = evaluateAlerts(s, 0.999, AlertTable::slothDefault(30), kStart + 4 * 1440);
        QCOMPARE(st.tiers.size(), size_t(4));
        for (size_t i = 0; i < 4; ++i)
            QCOMPARE(st.tiers[i].firing, firing[qsizetype(i)]);
        QCOMPARE(st.page, firing[0] || firing[1]);
        QCOMPARE(st.ticket, firing[2] || firing[3]);
        QCOMPARE(st.tiers[0].threshold, 14.4 * (1 - 0.999));
    }

    void noTrafficDoesNotFire()
    {
        const SliSeries s = constantSeries(60, 1000, 1.0);
        // An hour later the short windows are empty: NaN ratios never exceed a threshold.
        const AlertState st = evaluateAlerts(s, 0.999, AlertTable::slothDefault(30), kStart + 180);
        QVERIFY(!st.page);
        QVERIFY(std::isnan(st.tiers[0].shortRatio));
    }

    void intervalsMatchStateAtEachMinute()
    {
        // The history's fast path and evaluateAlerts agree minute by minute, at the edges of the data too.
        const qint64 minutes = 3 * 1440;
        std::vector<double> good(static_cast<size_t>(minutes)), total(static_cast<size_t>(minutes));
        for (qint64 m = 0; m < minutes; ++m) {
            total[size_t(m)] = 100 + double(m % 17);
            const bool incident = (m > 200 && m < 230) || (m > 2000 && m < 2400) || m % 97 == 0;
            good[size_t(m)] = total[size_t(m)] - (incident ? 30 : 0);
        }
        const SliSeries s = SliSeries::fromDense(kStart, good, total);
        const AlertTable table = AlertTable::slothDefault(7);
        const qint64 from = kStart - 10;
        const qint64 to = kStart + minutes + 400;
        const std::vector<FiringInterval> intervals = firingIntervals(s, 0.99, table, from, to);
        for (qint64 t = from; t <= to; ++t) {
            const AlertState st = evaluateAlerts(s, 0.99, table, t);
            for (size_t i = 0; i < table.tiers.size(); ++i) {
                bool inInterval = false;
                for (const FiringInterval& f : intervals)
                    inInterval = inInterval || (f.tier == int(i) && t >= f.fromMinute && t < f.toMinute);
                if (inInterval != st.tiers[i].firing)
                    QFAIL(qPrintable(QStringLiteral("tier %1 at minute %2").arg(i).arg(t - kStart)));
            }
        }
        QVERIFY(!intervals.empty());
    }

    void incidentIntervals()
    {
        // Four days and a bit of clean traffic (1000/min), then 10 minutes at 100 % errors from I.
        const qint64 minutes = 4320 + 60 + 1440;
        std::vector<double> good(size_t(minutes), 1000), total(size_t(minutes), 1000);
        const qint64 incident = 4320 + 60;
        for (qint64 m = incident; m < incident + 10; ++m)
            good[size_t(m)] = 0;
        const SliSeries s = SliSeries::fromDense(kStart, good, total);
        const qint64 i0 = kStart + incident;
        // With c incident minutes in a window of w: ratio c / w against burn × 0.001:
        // page-quick 5m c ≥ 1 and 1h c ≥ 1 → [I+1, I+15); page-slow 30m c ≥ 1, 6h c ≥ 3 → [I+3, I+40);
        // ticket-quick 2h c ≥ 1, 1d c ≥ 5 → [I+5, I+130); ticket-slow 6h c ≥ 1, 3d c ≥ 5 → [I+5, I+370).
        const std::vector<FiringInterval> expected = {
            { 0, Severity::Page, i0 + 1, i0 + 15 },
            { 1, Severity::Page, i0 + 3, i0 + 40 },
            { 2, Severity::Ticket, i0 + 5, i0 + 130 },
            { 3, Severity::Ticket, i0 + 5, i0 + 370 },
        };
        const std::vector<FiringInterval> got
            = firingIntervals(s, 0.999, AlertTable::slothDefault(30), kStart, kStart + minutes);
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].tier, expected[i].tier);
            QCOMPARE(got[i].fromMinute - i0, expected[i].fromMinute - i0);
            QCOMPARE(got[i].toMinute - i0, expected[i].toMinute - i0);
        }
        const std::vector<FiringInterval> merged = mergeBySeverity(got);
        QCOMPARE(merged.size(), size_t(2));
        QCOMPARE(merged[0], (FiringInterval { -1, Severity::Page, i0 + 1, i0 + 40 }));
        QCOMPARE(merged[1], (FiringInterval { -1, Severity::Ticket, i0 + 5, i0 + 370 }));

        // The same alerts cut to a range: an interval open at the end is closed at to + 1.
        const std::vector<FiringInterval> cut
            = firingIntervals(s, 0.999, AlertTable::slothDefault(30), i0 + 10, i0 + 20);
        QCOMPARE(cut.front().fromMinute, i0 + 10);
        QCOMPARE(cut.front().toMinute, i0 + 15);
        QCOMPARE(cut.back().toMinute, i0 + 21);
    }
};

QTEST_GUILESS_MAIN(TestAlerting)
#include "tst_alerting.moc"
