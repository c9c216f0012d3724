#include "core/error.h"
#include "cost/costbreakdown.h"
#include "cost/coststore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <zlib.h>

using namespace traceo;
using namespace traceo::cost;

namespace {

QString sample()
{
    return qEnvironmentVariable("TRACEO_SHARED_DATA") + QStringLiteral("/focus/focus-1.0-sample.csv");
}

const QByteArray kHeader = "BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
                           "ChargePeriodEnd,ServiceName,RegionId,BilledCost,EffectiveCost,ListCost,Tags,x_Team\n";

QByteArray row(const QByteArray& account, const QByteArray& day, const QByteArray& service, const QByteArray& cost,
    const QByteArray& currency = "USD")
{
    return account + ',' + currency + ",2024-10-01T00:00:00Z,2024-11-01T00:00:00Z," + day + "T05:00:00Z," + day
        + "T06:00:00Z," + service + ",eu-west-1," + cost + ',' + cost + ',' + cost
        + ",\"{\"\"env\"\":\"\"prod\"\"}\",ops\n";
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Everything a failed import must leave as it was: the import list and the totals.
QString state(const std::shared_ptr<Database>& db)
{
    QStringList parts;
    for (const CostImport& i : CostStore(db).imports())
        parts << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(i.billingAccount, i.periodStart.toString(Qt::ISODate), i.source, QString::number(i.rowCount),
                         QString::number(i.billedTotal, 'f', 9));
    const auto table = CostStore(db).load();
    BreakdownQuery q;
    q.by = QStringList { QStringLiteral("service"), QStringLiteral("day") };
    for (const BreakdownRow& r : CostBreakdown::run(*table, q).rows)
        parts << r.keys.join(u'/') + u'=' + QString::number(r.billed, 'f', 9);
    return parts.join(u'\n');
}

QMap<QString, QString> engineTotals(const CostTable& table, const QString& dimension)
{
    BreakdownQuery q;
    q.by = QStringList { dimension };
    QMap<QString, QString> out;
    for (const BreakdownRow& r : CostBreakdown::run(table, q).rows)
        out.insert(r.keys.first(), QString::number(r.billed, 'f', 9));
    return out;
}

// The engine's totals equal the exact decimal sums up to the double rounding of the sums (1e-12).
bool sameTotals(const CostTable& table, const QString& dimension, const QJsonObject& expected)
{
    BreakdownQuery q;
    q.by = QStringList { dimension };
    const BreakdownResult r = CostBreakdown::run(table, q);
    bool same = r.rows.size() == std::size_t(expected.size());
    for (const BreakdownRow& row : r.rows) {
        const QJsonValue e = expected.value(row.keys.first());
        const double d = e.toString().toDouble();
        if (!e.isString() || std::abs(row.billed - d) > 1e-12 * std::max(1.0, std::abs(d))) {
            qWarning() << dimension << row.keys.first() << QString::number(row.billed, 'g', 17) << e;
            same = false;
        }
    }
    return same;
}

} // namespace

class TestCostStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> open(const QString& name = QStringLiteral("costs.sqlite"))
    {
        return Database::open(DatabaseLocation::parse(m_dir.filePath(name)));
    }

private Q_SLOTS:
    void sampleTotalsMatchAnIndependentComputation()
    {
        auto db = open(QStringLiteral("sample.sqlite"));
        const auto reports = CostStore(db).importFiles({ sample() });
        QCOMPARE(reports.front().rows, qint64(1000));
        QProcess python;
        python.start(QStringLiteral("python3"), { QFINDTESTDATA("cost/focus_totals.py"), sample() });
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonObject expected = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(expected.value(QStringLiteral("rows")).toInt(), 1000);
        const auto table = CostStore(db).load();
        QCOMPARE(table->rowCount(), std::size_t(1000));
        for (const QString& dimension : { QStringLiteral("service"), QStringLiteral("region"), QStringLiteral("day") })
            QVERIFY2(sameTotals(*table, dimension, expected[dimension].toObject()), qPrintable(dimension));
        BreakdownQuery all;
        QVERIFY(std::abs(CostBreakdown::run(*table, all).total.billed
                    - expected[QStringLiteral("total")].toString().toDouble())
            < 1e-12);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where"); // file:line: column NAME
        const QByteArray ok = row("A1", "2024-10-02", "Compute", "1.5");
        QTest::addRow("malformed quoting")
            << kHeader + ok + row("A1", "2024-10-03", "\"Sto\"rage", "2") << "bad.csv:3: column ServiceName";
        QTest::addRow("unclosed quote") << kHeader + ok + row("A1", "2024-10-03", "\"Storage", "2")
                                        << "bad.csv:3: column ServiceName";
        QTest::addRow("missing mandatory column")
            << QByteArray(kHeader).replace("BilledCost,", "") << "bad.csv:1: column BilledCost";
        QTest::addRow("non-numeric cost")
            << kHeader + ok + ok + row("A1", "2024-10-03", "Compute", "12,5") << "bad.csv:4: column";
        QTest::addRow("text cost") << kHeader + ok + row("A1", "2024-10-03", "Compute", "abc")
                                   << "bad.csv:3: column BilledCost";
        QTest::addRow("mixed currencies")
            << kHeader + ok + row("A1", "2024-10-03", "Compute", "2", "EUR") << "bad.csv:3: column BillingCurrency";
        QTest::addRow("currency of the store") << kHeader + row("A1", "2024-10-03", "Compute", "2", "EUR")
                                               << "bad.csv: the costs are in EUR, the stored costs in USD";
        QTest::addRow("null cost") << kHeader + ok + row("A1", "2024-10-03", "Compute", "NULL")
                                   << "bad.csv:3: column BilledCost";
        QTest::addRow("bad date") << kHeader + ok + QByteArray(ok).replace("2024-10-02T05", "2024-13-02T05")
                                  << "bad.csv:3: column ChargePeriodStart";
        QTest::addRow("tags not json") << kHeader + ok + QByteArray(ok).replace("{\"\"env", "[\"\"env")
                                       << "bad.csv:3: column Tags";
        const QByteArray badTags = QByteArray(ok).replace("prod\"\"}", "prod\"\"");
        QTest::addRow("tags not json, twice") << kHeader + badTags + badTags << "bad.csv:2: column Tags";
        QTest::addRow("after a quoted newline")
            << kHeader + QByteArray(ok).replace("Compute", "\"Com\npute\"") + row("A1", "2024-10-03", "Compute", "x")
            << "bad.csv:4: column BilledCost";
    }

