#include "core/error.h"
#include "slo/promql/promqleval.h"

#include <QtTest>

using namespace traceo;
using namespace traceo::slo;
using namespace traceo::slo::promql;

namespace {

MetricSeries series(QMap<QString, QString> labels, std::vector<qint64> t, std::vector<double> v)
{
    return { QStringLiteral("m_total"), std::move(labels), QStringLiteral("counter"), std::move(t), std::move(v) };
}

} // namespace

class TestPromql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSlothForms()
    {
        const EventsQuery q = parseEventsQuery(QString::fromUtf8(
            R"q(sum(rate(http_requests_total{job="myservice",code=~"(5..|429)", path!="/x", le!~'0\\.1'}[1h30m])))q"));
        QCOMPARE(q.function, EventsQuery::Function::Rate);
        QCOMPARE(q.grouping, EventsQuery::Grouping::Sum);
        QCOMPARE(q.metric, QStringLiteral("http_requests_total"));
        QCOMPARE(q.rangeMs, qint64(90 * 60'000));
        QCOMPARE(q.matchers.size(), size_t(4));
        QVERIFY(q.matchers[1].matches(QStringLiteral("503")));
        QVERIFY(q.matchers[1].matches(QStringLiteral("429")));
        QVERIFY(!q.matchers[1].matches(QStringLiteral("4290"))); // anchored
        QVERIFY(!q.matchers[2].matches(QStringLiteral("/x")));
        QCOMPARE(q.matchers[3].value, QStringLiteral("0\\.1"));
        QVERIFY(!q.matchers[3].matches(QStringLiteral("0.1"))); // !~ with an escaped dot
        QVERIFY(q.matchers[3].matches(QStringLiteral("0x1")));

        const EventsQuery by = parseEventsQuery(QStringLiteral("sum by (job, code) (increase({__name__=\"x\"}[5m]))"));
        QCOMPARE(by.metric, QStringLiteral("x"));
        QCOMPARE(by.function, EventsQuery::Function::Increase);
        QCOMPARE(by.grouping, EventsQuery::Grouping::SumBy);
        QCOMPARE(by.groupLabels, (QStringList { QStringLiteral("job"), QStringLiteral("code") }));
        const EventsQuery after = parseEventsQuery(QStringLiteral("( sum((rate(x[1d]))) without (pod) )"));
        QCOMPARE(after.grouping, EventsQuery::Grouping::SumWithout);
        QCOMPARE(after.rangeMs, qint64(86'400'000));
        QCOMPARE(parseEventsQuery(QStringLiteral("rate(x[30s])")).grouping, EventsQuery::Grouping::None);
    }

    void rejectsOthers_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("start");
        QTest::addRow("subquery") << "sum_over_time((count(x < 0.75))[5m:]) OR on() vector(0)"
                                  << "column 1:";
        QTest::addRow("binary op") << "sum(rate(x[5m])) * 2"
                                   << "column 18:";
        QTest::addRow("no range") << "sum(rate(x))"
                                  << "column 11:";
        QTest::addRow("bad duration") << "rate(x[5q])"
                                      << "column 8:";
        QTest::addRow("bad regex") << "rate(x{a=~\"(\"}[5m])"
                                   << "column 14:";
        QTest::addRow("no metric") << "rate({a=\"b\"}[5m])"
                                   << "column 6:";
        QTest::addRow("unterminated") << "rate(x{a=\"b}[5m])"
                                      << "column 18:";
    }
    void rejectsOthers()
    {
        QFETCH(QString, query);
        QFETCH(QString, start);
        try {
            parseEventsQuery(query);
            QFAIL("parsed");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(start), qPrintable(e.message()));
        }
    }

    void durations()
    {
        QCOMPARE(parseDurationMs(u"1h30m"), qint64(5'400'000));
        QCOMPARE(parseDurationMs(u"1m30s500ms"), qint64(90'500));
        QCOMPARE(parseDurationMs(u"4w"), qint64(4 * 604'800'000LL));
        QCOMPARE(parseDurationMs(u"30m1h"), qint64(-1)); // units must decrease
        QCOMPARE(parseDurationMs(u""), qint64(-1));
    }

    // Hand-computed from Prometheus 2.x's extrapolatedRate.
    void extrapolation_data()
    {
        QTest::addColumn<std::vector<qint64>>("t");
        QTest::addColumn<std::vector<double>>("v");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<qint64>("range");
        QTest::addColumn<double>("increase"); // NaN: no result
        using T = std::vector<qint64>;
        using V = std::vector<double>;
        // Reset at 70 s: delta 3 + 10; extrapolated by 10 s and 20 s (below 1.1 × 30 s): 13 × 120 / 90.
        QTest::addRow("reset") << T { 10'000, 40'000, 70'000, 100'000 } << V { 5, 10, 2, 8 } << qint64(120'000)
                               << qint64(120'000) << 13.0 * 120 / 90;
        QTest::addRow("one sample") << T { 10'000, 40'000, 70'000, 100'000 } << V { 5, 10, 2, 8 } << qint64(200'000)
                                    << qint64(120'000) << qQNaN();
        // Start extrapolation stops at the counter's zero: 30 × 1 / 3 = 10 s, so 3 × (30 + 10 + 30) / 30.
        QTest::addRow("zero clamp") << T { 60'000, 90'000 } << V { 1, 4 } << qint64(120'000) << qint64(120'000) << 7.0;
        // The end is 130 s away (≥ 1.1 × 10 s): half an interval only; the start clamps to zero at 10 s.
        QTest::addRow("half interval") << T { 50'000, 60'000, 70'000 } << V { 10, 20, 30 } << qint64(200'000)
                                       << qint64(200'000) << 35.0;
        QTest::addRow("closed range") << T { 0, 60'000 } << V { 0, 6 } << qint64(60'000) << qint64(60'000) << 6.0;
    }
    void extrapolation()
    {
        QFETCH(std::vector<qint64>, t);
        QFETCH(std::vector<double>, v);
        QFETCH(qint64, at);
        QFETCH(qint64, range);
        QFETCH(double, increase);
        const MetricSeries s = series({}, t, v);
        double inc = 0, rate = 0;
        QCOMPARE(extrapolatedRate(s, at, range, false, &inc), !qIsNaN(increase));
        QCOMPARE(extrapolatedRate(s, at, range, true, &rate), !qIsNaN(increase));
        if (!qIsNaN(increase)) {
            QVERIFY2(qAbs(inc - increase) < 1e-12 * increase, qPrintable(QString::number(inc, 'g', 17)));
            QVERIFY(qAbs(rate - increase / (double(range) / 1000)) < 1e-12 * increase);
        }
    }

    void aggregatesAndDivides()
    {
        const std::vector<MetricSeries> all = {
            series(
                { { QStringLiteral("job"), QStringLiteral("a") }, { QStringLiteral("code"), QStringLiteral("200") } },
                { 0, 60'000 }, { 0, 60 }),
            series(
                { { QStringLiteral("job"), QStringLiteral("a") }, { QStringLiteral("code"), QStringLiteral("500") } },
                { 0, 60'000 }, { 0, 6 }),
            series(
                { { QStringLiteral("job"), QStringLiteral("b") }, { QStringLiteral("code"), QStringLiteral("500") } },
                { 0, 60'000 }, { 0, 3 }),
        };
        const Vector total
            = evaluate(parseEventsQuery(QStringLiteral("sum by (job) (increase(m_total[1m]))")), all, 60'000);
        QCOMPARE(total.size(), size_t(2));
        QCOMPARE(total[0].labels.value(QStringLiteral("job")), QStringLiteral("a"));
        QCOMPARE(total[0].value, 66.0);
        const Vector errors = evaluate(
            parseEventsQuery(QStringLiteral("sum(increase(m_total{code=~\"5..\"}[1m])) by (job)")), all, 60'000);
        const Vector ratio = divide(errors, total);
        QCOMPARE(ratio.size(), size_t(2));
        QCOMPARE(ratio[0].value, 6.0 / 66);
        QCOMPARE(ratio[1].value, 1.0);
        const Vector none = evaluate(parseEventsQuery(QStringLiteral("rate(m_total{job!=\"a\"}[1m])")), all, 60'000);
        QCOMPARE(none.size(), size_t(1));
        QCOMPARE(none[0].labels.size(), qsizetype(2)); // no __name__
        QCOMPARE(none[0].value, 0.05);
        QVERIFY(evaluate(parseEventsQuery(QStringLiteral("sum(rate(other[1m]))")), all, 60'000).empty());
    }
};

QTEST_GUILESS_MAIN(TestPromql)
#include "tst_promql.moc"
