#pragma once

#include <QIdentityProxyModel>

namespace traceo {

/// Formats the SLO table (columns of slotable.h) for people: objectives and budgets as percentages,
/// burn rates as "2.4×", the alert state in words and colours, durations as "3 d 4 h". SortRole still
/// gives the raw numbers, so sorting stays numeric.
class SloTableProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit SloTableProxy(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString formatPercent(double ratio, int decimals);
    /// 0.999 → "99.9 %", 0.9995 → "99.95 %".
    static QString formatObjective(double ratio);
    static QString formatBurnRate(double rate);
    /// "45 min", "5 h 12 min", "3 d 4 h"; "∞" for +inf.
    static QString formatMinutes(double minutes);
    static QString alertText(int rank);
};

} // namespace traceo
