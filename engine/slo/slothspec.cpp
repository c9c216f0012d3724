#include "slothspec.h"

#include "core/error.h"
#include "yamlspecreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <initializer_list>
#include <yaml-cpp/yaml.h>

namespace traceo::slo {

namespace {

struct Reader : YamlSpecReader
{
    SlothAlertMeta alertMeta(const YAML::Node& parent, const char* key, const QString& path) const
    {
        SlothAlertMeta m;
        const YAML::Node n = parent[key];
        const QString p = join(path, QLatin1String(key));
        if (!n || n.IsNull())
            return m;
        expectMap(n, p, { "disable", "labels", "annotations" });
        if (const YAML::Node d = n["disable"]; d) {
            bool value = false;
            if (!d.IsScalar() || !YAML::convert<bool>::decode(d, value))
                fail(d.Mark(), join(p, QStringLiteral("disable")),
                    QCoreApplication::translate("traceo::slo", "expected true or false"));
            m.disable = value;
        }
        m.labels = labels(n, "labels", p);
        m.annotations = annotations(n, "annotations", p);
        return m;
    }

    LabelMap annotations(const YAML::Node& parent, const char* key, const QString& path) const
    {
        LabelMap out;
        const YAML::Node n = parent[key];
        const QString p = join(path, QLatin1String(key));
        if (!n || n.IsNull())
            return out;
        if (!n.IsMap())
            fail(n.Mark(), p, QCoreApplication::translate("traceo::slo", "expected a mapping of names to values"));
        for (const auto& kv : n) {
            const QString name = QString::fromStdString(kv.first.Scalar());
            if (!kv.second.IsScalar())
                fail(kv.second.Mark(), join(p, name), QCoreApplication::translate("traceo::slo", "expected a string"));
            out.insert(name, QString::fromStdString(kv.second.Scalar()));
        }
        return out;
    }

    SlothSlo slo(const YAML::Node& n, const QString& p) const
    {
        expectMap(n, p, { "name", "objective", "description", "labels", "sli", "alerting" });
        SlothSlo s;
        s.line = n.Mark().line + 1;
        s.name = string(n, "name", p, true);
        static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
        if (!validName.match(s.name).hasMatch())
            fail(n["name"].Mark(), join(p, QStringLiteral("name")),
                QCoreApplication::translate(
                    "traceo::slo", "“%1” is not a valid SLO name (letters, digits, “-”, “_”, “.”)")
                    .arg(s.name));
        s.description = string(n, "description", p, false);

        const QString objPath = join(p, QStringLiteral("objective"));
        const YAML::Node obj = n["objective"];
        if (!obj || obj.IsNull())
            fail(n.Mark(), objPath, QCoreApplication::translate("traceo::slo", "is required"));
        bool ok = false;
        s.objective = obj.IsScalar() ? QByteArray::fromStdString(obj.Scalar()).toDouble(&ok) : 0.0;
        if (!ok)
            fail(obj.Mark(), objPath,
                QCoreApplication::translate("traceo::slo", "expected a number (a percentage such as 99.9)"));
        if (!(s.objective > 0 && s.objective <= 100))
            fail(obj.Mark(), objPath,
                QCoreApplication::translate("traceo::slo", "must be greater than 0 and at most 100, not %1")
                    .arg(QString::fromStdString(obj.Scalar())));
        s.labels = labels(n, "labels", p);

        const QString sliPath = join(p, QStringLiteral("sli"));
        const YAML::Node sli = n["sli"];
        if (!sli || sli.IsNull())
            fail(n.Mark(), sliPath, QCoreApplication::translate("traceo::slo", "is required"));
        expectMap(sli, sliPath, { "events", "raw", "plugin" });
        if (sli["plugin"])
            fail(sli["plugin"].Mark(), join(sliPath, QStringLiteral("plugin")),
                QCoreApplication::translate("traceo::slo", "SLI plugins are not supported; use an events or raw SLI"));
        const bool events = bool(sli["events"]);
        const bool raw = bool(sli["raw"]);
        if (events == raw)
            fail(sli.Mark(), sliPath,
                QCoreApplication::translate("traceo::slo", "needs exactly one of “events” and “raw”"));
        if (events) {
            const QString ep = join(sliPath, QStringLiteral("events"));
            expectMap(sli["events"], ep, { "error_query", "total_query" });
            s.sliKind = SlothSlo::SliKind::Events;
            s.errorQuery = string(sli["events"], "error_query", ep, true);
            s.totalQuery = string(sli["events"], "total_query", ep, true);
            checkTemplate(sli["events"]["error_query"], s.errorQuery, join(ep, QStringLiteral("error_query")));
            checkTemplate(sli["events"]["total_query"], s.totalQuery, join(ep, QStringLiteral("total_query")));
        } else {
            const QString rp = join(sliPath, QStringLiteral("raw"));
            expectMap(sli["raw"], rp, { "error_ratio_query" });
            s.sliKind = SlothSlo::SliKind::Raw;
            s.errorRatioQuery = string(sli["raw"], "error_ratio_query", rp, true);
            checkTemplate(
                sli["raw"]["error_ratio_query"], s.errorRatioQuery, join(rp, QStringLiteral("error_ratio_query")));
        }

        const QString ap = join(p, QStringLiteral("alerting"));
        const YAML::Node al = n["alerting"];
        if (al && !al.IsNull()) {
            expectMap(al, ap, { "name", "labels", "annotations", "page_alert", "ticket_alert" });
            s.alertName = string(al, "name", ap, false);
            s.alertLabels = labels(al, "labels", ap);
            s.alertAnnotations = annotations(al, "annotations", ap);
            s.pageAlert = alertMeta(al, "page_alert", ap);
            s.ticketAlert = alertMeta(al, "ticket_alert", ap);
        }
        if (s.alertName.isEmpty() && !(s.pageAlert.disable && s.ticketAlert.disable))
            fail(al ? al.Mark() : n.Mark(), join(ap, QStringLiteral("name")),
                QCoreApplication::translate(
                    "traceo::slo", "is required unless both page_alert and ticket_alert are disabled"));
        return s;
    }

