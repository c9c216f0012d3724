#include "slo/slothrules.h"

#include <QtTest>
#include <yaml-cpp/yaml.h>

using namespace traceo::slo;

namespace {

QString sharedData()
{
    return qEnvironmentVariable("TRACEO_SHARED_DATA");
}

QString noSpace(const std::string& s)
{
    QString out = QString::fromStdString(s);
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

/// A YAML mapping of strings as sorted "k=v" lines, without the labels that depend on the tool.
QStringList pairs(const YAML::Node& map)
{
    QStringList out;
    if (!map)
        return out;
    for (const auto& kv : map) {
        const QString key = QString::fromStdString(kv.first.Scalar());
        if (key == QLatin1String("sloth_version") || key == QLatin1String("sloth_mode"))
            continue;
        out << key + QLatin1Char('=') + QString::fromStdString(kv.second.Scalar());
    }
    out.sort();
    return out;
}

} // namespace

class TestSlothRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goFormatting_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("go");
        QTest::addRow("objective") << 99.9 / 100 << "0.9990000000000001";
        QTest::addRow("budget") << (100 - 99.9) / 100 << "0.0009999999999999432";
        QTest::addRow("burn") << 14.4 << "14.4";
        QTest::addRow("integer") << 6.0 << "6";
        QTest::addRow("small") << 1e-05 << "1e-05";
        QTest::addRow("five nines budget") << (100 - 99.999) / 100 << "1.0000000000047748e-05";
        QTest::addRow("large") << 1e6 << "1e+06";
        QTest::addRow("below large") << 123456.0 << "123456";
    }
    void goFormatting()
    {
        QFETCH(double, value);
        QFETCH(QString, go);
        QCOMPARE(goFloat(value), go);
    }

    void fixedFormatting()
    {
        QCOMPARE(goFixed(99.9), QStringLiteral("99.9"));
        QCOMPARE(goFixed(99.99), QStringLiteral("99.99"));
        QCOMPARE(goFixed(95), QStringLiteral("95"));
    }

    void sameAsSloth_data()
    {
        QTest::addColumn<QString>("example");
        for (const char* name :
            { "getting-started", "home-wifi", "kubernetes-apiserver", "multifile", "no-alerts", "raw-home-wifi" })
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }
    void sameAsSloth()
    {
        QFETCH(QString, example);
        const QString dir = sharedData() + QStringLiteral("/sloth/");
        const std::vector<SlothSpec> specs = readSlothSpecFile(dir + example + QStringLiteral(".yml"));
        SlothRulesOptions options;
        options.extraLabels.insert(QStringLiteral("cmd"), QStringLiteral("examplesgen.sh"));
        const QByteArray ours = slothRulesYaml(specs, options);

        QFile f(dir + QStringLiteral("_gen/") + example + QStringLiteral(".yml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        std::vector<YAML::Node> theirs = YAML::LoadAll(f.readAll().toStdString());
        std::erase_if(theirs, [](const YAML::Node& n) { return n.IsNull(); });
        const std::vector<YAML::Node> mine = YAML::LoadAll(ours.toStdString());
        QCOMPARE(mine.size(), theirs.size());
        for (size_t d = 0; d < mine.size(); ++d) {
            const YAML::Node a = mine[d]["groups"];
            const YAML::Node b = theirs[d]["groups"];
            QCOMPARE(a.size(), b.size());
            for (size_t g = 0; g < a.size(); ++g) {
                QCOMPARE(a[g]["name"].Scalar(), b[g]["name"].Scalar());
                const YAML::Node ra = a[g]["rules"];
                const YAML::Node rb = b[g]["rules"];
                QCOMPARE(ra.size(), rb.size());
                for (size_t r = 0; r < ra.size(); ++r) {
                    const QString what = QStringLiteral("%1 group %2 rule %3").arg(example).arg(g).arg(r);
                    const char* key = rb[r]["record"] ? "record" : "alert";
                    QVERIFY2(ra[r][key], qPrintable(what));
                    QCOMPARE(ra[r][key].Scalar(), rb[r][key].Scalar());
                    QCOMPARE(noSpace(ra[r]["expr"].Scalar()), noSpace(rb[r]["expr"].Scalar()));
                    QCOMPARE(pairs(ra[r]["labels"]), pairs(rb[r]["labels"]));
                    QCOMPARE(pairs(ra[r]["annotations"]), pairs(rb[r]["annotations"]));
                }
            }
        }
    }

    void specRoundTrip_data() { sameAsSloth_data(); }
    void specRoundTrip()
    {
        // Writing a spec and reading it back gives the same rules (what the store keeps per SLO).
        QFETCH(QString, example);
        const std::vector<SlothSpec> specs
            = readSlothSpecFile(sharedData() + QStringLiteral("/sloth/") + example + QStringLiteral(".yml"));
        for (const SlothSpec& spec : specs) {
            const std::vector<SlothSpec> back = parseSlothSpecs(slothSpecYaml(spec), spec.file);
            QCOMPARE(back.size(), size_t(1));
            QCOMPARE(slothRulesYaml(back), slothRulesYaml({ spec }));
        }
    }

    void sevenDayPeriod()
    {
        const std::vector<SlothSpec> specs
            = readSlothSpecFile(sharedData() + QStringLiteral("/sloth/getting-started.yml"));
        QFile w(sharedData() + QStringLiteral("/sloth/windows/7d.yaml"));
        QVERIFY(w.open(QIODevice::ReadOnly));
        SlothRulesOptions options;
        options.windows = parseSlothAlertWindows(w.readAll(), w.fileName());
        const std::vector<PromRuleGroup> groups = slothRuleGroups(specs.front(), options);
        QCOMPARE(groups.size(), size_t(3));
        QCOMPARE(
            groups[0].rules.back().record, QStringLiteral("slo:sli_error:ratio_rate1w")); // Prometheus prints 7d as 1w
        QCOMPARE(groups[1].rules[2].expr, QStringLiteral("vector(7)"));
        QVERIFY2(groups[2].rules[0].expr.contains(QStringLiteral("> (13.44 * 0.0009999999999999432)")),
            qPrintable(groups[2].rules[0].expr));
        QVERIFY(groups[2].rules[1].expr.contains(QStringLiteral("> (0.98 * 0.0009999999999999432)")));
    }
};

QTEST_GUILESS_MAIN(TestSlothRules)
#include "tst_slothrules.moc"
