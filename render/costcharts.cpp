#include "costcharts.h"

#include "cost/costreport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace traceo::render {

namespace {

const QColor kBar(0x3b, 0x7d, 0xd8);
const QColor kWeekendBar(0xa7, 0xc3, 0xec);
const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kGrid(0xdd, 0xdd, 0xdd);
constexpr double kRowPt = 16; // one bar of the breakdown chart

void setFontSize(QPainter& painter, double points)
{
    QFont font = painter.font();
    font.setPointSizeF(points);
    painter.setFont(font);
}

// 1, 2 or 5 times a power of ten, at least `x`.
double niceStep(double x)
{
    if (x <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    const double m = x / power;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

} // namespace

double breakdownBarsHeight(std::size_t rows, double pt)
{
    return (double(std::max<std::size_t>(rows, 1)) * kRowPt + 4) * pt;
}

void paintBreakdownBars(QPainter& painter, const QRectF& rect, const cost::BreakdownResult& result, double pt)
{
    painter.save();
    setFontSize(painter, 8);
    const QFontMetricsF metrics(painter.font(), painter.device());
    double max = 0;
    for (const cost::BreakdownRow& row : result.rows)
        max = std::max(max, row.value);
    const double labelWidth = rect.width() * 0.36;
    const double valueWidth = 64 * pt;
    const double barLeft = rect.left() + labelWidth + 6 * pt;
    const double barSpace = std::max(0.0, rect.right() - valueWidth - barLeft);
    double y = rect.top() + 2 * pt;
    for (const cost::BreakdownRow& row : result.rows) {
        const QRectF line(rect.left(), y, labelWidth, kRowPt * pt);
        painter.setPen(kText);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(row.keys.join(u" / "), Qt::ElideMiddle, labelWidth));
        const double width = max > 0 ? std::max(0.0, row.value) / max * barSpace : 0;
        painter.fillRect(QRectF(barLeft, y + 3 * pt, width, (kRowPt - 6) * pt), kBar);
        painter.drawText(QRectF(barLeft + width + 4 * pt, y, valueWidth, kRowPt * pt), Qt::AlignLeft | Qt::AlignVCenter,
            cost::CostReport::money(row.value));
        y += kRowPt * pt;
    }
    painter.restore();
}

void paintDailyBars(
    QPainter& painter, const QRectF& rect, const std::vector<std::pair<QDate, double>>& daily, double pt)
{
    painter.save();
    setFontSize(painter, 7.5);
    double max = 0;
    for (const auto& [day, v] : daily)
        max = std::max(max, v);
    const double step = niceStep(max / 4);
    const double top = std::max(step, std::ceil(max / step) * step);
    const double left = rect.left() + 52 * pt, right = rect.right() - 4 * pt;
    const double plotTop = rect.top() + 6 * pt, bottom = rect.bottom() - 16 * pt;
    const auto yOf = [&](double v) { return bottom - v / top * (bottom - plotTop); };
    for (double v = 0; v <= top + step / 2; v += step) {
        painter.setPen(QPen(kGrid, 0.5 * pt));
        painter.drawLine(QPointF(left, yOf(v)), QPointF(right, yOf(v)));
        painter.setPen(kMuted);
        painter.drawText(QRectF(rect.left(), yOf(v) - 6 * pt, 48 * pt, 12 * pt), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(v, 'f', step < 1 ? 2 : 0));
    }
    const double slot = daily.empty() ? 0 : (right - left) / double(daily.size());
    std::ptrdiff_t lastLabel = -7;
    for (std::size_t i = 0; i < daily.size(); ++i) {
        const auto& [day, v] = daily[i];
        const double x = left + slot * double(i);
        const double y = yOf(std::max(0.0, v));
        painter.fillRect(
            QRectF(x + slot * 0.125, y, slot * 0.75, bottom - y), day.dayOfWeek() >= 6 ? kWeekendBar : kBar);
        if ((day.dayOfWeek() == 1 || i == 0) && std::ptrdiff_t(i) - lastLabel >= 4) {
            lastLabel = std::ptrdiff_t(i);
            painter.setPen(kMuted);
            painter.drawText(QRectF(x - 20 * pt, bottom + 3 * pt, slot + 40 * pt, 12 * pt),
                Qt::AlignHCenter | Qt::AlignTop, day.toString(u"MM-dd"));
        }
    }
    painter.setPen(QPen(kMuted, 0.75 * pt));
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    painter.restore();
}

} // namespace traceo::render
