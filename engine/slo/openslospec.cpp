#include "openslospec.h"

#include "core/error.h"
#include "yamlspecreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <yaml-cpp/yaml.h>

namespace traceo::slo {

namespace {

struct OpenSloReader : YamlSpecReader
{
    QHash<QString, YAML::Node> slis; ///< kind: SLI documents by metadata.name

    /// Checks apiVersion and returns kind.
    QString header(const YAML::Node& doc) const
    {
        if (!doc.IsMap())
            fail(doc.Mark(), QString(),
                QCoreApplication::translate("traceo::slo", "expected an OpenSLO document (a mapping)"));
        const QString api = string(doc, "apiVersion", QString(), true);
        if (api != QLatin1String("openslo/v1"))
            fail(doc["apiVersion"].Mark(), QStringLiteral("apiVersion"),
                QCoreApplication::translate("traceo::slo", "“%1” is not supported (only openslo/v1)").arg(api));
        return string(doc, "kind", QString(), true);
    }

    QString query(const YAML::Node& metric, const QString& path) const
    {
        expectMap(metric, path, { "metricSource" });
        const QString sp = join(path, "metricSource");
        const YAML::Node source = required(metric, "metricSource", path);
        expectMap(source, sp, { "metricSourceRef", "type", "spec" });
        unsupported(source, "metricSourceRef", sp,
            QCoreApplication::translate("traceo::slo",
                "data source references are not supported; give type: Prometheus and spec.query inline"));
        const QString type = string(source, "type", sp, true);
        if (type.compare(QLatin1String("Prometheus"), Qt::CaseInsensitive) != 0)
            fail(source["type"].Mark(), join(sp, "type"),
                QCoreApplication::translate("traceo::slo", "“%1” is not supported (only Prometheus)").arg(type));
        const YAML::Node spec = required(source, "spec", sp);
        expectMap(spec, join(sp, "spec"), { "query" });
        const QString q = string(spec, "query", join(sp, "spec"), true);
        checkTemplate(spec["query"], q, join(join(sp, "spec"), "query"));
        return q;
    }

    /// Fills the SLI fields of `s` from an SLI spec (the `spec` of an indicator or SLI document).
    void sli(const YAML::Node& spec, const QString& path, SlothSlo& s) const
    {
        if (!spec || spec.IsNull())
            fail(spec.Mark(), path, QCoreApplication::translate("traceo::slo", "is required"));
        expectMap(spec, path, { "description", "thresholdMetric", "ratioMetric" });
        unsupported(spec, "thresholdMetric", path,
            QCoreApplication::translate("traceo::slo", "threshold metrics are not supported (only ratioMetric)"));
        const QString rp = join(path, "ratioMetric");
        const YAML::Node ratio = required(spec, "ratioMetric", path);
        expectMap(ratio, rp, { "counter", "good", "bad", "total", "raw", "rawType" });
        if (const YAML::Node c = ratio["counter"]; c) {
            bool value = false;
            if (!c.IsScalar() || !YAML::convert<bool>::decode(c, value))
                fail(c.Mark(), join(rp, "counter"),
                    QCoreApplication::translate("traceo::slo", "expected true or false"));
        }
        if (ratio["raw"]) {
            for (const char* other : { "good", "bad", "total" })
                unsupported(
                    ratio, other, rp, QCoreApplication::translate("traceo::slo", "cannot be combined with raw"));
            const QString kind = string(ratio, "rawType", rp, true);
            const QString q = query(ratio["raw"], join(rp, "raw"));
            s.sliKind = SlothSlo::SliKind::Raw;
            if (kind == QLatin1String("failure"))
                s.errorRatioQuery = q;
            else if (kind == QLatin1String("success"))
                s.errorRatioQuery = QStringLiteral("1 - (%1)").arg(q);
            else
                fail(ratio["rawType"].Mark(), join(rp, "rawType"),
                    QCoreApplication::translate("traceo::slo", "expected success or failure, not “%1”").arg(kind));
            return;
        }
        unsupported(ratio, "rawType", rp, QCoreApplication::translate("traceo::slo", "is only for raw metrics"));
        const bool good = bool(ratio["good"]);
        const bool bad = bool(ratio["bad"]);
        if (good == bad)
            fail(ratio.Mark(), rp,
                QCoreApplication::translate("traceo::slo", "needs total and exactly one of good and bad (or raw)"));
        const QString total = query(required(ratio, "total", rp), join(rp, "total"));
        s.sliKind = SlothSlo::SliKind::Events;
        s.totalQuery = total;
        if (bad)
            s.errorQuery = query(ratio["bad"], join(rp, "bad"));
        else
            s.errorQuery = QStringLiteral("(%1) - (%2)").arg(total, query(ratio["good"], join(rp, "good")));
    }

