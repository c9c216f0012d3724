#include "core/error.h"
#include "cost/costbreakdown.h"
#include "cost/focuschunk.h"
#include "cost/focusreader.h"

#include <QtTest>
#include <cmath>

using namespace traceo;
using namespace traceo::cost;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
                           "ChargePeriodEnd,ServiceName,ResourceId,BilledCost,ConsumedQuantity,Tags,x_Note,Custom\r\n";

// A row whose ResourceId and x_Note hold commas, doubled quotes and a newline.
QByteArray quotedRow(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "A" + QByteArray::number(i % 3) + ",USD,2024-09-01 00:00:00,2024-10-01 00:00:00,2024-09-"
        + QByteArray::number(10 + i % 20) + " 0" + QByteArray::number(i % 10) + ":00:00,2024-09-30 00:00:00,Svc"
        + QByteArray::number(i % 7) + ",\"res, \"\"" + n + "\"\"\",0." + n + ",,"
        + (i % 2 ? QByteArray("NULL") : QByteArray("\"{\"\"team\"\": \"\"t" + QByteArray::number(i % 5) + "\"\"}\""))
        + ",\"line one\nline " + n + "\",plain\r\n";
}

} // namespace

class TestFocusReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesQuotingNullsAndTimes()
    {
        const FocusReadResult r
            = FocusReader::parse(QByteArray(kHeader + quotedRow(1) + quotedRow(2) + "\r\n"), QStringLiteral("t.csv"));
        const CostTable& t = r.table;
        QCOMPARE(t.rowCount(), std::size_t(2));
        QCOMPARE(r.currency, QStringLiteral("USD"));
        QCOMPARE(t.column(QStringLiteral("ResourceId"))->text(0), QStringLiteral("res, \"1\""));
        QCOMPARE(t.column(QStringLiteral("x_Note"))->text(1), QStringLiteral("line one\nline 2"));
        QCOMPARE(t.column(QStringLiteral("Custom"))->text(0), QStringLiteral("plain"));
        QCOMPARE(t.column(QStringLiteral("Tags"))->text(0), QString()); // NULL
        QCOMPARE(t.column(QStringLiteral("Tags"))->text(1), QStringLiteral("{\"team\": \"t2\"}"));
        QVERIFY(std::isnan(t.column(QStringLiteral("ConsumedQuantity"))->numbers[0])); // empty field
        QCOMPARE(t.column(QStringLiteral("BilledCost"))->numbers[1], 0.2);
        QCOMPARE(t.column(QStringLiteral("ChargePeriodStart"))->text(0), QStringLiteral("2024-09-11T01:00:00Z"));
        QCOMPARE(t.column(QStringLiteral("ChargePeriodEnd"))->text(1), QStringLiteral("2024-09-30T00:00:00Z"));
    }

    void hours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hour"); // -1: rejected
        QTest::addRow("focus") << "2024-09-01T05:00:00Z" << 479213;
        QTest::addRow("space") << "2024-09-01 05:00:00" << 479213;
        QTest::addRow("minutes round down") << "2024-09-01T05:59:59Z" << 479213;
        QTest::addRow("fraction") << "2024-09-01T05:00:00.000Z" << 479213;
        QTest::addRow("offset") << "2024-09-01T07:00:00+02:00" << 479213;
        QTest::addRow("date only") << "2024-09-01" << 479208;
        QTest::addRow("month 13") << "2024-13-01T00:00:00Z" << -1;
        QTest::addRow("letters") << "2024-09-0xT00:00:00Z" << -1;
        QTest::addRow("trailing") << "2024-09-01T00:00:00Zx" << -1;
    }
    void hours()
    {
        QFETCH(QString, text);
        QFETCH(int, hour);
        const QByteArray utf8 = text.toUtf8();
        std::int32_t h = 0;
        const bool ok = parseHour(std::string_view(utf8.constData(), size_t(utf8.size())), &h);
        QCOMPARE(ok, hour >= 0);
        if (ok)
            QCOMPARE(h, hour);
    }

    void twoThreadsReadLikeOne()
    {
        QByteArray csv = kHeader;
        int i = 0;
        while (csv.size() < 3 * (1 << 20))
            csv += quotedRow(i++);
        const int rows = i;
        csv += "A1,USD,2024-09-01 00:00:00,2024-10-01 00:00:00,2024-09-12 00:00:00,2024-09-13 "
               "00:00:00,Svc1,r,abc,,NULL,n,p\r\n";
        csv += quotedRow(i++);
        FocusReadOptions one;
        one.threads = 1;
        one.skipBadRows = true;
        FocusReadOptions two = one;
        two.threads = 2;
        const FocusReadResult a = FocusReader::parse(csv, QStringLiteral("big.csv"), one);
        const FocusReadResult b = FocusReader::parse(csv, QStringLiteral("big.csv"), two);
        QCOMPARE(a.table.rowCount(), std::size_t(rows + 1));
        QCOMPARE(b.table.rowCount(), a.table.rowCount());
        QCOMPARE(b.skippedRows, 1);
        // Each row takes two physical lines (the quoted newline) after the one-line header.
        const QString where = QStringLiteral("big.csv:%1: column BilledCost").arg(2 + 2 * rows);
        QVERIFY2(b.examples.value(0).startsWith(where), qPrintable(b.examples.value(0)));
        QCOMPARE(b.examples, a.examples);
        for (const QString& name : { QStringLiteral("ResourceId"), QStringLiteral("x_Note"), QStringLiteral("Tags"),
                 QStringLiteral("ChargePeriodStart"), QStringLiteral("BilledCost") }) {
            const CostColumn* ca = a.table.column(name);
            const CostColumn* cb = b.table.column(name);
            for (std::size_t r = 0; r < a.table.rowCount(); r += 97)
                QCOMPARE(cb->text(r), ca->text(r));
            QCOMPARE(cb->text(a.table.rowCount() - 1), ca->text(a.table.rowCount() - 1));
        }
        BreakdownQuery q;
        q.by = QStringList { QStringLiteral("service"), QStringLiteral("tag:team") };
        const BreakdownResult ra = CostBreakdown::run(a.table, q);
        const BreakdownResult rb = CostBreakdown::run(b.table, q);
        QCOMPARE(rb.rows.size(), ra.rows.size());
        for (std::size_t k = 0; k < ra.rows.size(); ++k) {
            QCOMPARE(rb.rows[k].keys, ra.rows[k].keys);
            QCOMPARE(rb.rows[k].billed, ra.rows[k].billed);
        }
    }

    // The parser reuses the previous row's code when a field repeats and hashes the rest before
    // looking them up: repeats, quoted "NULL" against NULL, escaped repeats and values that come
    // back after others must all keep their own text.
    void repeatsNullsAndEscapesKeepTheirValues()
    {
        const QByteArray start = "A1,USD,2024-09-01 00:00:00,2024-10-01 00:00:00,2024-09-12 00:00:00,2024-09-13 "
                                 "00:00:00,";
        const QByteArray csv = kHeader + start + "Svc1,r1,1,,\"{\"\"a\"\": 1}\",\"NULL\",x\r\n" // quoted NULL is text
            + start + "Svc1,r1,2,,\"{\"\"a\"\": 1}\",NULL,x\r\n" // same escaped tags; NULL is null
            + start + "Svc1,\"r1\",3,,\"{\"\"a\"\": 2}\",\"NULL\",\r\n" // quoted repeat; empty is null
            + start + "Svc2,r2,4,,\"{\"\"a\"\": 1}\",\"\"\"\",x\n" // a doubled quote alone; LF only
            + start + "Svc1,r1,5,,NULL,\"\"\"\",\"x\"\r\n";
        const FocusReadResult r = FocusReader::parse(csv, QStringLiteral("r.csv"));
        const CostTable& t = r.table;
        QCOMPARE(t.rowCount(), std::size_t(5));
        const CostColumn* service = t.column(QStringLiteral("ServiceName"));
        const CostColumn* resource = t.column(QStringLiteral("ResourceId"));
        const CostColumn* tags = t.column(QStringLiteral("Tags"));
        const CostColumn* note = t.column(QStringLiteral("x_Note"));
        const CostColumn* custom = t.column(QStringLiteral("Custom"));
        const QStringList services { u"Svc1"_s, u"Svc1"_s, u"Svc1"_s, u"Svc2"_s, u"Svc1"_s };
        const QStringList tagTexts { u"{\"a\": 1}"_s, u"{\"a\": 1}"_s, u"{\"a\": 2}"_s, u"{\"a\": 1}"_s, QString() };
        const QStringList notes { u"NULL"_s, QString(), u"NULL"_s, u"\""_s, u"\""_s };
        const QStringList customs { u"x"_s, u"x"_s, QString(), u"x"_s, u"x"_s };
        for (std::size_t row = 0; row < 5; ++row) {
            QCOMPARE(service->text(row), services[int(row)]);
            QCOMPARE(resource->text(row), row == 3 ? u"r2"_s : u"r1"_s);
            QCOMPARE(tags->text(row), tagTexts[int(row)]);
            QCOMPARE(note->text(row), notes[int(row)]);
            QCOMPARE(custom->text(row), customs[int(row)]);
            QCOMPARE(t.column(QStringLiteral("BilledCost"))->numbers[row], double(row + 1));
        }
        // Equal texts share one code, whatever their quoting.
        QCOMPARE(resource->codes[2], resource->codes[0]);
        QCOMPARE(tags->codes[3], tags->codes[0]);
    }

    // The dictionary keeps codes and texts through many growths of its hash table.
    void internerKeepsCodesWhileGrowing()
    {
        ByteInterner dict;
        std::vector<std::string> texts;
        for (int i = 0; i < 100000; ++i)
            texts.push_back("value-" + std::to_string(i * 7919) + std::string(std::size_t(i % 13), 'x'));
        for (std::size_t i = 0; i < texts.size(); ++i) {
            bool added = false;
            QCOMPARE(dict.intern(texts[i], &added), std::uint32_t(i + 1));
            QVERIFY(added);
        }
        QCOMPARE(dict.size(), texts.size() + 1);
        for (std::size_t i = 0; i < texts.size(); i += 7) {
            bool added = true;
            QCOMPARE(dict.intern(texts[i], ByteInterner::hash(texts[i]), &added), std::uint32_t(i + 1));
            QVERIFY(!added);
            QCOMPARE(dict.at(std::uint32_t(i + 1)), std::string_view(texts[i]));
        }
        QCOMPARE(dict.intern(std::string_view("value-0x", 7)), std::uint32_t(1)); // a prefix of a longer text
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << "h.csv:1: the file has no readable header line";
        QTest::addRow("duplicate") << QByteArray(kHeader).replace("Custom", "x_Note")
                                   << "h.csv:1: column x_Note appears twice";
        QTest::addRow("no currency") << QByteArray(kHeader).replace("BillingCurrency,", "")
                                     << "h.csv:1: column BillingCurrency: this mandatory FOCUS column is missing";
    }
    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        try {
            FocusReader::parse(csv, QStringLiteral("h.csv"));
            QFAIL("parsed");
        } catch (const Error& e) {
            QCOMPARE(e.message(), message);
        }
    }

    void breakdownFiltersTopAndPeriods()
    {
        QByteArray csv = kHeader;
        for (int i = 0; i < 200; ++i)
            csv += quotedRow(i);
        const CostTable t = FocusReader::parse(csv, QStringLiteral("b.csv")).table;
        BreakdownQuery q;
        q.by = QStringList { QStringLiteral("service") };
        q.filters = { { QStringLiteral("service"), QStringLiteral("Svc1") },
            { QStringLiteral("service"), QStringLiteral("Svc2") } };
        BreakdownResult r = CostBreakdown::run(t, q);
        QCOMPARE(r.rows.size(), std::size_t(2));
        double expected = 0;
        for (int i = 0; i < 200; ++i)
            if (i % 7 == 1 || i % 7 == 2)
                expected += QByteArray("0." + QByteArray::number(i)).toDouble();
        QCOMPARE(QString::number(r.total.billed, 'f', 9), QString::number(expected, 'f', 9));
        q.filters.clear();
        q.top = 3;
        r = CostBreakdown::run(t, q);
        QCOMPARE(r.rows.size(), std::size_t(4));
        QCOMPARE(r.rows.back().keys.first(), CostBreakdown::tr("(other)"));
        QVERIFY(r.rows[0].value >= r.rows[1].value && r.rows[1].value >= r.rows[2].value);
        q.top = 0;
        q.from = QDateTime(QDate(2024, 9, 20), QTime(0, 0), Qt::UTC);
        q.to = QDateTime(QDate(2024, 9, 25), QTime(0, 0), Qt::UTC);
        r = CostBreakdown::run(t, q);
        QVERIFY(r.hasPrevious);
        double current = 0;
        double previous = 0;
        for (int i = 0; i < 200; ++i) {
            const int day = 10 + i % 20;
            (day >= 20 && day < 25          ? current
                    : day >= 15 && day < 20 ? previous
                                            : expected)
                += QByteArray("0." + QByteArray::number(i)).toDouble();
        }
        QCOMPARE(QString::number(r.total.billed, 'f', 9), QString::number(current, 'f', 9));
        QCOMPARE(QString::number(r.total.previous, 'f', 9), QString::number(previous, 'f', 9));
        const DailySeries s = CostBreakdown::dailySeries(t, { QStringLiteral("service") });
        QCOMPARE(s.firstDay, QDate(2024, 9, 10));
        QCOMPARE(s.days, 20);
        QCOMPARE(s.series.size(), std::size_t(7));
        QDate first;
        const auto resources = CostBreakdown::resourceAggregates(t, &first);
        QCOMPARE(resources.size(), std::size_t(200));
        QCOMPARE(resources.front().resourceId, QStringLiteral("res, \"99\""));
        QCOMPARE(resources.front().dailyCost[std::size_t(first.daysTo(QDate(2024, 9, 29)))], 0.99);
    }
};

QTEST_GUILESS_MAIN(TestFocusReader)
#include "tst_focusreader.moc"
