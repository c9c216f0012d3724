#include "slothrules.h"

#include "core/error.h"
#include "slomath.h"
#include "yamlspecreader.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <set>
#include <yaml-cpp/yaml.h>

namespace traceo::slo {

namespace {

const QString kWindowLabel = QStringLiteral("sloth_window");

LabelMap merged(std::initializer_list<const LabelMap*> maps)
{
    LabelMap out;
    for (const LabelMap* m : maps)
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            out.insert(it.key(), it.value());
    return out;
}

QString sliMetric(qint64 windowMinutes)
{
    return QStringLiteral("slo:sli_error:ratio_rate") + promDuration(windowMinutes);
}

QString promFilter(const LabelMap& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"');
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString alertExpr(const QString& filter, double budget, const AlertTier& quick, const AlertTier& slow)
{
    const auto cond = [&](qint64 window, double burn) -> QString {
        return QStringLiteral("    max(") + sliMetric(window) + filter + QStringLiteral(" > (") + goFloat(burn)
            + QStringLiteral(" * ") + goFloat(budget) + QStringLiteral(")) without (") + kWindowLabel
            + QStringLiteral(")\n");
    };
    const auto pair = [&](const AlertTier& t) -> QString {
        return QStringLiteral("(\n") + cond(t.shortMinutes, t.burnRate) + QStringLiteral("    and\n")
            + cond(t.longMinutes, t.burnRate) + QStringLiteral(")\n");
    };
    return pair(quick) + QStringLiteral("or\n") + pair(slow);
}

PromRule alertRule(const SlothSlo& slo, const SlothAlertMeta& meta, Severity severity, const QString& filter,
    double budget, const AlertTier& quick, const AlertTier& slow)
{
    PromRule r;
    r.alert = slo.alertName;
    r.expr = alertExpr(filter, budget, quick, slow);
    const LabelMap sev { { QStringLiteral("sloth_severity"), severityName(severity) } };
    r.labels = merged({ &sev, &slo.alertLabels, &meta.labels });
    const LabelMap defaults {
        { QStringLiteral("title"),
            QStringLiteral(
                "(%1) {{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is too fast.")
                .arg(severityName(severity)) },
        { QStringLiteral("summary"),
            QStringLiteral(
                "{{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is over expected.") },
    };
    r.annotations = merged({ &defaults, &slo.alertAnnotations, &meta.annotations });
    return r;
}

QString formatGo(double v, bool allowExponent)
{
    char buf[64];
    if (!allowExponent) {
        const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
        return QString::fromLatin1(buf, res.ptr - buf);
    }
    const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    const std::string s(buf, res.ptr);
    const size_t e = s.find('e');
    const int exp = std::stoi(s.substr(e + 1));
    if (exp < -4 || exp >= 6) {
        // Go writes at least two exponent digits: 1e-05, 1.5e+06.
        const std::string mant = s.substr(0, e);
        const int a = exp < 0 ? -exp : exp;
        std::string digits = std::to_string(a);
        if (digits.size() < 2)
            digits.insert(0, 1, '0');
        return QString::fromStdString(mant + 'e' + (exp < 0 ? '-' : '+') + digits);
    }
    const auto fixed = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return QString::fromLatin1(buf, fixed.ptr - buf);
}

} // namespace

QString goFloat(double v)
{
    return formatGo(v, true);
}
QString goFixed(double v)
{
    return formatGo(v, false);
}

std::vector<PromRuleGroup> slothRuleGroups(const SlothSpec& spec, const SlothRulesOptions& options)
{
    const AlertTable& table = options.windows;
    if (table.tiers.size() != 4)
        throw Error(QCoreApplication::translate(
            "traceo::slo", "Sloth rules need four alert tiers (page quick and slow, ticket quick and slow), not %1")
                        .arg(table.tiers.size()));
    const qint64 period = table.periodMinutes;
    const qint64 shortest = table.tiers[0].shortMinutes;

    std::vector<PromRuleGroup> groups;
    for (const SlothSlo& slo : spec.slos) {
        const QString id = spec.service + QLatin1Char('-') + slo.name;
        const LabelMap ids { { QStringLiteral("sloth_id"), id }, { QStringLiteral("sloth_service"), spec.service },
            { QStringLiteral("sloth_slo"), slo.name } };
        const LabelMap sloLabels = merged({ &spec.labels, &slo.labels, &options.extraLabels });
        const QString filter = promFilter(ids);

        std::set<qint64> windowSet;
        for (const AlertTier& t : table.tiers) {
            windowSet.insert(t.shortMinutes);
            windowSet.insert(t.longMinutes);
        }
        std::vector<qint64> windows(windowSet.begin(), windowSet.end());
        windows.push_back(period);

        PromRuleGroup sli { QStringLiteral("sloth-slo-sli-recordings-") + id, {} };
        for (const qint64 w : windows) {
            PromRule r;
            r.record = sliMetric(w);
            const QString win = promDuration(w);
            if (w == period) {
                const QString src = sliMetric(shortest) + filter + QLatin1Char('[') + win + QLatin1Char(']');
                r.expr = QStringLiteral("sum_over_time(") + src + QStringLiteral(")\n/ ignoring (") + kWindowLabel
                    + QStringLiteral(")\ncount_over_time(") + src + QStringLiteral(")\n");
            } else if (slo.sliKind == SlothSlo::SliKind::Events) {
                r.expr = QLatin1Char('(') + renderWindowTemplate(slo.errorQuery, win) + QStringLiteral(")\n/\n(")
                    + renderWindowTemplate(slo.totalQuery, win) + QStringLiteral(")\n");
            } else {
                r.expr = QLatin1Char('(') + renderWindowTemplate(slo.errorRatioQuery, win) + QLatin1Char(')');
            }
            const LabelMap windowLabel { { kWindowLabel, win } };
            r.labels = merged({ &ids, &windowLabel, &sloLabels });
            sli.rules.push_back(std::move(r));
        }
        groups.push_back(std::move(sli));

        const LabelMap labels = merged({ &ids, &sloLabels });
        const double objectiveRatio = slo.objective / 100;
        const auto burnExpr = [&](qint64 window) -> QString {
            return sliMetric(window) + filter
                + QStringLiteral("\n/ on(sloth_id, sloth_slo, sloth_service) group_left\n")
                + QStringLiteral("slo:error_budget:ratio") + filter + QLatin1Char('\n');
        };
        PromRuleGroup meta { QStringLiteral("sloth-slo-meta-recordings-") + id, {} };
        meta.rules = {
            { QStringLiteral("slo:objective:ratio"), {}, QStringLiteral("vector(%1)").arg(goFloat(objectiveRatio)),
                labels, {} },
            { QStringLiteral("slo:error_budget:ratio"), {}, QStringLiteral("vector(1-%1)").arg(goFloat(objectiveRatio)),
                labels, {} },
            { QStringLiteral("slo:time_period:days"), {},
                QStringLiteral("vector(%1)").arg(goFloat(double(period) / 1440)), labels, {} },
            { QStringLiteral("slo:current_burn_rate:ratio"), {}, burnExpr(shortest), labels, {} },
            { QStringLiteral("slo:period_burn_rate:ratio"), {}, burnExpr(period), labels, {} },
            { QStringLiteral("slo:period_error_budget_remaining:ratio"), {},
                QStringLiteral("1 - slo:period_burn_rate:ratio") + filter, labels, {} },
        };
        const LabelMap info { { QStringLiteral("sloth_version"), options.version },
            { QStringLiteral("sloth_mode"), options.mode }, { QStringLiteral("sloth_spec"), spec.version },
            { QStringLiteral("sloth_objective"), goFixed(slo.objective) } };
        meta.rules.push_back(
            { QStringLiteral("sloth_slo_info"), {}, QStringLiteral("vector(1)"), merged({ &labels, &info }), {} });
        groups.push_back(std::move(meta));

        PromRuleGroup alerts { QStringLiteral("sloth-slo-alerts-") + id, {} };
        const double budget = (100 - slo.objective) / 100;
        if (!slo.pageAlert.disable)
            alerts.rules.push_back(
                alertRule(slo, slo.pageAlert, Severity::Page, filter, budget, table.tiers[0], table.tiers[1]));
        if (!slo.ticketAlert.disable)
            alerts.rules.push_back(
                alertRule(slo, slo.ticketAlert, Severity::Ticket, filter, budget, table.tiers[2], table.tiers[3]));
        if (!alerts.rules.empty())
            groups.push_back(std::move(alerts));
    }
    return groups;
}

QByteArray slothRulesYaml(const std::vector<SlothSpec>& specs, const SlothRulesOptions& options)
{
    QByteArray text;
    const auto str = [](const QString& s) { return s.toStdString(); };
    for (const SlothSpec& spec : specs) {
        // One emitter per document: yaml-cpp 0.7 writes a stray "---" after a comment in a second document.
        YAML::Emitter out;
        out << YAML::BeginMap << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
        for (const PromRuleGroup& g : slothRuleGroups(spec, options)) {
            out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << str(g.name);
            out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
            for (const PromRule& r : g.rules) {
                out << YAML::BeginMap;
                if (!r.record.isEmpty())
                    out << YAML::Key << "record" << YAML::Value << str(r.record);
                else
                    out << YAML::Key << "alert" << YAML::Value << str(r.alert);
                out << YAML::Key << "expr" << YAML::Value;
                if (r.expr.contains(QLatin1Char('\n')))
                    out << YAML::Literal;
                out << str(r.expr);
                emitLabelMap(out, "labels", r.labels);
                emitLabelMap(out, "annotations", r.annotations);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq << YAML::EndMap;
        }
        out << YAML::EndSeq << YAML::EndMap;
        text += "---\n# Generated by Traceo Console from a Sloth spec (" + spec.file.toUtf8() + ").\n";
        text.append(out.c_str(), qsizetype(out.size()));
        text.append('\n');
    }
    return text;
}

} // namespace traceo::slo