    /// Sets periodDays (rolling windows) or periodKind (a calendar month in UTC) from spec.timeWindow.
    void period(const YAML::Node& spec, SlothSlo& s) const
    {
        const QString path = QStringLiteral("spec.timeWindow");
        const YAML::Node tw = required(spec, "timeWindow", QStringLiteral("spec"));
        if (!tw.IsSequence() || tw.size() != 1)
            fail(tw.Mark(), path, QCoreApplication::translate("traceo::slo", "expected a list with one time window"));
        const YAML::Node w = tw[0];
        const QString wp = path + QStringLiteral("[0]");
        expectMap(w, wp, { "duration", "isRolling", "calendar" });
        const YAML::Node rolling = required(w, "isRolling", wp);
        bool isRolling = false;
        if (!rolling.IsScalar() || !YAML::convert<bool>::decode(rolling, isRolling))
            fail(rolling.Mark(), join(wp, "isRolling"),
                QCoreApplication::translate("traceo::slo", "expected true or false"));
        const QString duration = string(w, "duration", wp, true);
        if (!isRolling) {
            calendarMonth(w, wp, duration);
            s.periodKind = PeriodKind::CalendarMonth;
            s.periodDays = 0;
            return;
        }
        unsupported(w, "calendar", wp,
            QCoreApplication::translate("traceo::slo", "is only for calendar time windows (isRolling: false)"));
        static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,4})([mhdwMQY])$"));
        const QRegularExpressionMatch m = re.match(duration);
        const int n = m.hasMatch() ? m.captured(1).toInt() : 0;
        const QString unit = m.captured(2);
        const int days = unit == QLatin1String("d")     ? n
            : unit == QLatin1String("w")                ? n * 7
            : unit == QLatin1String("h") && n % 24 == 0 ? n / 24
                                                        : 0;
        if (days <= 0)
            fail(w["duration"].Mark(), join(wp, "duration"),
                QCoreApplication::translate(
                    "traceo::slo", "“%1” is not supported; give a whole number of days or weeks (28d, 30d, 4w)")
                    .arg(duration));
        s.periodDays = days;
        s.periodKind = PeriodKind::Rolling;
    }

