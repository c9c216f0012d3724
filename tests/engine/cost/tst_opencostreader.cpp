#include "common/testutil.h"
#include "core/error.h"
#include "cost/costbreakdown.h"
#include "cost/coststore.h"
#include "cost/opencostreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace traceo::cost;

namespace {

QString fixture(const QString& name)
{
    return traceo::test::sourceDir() + QStringLiteral("/tests/data/opencost/") + name;
}

// The totals of tests/engine/cost/opencost_totals.py: exact decimal sums of the response.
QJsonObject independentTotals(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral("python3"), { QFINDTESTDATA("cost/opencost_totals.py"), path });
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qFatal("opencost_totals.py failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QMap<QString, double> engineTotals(const CostTable& table, const QString& dimension, Metric metric = Metric::Billed)
{
    BreakdownQuery q;
    q.by = QStringList { dimension };
    q.metric = metric;
    QMap<QString, double> out;
    for (const BreakdownRow& r : CostBreakdown::run(table, q).rows)
        out.insert(r.keys.first(), r.value);
    return out;
}

bool sameTotals(const CostTable& table, const QString& dimension, const QJsonObject& expected)
{
    const QMap<QString, double> got = engineTotals(table, dimension);
    bool same = got.size() == expected.size();
    for (auto it = got.begin(); it != got.end(); ++it) {
        const QJsonValue e = expected.value(it.key());
        if (!e.isString() || std::abs(it.value() - e.toString().toDouble()) > 1e-9) {
            qWarning() << dimension << it.key() << QString::number(it.value(), 'g', 17) << e;
            same = false;
        }
    }
    return same;
}

double grandTotal(const CostTable& table, Metric metric = Metric::Billed)
{
    BreakdownQuery q;
    q.metric = metric;
    return CostBreakdown::run(table, q).total.value;
}

// Everything a failed import must leave as it was: the import list and the totals per account and day.
QString state(const std::shared_ptr<Database>& db)
{
    QStringList parts;
    for (const CostImport& i : CostStore(db).imports())
        parts << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(i.billingAccount, i.periodStart.toString(Qt::ISODate), i.periodEnd.toString(Qt::ISODate),
                         QString::number(i.rowCount), QString::number(i.billedTotal, 'f', 9));
    const auto table = CostStore(db).load();
    BreakdownQuery q;
    q.by = QStringList { QStringLiteral("billing-account"), QStringLiteral("account"), QStringLiteral("day") };
    for (const BreakdownRow& r : CostBreakdown::run(*table, q).rows)
        parts << r.keys.join(u'/') + u'=' + QString::number(r.billed, 'f', 9);
    return parts.join(u'\n');
}

QJsonObject load(const QString& name)
{
    return QJsonDocument::fromJson(traceo::test::readAll(fixture(name))).object();
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kCheckout = QStringLiteral("cluster-one/node-a/checkout/checkout-api-7d9f8-x2klm/api");

// The allocation fixture with `change` applied to the checkout allocation of step `step`.
QByteArray allocationWith(int step, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = load(QStringLiteral("allocation.json"));
    QJsonArray data = root[QStringLiteral("data")].toArray();
    QJsonObject set = data[step].toObject();
    QJsonObject a = set[kCheckout].toObject();
    change(a);
    set[kCheckout] = a;
    data[step] = set;
    root[QStringLiteral("data")] = data;
    return json(root);
}

const QString kDataLake = QStringLiteral("123456789012/210987654321/AWS/acme-data-lake/Other/AmazonS3");

// The cloud cost fixture with `change` applied to the data lake item of set `set`.
QByteArray cloudWith(int set, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = load(QStringLiteral("cloudcost.json"));
    QJsonObject data = root[QStringLiteral("data")].toObject();
    QJsonArray sets = data[QStringLiteral("sets")].toArray();
    QJsonObject s = sets[set].toObject();
    QJsonObject items = s[QStringLiteral("cloudCosts")].toObject();
    QJsonObject item = items[kDataLake].toObject();
    change(item);
    items[kDataLake] = item;
    s[QStringLiteral("cloudCosts")] = items;
    sets[set] = s;
    data[QStringLiteral("sets")] = sets;
    root[QStringLiteral("data")] = data;
    return json(root);
}

} // namespace

class TestOpenCostReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbs = 0;

    std::shared_ptr<Database> freshDb()
    {
        return Database::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("oc%1.sqlite").arg(++m_dbs))));
    }
    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void allocationTotalsMatchAnIndependentComputation()
    {
        const QString path = fixture(QStringLiteral("allocation.json"));
        const QJsonObject expected = independentTotals(path);
        QCOMPARE(expected[QStringLiteral("items")].toInt(), 24);
        auto db = freshDb();
        const auto reports = CostStore(db).importOpenCostFiles({ path });
        QCOMPARE(reports.front().periods, 3); // one cluster, three daily steps
        const auto table = CostStore(db).load({ QStringLiteral("x_Controller"), QStringLiteral("x_Pod") });
        QVERIFY(sameTotals(*table, QStringLiteral("account"), expected[QStringLiteral("namespace")].toObject()));
        QVERIFY(sameTotals(*table, QStringLiteral("day"), expected[QStringLiteral("day")].toObject()));
        QVERIFY(sameTotals(*table, QStringLiteral("billing-account"), expected[QStringLiteral("cluster")].toObject()));
        QVERIFY(
            sameTotals(*table, QStringLiteral("resource-type"), expected[QStringLiteral("resource-type")].toObject()));
        QVERIFY(std::abs(grandTotal(*table) - expected[QStringLiteral("total")].toString().toDouble()) < 1e-9);
        // Allocations are not discounted: effective and list equal billed.
        QVERIFY(std::abs(grandTotal(*table, Metric::Effective) - grandTotal(*table)) < 1e-12);
        QCOMPARE(engineTotals(*table, QStringLiteral("provider")).keys(), QStringList { QStringLiteral("Kubernetes") });
        QVERIFY(
            engineTotals(*table, QStringLiteral("x_Controller")).contains(QStringLiteral("deployment:checkout-api")));
        QVERIFY(engineTotals(*table, QStringLiteral("tag:team")).contains(QStringLiteral("payments")));
    }

    void allocationLineItems()
    {
        const QByteArray data = allocationWith(0, [](QJsonObject& a) {
            a[QStringLiteral("totalCost")] = a[QStringLiteral("totalCost")].toDouble() + 0.5; // unattributed
            a[QStringLiteral("ramCost")] = QJsonValue::Null; // NaN in OpenCost
        });
        const FocusReadResult r = OpenCostReader::parse(data, QStringLiteral("a.json"));
        const CostTable& t = r.table;
        const CostColumn* resource = t.column(focus::ResourceId);
        const CostColumn* type = t.column(focus::ResourceType);
        const CostColumn* billed = t.column(focus::BilledCost);
        const CostColumn* quantity = t.column(focus::ConsumedQuantity);
        const CostColumn* start = t.column(focus::ChargePeriodStart);
        QMap<QString, double> costs;
        QMap<QString, double> quantities;
        for (std::size_t i = 0; i < t.rowCount(); ++i) {
            if (resource->text(i) == kCheckout && start->text(i) == QStringLiteral("2026-09-01T00:00:00Z")) {
                costs.insert(type->text(i), billed->numbers[i]);
                quantities.insert(type->text(i), quantity->numbers[i]);
            }
        }
        // CPU 36 core-hours × 0.031611; RAM (72 GiB-hours × 0.004237 = 0.30506) now null; network 4 GiB × 0.01;
        // total 1.48306 + 0.5: the RAM cost and the 0.5 are left unattributed.
        QCOMPARE(
            costs.keys(), (QStringList { QStringLiteral("CPU"), QStringLiteral("Network"), QStringLiteral("Other") }));
        QCOMPARE(costs[QStringLiteral("CPU")], 1.138);
        QCOMPARE(quantities[QStringLiteral("CPU")], 36.0);
        QCOMPARE(costs[QStringLiteral("Network")], 0.04);
        QCOMPARE(quantities[QStringLiteral("Network")], 4.0); // GiB
        QVERIFY(std::abs(costs[QStringLiteral("Other")] - (0.5 + 0.30506)) < 1e-9);
        QCOMPARE(r.currency, QStringLiteral("USD"));
        // The idle allocation has no namespace: it is its own sub-account.
        QVERIFY(engineTotals(t, QStringLiteral("account")).contains(QStringLiteral("__idle__")));
    }

    void cloudCostTotalsMatchAnIndependentComputation()
    {
        const QString path = fixture(QStringLiteral("cloudcost.json"));
        const QJsonObject expected = independentTotals(path);
        QCOMPARE(expected[QStringLiteral("items")].toInt(), 24);
        auto db = freshDb();
        QCOMPARE(CostStore(db).importOpenCostFiles({ path }).front().periods, 6); // two invoice entities × 3 days
        const auto table = CostStore(db).load(
            { QStringLiteral("x_KubernetesPercent"), QStringLiteral("SubAccountName"), QStringLiteral("x_NetCost") });
        for (const QString& d :
            { QStringLiteral("service"), QStringLiteral("provider"), QStringLiteral("billing-account") })
            QVERIFY2(sameTotals(*table, d, expected[d].toObject()), qPrintable(d));
        QVERIFY(std::abs(grandTotal(*table) - expected[QStringLiteral("billed")].toString().toDouble()) < 1e-9);
        QVERIFY(std::abs(
                    grandTotal(*table, Metric::Effective) - expected[QStringLiteral("effective")].toString().toDouble())
            < 1e-9);
        QVERIFY(
            std::abs(grandTotal(*table, Metric::List) - expected[QStringLiteral("list")].toString().toDouble()) < 1e-9);
        const QMap<QString, double> categories = engineTotals(*table, QStringLiteral("service-category"));
        QCOMPARE(categories.keys(),
            (QStringList { QStringLiteral("Compute"), QStringLiteral("Networking"), QStringLiteral("Other"),
                QStringLiteral("Storage") }));
        QVERIFY(engineTotals(*table, QStringLiteral("account")).contains(QStringLiteral("210987654321")));
        QVERIFY(engineTotals(*table, QStringLiteral("account-name")).contains(QStringLiteral("acme-data")));
        QVERIFY(engineTotals(*table, QStringLiteral("resource")).contains(QStringLiteral("i-0a5e1c9d2a")));
        QVERIFY(table->column(QStringLiteral("x_KubernetesPercent")));
        QCOMPARE(table->column(QStringLiteral("x_KubernetesPercent"))->kind, ColumnKind::Number);
    }

    void reimportReplacesTheWindowsItCovers()
    {
        auto db = freshDb();
        CostStore store(db);
        const QString full = fixture(QStringLiteral("allocation.json"));
        store.importOpenCostFiles({ full });
        const QString once = state(db);
        const double total = grandTotal(*store.load());
        store.importOpenCostFiles({ full });
        QCOMPARE(state(db), once); // not doubled
        QCOMPARE(store.imports().size(), 3);

        // Day 2 again with one allocation costing more: days 1 and 3 stay, day 2 is replaced.
        QJsonObject root = load(QStringLiteral("allocation.json"));
        QJsonObject day2 = root[QStringLiteral("data")].toArray()[1].toObject();
        QJsonObject a = day2[kCheckout].toObject();
        const double before = a[QStringLiteral("totalCost")].toDouble();
        a[QStringLiteral("cpuCost")] = a[QStringLiteral("cpuCost")].toDouble() + 10;
        a[QStringLiteral("totalCost")] = before + 10;
        day2[kCheckout] = a;
        root[QStringLiteral("data")] = QJsonArray { day2 };
        store.importOpenCostFiles({ write(QStringLiteral("day2.json"), json(root)) });
        QCOMPARE(store.imports().size(), 3);
        QVERIFY(std::abs(grandTotal(*store.load()) - (total + 10)) < 1e-9);

        // Hourly steps within day 3 replace the whole overlapping day, not only its first hour.
        QJsonObject hourly = load(QStringLiteral("allocation.json"));
        QJsonObject day3 = hourly[QStringLiteral("data")].toArray()[2].toObject();
        QJsonArray hours;
        for (int h = 0; h < 2; ++h) {
            QJsonObject step;
            QJsonObject one = day3[kCheckout].toObject();
            one[QStringLiteral("window")]
                = QJsonObject { { QStringLiteral("start"), QStringLiteral("2026-09-03T0%1:00:00Z").arg(h) },
                      { QStringLiteral("end"), QStringLiteral("2026-09-03T0%1:00:00Z").arg(h + 1) } };
            step[kCheckout] = one;
            hours.append(step);
        }
        hourly[QStringLiteral("data")] = hours;
        store.importOpenCostFiles({ write(QStringLiteral("hourly.json"), json(hourly)) });
        const QMap<QString, double> days = engineTotals(*store.load(), QStringLiteral("day"));
        QVERIFY(
            std::abs(days[QStringLiteral("2026-09-03")] - 2 * day3[kCheckout][QStringLiteral("totalCost")].toDouble())
            < 1e-9);
        QCOMPARE(store.imports().size(), 4); // day 1, day 2, two hours of day 3
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("message"); // after "bad.json"
        const QString checkout = QStringLiteral("$.data[0][\"%1\"]").arg(kCheckout);
        const QString item = QStringLiteral("$.data.sets[1].cloudCosts[\"%1\"]").arg(kDataLake);
        QTest::addRow("truncated") << traceo::test::readAll(fixture(QStringLiteral("allocation.json"))).left(2000)
                                   << QStringLiteral(":");
        QTest::addRow("not an object") << QByteArray("[1, 2]")
                                       << QStringLiteral(": $: expected an OpenCost API response");
        QTest::addRow("error code") << QByteArray(
            R"({"code": 500, "status": "error", "message": "boom", "data": null})")
                                    << QStringLiteral(": $.code: OpenCost reported an error (500): boom");
        QTest::addRow("data not a set list") << QByteArray(R"({"code": 200, "data": "x"})")
                                             << QStringLiteral(": $.data: expected the data of /allocation");
        QTest::addRow("text cost") << allocationWith(0, [](QJsonObject& a) {
            a[QStringLiteral("cpuCost")] = QStringLiteral("abc");
        }) << QStringLiteral(": %1.cpuCost: expected a number, not “abc”").arg(checkout);
        QTest::addRow("no total") << allocationWith(0, [](QJsonObject& a) { a.remove(QStringLiteral("totalCost")); })
                                  << QStringLiteral(": %1.totalCost: a number is required").arg(checkout);
        QTest::addRow("huge cost") << allocationWith(0, [](QJsonObject& a) {
            a[QStringLiteral("ramCost")] = 1e300;
        }) << QStringLiteral(": %1.ramCost: 1.0000000000000001e+300 is out of range").arg(checkout);
        QTest::addRow("open window") << allocationWith(0, [](QJsonObject& a) {
            a[QStringLiteral("window")] = QJsonObject { { QStringLiteral("start"), QStringLiteral("null") },
                { QStringLiteral("end"), QStringLiteral("2026-09-02T00:00:00Z") } };
        }) << QStringLiteral(": %1.window.start: expected an RFC 3339 time, not “null”").arg(checkout);
        QTest::addRow("window backwards") << allocationWith(0, [](QJsonObject& a) {
            a[QStringLiteral("window")]
                = QJsonObject { { QStringLiteral("start"), QStringLiteral("2026-09-02T00:00:00Z") },
                      { QStringLiteral("end"), QStringLiteral("2026-09-01T00:00:00Z") } };
        }) << QStringLiteral(": %1.window: the window ends before it starts").arg(checkout);
        QTest::addRow("label not text") << allocationWith(0, [](QJsonObject& a) {
            QJsonObject p = a[QStringLiteral("properties")].toObject();
            p[QStringLiteral("labels")] = QJsonObject { { QStringLiteral("team"), 7 } };
            a[QStringLiteral("properties")] = p;
        }) << QStringLiteral(": %1.properties.labels[\"team\"]: expected a string, not 7").arg(checkout);
        QTest::addRow("cloud cost text") << cloudWith(1, [](QJsonObject& i) {
            i[QStringLiteral("netCost")] = QJsonObject { { QStringLiteral("cost"), QStringLiteral("3.0975") } };
        }) << QStringLiteral(": %1.netCost.cost: expected a number, not “3.0975”").arg(item);
        QTest::addRow("cloud sets not a list") << QByteArray(R"({"code": 200, "data": {"sets": {}}})")
                                               << QStringLiteral(": $.data.sets: expected an array");
        QTest::addRow("cloud cost without invoiced or net cost")
            << QByteArray(
                   R"({"code":200,"data":{"sets":[{"cloudCosts":{"k":{"properties":{},"window":)"
                   R"({"start":"2026-09-01T00:00:00Z","end":"2026-09-02T00:00:00Z"},"listCost":{"cost":1}}}}]}})")
            << QStringLiteral(": $.data.sets[0].cloudCosts[\"k\"].invoicedCost: an invoiced or net cost is required");
    }

    void badInputChangesNothing()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, message);
        auto db = freshDb();
        CostStore store(db);
        store.importOpenCostFiles({ fixture(QStringLiteral("cloudcost.json")) });
        const QString before = state(db);
        const QString good = fixture(QStringLiteral("allocation.json"));
        const QString bad = write(QStringLiteral("bad.json"), response);
        try {
            store.importOpenCostFiles({ good, bad });
            QFAIL("the bad response was imported");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(bad + message), qPrintable(e.message()));
        }
        QCOMPARE(state(db), before);
    }

    void anotherCurrencyChangesNothing()
    {
        auto db = freshDb();
        CostStore store(db);
        store.importOpenCostFiles({ fixture(QStringLiteral("cloudcost.json")) });
        const QString before = state(db);
        // The first file is stored before the second fails on the store's currency: both roll back.
        std::vector<std::pair<QString, FocusReadResult>> reads;
        reads.emplace_back(
            QStringLiteral("usd.json"), OpenCostReader::readFile(fixture(QStringLiteral("allocation.json"))));
        OpenCostReadOptions euros;
        euros.currency = QStringLiteral("EUR");
        reads.emplace_back(
            QStringLiteral("eur.json"), OpenCostReader::readFile(fixture(QStringLiteral("allocation.json")), euros));
        QVERIFY_THROWS_EXCEPTION(Error, store.storeAll(reads));
        QCOMPARE(state(db), before);
    }

    void explicitKindMustMatch()
    {
        OpenCostReadOptions o;
        o.kind = OpenCostKind::CloudCost;
        try {
            OpenCostReader::parse(
                traceo::test::readAll(fixture(QStringLiteral("allocation.json"))), QStringLiteral("a"), o);
            QFAIL("an allocation response read as cloud costs");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("a: $.data: expected an object")), qPrintable(e.message()));
        }
        QCOMPARE(
            OpenCostReader::parse(QByteArray(R"({"code":200,"status":"success","data":null})"), QStringLiteral("e"))
                .table.rowCount(),
            std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestOpenCostReader)
#include "tst_opencostreader.moc"