    SlothSpec spec(const YAML::Node& doc, int index) const
    {
        expectMap(doc, QString(), { "version", "service", "labels", "slos" });
        SlothSpec spec;
        spec.file = file;
        spec.document = index;
        spec.version = string(doc, "version", QString(), true);
        if (spec.version != QLatin1String("prometheus/v1"))
            fail(doc["version"].Mark(), QStringLiteral("version"),
                QCoreApplication::translate("traceo::slo", "“%1” is not supported; expected “prometheus/v1”")
                    .arg(spec.version));
        spec.service = string(doc, "service", QString(), true);
        spec.labels = labels(doc, "labels", QString());
        const YAML::Node slos = doc["slos"];
        if (!slos || !slos.IsSequence() || slos.size() == 0)
            fail(slos ? slos.Mark() : doc.Mark(), QStringLiteral("slos"),
                QCoreApplication::translate("traceo::slo", "expected a list with at least one SLO"));
        for (std::size_t i = 0; i < slos.size(); ++i) {
            SlothSlo s = slo(slos[i], QStringLiteral("slos[%1]").arg(i));
            for (const SlothSlo& other : spec.slos)
                if (other.name == s.name)
                    fail(slos[i]["name"].Mark(), QStringLiteral("slos[%1].name").arg(i),
                        QCoreApplication::translate("traceo::slo", "“%1” is used by another SLO of the service")
                            .arg(s.name));
            spec.slos.push_back(std::move(s));
        }
        return spec;
    }
};

} // namespace

QString renderWindowTemplate(const QString& query, const QString& window)
{
    static const QRegularExpression action(QStringLiteral("\\{\\{\\s*\\.window\\s*\\}\\}"));
    QString out = query;
    return out.replace(action, window);
}

qint64 parsePromDurationMinutes(const QString& text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|y|w|d|h|m|s)"));
    if (text.isEmpty())
        return -1;
    qint64 ms = 0;
    qsizetype pos = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != pos)
            return -1;
        pos = m.capturedEnd();
        const qint64 v = m.captured(1).toLongLong();
        const QString u = m.captured(2);
        const qint64 mult = u == QLatin1String("y") ? 365LL * 86400000
            : u == QLatin1String("w")               ? 7LL * 86400000
            : u == QLatin1String("d")               ? 86400000LL
            : u == QLatin1String("h")               ? 3600000LL
            : u == QLatin1String("m")               ? 60000LL
            : u == QLatin1String("s")               ? 1000LL
                                                    : 1LL;
        ms += v * mult;
    }
    if (pos != text.size() || ms % 60000 != 0)
        return -1;
    return ms / 60000;
}