    /// Checks a calendar window is the UTC calendar month: duration 1M, calendar.timeZone UTC and a
    /// calendar.startTime at the start of a month.
    void calendarMonth(const YAML::Node& w, const QString& wp, const QString& duration) const
    {
        if (duration != QLatin1String("1M"))
            fail(w["duration"].Mark(), join(wp, "duration"),
                QCoreApplication::translate(
                    "traceo::slo", "“%1” is not supported for calendar time windows (only 1M, the calendar month)")
                    .arg(duration));
        const QString cp = join(wp, "calendar");
        const YAML::Node cal = required(w, "calendar", wp);
        expectMap(cal, cp, { "startTime", "timeZone" });
        const QString zone = string(cal, "timeZone", cp, true);
        if (zone != QLatin1String("UTC") && zone != QLatin1String("Etc/UTC"))
            fail(cal["timeZone"].Mark(), join(cp, "timeZone"),
                QCoreApplication::translate(
                    "traceo::slo", "“%1” is not supported; calendar months are counted in UTC (timeZone: UTC)")
                    .arg(zone));
        const QString startText = string(cal, "startTime", cp, true);
        QDateTime start = QDateTime::fromString(startText, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!start.isValid())
            start = QDateTime::fromString(startText, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (!start.isValid() || start.date().day() != 1 || start.time() != QTime(0, 0))
            fail(cal["startTime"].Mark(), join(cp, "startTime"),
                QCoreApplication::translate("traceo::slo",
                    "“%1” is not supported; a calendar month starts on the 1st at 00:00:00 (2024-01-01 00:00:00)")
                    .arg(startText));
    }

    double objective(const YAML::Node& o, const QString& path) const
    {
        const YAML::Node target = o["target"];
        const YAML::Node percent = o["targetPercent"];
        if (bool(target) == bool(percent))
            fail(o.Mark(), path,
                QCoreApplication::translate("traceo::slo", "needs exactly one of target and targetPercent"));
        const YAML::Node n = target ? target : percent;
        const QString p = join(path, target ? "target" : "targetPercent");
        bool ok = false;
        const double v = n.IsScalar() ? QByteArray::fromStdString(n.Scalar()).toDouble(&ok) : 0.0;
        if (!ok)
            fail(n.Mark(), p, QCoreApplication::translate("traceo::slo", "expected a number"));
        const double max = target ? 1.0 : 100.0;
        if (!(v > 0 && v <= max))
            fail(n.Mark(), p,
                QCoreApplication::translate("traceo::slo", "must be greater than 0 and at most %1, not %2")
                    .arg(max)
                    .arg(QString::fromStdString(n.Scalar())));
        if (!target)
            return v;
        // 0.999 × 100 in binary is 99.9 plus noise; keep the decimal the file means.
        return QString::number(v * 100, 'g', 12).toDouble();
    }

    std::vector<SlothSlo> slo(const YAML::Node& doc) const
    {
        expectMap(doc, QString(), { "apiVersion", "kind", "metadata", "spec" });
        const YAML::Node meta = required(doc, "metadata", QString());
        expectMap(meta, QStringLiteral("metadata"), { "name", "displayName", "labels", "annotations" });
        const QString name = string(meta, "name", QStringLiteral("metadata"), true);
        static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
        if (!validName.match(name).hasMatch())
            fail(meta["name"].Mark(), QStringLiteral("metadata.name"),
                QCoreApplication::translate(
                    "traceo::slo", "“%1” is not a valid SLO name (letters, digits, “-”, “_”, “.”)")
                    .arg(name));
        const LabelMap labels = this->labels(meta, "labels", QStringLiteral("metadata"));

        const QString sp = QStringLiteral("spec");
        const YAML::Node spec = required(doc, "spec", QString());
        expectMap(spec, sp,
            { "description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod", "objectives",
                "alertPolicies" });
        SlothSlo base;
        base.line = doc.Mark().line + 1;
        base.labels = labels;
        base.description = string(spec, "description", sp, false);
        base.pageAlert.disable = true;
        base.ticketAlert.disable = true;

        const QString method = string(spec, "budgetingMethod", sp, true);
        if (method != QLatin1String("Occurrences"))
            fail(spec["budgetingMethod"].Mark(), QStringLiteral("spec.budgetingMethod"),
                QCoreApplication::translate("traceo::slo", "“%1” is not supported (only Occurrences)").arg(method));

        const bool inline_ = bool(spec["indicator"]);
        if (inline_ == bool(spec["indicatorRef"]))
            fail(spec.Mark(), sp,
                QCoreApplication::translate("traceo::slo", "needs exactly one of indicator and indicatorRef"));
        if (inline_) {
            const YAML::Node ind = spec["indicator"];
            const QString ip = QStringLiteral("spec.indicator");
            expectMap(ind, ip, { "metadata", "spec" });
            if (const YAML::Node m = ind["metadata"]; m && !m.IsNull())
                expectMap(m, join(ip, "metadata"), { "name", "displayName", "labels", "annotations" });
            sli(required(ind, "spec", ip), join(ip, "spec"), base);
        } else {
            const QString ref = string(spec, "indicatorRef", sp, true);
            const auto it = slis.constFind(ref);
            if (it == slis.cend())
                fail(spec["indicatorRef"].Mark(), QStringLiteral("spec.indicatorRef"),
                    QCoreApplication::translate("traceo::slo", "no kind: SLI document named “%1” in the file")
                        .arg(ref));
            sli(required(*it, "spec", QString()), QStringLiteral("spec"), base);
        }

        period(spec, base);

        if (const YAML::Node ap = spec["alertPolicies"]; ap && !ap.IsNull() && !(ap.IsSequence() && ap.size() == 0))
            unsupported(spec, "alertPolicies", sp,
                QCoreApplication::translate(
                    "traceo::slo", "alert policies are not supported (Traceo uses Sloth's burn-rate alerts)"));

        const QString op = QStringLiteral("spec.objectives");
        const YAML::Node objectives = spec["objectives"];
        if (!objectives || !objectives.IsSequence() || objectives.size() == 0)
            fail(objectives ? objectives.Mark() : spec.Mark(), op,
                QCoreApplication::translate("traceo::slo", "expected a list with at least one objective"));
        std::vector<SlothSlo> out;
        for (std::size_t i = 0; i < objectives.size(); ++i) {
            const YAML::Node o = objectives[i];
            const QString p = QStringLiteral("spec.objectives[%1]").arg(i);
            expectMap(o, p,
                { "displayName", "op", "value", "target", "targetPercent", "timeSliceTarget", "timeSliceWindow",
                    "indicator", "indicatorRef", "compositeWeight" });
            for (const char* k : { "op", "value" })
                unsupported(o, k, p,
                    QCoreApplication::translate(
                        "traceo::slo", "is only for threshold metrics, which are not supported"));
            for (const char* k : { "timeSliceTarget", "timeSliceWindow" })
                unsupported(o, k, p,
                    QCoreApplication::translate(
                        "traceo::slo", "is only for Timeslices budgeting, which is not supported"));
            for (const char* k : { "indicator", "indicatorRef", "compositeWeight" })
                unsupported(
                    o, k, p, QCoreApplication::translate("traceo::slo", "composite objectives are not supported"));
            SlothSlo s = base;
            s.line = o.Mark().line + 1;
            s.name = objectives.size() == 1 ? name : QStringLiteral("%1-%2").arg(name).arg(i);
            s.objective = objective(o, p);
            out.push_back(std::move(s));
        }
        return out;
    }
};

} // namespace

