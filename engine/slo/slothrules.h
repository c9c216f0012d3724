#pragma once

#include "slothspec.h"

#include <QByteArray>

namespace traceo::slo {

/// One Prometheus rule: a recording rule (`record`) or an alerting rule (`alert`).
struct PromRule
{
    QString record;
    QString alert;
    QString expr;
    LabelMap labels;
    LabelMap annotations;
};

struct PromRuleGroup
{
    QString name;
    std::vector<PromRule> rules;
};

struct SlothRulesOptions
{
    /// The alert windows; their period is the SLO period (30 days by default). Four tiers in the
    /// order page quick, page slow, ticket quick, ticket slow, as AlertTable::slothDefault() builds them.
    AlertTable windows = AlertTable::slothDefault(30);
    /// Added to every SLO's labels (Sloth's `--extra-labels`).
    LabelMap extraLabels;
    QString version = QStringLiteral("traceo"); ///< `sloth_version` of `sloth_slo_info`
    QString mode = QStringLiteral("cli-gen-prom"); ///< `sloth_mode`
};

/// The rule groups Sloth generates for one spec document, in Sloth's order: per SLO the SLI
/// recordings (`slo:sli_error:ratio_rate<window>` for every alert window, then the period as the mean of
/// the 5-minute ratio), the metadata recordings and, unless both are disabled, the page and ticket alerts.
/// Throws traceo::Error if the window table does not have Sloth's four tiers.
std::vector<PromRuleGroup> slothRuleGroups(const SlothSpec& spec, const SlothRulesOptions& options = {});

/// Prometheus rule files (one `groups:` YAML document per spec document, separated by `---`).
QByteArray slothRulesYaml(const std::vector<SlothSpec>& specs, const SlothRulesOptions& options = {});

/// A float as Go's `%v`/`%g` prints it (shortest round-trip digits, exponent form below 1e-4 and
/// from 1e6 on): 0.9990000000000001, 14.4, 1e-05, 1e+06. Sloth's numbers in expressions are printed this way.
QString goFloat(double v);
/// A float as Go's `strconv.FormatFloat(v, 'f', -1, 64)`: 99.9, 99.99, 95.
QString goFixed(double v);

} // namespace traceo::slo