    void badInputChangesNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        auto db = open();
        CostStore(db).importFiles({ sample() });
        const QString before = state(db);
        const QString bad = write(m_dir, QStringLiteral("bad.csv"), csv);
        try {
            CostStore(db).importFiles({ bad });
            QFAIL("the bad file was imported");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(m_dir.filePath(where)), qPrintable(e.message()));
        }
        QCOMPARE(state(db), before);
        // A good file next to the bad one is not imported either: one transaction for all.
        const QString good
            = write(m_dir, QStringLiteral("good.csv"), kHeader + row("B7", "2024-10-05", "Network", "3"));
        QVERIFY_THROWS_EXCEPTION(Error, CostStore(db).importFiles({ good, bad }));
        QCOMPARE(state(db), before);
    }

    void skippingBadRowsCountsThem()
    {
        auto db = open(QStringLiteral("skip.sqlite"));
        const QByteArray csv = kHeader + row("A1", "2024-10-02", "Compute", "1.5")
            + row("A1", "2024-10-02", "Compute", "x") + row("A1", "2024-10-03", "Storage", "2.25")
            + row("A1", "2024-10-03", "Storage", "1", "EUR") + "A1,USD,too,few\n"
            + row("A1", "2024-10-04", "Storage", "0.25");
        FocusReadOptions options;
        options.skipBadRows = true;
        options.maxExamples = 2;
        const auto reports = CostStore(db).importFiles({ write(m_dir, QStringLiteral("skip.csv"), csv) }, options);
        QCOMPARE(reports.front().rows, qint64(3));
        QCOMPARE(reports.front().skippedRows, qint64(3));
        QCOMPARE(reports.front().examples.size(), 2);
        QVERIFY(reports.front().examples[0].contains(QStringLiteral("skip.csv:3: column BilledCost")));
        QVERIFY(reports.front().examples[1].contains(QStringLiteral("skip.csv:5: column BillingCurrency")));
        QCOMPARE(CostStore(db).imports().front().billedTotal, 4.0);
        // A repeated bad value is refused each time, not only when first seen.
        const QByteArray ok = row("A1", "2024-10-02", "Compute", "1.5");
        const QByteArray badTags = QByteArray(ok).replace("prod\"\"}", "prod\"\"");
        const QByteArray euro = row("A1", "2024-10-02", "Compute", "1", "EUR");
        const FocusReadResult r = FocusReader::parse(
            QByteArray(kHeader + ok + badTags + badTags + euro + euro), QStringLiteral("t.csv"), options);
        QCOMPARE(r.table.rowCount(), std::size_t(1));
        QCOMPARE(r.skippedRows, qint64(4));
    }

    void reimportReplacesTheBillingPeriod()
    {
        auto db = open(QStringLiteral("replace.sqlite"));
        const QString first = write(m_dir, QStringLiteral("oct-a.csv"),
            kHeader + row("A1", "2024-10-02", "Compute", "1") + row("A2", "2024-10-02", "Compute", "10"));
        const QString snapshot = write(m_dir, QStringLiteral("oct-b.csv"),
            kHeader + row("A1", "2024-10-02", "Compute", "1") + row("A1", "2024-10-03", "Storage", "2"));
        CostStore(db).importFiles({ first });
        CostStore(db).importFiles({ snapshot });
        CostStore(db).importFiles({ snapshot });
        const auto imports = CostStore(db).imports();
        QCOMPARE(imports.size(), 2); // A1 replaced twice, A2 untouched
        BreakdownQuery q;
        q.by = QStringList { QStringLiteral("billing-account") };
        const auto result = CostBreakdown::run(*CostStore(db).load(), q);
        QCOMPARE(result.total.billed, 13.0);
        QCOMPARE(result.rows.front().keys, QStringList { QStringLiteral("A2") });
        QCOMPARE(result.rows.back().billed, 3.0);
        QCOMPARE(CostStore(db).load()->rowCount(), std::size_t(3));
    }

    void gzipReadsLikePlain()
    {
        QFile in(sample());
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray plain = in.readAll();
        const QString gz = m_dir.filePath(QStringLiteral("sample.csv.gz"));
        gzFile out = gzopen(QFile::encodeName(gz).constData(), "wb");
        QVERIFY(out);
        QCOMPARE(gzwrite(out, plain.constData(), unsigned(plain.size())), int(plain.size()));
        gzclose(out);
        const FocusReadResult a = FocusReader::readFile(sample());
        const FocusReadResult b = FocusReader::readFile(gz);
        QCOMPARE(b.table.rowCount(), std::size_t(1000));
        QCOMPARE(engineTotals(b.table, QStringLiteral("service")), engineTotals(a.table, QStringLiteral("service")));
        QCOMPARE(engineTotals(b.table, QStringLiteral("tag:environment")),
            engineTotals(a.table, QStringLiteral("tag:environment")));
        const QString truncated = write(m_dir, QStringLiteral("cut.csv.gz"), [&] {
            QFile f(gz);
            return f.open(QIODevice::ReadOnly) ? f.readAll().left(2000) : QByteArray();
        }());
        QVERIFY_THROWS_EXCEPTION(Error, FocusReader::readFile(truncated));
    }

    void progressAndCancel_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<int>("cancelIn"); // -1: never, else the ImportProgress::Stage that cancels
        for (const bool gz : { false, true }) {
            const char* kind = gz ? "gzip" : "plain";
            QTest::addRow("%s, to the end", kind) << gz << -1;
            QTest::addRow("%s, canceled while reading", kind) << gz << int(ImportProgress::Stage::Reading);
            QTest::addRow("%s, canceled while storing", kind) << gz << int(ImportProgress::Stage::Storing);
        }
    }

    void progressAndCancel()
    {
        QFETCH(bool, gzip);
        QFETCH(int, cancelIn);
        // About 6 MB over two billing accounts: several progress reports while reading, two periods to store.
        QByteArray csv = kHeader;
        for (int i = 0; i < 40000; ++i)
            csv += row(i % 2 ? "111" : "222", "2024-10-" + QByteArray::number(1 + i % 28).rightJustified(2, '0'),
                "svc" + QByteArray::number(i % 7), QByteArray::number(i % 100) + ".25");
        QString path = write(m_dir, QStringLiteral("progress.csv"), csv);
        if (gzip) {
            path += QStringLiteral(".gz");
            gzFile out = gzopen(QFile::encodeName(path).constData(), "wb");
            QVERIFY(out);
            QCOMPARE(gzwrite(out, csv.constData(), unsigned(csv.size())), int(csv.size()));
            gzclose(out);
        }
        const qint64 size = QFileInfo(path).size();
        auto db = open(QStringLiteral("progress-%1-%2.sqlite").arg(gzip).arg(cancelIn));
        CostStore(db).importFiles(
            { write(m_dir, QStringLiteral("first.csv"), kHeader + row("111", "2024-09-03", "a", "5")) });
        const QString before = state(db);

        std::mutex mutex;
        std::vector<std::tuple<ImportProgress::Stage, qint64, qint64>> reports;
        std::atomic_bool cancel = false;
        ImportProgress progress;
        progress.report = [&](ImportProgress::Stage stage, qint64 done, qint64 total) {
            const std::lock_guard lock(mutex);
            reports.emplace_back(stage, done, total);
            if (int(stage) == cancelIn)
                cancel = true;
        };
        progress.canceled = [&] { return cancel.load(); };
        FocusReadOptions options;
        options.progress = &progress;
        if (cancelIn < 0) {
            QCOMPARE(CostStore(db).importFiles({ path }, options).front().rows, 40000);
            QVERIFY(state(db) != before);
        } else {
            QVERIFY_THROWS_EXCEPTION(ImportCanceled, CostStore(db).importFiles({ path }, options));
            QCOMPARE(state(db), before);
        }
        qint64 read = 0;
        int readingReports = 0;
        for (const auto& [stage, done, total] : reports) {
            if (stage != ImportProgress::Stage::Reading)
                continue;
            QCOMPARE(total, size);
            QVERIFY(done <= size);
            read = std::max(read, done);
            ++readingReports;
        }
        if (cancelIn == int(ImportProgress::Stage::Reading)) {
            // It stopped at the first chance: within a MiB per parsing thread (or one inflate step).
            QVERIFY(read < size);
            return;
        }
        QVERIFY(readingReports >= (gzip ? 4 : 3));
        QCOMPARE(read, size);
        const auto& [stage, done, total] = reports.back();
        QCOMPARE(stage, ImportProgress::Stage::Storing);
        QCOMPARE(total, 2);
        QCOMPARE(done, cancelIn < 0 ? 2 : 0);
    }

    void reopenLoadsWithoutTheCsv()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.csv"));
        QVERIFY(QFile::copy(sample(), copy));
        QMap<QString, QString> before;
        {
            auto db = open(QStringLiteral("reopen.sqlite"));
            CostStore(db).importFiles({ copy });
            before = engineTotals(*CostStore(db).load(), QStringLiteral("service"));
        }
        QVERIFY(QFile::remove(copy));
        auto db = open(QStringLiteral("reopen.sqlite"));
        const auto table = CostStore(db).load();
        QCOMPARE(table->rowCount(), std::size_t(1000));
        QCOMPARE(engineTotals(*table, QStringLiteral("service")), before);
        QVERIFY(!table->column(QStringLiteral("SkuPriceId"))); // not a core column: loaded when asked
        const auto withSku = CostStore(db).load({ QStringLiteral("SkuPriceId") });
        QVERIFY(withSku->column(QStringLiteral("SkuPriceId")));
        QCOMPARE(withSku->column(QStringLiteral("SkuPriceId"))->size(), std::size_t(1000));
    }
};

QTEST_GUILESS_MAIN(TestCostStore)
#include "tst_coststore.moc"