bool isOpenSloYaml(const QByteArray& yaml)
{
    try {
        for (const YAML::Node& doc : loadYamlDocuments(yaml))
            if (doc.IsMap() && doc["apiVersion"] && doc["apiVersion"].IsScalar()
                && doc["apiVersion"].Scalar().rfind("openslo/", 0) == 0)
                return true;
    } catch (const YAML::Exception&) { }
    return false;
}

std::vector<SlothSpec> parseOpenSloSpecs(const QByteArray& yaml, const QString& fileName)
{
    OpenSloReader r { fileName, {} };
    const std::vector<YAML::Node> docs = r.documents(yaml);
    std::vector<QString> kinds(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (docs[i].IsNull())
            continue;
        kinds[i] = r.header(docs[i]);
        if (kinds[i] == QLatin1String("SLI")) {
            r.expectMap(docs[i], QString(), { "apiVersion", "kind", "metadata", "spec" });
            const YAML::Node meta = r.required(docs[i], "metadata", QString());
            r.expectMap(meta, QStringLiteral("metadata"), { "name", "displayName", "labels", "annotations" });
            const QString name = r.string(meta, "name", QStringLiteral("metadata"), true);
            if (r.slis.contains(name))
                r.fail(meta["name"].Mark(), QStringLiteral("metadata.name"),
                    QCoreApplication::translate("traceo::slo", "“%1” is used by another SLI of the file").arg(name));
            r.slis.insert(name, docs[i]);
        } else if (kinds[i] != QLatin1String("SLO") && kinds[i] != QLatin1String("Service")) {
            r.fail(docs[i]["kind"].Mark(), QStringLiteral("kind"),
                QCoreApplication::translate("traceo::slo", "“%1” is not supported (SLO, SLI and Service are read)")
                    .arg(kinds[i]));
        }
    }
    std::vector<SlothSpec> specs;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (kinds[i] != QLatin1String("SLO"))
            continue;
        SlothSpec spec;
        spec.file = fileName;
        spec.document = int(i);
        spec.version = QStringLiteral("prometheus/v1");
        spec.slos = r.slo(docs[i]); // checks first that the document has a `spec` mapping
        spec.service = r.string(docs[i]["spec"], "service", QStringLiteral("spec"), true);
        for (const SlothSpec& other : specs)
            for (const SlothSlo& o : other.slos)
                for (const SlothSlo& s : spec.slos)
                    if (other.service == spec.service && o.name == s.name)
                        r.fail(docs[i]["metadata"]["name"].Mark(), QStringLiteral("metadata.name"),
                            QCoreApplication::translate("traceo::slo", "“%1” is used by another SLO of the service")
                                .arg(s.name));
        specs.push_back(std::move(spec));
    }
    if (specs.empty())
        r.fail(YAML::Mark::null_mark(), QString(),
            QCoreApplication::translate("traceo::slo", "the file holds no OpenSLO SLO"));
    return specs;
}

