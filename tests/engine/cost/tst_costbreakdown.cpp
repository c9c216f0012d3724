#include "cost/costbreakdown.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace traceo::cost;

namespace {

CostColumn textColumn(const QString& name, const QStringList& values, std::size_t rows, std::mt19937_64& rng)
{
    CostColumn c;
    c.name = name;
    c.kind = ColumnKind::Text;
    c.dictionary.push_back(QString());
    for (const QString& v : values)
        c.dictionary.push_back(v);
    std::vector<std::uint32_t> codes(rows);
    for (std::uint32_t& code : codes)
        code = std::uint32_t(rng() % c.dictionary.size()); // some nulls (code 0)
    c.codes.assign(codes, c.dictionary.size());
    return c;
}

CostColumn numberColumn(const QString& name, std::size_t rows, std::mt19937_64& rng)
{
    CostColumn c;
    c.name = name;
    c.kind = ColumnKind::Number;
    std::lognormal_distribution<double> cost(0.0, 2.0);
    for (std::size_t i = 0; i < rows; ++i)
        c.numbers.push_back(rng() % 40 == 0 ? std::nan("") : cost(rng));
    return c;
}

QStringList names(const QString& prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << prefix + QString::number(i);
    return list;
}

// Random line items over 70 days: 13 services, 7 regions, 3 providers, 300 resources, team tags.
CostTable randomTable(std::size_t rows, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    CostTable t;
    CostColumn start;
    start.name = focus::ChargePeriodStart;
    start.kind = ColumnKind::Hour;
    const std::int32_t first = 477'000; // 2024-06-01, in hours
    for (std::size_t i = 0; i < rows; ++i)
        start.hours.push_back(first + std::int32_t(rng() % (70 * 24)));
    t.addColumn(std::move(start));
    for (const QString& n : { focus::BilledCost, focus::EffectiveCost, focus::ListCost, focus::ConsumedQuantity })
        t.addColumn(numberColumn(n, rows, rng));
    t.addColumn(textColumn(focus::ServiceName, names(QStringLiteral("service-"), 13), rows, rng));
    t.addColumn(textColumn(focus::RegionId, names(QStringLiteral("region-"), 7), rows, rng));
    t.addColumn(textColumn(focus::ProviderName, names(QStringLiteral("provider-"), 3), rows, rng));
    t.addColumn(textColumn(focus::ResourceId, names(QStringLiteral("resource-"), 300), rows, rng));
    t.addColumn(textColumn(focus::Tags,
        { QStringLiteral("{\"team\":\"a\"}"), QStringLiteral("{\"team\":\"b\",\"env\":\"prod\"}"),
            QStringLiteral("{\"env\":\"dev\"}"), QStringLiteral("{\"team\":\"c\"}") },
        rows, rng));
    return t;
}

QString describe(const BreakdownRow& r)
{
    return QStringLiteral("%1: %2 %3 %4 %5 %6")
        .arg(r.keys.join(u'/'))
        .arg(r.billed, 0, 'g', 17)
        .arg(r.effective, 0, 'g', 17)
        .arg(r.list, 0, 'g', 17)
        .arg(r.value, 0, 'g', 17)
        .arg(r.previous, 0, 'g', 17);
}

QStringList describe(const BreakdownResult& result)
{
    QStringList lines { describe(result.total), QString::number(result.lineItems) };
    for (const BreakdownRow& r : result.rows)
        lines << describe(r);
    return lines;
}

QStringList by(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(u',');
}

QDateTime day(int d)
{
    return QDateTime(QDate(2024, 6, 1).addDays(d), QTime(0, 0), Qt::UTC);
}

} // namespace

class TestCostBreakdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flatCellsEqualHashedCells_data()
    {
        QTest::addColumn<QStringList>("dimensions");
        QTest::addColumn<int>("filters");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("top");
        QTest::addColumn<int>("metric");
        QTest::addRow("service x day") << by("service,day") << 0 << 0 << 0 << 0;
        QTest::addRow("provider x region x month, effective") << by("provider,region,month") << 0 << 0 << 0 << 1;
        QTest::addRow("tag:team x week, filtered") << by("tag:team,week") << 1 << 0 << 0 << 0;
        QTest::addRow("service x region, window with previous") << by("service,region") << 0 << 2 << 0 << 2;
        QTest::addRow("resource, top 20, window from") << by("resource") << 0 << 1 << 20 << 0;
        QTest::addRow("resource x service x day, quantity, filtered, window")
            << by("resource,service,day") << 1 << 2 << 0 << 3;
    }

    void flatCellsEqualHashedCells()
    {
        QFETCH(QStringList, dimensions);
        QFETCH(int, filters);
        QFETCH(int, window);
        QFETCH(int, top);
        QFETCH(int, metric);
        const CostTable table = randomTable(60'000, 7); // more rows than one block of keys
        BreakdownQuery q;
        q.by = dimensions;
        q.top = top;
        q.metric = Metric(metric);
        if (filters)
            q.filters = { { QStringLiteral("region"), QStringLiteral("region-2") },
                { QStringLiteral("region"), QStringLiteral("region-5") },
                { QStringLiteral("provider"), QStringLiteral("provider-1") } };
        if (window >= 1)
            q.from = day(30);
        if (window >= 2)
            q.to = day(45);
        const BreakdownResult flat = CostBreakdown::run(table, q);
        const BreakdownResult hashed = CostBreakdown::run(table, q, CostBreakdown::Grouping::Hashed);
        QVERIFY(flat.rows.size() > 3);
        QVERIFY(flat.lineItems > 300);
        QCOMPARE(describe(flat), describe(hashed));
        QCOMPARE(flat.hasPrevious, window >= 2);
        if (window >= 2)
            QVERIFY(flat.total.previous > 0);
    }

    // Top N keeps the N largest rows of the full breakdown, in its order, and sums the rest.
    void topRowsAreTheLargestOfTheFullBreakdown()
    {
        const CostTable table = randomTable(60'000, 8);
        BreakdownQuery q;
        q.by = by("resource,region");
        q.from = day(10);
        q.to = day(40);
        const BreakdownResult all = CostBreakdown::run(table, q);
        q.top = 25;
        const BreakdownResult top = CostBreakdown::run(table, q);
        QCOMPARE(top.rows.size(), std::size_t(26));
        for (std::size_t i = 0; i < 25; ++i)
            QCOMPARE(describe(top.rows[i]), describe(all.rows[i]));
        BreakdownRow rest;
        for (std::size_t i = 25; i < all.rows.size(); ++i) {
            rest.billed += all.rows[i].billed;
            rest.previous += all.rows[i].previous;
        }
        QCOMPARE(top.rows.back().keys, QStringList({ QStringLiteral("(other)"), QStringLiteral("(other)") }));
        QVERIFY(std::abs(top.rows.back().billed - rest.billed) <= 1e-9 * rest.billed);
        QVERIFY(std::abs(top.rows.back().previous - rest.previous) <= 1e-9 * rest.previous);
        QCOMPARE(describe(top.total), describe(all.total));
    }
};

QTEST_GUILESS_MAIN(TestCostBreakdown)
#include "tst_costbreakdown.moc"
