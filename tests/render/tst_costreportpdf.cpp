#include "common/clirun.h"
#include "cost/costreport.h"
#include "cost/costsynth.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <map>

using namespace traceo;
using namespace traceo::cost;
using traceo::test::CliRun;

namespace {

// The output of a poppler tool, or an empty string (with a warning) when it fails.
QString poppler(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << tool << p.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The billed cost of September as the export holds it (six decimals), summed per key.
struct Expected
{
    std::map<std::pair<QString, QString>, double> byServiceRegion;
    std::map<QString, double> byService;
    double total = 0;
};

Expected september(const SyntheticCostData& data)
{
    Expected e;
    for (const DailyCostSeries& s : data.series)
        for (const CostContribution& c : s.contributions) {
            if (c.kind != u"resource")
                continue;
            for (std::size_t i = 0; i < c.cost.size(); ++i) {
                if (s.day(i).month() != 9)
                    continue;
                const double cost = QByteArray::number(c.cost[i], 'f', 6).toDouble();
                e.byServiceRegion[{ s.dim(QStringLiteral("service")), s.dim(QStringLiteral("region")) }] += cost;
                e.byService[s.dim(QStringLiteral("service"))] += cost;
                e.total += cost;
            }
        }
    return e;
}

} // namespace

class TestCostReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    SyntheticCostData m_data;

    CliRun run(QStringList args) const { return traceo::test::runTraceo(args << QStringLiteral("--db") << m_db); }

private Q_SLOTS:
    void initTestCase()
    {
        SyntheticCostParams params;
        params.start = QDate(2026, 8, 1);
        params.days = 61;
        params.services = 6;
        params.regions = 4;
        params.anomalies = 8;
        m_data = generateCostData(params);
        const QString csv = m_dir.filePath(QStringLiteral("costs.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(syntheticFocusCsv(m_data));
        f.close();
        m_db = m_dir.filePath(QStringLiteral("report.sqlite"));
        const CliRun imported = run({ QStringLiteral("cost"), QStringLiteral("import"), csv });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
    }

    // The PDF holds the report's numbers as text: the totals, every breakdown row and the top services
    // chart, against sums of the generated costs made here, not by the engine's breakdown.
    void pdfHasTheReportsNumbers()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const CliRun r = run({ QStringLiteral("cost"), QStringLiteral("report"), QStringLiteral("--period"),
            QStringLiteral("2026-09"), QStringLiteral("--group-by"), QStringLiteral("service,region"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(pdf));

        const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QVERIFY2(pages.captured(1).toInt() >= 2, qPrintable(info)); // 24 breakdown rows, 2 charts, anomalies…
        QVERIFY(info.contains(QStringLiteral("Cost report 2026-09-01 – 2026-09-30")));

        const QString text
            = poppler(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        const QStringList lines = text.split(u'\n');
        const auto lineWith = [&](const QStringList& parts) {
            return std::any_of(lines.begin(), lines.end(), [&](const QString& line) {
                return std::all_of(parts.begin(), parts.end(), [&](const QString& p) { return line.contains(p); });
            });
        };
        const Expected e = september(m_data);
        QCOMPARE(e.byServiceRegion.size(), std::size_t(24));
        QVERIFY(text.contains(QStringLiteral("Cost report 2026-09-01 – 2026-09-30")));
        for (const QString& heading : { QStringLiteral("Totals"), QStringLiteral("Top services"),
                 QStringLiteral("Daily cost"), QStringLiteral("Breakdown by service, region"),
                 QStringLiteral("Anomalies"), QStringLiteral("Recommendations") })
            QVERIFY2(lines.contains(heading) || lineWith({ heading }), qPrintable(heading));
        const QString total = CostReport::money(e.total);
        QVERIFY2(lineWith({ total, QStringLiteral("USD") }), qPrintable(total)); // the totals row
        for (const auto& [key, billed] : e.byServiceRegion) {
            const QString value = CostReport::money(billed);
            // service, region, then billed, effective and list (all three the same in this export)
            const QRegularExpression row(
                QStringLiteral("^\\s*%1\\s+%2\\s+%3\\s+%3\\s+%3\\s*$")
                    .arg(QRegularExpression::escape(key.first), QRegularExpression::escape(key.second),
                        QRegularExpression::escape(value)));
            QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return row.match(l).hasMatch(); }),
                qPrintable(key.first + u' ' + key.second + u' ' + value));
        }
        for (const auto& [service, billed] : e.byService) // the bars of the top services chart
            QVERIFY2(lineWith({ service, CostReport::money(billed) }), qPrintable(service));
    }

    void unwritableOutputIsNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const QStringList report { QStringLiteral("cost"), QStringLiteral("report"), QStringLiteral("--period"),
            QStringLiteral("2026-09"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out") };
        CliRun r = run(QStringList(report) << missing);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing) && r.err.contains(QStringLiteral("cannot write")), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
        r = run(QStringList(report) << m_dir.path()); // a folder
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(m_dir.path()), qPrintable(r.err));
        // A PDF does not go to the terminal.
        r = run(QStringList(report).mid(0, report.size() - 1));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
    }
};

QTEST_MAIN(TestCostReportPdf)
#include "tst_costreportpdf.moc"
