#include "core/error.h"
#include "slo/slothspec.h"

#include <QtTest>

using namespace traceo;
using namespace traceo::slo;

namespace {

QString sharedData()
{
    return qEnvironmentVariable("TRACEO_SHARED_DATA");
}

const char* const kGood = R"(version: "prometheus/v1"
service: "svc"
labels:
  owner: "team"
slos:
  - name: "avail"
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(e[{{.window}}]))
        total_query: sum(rate(t[{{ .window }}]))
    alerting:
      name: Alert
)";

} // namespace

class TestSlothSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("slos");
        QTest::addRow("getting-started") << "getting-started.yml" << 1 << 1;
        QTest::addRow("home-wifi") << "home-wifi.yml" << 1 << 2;
        QTest::addRow("kubernetes-apiserver") << "kubernetes-apiserver.yml" << 1 << 2;
        QTest::addRow("multifile") << "multifile.yml" << 2 << 2;
        QTest::addRow("no-alerts") << "no-alerts.yml" << 1 << 1;
        QTest::addRow("raw-home-wifi") << "raw-home-wifi.yml" << 1 << 1;
    }
    void examples()
    {
        QFETCH(QString, file);
        QFETCH(int, documents);
        QFETCH(int, slos);
        const std::vector<SlothSpec> specs = readSlothSpecFile(sharedData() + QStringLiteral("/sloth/") + file);
        QCOMPARE(int(specs.size()), documents);
        int n = 0;
        for (const SlothSpec& s : specs)
            n += int(s.slos.size());
        QCOMPARE(n, slos);
    }

    void gettingStartedFields()
    {
        const std::vector<SlothSpec> specs
            = readSlothSpecFile(sharedData() + QStringLiteral("/sloth/getting-started.yml"));
        const SlothSpec& s = specs.front();
        QCOMPARE(s.service, QStringLiteral("myservice"));
        QCOMPARE(s.labels.value(QStringLiteral("tier")), QStringLiteral("2"));
        const SlothSlo& slo = s.slos.front();
        QCOMPARE(slo.name, QStringLiteral("requests-availability"));
        QCOMPARE(slo.objective, 99.9);
        QCOMPARE(slo.sliKind, SlothSlo::SliKind::Events);
        QVERIFY(slo.errorQuery.contains(QStringLiteral("[{{.window}}]")));
        QCOMPARE(slo.alertName, QStringLiteral("MyServiceHighErrorRate"));
        QCOMPARE(slo.pageAlert.labels.value(QStringLiteral("routing_key")), QStringLiteral("myteam"));
        QCOMPARE(slo.ticketAlert.labels.value(QStringLiteral("slack_channel")), QStringLiteral("#alerts-myteam"));
        QCOMPARE(slo.alertAnnotations.value(QStringLiteral("summary")),
            QStringLiteral("High error rate on 'myservice' requests responses"));
        QCOMPARE(slo.line, 9);

        const std::vector<SlothSpec> raw = readSlothSpecFile(sharedData() + QStringLiteral("/sloth/raw-home-wifi.yml"));
        QCOMPARE(raw.front().slos.front().sliKind, SlothSlo::SliKind::Raw);
        const std::vector<SlothSpec> none = readSlothSpecFile(sharedData() + QStringLiteral("/sloth/no-alerts.yml"));
        QVERIFY(none.front().slos.front().pageAlert.disable);
        QVERIFY(none.front().slos.front().ticketAlert.disable);
    }

    void windowTemplate()
    {
        QCOMPARE(
            renderWindowTemplate(QStringLiteral("rate(x[{{.window}}]) / rate(y[{{ .window }}])"), QStringLiteral("5m")),
            QStringLiteral("rate(x[5m]) / rate(y[5m])"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        const QByteArray good(kGood);
        const auto with = [&](const char* from, const char* to) { return QByteArray(good).replace(from, to); };
        QTest::addRow("objective too big")
            << with("99.9", "150") << "spec.yml:7: slos[0].objective: must be greater than 0 and at most 100";
        QTest::addRow("objective not a number")
            << with("99.9", "high") << "spec.yml:7: slos[0].objective: expected a number";
        QTest::addRow("version") << with("prometheus/v1", "prometheus/v2")
                                 << "spec.yml:1: version: “prometheus/v2” is not supported";
        QTest::addRow("no service") << with("service: \"svc\"\n", "") << "spec.yml:1: service: is required";
        QTest::addRow("typo") << with("error_query", "error_querry")
                              << "spec.yml:10: slos[0].sli.events.error_querry: unknown field";
        QTest::addRow("missing total") << with("        total_query: sum(rate(t[{{ .window }}]))\n", "")
                                       << "slos[0].sli.events.total_query: is required";
        QTest::addRow("label name") << with("owner:", "own-er:")
                                    << "spec.yml:4: labels.own-er: “own-er” is not a valid Prometheus label name";
        QTest::addRow("alert name")
            << with("      name: Alert\n", "      labels: {}\n")
            << "slos[0].alerting.name: is required unless both page_alert and ticket_alert are disabled";
        QTest::addRow("template") << with("{{.window}}",
            "{{.Window}}") << "spec.yml:10: slos[0].sli.events.error_query: unsupported template action “{{.Window}}”";
        QTest::addRow("unclosed template") << with("{{.window}}", "{{[window}")
                                           << "spec.yml:10: slos[0].sli.events.error_query: a template action “{{” is "
                                              "not closed by “}}”";
        QTest::addRow("both sli kinds") << with(
            "      events:\n", "      raw:\n        error_ratio_query: x\n      events:\n")
                                        << "spec.yml:9: slos[0].sli: needs exactly one of “events” and “raw”";
        QTest::addRow("plugin") << with("      events:\n", "      plugin:\n        id: x\n      events:\n")
                                << "spec.yml:10: slos[0].sli.plugin: SLI plugins are not supported";
        QTest::addRow("no slos") << QByteArray("version: prometheus/v1\nservice: s\nslos: []\n")
                                 << "spec.yml:3: slos: expected a list with at least one SLO";
        QTest::addRow("syntax") << QByteArray("version: prometheus/v1\nservice: [s\n") << "spec.yml:";
        QTest::addRow("second SLO") << good
                + QByteArray(
                    "  - name: \"lat\"\n    objective: -1\n    sli:\n      raw:\n        error_ratio_query: x\n")
                                    << "spec.yml:15: slos[1].objective: must be greater than 0";
        QTest::addRow("duplicate") << good
                + QByteArray(
                    "  - name: \"avail\"\n    objective: 99\n    sli:\n      raw:\n        error_ratio_query: x\n"
                    "    alerting:\n      page_alert: {disable: true}\n      ticket_alert: {disable: true}\n")
                                   << "spec.yml:14: slos[1].name: “avail” is used by another SLO";
        QTest::addRow("second document") << good + QByteArray("---\n") + with("99.9", "0")
                                         << "spec.yml:21: slos[0].objective: must be greater than 0";
        QTest::addRow("empty") << QByteArray("# nothing\n") << "spec.yml:?: the file holds no Sloth spec";
        // Found by tests/fuzz/fuzz_sloth_spec: yaml-cpp's LoadAll looped for ever on a stray comma.
        QTest::addRow("stray comma") << QByteArray(",er!") << "spec.yml:1: unexpected “,” where a value should start";
        QTest::addRow("comma after a document")
            << good + QByteArray("---\n,\n") << "unexpected “,” where a value should start";
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        try {
            parseSlothSpecs(yaml, QStringLiteral("spec.yml"));
            QFAIL("no error");
        } catch (const Error& e) {
            if (!e.message().startsWith(expected) && !e.message().contains(expected))
                QFAIL(qPrintable(QStringLiteral("got: ") + e.message()));
        }
    }

    void alertWindows()
    {
        QFile f(sharedData() + QStringLiteral("/sloth/windows/7d.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const AlertTable t = parseSlothAlertWindows(f.readAll(), f.fileName());
        QCOMPARE(t.periodMinutes, qint64(7 * 1440));
        QCOMPARE(t.tiers.size(), size_t(4));
        QCOMPARE(t.tiers[0].burnRate, 13.44);
        QCOMPARE(t.tiers[1].burnRate, 3.5);
        QCOMPARE(t.tiers[2].burnRate, 1.4);
        QCOMPARE(t.tiers[3].burnRate, 0.98);

        QFile c(sharedData() + QStringLiteral("/sloth/windows/custom-30d.yaml"));
        QVERIFY(c.open(QIODevice::ReadOnly));
        const AlertTable custom = parseSlothAlertWindows(c.readAll(), c.fileName());
        QCOMPARE(custom.tiers[0].shortMinutes, qint64(2));
        QCOMPARE(custom.tiers[0].longMinutes, qint64(30));
        QCOMPARE(custom.tiers[0].burnRate, 14.4); // 1 % of 720 h in 0.5 h
        QCOMPARE(custom.tiers[3].longMinutes, qint64(36 * 60));
        QCOMPARE(custom.tiers[3].burnRate, 1.0); // 5 % of 720 h in 36 h

        try {
            parseSlothAlertWindows("apiVersion: sloth.slok.dev/v1\nkind: AlertWindows\nspec:\n  sloPeriod: 7x\n",
                QStringLiteral("w.yaml"));
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("w.yaml:4: spec.sloPeriod:")), qPrintable(e.message()));
        }
    }

    void durations()
    {
        QCOMPARE(parsePromDurationMinutes(QStringLiteral("5m")), qint64(5));
        QCOMPARE(parsePromDurationMinutes(QStringLiteral("1h30m")), qint64(90));
        QCOMPARE(parsePromDurationMinutes(QStringLiteral("1w")), qint64(10080));
        QCOMPARE(parsePromDurationMinutes(QStringLiteral("36h")), qint64(2160));
        QCOMPARE(parsePromDurationMinutes(QStringLiteral("30s")), qint64(-1));
        QCOMPARE(parsePromDurationMinutes(QStringLiteral("x")), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestSlothSpec)
#include "tst_slothspec.moc"
