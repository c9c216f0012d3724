#include "costformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace traceo::costformat {

namespace {
struct CostFormat
{
    Q_DECLARE_TR_FUNCTIONS(CostFormat)
};
} // namespace

QString money(double amount, const QString& currency, int decimals)
{
    const QLocale locale;
    const QString number = locale.toString(std::abs(amount), 'f', decimals);
    const QString sign = amount < 0 ? QStringLiteral("−") : QString();
    if (currency == u"USD")
        return sign + u'$' + number;
    if (currency == u"EUR")
        return sign + u'€' + number;
    if (currency == u"GBP")
        return sign + u'£' + number;
    if (currency == u"JPY" || currency == u"CNY")
        return sign + u'¥' + number;
    if (currency.isEmpty())
        return sign + number;
    return sign + number + u' ' + currency;
}

QString percent(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString();
    return CostFormat::tr("%1 %").arg(QLocale().toString(value, 'f', decimals));
}

double changePercent(double value, double previous)
{
    return previous != 0 ? (value - previous) / std::abs(previous) * 100.0 : std::nan("");
}

QString change(double value, double previous)
{
    if (previous == 0)
        return value == 0 ? QString() : CostFormat::tr("new");
    const double p = changePercent(value, previous);
    const QString text = percent(std::abs(p));
    if (p > 0)
        return u'+' + text;
    return p < 0 ? QString(QStringLiteral("−") + text) : text;
}

QString key(const QString& key)
{
    return key.isEmpty() ? CostFormat::tr("(none)") : key;
}

} // namespace traceo::costformat