std::vector<SlothSpec> readOpenSloSpecFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("traceo::slo", "%1: cannot read the file: %2").arg(path, f.errorString()));
    return parseOpenSloSpecs(f.readAll(), path);
}

QByteArray openSloYaml(const SlothSpec& spec)
{
    QByteArray text;
    const auto str = [](const QString& s) { return s.toStdString(); };
    for (const SlothSlo& s : spec.slos) {
        YAML::Emitter out;
        const auto metric = [&](const char* key, const QString& q) {
            out << YAML::Key << key << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "metricSource" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "type" << YAML::Value << "Prometheus";
            // Double quotes keep a multi-line query exact (a literal block would add a final newline).
            out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap << YAML::Key << "query" << YAML::Value;
            if (q.contains(QLatin1Char('\n')))
                out << YAML::DoubleQuoted;
            out << str(q) << YAML::EndMap << YAML::EndMap << YAML::EndMap;
        };
        out << YAML::BeginMap;
        out << YAML::Key << "apiVersion" << YAML::Value << "openslo/v1";
        out << YAML::Key << "kind" << YAML::Value << "SLO";
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << str(s.name);
        LabelMap labels = spec.labels;
        labels.insert(s.labels);
        emitLabelMap(out, "labels", labels);
        out << YAML::EndMap;
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        if (!s.description.isEmpty())
            out << YAML::Key << "description" << YAML::Value << YAML::DoubleQuoted << str(s.description);
        out << YAML::Key << "service" << YAML::Value << YAML::DoubleQuoted << str(spec.service);
        out << YAML::Key << "indicator" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "name" << YAML::Value
            << YAML::DoubleQuoted << str(s.name + QStringLiteral("-sli")) << YAML::EndMap;
        out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "ratioMetric" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "counter" << YAML::Value << true;
        if (s.sliKind == SlothSlo::SliKind::Events) {
            metric("bad", s.errorQuery);
            metric("total", s.totalQuery);
        } else {
            metric("raw", s.errorRatioQuery);
            out << YAML::Key << "rawType" << YAML::Value << "failure";
        }
        out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
        out << YAML::Key << "timeWindow" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        if (s.periodKind == PeriodKind::CalendarMonth) {
            out << YAML::Key << "duration" << YAML::Value << "1M";
            out << YAML::Key << "isRolling" << YAML::Value << false;
            out << YAML::Key << "calendar" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "startTime" << YAML::Value << "2020-01-01 00:00:00";
            out << YAML::Key << "timeZone" << YAML::Value << "UTC" << YAML::EndMap;
        } else {
            out << YAML::Key << "duration" << YAML::Value
                << QStringLiteral("%1d").arg(s.periodDays > 0 ? s.periodDays : 30).toStdString();
            out << YAML::Key << "isRolling" << YAML::Value << true;
        }
        out << YAML::EndMap << YAML::EndSeq;
        out << YAML::Key << "budgetingMethod" << YAML::Value << "Occurrences";
        out << YAML::Key << "objectives" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        char number[32];
        const auto end = std::to_chars(number, number + sizeof number, s.objective).ptr; // shortest round trip
        out << YAML::Key << "targetPercent" << YAML::Value << std::string(number, end);
        out << YAML::EndMap << YAML::EndSeq;
        out << YAML::EndMap << YAML::EndMap;
        if (!text.isEmpty())
            text.append("---\n");
        text.append(out.c_str(), qsizetype(out.size()));
        text.append('\n');
    }
    return text;
}

} // namespace traceo::slo
