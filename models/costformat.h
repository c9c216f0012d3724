#pragma once

#include <QString>

namespace traceo::costformat {

/// "$1,234.56", "€12.00", "1,234.56 CHF": amounts in the bill's currency, in the user's locale.
QString money(double amount, const QString& currency, int decimals = 2);
/// "12.3 %"; an empty string for a value that is not finite.
QString percent(double percent, int decimals = 1);
/// "+12.3 %" or "−4.0 %" against `previous`; "new" when there was nothing before.
QString change(double value, double previous);
/// The change in percent, or NaN when there was nothing before.
double changePercent(double value, double previous);
/// A null key shown as "(none)".
QString key(const QString& key);

} // namespace traceo::costformat