std::vector<SlothSpec> parseSlothSpecs(const QByteArray& yaml, const QString& fileName)
{
    const Reader r { fileName };
    std::vector<SlothSpec> specs;
    int index = 0;
    for (const YAML::Node& doc : r.documents(yaml)) {
        if (doc.IsNull()) {
            ++index;
            continue;
        }
        specs.push_back(r.spec(doc, index++));
    }
    if (specs.empty())
        r.fail(YAML::Mark::null_mark(), QString(),
            QCoreApplication::translate("traceo::slo", "the file holds no Sloth spec"));
    return specs;
}

std::vector<SlothSpec> readSlothSpecFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("traceo::slo", "%1: cannot read the file: %2").arg(path, f.errorString()));
    return parseSlothSpecs(f.readAll(), path);
}

AlertTable parseSlothAlertWindows(const QByteArray& yaml, const QString& fileName)
{
    const Reader r { fileName };
    const std::vector<YAML::Node> docs = r.documents(yaml);
    if (docs.empty() || !docs.front().IsMap())
        r.fail(YAML::Mark::null_mark(), QString(),
            QCoreApplication::translate("traceo::slo", "expected an AlertWindows document"));
    const YAML::Node doc = docs.front();
    r.expectMap(doc, QString(), { "apiVersion", "kind", "spec" });
    if (r.string(doc, "apiVersion", QString(), true) != QLatin1String("sloth.slok.dev/v1")
        || r.string(doc, "kind", QString(), true) != QLatin1String("AlertWindows"))
        r.fail(doc.Mark(), QStringLiteral("kind"),
            QCoreApplication::translate("traceo::slo", "expected apiVersion sloth.slok.dev/v1 and kind AlertWindows"));
    const YAML::Node spec = doc["spec"];
    r.expectMap(spec, QStringLiteral("spec"), { "sloPeriod", "page", "ticket" });
    const auto duration = [&](const YAML::Node& parent, const char* key, const QString& path) {
        const QString text = r.string(parent, key, path, true);
        const qint64 m = parsePromDurationMinutes(text);
        if (m <= 0)
            r.fail(parent[key].Mark(), Reader::join(path, QLatin1String(key)),
                QCoreApplication::translate("traceo::slo", "“%1” is not a duration in whole minutes").arg(text));
        return m;
    };
    const auto window = [&](const char* severity, const char* speed) {
        const QString p = QStringLiteral("spec.%1.%2").arg(QLatin1String(severity), QLatin1String(speed));
        const YAML::Node parent = spec[severity];
        if (!parent || !parent.IsMap())
            r.fail(spec.Mark(), QStringLiteral("spec.%1").arg(QLatin1String(severity)),
                QCoreApplication::translate("traceo::slo", "expected a mapping with quick and slow windows"));
        const YAML::Node n = parent[speed];
        if (!n)
            r.fail(spec.Mark(), p, QCoreApplication::translate("traceo::slo", "is required"));
        r.expectMap(n, p, { "errorBudgetPercent", "shortWindow", "longWindow" });
        bool ok = false;
        const double percent = QString(r.string(n, "errorBudgetPercent", p, true)).toDouble(&ok);
        if (!ok || !(percent > 0))
            r.fail(n["errorBudgetPercent"].Mark(), Reader::join(p, QStringLiteral("errorBudgetPercent")),
                QCoreApplication::translate("traceo::slo", "expected a positive number"));
        return AlertTable::WindowSpec { percent, duration(n, "shortWindow", p), duration(n, "longWindow", p) };
    };
    const qint64 period = duration(spec, "sloPeriod", QStringLiteral("spec"));
    return AlertTable::fromWindows(
        period, window("page", "quick"), window("page", "slow"), window("ticket", "quick"), window("ticket", "slow"));
}

} // namespace traceo::slo
