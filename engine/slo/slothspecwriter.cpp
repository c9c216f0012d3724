#include "slothspec.h"
#include "yamlspecreader.h"

#include <charconv>
#include <yaml-cpp/yaml.h>

namespace traceo::slo {

QByteArray slothSpecYaml(const SlothSpec& spec)
{
    YAML::Emitter out;
    const auto str = [](const QString& s) { return s.toStdString(); };
    const auto query = [&](const char* key, const QString& q) {
        out << YAML::Key << key << YAML::Value;
        if (q.contains(QLatin1Char('\n')))
            out << YAML::Literal;
        out << str(q);
    };
    const auto alert = [&](const char* key, const SlothAlertMeta& m) {
        if (!m.disable && m.labels.isEmpty() && m.annotations.isEmpty())
            return;
        out << YAML::Key << key << YAML::Value << YAML::BeginMap;
        if (m.disable)
            out << YAML::Key << "disable" << YAML::Value << true;
        emitLabelMap(out, "labels", m.labels);
        emitLabelMap(out, "annotations", m.annotations);
        out << YAML::EndMap;
    };
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << str(spec.version);
    out << YAML::Key << "service" << YAML::Value << YAML::DoubleQuoted << str(spec.service);
    emitLabelMap(out, "labels", spec.labels);
    out << YAML::Key << "slos" << YAML::Value << YAML::BeginSeq;
    for (const SlothSlo& s : spec.slos) {
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << str(s.name);
        char number[32];
        const auto end = std::to_chars(number, number + sizeof number, s.objective).ptr; // shortest round trip
        out << YAML::Key << "objective" << YAML::Value << std::string(number, end);
        if (!s.description.isEmpty())
            out << YAML::Key << "description" << YAML::Value << YAML::DoubleQuoted << str(s.description);
        emitLabelMap(out, "labels", s.labels);
        out << YAML::Key << "sli" << YAML::Value << YAML::BeginMap;
        if (s.sliKind == SlothSlo::SliKind::Events) {
            out << YAML::Key << "events" << YAML::Value << YAML::BeginMap;
            query("error_query", s.errorQuery);
            query("total_query", s.totalQuery);
        } else {
            out << YAML::Key << "raw" << YAML::Value << YAML::BeginMap;
            query("error_ratio_query", s.errorRatioQuery);
        }
        out << YAML::EndMap << YAML::EndMap;
        out << YAML::Key << "alerting" << YAML::Value << YAML::BeginMap;
        if (!s.alertName.isEmpty())
            out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << str(s.alertName);
        emitLabelMap(out, "labels", s.alertLabels);
        emitLabelMap(out, "annotations", s.alertAnnotations);
        alert("page_alert", s.pageAlert);
        alert("ticket_alert", s.ticketAlert);
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    QByteArray text(out.c_str(), qsizetype(out.size()));
    text.append('\n');
    return text;
}

} // namespace traceo::slo
