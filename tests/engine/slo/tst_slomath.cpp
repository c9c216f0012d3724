#include "slo/slomath.h"
#include "slo/slorepository.h"
#include "slo/slosnapshot.h"

#include <QtTest>
#include <cmath>

using namespace traceo;
using namespace traceo::slo;

namespace {

constexpr qint64 kStart = 29'000'000; // a Unix minute in 2025

/// `minutes` buckets from `start` with `total` events each, `badRatio` of them bad.
SliSeries constantSeries(qint64 start, qint64 minutes, double total, double badRatio)
{
    std::vector<double> good(size_t(minutes), total * (1 - badRatio));
    std::vector<double> tot(size_t(minutes), total);
    return SliSeries::fromDense(start, good, tot);
}

qint64 minuteAt(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch() / 60;
}

} // namespace

class TestSloMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promDuration_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QString>("text");
        QTest::addRow("5m") << qint64(5) << "5m";
        QTest::addRow("1h") << qint64(60) << "1h";
        QTest::addRow("1d") << qint64(1440) << "1d";
        QTest::addRow("3d") << qint64(4320) << "3d";
        QTest::addRow("30d") << qint64(43200) << "30d";
        QTest::addRow("7d is 1w") << qint64(10080) << "1w";
        QTest::addRow("28d is 4w") << qint64(40320) << "4w";
        QTest::addRow("36h") << qint64(2160) << "1d12h";
        QTest::addRow("90m") << qint64(90) << "1h30m";
    }
    void promDuration()
    {
        QFETCH(qint64, minutes);
        QFETCH(QString, text);
        QCOMPARE(slo::promDuration(minutes), text);
    }

    void calendarMonthRange_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("days");
        QTest::addRow("April") << "2025-04-15T09:30:00Z"
                               << "2025-04-01T00:00:00Z"
                               << "2025-05-01T00:00:00Z" << 30;
        QTest::addRow("first minute") << "2025-05-01T00:00:00Z"
                                      << "2025-05-01T00:00:00Z"
                                      << "2025-06-01T00:00:00Z" << 31;
        QTest::addRow("last minute") << "2025-05-31T23:59:00Z"
                                     << "2025-05-01T00:00:00Z"
                                     << "2025-06-01T00:00:00Z" << 31;
        QTest::addRow("February") << "2025-02-28T12:00:00Z"
                                  << "2025-02-01T00:00:00Z"
                                  << "2025-03-01T00:00:00Z" << 28;
        QTest::addRow("leap February") << "2024-02-29T12:00:00Z"
                                       << "2024-02-01T00:00:00Z"
                                       << "2024-03-01T00:00:00Z" << 29;
        QTest::addRow("December") << "2025-12-31T23:59:00Z"
                                  << "2025-12-01T00:00:00Z"
                                  << "2026-01-01T00:00:00Z" << 31;
    }
    void calendarMonthRange()
    {
        QFETCH(QString, at);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, days);
        const MinuteRange m = slo::calendarMonthOf(minuteAt(qPrintable(at)));
        QCOMPARE(m.from, minuteAt(qPrintable(from)));
        QCOMPARE(m.to, minuteAt(qPrintable(to)));
        QCOMPARE(m.minutes(), qint64(days) * 1440);
        const SloParams month { 0.999, 30, PeriodMode::TrafficWeighted, PeriodKind::CalendarMonth };
        QCOMPARE(month.periodMinutes(minuteAt(qPrintable(at))), qint64(days) * 1440);
        QCOMPARE(month.periodElapsedMinutes(minuteAt(qPrintable(at))), minuteAt(qPrintable(at)) - m.from);
        // Sloth's tier factors scale with the month's length: 2 % of the budget in 1 h.
        QCOMPARE(alertTableAt(month, minuteAt(qPrintable(at))).tiers[0].burnRate, 2.0 * days * 24 / 100);
    }

    void calendarMonthBudget_data()
    {
        // 1000 events a minute, a constant 0.05 % of them bad on a 99.9 % objective: burn rate 0.5. The
        // month before has 50 % bad events, which must not count.
        QTest::addColumn<QString>("at");
        QTest::addColumn<double>("monthDays");
        QTest::addColumn<double>("elapsedDays");
        QTest::addRow("30-day month, the 15th") << "2025-04-15T00:00:00Z" << 30.0 << 14.0;
        QTest::addRow("31-day month, the 15th") << "2025-05-15T00:00:00Z" << 31.0 << 14.0;
        QTest::addRow("31-day month, the 1st 12:00") << "2025-05-01T12:00:00Z" << 31.0 << 0.5;
        QTest::addRow("30-day month, the last minute") << "2025-04-30T23:59:00Z" << 30.0 << 30.0 - 1.0 / 1440;
    }
    void calendarMonthBudget()
    {
        QFETCH(QString, at);
        QFETCH(double, monthDays);
        QFETCH(double, elapsedDays);
        const qint64 atMinute = minuteAt(qPrintable(at));
        const qint64 monthStart = calendarMonthOf(atMinute).from;
        const qint64 before = 2 * 1440;
        std::vector<double> good, total;
        for (qint64 m = monthStart - before; m < atMinute + 60; ++m) { // data after the instant must not count
            total.push_back(1000);
            good.push_back(m < monthStart ? 500 : 999.5);
        }
        const SliSeries series = SliSeries::fromDense(monthStart - before, good, total);
        const SloParams params { 0.999, 30, PeriodMode::TrafficWeighted, PeriodKind::CalendarMonth };
        const SloStatus st = sloStatus(series, params, atMinute);
        const double elapsed = elapsedDays * 1440;
        QCOMPARE(st.period.total, 1000.0 * elapsed);
        QCOMPARE(st.period.bad, 0.5 * elapsed);
        QCOMPARE(st.period.burnRate, 0.5);
        // The month's budget: 0.1 % of the month's events (1000 a minute over the whole month).
        QCOMPARE(st.budgetTotalEvents, 0.001 * 1000 * monthDays * 1440);
        QCOMPARE(st.budgetConsumedEvents, 0.5 * elapsed);
        QCOMPARE(st.budgetConsumedRatio, 0.5 * elapsedDays / monthDays);
        QCOMPARE(st.budgetRemainingRatio, 1 - 0.5 * elapsedDays / monthDays);
        // At burn rate 0.5 the rest would last (1 − consumed) × 2 months: past the month's end.
        QVERIFY(std::isinf(st.minutesToExhaustion));
        // The sums the database adds up give the same (the period window is the month so far).
        const EventSums sums = series.sum(monthStart, atMinute);
        const SloStatus viaSums = sloStatus(SliSeries {}, params, atMinute, sums);
        QCOMPARE(viaSums.budgetConsumedRatio, st.budgetConsumedRatio);
        QCOMPARE(viaSums.budgetTotalEvents, st.budgetTotalEvents);

        // A rolling 30-day period over the same data counts the bad days before the month.
        if (elapsedDays < 28) {
            const SloStatus rolling = sloStatus(series, { 0.999, 30 }, atMinute);
            QVERIFY(rolling.budgetConsumedRatio > st.budgetConsumedRatio + 0.1);
        }
    }

    void calendarMonthStartsAfresh()
    {
        // At the first minute of May nothing of the month has passed: the whole budget is left, even
        // though April burnt through its own.
        const qint64 may = minuteAt("2025-05-01T00:00:00Z");
        const SliSeries series = constantSeries(may - 3 * 1440, 3 * 1440, 1000, 0.5);
        const SloParams params { 0.999, 30, PeriodMode::TrafficWeighted, PeriodKind::CalendarMonth };
        for (const PeriodMode mode : { PeriodMode::TrafficWeighted, PeriodMode::SlothMean5m }) {
            SloParams p = params;
            p.periodMode = mode;
            const SloStatus st = sloStatus(series, p, may);
            QCOMPARE(st.period.total, 0.0);
            QCOMPARE(st.budgetConsumedRatio, 0.0);
            QCOMPARE(st.budgetRemainingRatio, 1.0);
            QCOMPARE(st.budgetTotalEvents, 0.0);
            // The 5-minute burn rate is 500: 1 / 500 of the month is 89.28 minutes.
            QCOMPARE(st.currentBurnRate, 0.5 / (1 - 0.999));
            QCOMPARE(st.minutesToExhaustion, 31.0 * 1440 / st.currentBurnRate);
        }
    }

    void calendarMonthExhaustion()
    {
        // 0.2 % bad on 99.9 %: burn rate 2. On April 2nd 00:00, 1 / 15 of the budget is gone; the rest,
        // 14 / 15 of a 30-day month's budget, lasts 14 / 15 × 30 days / 2 = 14 days: before the month ends.
        const qint64 at = minuteAt("2025-04-02T00:00:00Z");
        const SliSeries series = constantSeries(at - 1440, 1440, 1000, 0.002);
        const SloStatus st
            = sloStatus(series, { 0.999, 30, PeriodMode::TrafficWeighted, PeriodKind::CalendarMonth }, at);
        QCOMPARE(st.budgetConsumedRatio, 1.0 / 15);
        QCOMPARE(st.minutesToExhaustion, 14.0 * 1440);
        // 30 days rolling over the same day: the same burn rate, but a full 30-day budget behind it.
        const SloStatus rolling = sloStatus(series, { 0.999, 30 }, at);
        QCOMPARE(rolling.budgetConsumedRatio, 2.0);
        QCOMPARE(rolling.minutesToExhaustion, 0.0);
    }

    void seriesFromBuckets()
    {
        // Out of order, a duplicate minute, a gap, and good > total clamped to no bad events.
        const std::vector<SliBucket> buckets
            = { { kStart + 3, 90, 100 }, { kStart, 99, 100 }, { kStart + 3, 5, 10 }, { kStart + 1, 120, 100 } };
        const SliSeries s = SliSeries::fromBuckets(buckets);
        QCOMPARE(s.startMinute(), kStart);
        QCOMPARE(s.count(), qint64(4));
        QCOMPARE(s.sum(kStart, kStart + 1).bad, 1.0);
        QCOMPARE(s.sum(kStart + 1, kStart + 2).bad, 0.0);
        QCOMPARE(s.sum(kStart + 1, kStart + 2).total, 100.0);
        QCOMPARE(s.sum(kStart + 2, kStart + 3).total, 0.0); // the gap
        QCOMPARE(s.sum(kStart + 3, kStart + 4).bad, 15.0);
        QCOMPARE(s.sum(kStart + 3, kStart + 4).total, 110.0);
        QCOMPARE(s.sum(kStart - 100, kStart + 100).total, 310.0); // clamped to the data
        QCOMPARE(s.sum(kStart + 10, kStart + 20).total, 0.0);
        QCOMPARE(s.sum(kStart + 2, kStart + 1).total, 0.0);
        QVERIFY(s.memoryBytes() <= size_t(16 * (s.count() + 1)));
    }

    void minuteAlignment()
    {
        QCOMPARE(minuteOfSeconds(120), qint64(2));
        QCOMPARE(minuteOfSeconds(179), qint64(2));
        QCOMPARE(minuteOfSeconds(-1), qint64(-1));
        // At T the 5m window is the buckets [T−5, T): the bucket of minute T itself is not over yet.
        std::vector<double> good(10, 10), total(10, 10);
        good[4] = 0; // minute start+4 all bad
        const SliSeries s = SliSeries::fromDense(kStart, good, total);
        QCOMPARE(windowStatus(s, kStart + 4, 5, 0.001).bad, 0.0);
        QCOMPARE(windowStatus(s, kStart + 5, 5, 0.001).bad, 10.0);
        QCOMPARE(windowStatus(s, kStart + 9, 5, 0.001).bad, 10.0);
        QCOMPARE(windowStatus(s, kStart + 10, 5, 0.001).bad, 0.0);
    }

    void constantErrorRate()
    {
        // 1 % errors for 30 days on a 99.9 % SLO: burn rate 10 everywhere, budget overspent nine times.
        const SliSeries s = constantSeries(kStart, 43200, 1000, 0.01);
        const SloStatus st = sloStatus(s, { 0.999, 30, PeriodMode::TrafficWeighted }, kStart + 43200);
        for (const WindowStatus& w : st.windows) {
            QCOMPARE(w.errorRatio, 0.01);
            QCOMPARE(w.burnRate, 0.01 / (1 - 0.999));
        }
        QCOMPARE(st.period.total, 43'200'000.0);
        QCOMPARE(st.period.bad, 432'000.0);
        QCOMPARE(st.budgetTotalEvents, 43'200'000.0 * (1 - 0.999));
        QCOMPARE(st.budgetConsumedEvents, 432'000.0);
        QCOMPARE(st.budgetRemainingEvents, 43'200'000.0 * (1 - 0.999) - 432'000.0);
        QCOMPARE(st.budgetRemainingRatio, 1 - 0.01 / (1 - 0.999));
        QVERIFY(st.budgetRemainingRatio < -8.9);
        QCOMPARE(st.currentBurnRate, st.windows[0].burnRate);
        QCOMPARE(st.minutesToExhaustion, 0.0);
    }

    void budgetAfterDays_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("remaining");
        // 0.05 % errors on 99.9 %: burn rate 0.5 → 10 days of data use half the budget of the traffic so far.
        // The budget is relative to the events seen in the period, so the remaining ratio is 1 − 0.5 at any day.
        QTest::addRow("1 day") << 1 << 0.5;
        QTest::addRow("10 days") << 10 << 0.5;
        QTest::addRow("30 days") << 30 << 0.5;
    }
    void budgetAfterDays()
    {
        QFETCH(int, days);
        QFETCH(double, remaining);
        const SliSeries s = constantSeries(kStart, qint64(days) * 1440, 1000, 0.0005);
        const SloStatus st = sloStatus(s, { 0.999, 30, PeriodMode::TrafficWeighted }, kStart + days * 1440);
        QCOMPARE(st.budgetRemainingRatio + 1.0, remaining + 1.0);
        QCOMPARE(st.budgetConsumedEvents, 0.5 * 1440 * days);
        QCOMPARE(st.budgetRemainingEvents, 1000.0 * 1440 * days * (1 - 0.999) - 0.5 * 1440 * days);
        // Burning at 0.5×, the remaining half of a 30-day budget lasts 30 days.
        QCOMPARE(st.minutesToExhaustion, 43200.0 * 0.5 / 0.5);
    }

    void noTraffic()
    {
        const SliSeries s = constantSeries(kStart, 60, 0, 0);
        const SloStatus st = sloStatus(s, {}, kStart + 60);
        QVERIFY(std::isnan(st.windows[0].errorRatio));
        QVERIFY(std::isnan(st.currentBurnRate));
        QCOMPARE(st.budgetRemainingRatio, 1.0);
        QVERIFY(std::isinf(st.minutesToExhaustion));
    }

    void gapInData()
    {
        // Traffic on [0, 60) and [120, 180) with 1 % errors, nothing in between.
        std::vector<SliBucket> buckets;
        for (qint64 m = 0; m < 180; ++m)
            if (m < 60 || m >= 120)
                buckets.push_back({ kStart + m, 990, 1000 });
        const SliSeries s = SliSeries::fromBuckets(buckets);
        QCOMPARE(s.count(), qint64(180));
        const WindowStatus inGap = windowStatus(s, kStart + 120, 60, 0.001);
        QCOMPARE(inGap.total, 0.0);
        QVERIFY(std::isnan(inGap.errorRatio));
        const WindowStatus across = windowStatus(s, kStart + 150, 60, 0.001);
        QCOMPARE(across.total, 30'000.0);
        QCOMPARE(across.errorRatio, 0.01);
        const WindowStatus twoHours = windowStatus(s, kStart + 180, 120, 0.001);
        QCOMPARE(twoHours.total, 60'000.0);
        QCOMPARE(twoHours.bad, 600.0);
    }

    void windowsAtSeriesStart()
    {
        const SliSeries s = constantSeries(kStart, 600, 100, 0.02);
        const SloStatus st = sloStatus(s, {}, kStart + 10);
        QCOMPARE(st.windows[0].total, 500.0); // 5m: full
        QCOMPARE(st.windows[2].total, 1000.0); // 1h: only the 10 minutes that exist
        QCOMPARE(st.windows[6].total, 1000.0); // 3d
        QCOMPARE(st.period.total, 1000.0);
        QCOMPARE(st.windows[2].errorRatio, 0.02);
        const SloStatus before = sloStatus(s, {}, kStart);
        QCOMPARE(before.period.total, 0.0);
    }

    void slothMeanMatchesDefinition()
    {
        // The fast path over the prefix sums equals the definition at instants near both ends and past the data.
        std::vector<SliBucket> buckets;
        for (qint64 m = 0; m < 300; ++m)
            if (m % 37 >= 5) // gaps of 5 minutes
                buckets.push_back({ kStart + m, double(100 + m % 13), double(101 + m % 13 + (m % 7 == 0 ? 20 : 0)) });
        const SliSeries s = SliSeries::fromBuckets(buckets);
        for (const qint64 offset : { 0, 1, 3, 5, 6, 60, 299, 300, 302, 304, 305, 400 }) {
            for (const qint64 period : { 60, 1440 }) {
                const qint64 at = kStart + offset;
                double sum = 0;
                int n = 0;
                for (qint64 t = at - period + 1; t <= at; ++t) {
                    const EventSums e = s.sum(t - 5, t);
                    if (e.total > 0) {
                        sum += e.bad / e.total;
                        ++n;
                    }
                }
                const double got = slothMeanRatio(s, at, period);
                if (n == 0)
                    QVERIFY(std::isnan(got));
                else
                    QCOMPARE(got, sum / n);
            }
        }
    }

    void slothPeriodMode()
    {
        // 10 minutes of 100 events with 10 bad, then 10 minutes of 1000 events with none bad.
        std::vector<double> good, total;
        for (int i = 0; i < 10; ++i) {
            good.push_back(90);
            total.push_back(100);
        }
        for (int i = 0; i < 10; ++i) {
            good.push_back(1000);
            total.push_back(1000);
        }
        const SliSeries s = SliSeries::fromDense(kStart, good, total);
        const qint64 at = kStart + 20;
        const SloStatus weighted = sloStatus(s, { 0.99, 1, PeriodMode::TrafficWeighted }, at);
        QCOMPARE(weighted.period.errorRatio, 100.0 / 11000.0);
        // Samples at T−19 … T: ten instants see only the first block (0.1), four see both, six only zeros.
        double sum = 10 * 0.1;
        for (int k = 1; k <= 4; ++k)
            sum += 10.0 * (5 - k) / (100.0 * (5 - k) + 1000.0 * k);
        const SloStatus sloth = sloStatus(s, { 0.99, 1, PeriodMode::SlothMean5m }, at);
        QCOMPARE(sloth.period.errorRatio, sum / 20);
        QCOMPARE(sloth.period.burnRate, sum / 20 / (1 - 0.99));
        QCOMPARE(sloth.budgetRemainingRatio, 1 - sum / 20 / (1 - 0.99));
        QCOMPARE(sloth.budgetConsumedEvents, 100.0); // events stay counted
    }
};

QTEST_GUILESS_MAIN(TestSloMath)
#include "tst_slomath.moc"
