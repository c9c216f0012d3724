#include "cli/cli.h"
#include "common/clirun.h"
#include "slo/slorepository.h"
#include "store/databaselocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace traceo;
using namespace traceo::cli;

namespace {

using Run = traceo::test::CliRun;

Run run(const QStringList& args)
{
    return traceo::test::runTraceo(args);
}

QString sloth(const char* file)
{
    return qEnvironmentVariable("TRACEO_SHARED_DATA") + QStringLiteral("/sloth/") + QLatin1String(file);
}

} // namespace

class TestSloCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        QCoreApplication::setApplicationName(QStringLiteral("traceo"));
        m_db = m_dir.filePath(QStringLiteral("slo.sqlite"));
        const Run r = run({ QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("import-spec"),
            sloth("getting-started.yml") });
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 SLOs added")), qPrintable(r.out));

        // Four days of 1 % errors ending at 2026-11-27T12:00:00Z: the page-slow and both ticket tiers fire.
        auto db = Database::open(DatabaseLocation::parse(m_db));
        SloRepository repo(db);
        const qint64 end
            = QDateTime::fromString(QStringLiteral("2026-11-27T12:00:00Z"), Qt::ISODate).toSecsSinceEpoch() / 60;
        QList<SliBucket> buckets;
        for (qint64 m = end - 4 * 1440; m < end; ++m)
            buckets.append({ m, 990, 1000 });
        repo.storeBuckets(repo.slos().front().id, buckets);
    }

    void importTwiceUpdates()
    {
        const Run r = run({ QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("import-spec"),
            sloth("getting-started.yml") });
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(QStringLiteral("0 SLOs added, 1 updated")), qPrintable(r.out));
        // The buckets stay, and the SLI queries are kept for rules and Prometheus refreshes.
        auto db = Database::open(DatabaseLocation::parse(m_db));
        SloRepository repo(db);
        const SloDefinition d = repo.slos().front();
        QCOMPARE(repo.bucketCount(d.id), qint64(4 * 1440));
        const std::optional<SloSliQuery> q = repo.sliQuery(d.id);
        QVERIFY(q.has_value());
        QCOMPARE(q->kind, QStringLiteral("events"));
        QVERIFY(q->errorQuery.contains(QStringLiteral("{{.window}}")));
        const std::vector<slo::SlothSpec> back = slo::parseSlothSpecs(q->specYaml, QStringLiteral("stored"));
        QCOMPARE(back.front().slos.front().alertName, QStringLiteral("MyServiceHighErrorRate"));
    }

    void list()
    {
        const Run r = run({ QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.code, int(ExitOk));
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0][QStringLiteral("service")].toString(), QStringLiteral("myservice"));
        QCOMPARE(a[0][QStringLiteral("buckets")].toInteger(), qint64(4 * 1440));
    }

    void status()
    {
        const Run r = run(
            { QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("status"), QStringLiteral("--at"),
                QStringLiteral("2026-11-27T12:00:30Z"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("at")].toString(), QStringLiteral("2026-11-27T12:00:00Z"));
        const QJsonObject w = s[QStringLiteral("windows")].toObject();
        for (const char* key : { "5m", "30m", "1h", "2h", "6h", "1d", "3d", "period" }) {
            QVERIFY2(w.contains(QLatin1String(key)), key);
            QCOMPARE(w[QLatin1String(key)][QStringLiteral("error_ratio")].toDouble(), 0.01);
        }
        QCOMPARE(s[QStringLiteral("current_burn_rate")].toDouble(), 0.01 / (1 - 0.999));
        QCOMPARE(s[QStringLiteral("budget")][QStringLiteral("remaining_ratio")].toDouble(), 1 - 0.01 / (1 - 0.999));
        QCOMPARE(s[QStringLiteral("time_to_exhaustion_hours")].toDouble(), 0.0);
        QCOMPARE(s[QStringLiteral("firing")].toArray(),
            (QJsonArray {
                QStringLiteral("page-slow"), QStringLiteral("ticket-quick"), QStringLiteral("ticket-slow") }));

        const Run bad = run({ QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("status"),
            QStringLiteral("--at"), QStringLiteral("noon") });
        QCOMPARE(bad.code, int(ExitUsage));
        QVERIFY(bad.err.contains(QStringLiteral("RFC 3339")));
    }

    void alerts()
    {
        const Run r = run({ QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("alerts"),
            QStringLiteral("--from"), QStringLiteral("2026-11-23T12:00:00Z"), QStringLiteral("--to"),
            QStringLiteral("2026-11-28T12:00:00Z"), QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        // page-slow: from the first minute after the data start until the 30m window has emptied.
        QVERIFY2(r.out.contains(QStringLiteral(
                     "myservice,requests-availability,page-slow,page,2026-11-23T12:01:00Z,2026-11-27T12:30:00Z")),
            qPrintable(r.out));
    }

    void rules()
    {
        const Run r = run({ QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--spec"),
            sloth("getting-started.yml"), QStringLiteral("--extra-label"), QStringLiteral("cmd=examplesgen.sh") });
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("record: slo:sli_error:ratio_rate30d")));
        QVERIFY(r.out.contains(QStringLiteral("cmd: \"examplesgen.sh\"")));

        // Without --spec: the rules of the SLOs imported into the database, the same as from the file.
        const Run stored = run({ QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("rules"),
            QStringLiteral("--extra-label"), QStringLiteral("cmd=examplesgen.sh") });
        QVERIFY2(stored.code == ExitOk, qPrintable(stored.err));
        const auto body = [](const QString& text) { return text.mid(text.indexOf(QStringLiteral("groups:"))); };
        QCOMPARE(body(stored.out), body(r.out));

        QFile bad(m_dir.filePath(QStringLiteral("bad.yml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("version: prometheus/v1\nservice: s\nslos:\n  - name: a\n    objective: 101\n    sli: {raw: "
                  "{error_ratio_query: x}}\n");
        bad.close();
        const Run e = run({ QStringLiteral("slo"), QStringLiteral("rules"), QStringLiteral("--spec"), bad.fileName() });
        QCOMPARE(e.code, int(ExitFailure));
        QVERIFY2(e.err.contains(
                     bad.fileName() + QStringLiteral(":5: slos[0].objective: must be greater than 0 and at most 100")),
            qPrintable(e.err));
    }

    void calendarMonth()
    {
        // A Sloth SLO imported with the calendar month as its period, with 1 % errors (burn rate 10) over
        // the four days before 2026-11-27T12:00:00Z: 26.5 of November's 30 days have passed.
        const QString db = m_dir.filePath(QStringLiteral("month.sqlite"));
        const Run r = run({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-spec"),
            sloth("getting-started.yml"), QStringLiteral("--calendar-month") });
        QVERIFY2(r.code == ExitOk, qPrintable(r.err));
        {
            auto d = Database::open(DatabaseLocation::parse(db));
            SloRepository repo(d);
            QCOMPARE(repo.slos().front().periodKind, slo::PeriodKind::CalendarMonth);
            const qint64 end
                = QDateTime::fromString(QStringLiteral("2026-11-27T12:00:00Z"), Qt::ISODate).toSecsSinceEpoch() / 60;
            QList<SliBucket> buckets;
            for (qint64 m = end - 4 * 1440; m < end; ++m)
                buckets.append({ m, 990, 1000 });
            repo.storeBuckets(repo.slos().front().id, buckets);
        }
        const Run listed = run({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonObject l = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(l[QStringLiteral("period")].toString(), QStringLiteral("calendar-month"));
        QVERIFY(l[QStringLiteral("period_days")].isNull());

        const Run st
            = run({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("status"), QStringLiteral("--at"),
                QStringLiteral("2026-11-27T12:00:00Z"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(st.code == ExitOk, qPrintable(st.err));
        const QJsonObject s = QJsonDocument::fromJson(st.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(s[QStringLiteral("period")].toString(), QStringLiteral("calendar-month"));
        QCOMPARE(s[QStringLiteral("period_days")].toInt(), 30);
        QCOMPARE(s[QStringLiteral("period_start")].toString(), QStringLiteral("2026-11-01T00:00:00Z"));
        const QJsonObject period = s[QStringLiteral("windows")].toObject()[QStringLiteral("period")].toObject();
        QCOMPARE(period[QStringLiteral("total")].toDouble(), 4.0 * 1440 * 1000);
        QCOMPARE(period[QStringLiteral("bad")].toDouble(), 4.0 * 1440 * 10);
        const QJsonObject budget = s[QStringLiteral("budget")].toObject();
        QCOMPARE(budget[QStringLiteral("consumed_ratio")].toDouble(), 10.0 * 26.5 / 30);
        QCOMPARE(budget[QStringLiteral("total_events")].toDouble(), 0.001 * 4 * 1440 * 1000 * 30 / 26.5);
        QVERIFY(s[QStringLiteral("time_to_exhaustion_hours")].toDouble() == 0); // overspent

        // Exported as an OpenSLO calendar window, which reads back as the calendar month.
        const Run exported
            = run({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("export-openslo") });
        QVERIFY2(exported.code == ExitOk, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(QStringLiteral("duration: 1M\n      isRolling: false\n      calendar:\n")),
            qPrintable(exported.out));
        QFile file(m_dir.filePath(QStringLiteral("month.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported.out.toUtf8());
        file.close();
        const QString other = m_dir.filePath(QStringLiteral("month2.sqlite"));
        QCOMPARE(run({ QStringLiteral("--db"), other, QStringLiteral("slo"), QStringLiteral("import-spec"),
                         file.fileName() })
                     .code,
            int(ExitOk));
        auto d = Database::open(DatabaseLocation::parse(other));
        QCOMPARE(SloRepository(d).slos().front().periodKind, slo::PeriodKind::CalendarMonth);
    }

    void perLabelImported()
    {
        // One spec SLO, `sum by (route)`: one instance per route over imported counters. Samples every
        // minute for 2 h on the minute, so a 1h window at the last sample needs no extrapolation: /pay
        // has 1 error a minute out of 100, /cart 2 out of 1000. The counters start at 0, so no 5-minute
        // window of Sloth's period mean extrapolates either (Prometheus stops at the counter's zero).
        const QString spec = m_dir.filePath(QStringLiteral("perlabel.yml"));
        QFile f(spec);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "version: \"prometheus/v1\"\nservice: \"shop\"\nslos:\n  - name: \"availability\"\n    objective: 99.9\n"
            "    sli:\n      events:\n"
            "        error_query: sum by (route) (rate(req_total{code=\"500\"}[{{.window}}]))\n"
            "        total_query: sum(rate(req_total[{{.window}}])) by (route)\n"
            "    alerting: {name: ShopErrors}\n");
        f.close();
        const qint64 t0 = QDateTime::fromString(QStringLiteral("2026-11-27T10:00:00Z"), Qt::ISODate).toSecsSinceEpoch();
        QByteArray om("# TYPE req counter\n");
        const struct
        {
            const char* labels;
            int perMinute;
        } series[] = { { "route=\"/pay\",code=\"200\"", 99 }, { "route=\"/pay\",code=\"500\"", 1 },
            { "route=\"/cart\",code=\"200\"", 998 }, { "route=\"/cart\",code=\"500\"", 2 } };
        for (const auto& s : series)
            for (int k = 0; k <= 120; ++k)
                om += QByteArray("req_total{") + s.labels + "} " + QByteArray::number(k * s.perMinute) + ' '
                    + QByteArray::number(t0 + 60 * k) + '\n';
        om += "# EOF\n";
        QFile metrics(m_dir.filePath(QStringLiteral("perlabel.om")));
        QVERIFY(metrics.open(QIODevice::WriteOnly));
        metrics.write(om);
        metrics.close();
        const QString db = m_dir.filePath(QStringLiteral("perlabel.sqlite"));
        QCOMPARE(run({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-spec"), spec }).code,
            int(ExitOk));
        QCOMPARE(run({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("import-metrics"),
                         metrics.fileName() })
                     .code,
            int(ExitOk));

        for (const char* mode : { "traffic", "sloth" }) {
            const Run r = run({ QStringLiteral("--db"), db, QStringLiteral("slo"), QStringLiteral("status"),
                QStringLiteral("--at"), QStringLiteral("2026-11-27T12:00:00Z"), QStringLiteral("--period-mode"),
                QLatin1String(mode), QStringLiteral("--format"), QStringLiteral("json") });
            QVERIFY2(r.code == ExitOk, qPrintable(r.err));
            const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
            QCOMPARE(a.size(), 2);
            const struct
            {
                const char* name;
                double bad, total;
            } want[]
                = { { "availability{route=\"/cart\"}", 120, 60000 }, { "availability{route=\"/pay\"}", 60, 6000 } };
            for (int i = 0; i < 2; ++i) {
                const QJsonObject row = a[i].toObject();
                QCOMPARE(row[QStringLiteral("slo")].toString(), QLatin1String(want[i].name));
                QCOMPARE(row[QStringLiteral("source")].toString(), QStringLiteral("imported"));
                const QJsonObject h = row[QStringLiteral("windows")][QStringLiteral("1h")].toObject();
                QCOMPARE(h[QStringLiteral("bad")].toDouble(), want[i].bad);
                QCOMPARE(h[QStringLiteral("total")].toDouble(), want[i].total);
                QCOMPARE(h[QStringLiteral("error_ratio")].toDouble(), want[i].bad / want[i].total);
                if (qstrcmp(mode, "sloth") == 0) // a constant ratio: its mean over the period is the ratio
                    QCOMPARE(row[QStringLiteral("windows")][QStringLiteral("period")][QStringLiteral("error_ratio")]
                                 .toDouble(),
                        want[i].bad / want[i].total);
            }
        }
    }

    void openSlo()
    {
        // The imported Sloth SLO exported as OpenSLO, then imported into another database.
        const Run exported
            = run({ QStringLiteral("--db"), m_db, QStringLiteral("slo"), QStringLiteral("export-openslo") });
        QVERIFY2(exported.code == ExitOk, qPrintable(exported.err));
        QVERIFY(exported.out.startsWith(QStringLiteral("apiVersion: openslo/v1\nkind: SLO\n")));
        QVERIFY2(exported.out.contains(QStringLiteral("name: \"requests-availability\"")), qPrintable(exported.out));
        QVERIFY(exported.out.contains(QStringLiteral("duration: 30d")));
        QFile file(m_dir.filePath(QStringLiteral("exported.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported.out.toUtf8());
        file.close();
        const QString other = m_dir.filePath(QStringLiteral("openslo.sqlite"));
        const Run imported = run({ QStringLiteral("--db"), other, QStringLiteral("slo"), QStringLiteral("import-spec"),
            file.fileName(), QStringLiteral("--period-days"), QStringLiteral("7") });
        QVERIFY2(imported.code == ExitOk, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("1 SLOs added")), qPrintable(imported.out));
        const Run listed = run({ QStringLiteral("--db"), other, QStringLiteral("slo"), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray a = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0][QStringLiteral("service")].toString(), QStringLiteral("myservice"));
        QCOMPARE(a[0][QStringLiteral("objective")].toDouble(), 0.999);
        QCOMPARE(a[0][QStringLiteral("period_days")].toInt(), 30); // the spec's window wins over --period-days

        const QString timeslices = qEnvironmentVariable("TRACEO_SHARED_DATA")
            + QStringLiteral("/openslo/budgeting-method--timeslices-slo.yaml");
        const Run e
            = run({ QStringLiteral("--db"), other, QStringLiteral("slo"), QStringLiteral("import-spec"), timeslices });
        QCOMPARE(e.code, int(ExitFailure));
        QVERIFY2(e.err.contains(timeslices
                     + QStringLiteral(":32: spec.budgetingMethod: “Timeslices” is not supported (only Occurrences)")),
            qPrintable(e.err));
    }
};

QTEST_GUILESS_MAIN(TestSloCli)
#include "tst_slocli.moc"
