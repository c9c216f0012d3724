#include "charts.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace traceo::charts {

namespace {

void attach(QChart* chart, QAbstractSeries* series)
{
    chart->addSeries(series);
    for (QAbstractAxis* axis : chart->axes())
        series->attachAxis(axis);
}

void styleAxis(QAbstractAxis* axis)
{
    QFont f = axis->labelsFont();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    axis->setLabelsFont(f);
    axis->setGridLineColor(QColor(0xe3, 0xe6, 0xea));
}

} // namespace

QChartView* createChartView(const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QDateTimeAxis* addTimeAxis(QChart* chart, const QDateTime& from, const QDateTime& to)
{
    auto* axis = new QDateTimeAxis;
    const qint64 hours = from.secsTo(to) / 3600;
    axis->setFormat(hours <= 24 ? QStringLiteral("HH:mm")
            : hours <= 7 * 24   ? QStringLiteral("ddd HH:mm")
                                : QStringLiteral("MMM d"));
    axis->setTickCount(7);
    axis->setRange(from.toLocalTime(), to.toLocalTime());
    styleAxis(axis);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* addValueAxis(
    QChart* chart, double min, double max, double tickInterval, const QString& labelFormat, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(tickInterval);
    axis->setLabelFormat(labelFormat);
    axis->setTitleText(title);
    styleAxis(axis);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

QLogValueAxis* addLogAxis(QChart* chart, double min, double max, const QString& labelFormat, const QString& title)
{
    auto* axis = new QLogValueAxis;
    axis->setBase(10);
    axis->setRange(min, max);
    axis->setLabelFormat(labelFormat);
    axis->setTitleText(title);
    axis->setMinorTickCount(8);
    axis->setMinorGridLineColor(QColor(0xf2, 0xf3, 0xf5));
    styleAxis(axis);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

QLineSeries* addLine(QChart* chart, const QString& name, const QList<QPointF>& points, const QColor& color, qreal width)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->replace(points);
    QPen pen(color);
    pen.setWidthF(width);
    series->setPen(pen);
    attach(chart, series);
    return series;
}

QLineSeries* addLevel(
    QChart* chart, const QString& name, double y, qreal x0, qreal x1, const QString& label, const QColor& color)
{
    auto* series = new QLineSeries;
    series->setName(name);
    // The label sits on a point a little inside the right edge, so that it is not clipped.
    series->append(x0, y);
    series->append(x0 + (x1 - x0) * 0.96, y);
    series->append(x1, y);
    QPen pen(color);
    pen.setWidthF(1.2);
    pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointLabelsFormat(label);
    series->setPointLabelsColor(color.darker(120));
    series->setPointLabelsClipping(false);
    series->setPointLabelsVisible(true);
    series->setPointConfiguration(0, QXYSeries::PointConfiguration::LabelVisibility, false);
    series->setPointConfiguration(2, QXYSeries::PointConfiguration::LabelVisibility, false);
    attach(chart, series);
    return series;
}

QAreaSeries* addBands(QChart* chart, const QString& name, const QList<QPair<qreal, qreal>>& bands, double yBottom,
    double yTop, const QColor& color)
{
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (const auto& [x0, x1] : bands) {
        upper->append(x0, yBottom);
        upper->append(x0, yTop);
        upper->append(x1, yTop);
        upper->append(x1, yBottom);
        lower->append(x0, yBottom);
        lower->append(x1, yBottom);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setName(name);
    area->setColor(color);
    area->setBorderColor(Qt::transparent);
    attach(chart, area);
    return area;
}

void hideFromLegend(QChart* chart, QObject* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(qobject_cast<QAbstractSeries*>(series)))
        marker->setVisible(false);
}

QPair<double, double> niceRange(double max, int ticks)
{
    if (!(max > 0))
        return { 1.0, 0.25 };
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (raw <= m * magnitude) {
            step = m * magnitude;
            break;
        }
    return { std::ceil(max / step) * step, step };
}

QStackedBarSeries* addStackedBars(QChart* chart, int count, const QList<QPair<int, QString>>& ticks,
    const QList<BarStack>& stacks, const QString& labelFormat, const QString& axisTitle)
{
    auto* series = new QStackedBarSeries;
    QList<qreal> sums(count, 0.0);
    for (const BarStack& stack : stacks) {
        auto* set = new QBarSet(stack.name);
        set->append(stack.values);
        set->setColor(stack.color);
        set->setBorderColor(stack.color);
        series->append(set);
        for (qsizetype i = 0; i < stack.values.size() && i < sums.size(); ++i)
            sums[i] += stack.values[i];
    }
    series->setBarWidth(0.8);
    auto* x = new QCategoryAxis;
    x->setRange(-0.5, count - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const auto& [index, label] : ticks)
        x->append(label, index);
    styleAxis(x);
    chart->addAxis(x, Qt::AlignBottom);
    double max = 0;
    for (const qreal v : sums)
        max = std::max(max, v);
    const auto [top, step] = niceRange(max);
    addValueAxis(chart, 0, top, step, labelFormat, axisTitle);
    attach(chart, series);
    return series;
}

QPieSeries* addPie(QChart* chart, const QList<QPair<QString, qreal>>& slices, const QList<QColor>& colors)
{
    auto* series = new QPieSeries;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        QPieSlice* slice = series->append(slices[i].first, slices[i].second);
        slice->setColor(colors.value(i, categoryColor(int(i))));
        slice->setBorderColor(Qt::white);
    }
    series->setPieSize(0.85);
    chart->addSeries(series);
    // The legend names the slices; the slices show their share when there is room for it.
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < series->slices().size(); ++i) {
        QPieSlice* slice = series->slices()[i];
        if (i < markers.size())
            markers[i]->setLabel(slices[i].first);
        slice->setLabel(QStringLiteral("%1 %").arg(QLocale().toString(slice->percentage() * 100.0, 'f', 0)));
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
        slice->setLabelVisible(slice->percentage() >= 0.06);
    }
    return series;
}

QColor categoryColor(int i)
{
    static const QColor colors[] = { QColor(0x1f, 0x6f, 0xb4), QColor(0xe0, 0x7b, 0x1a), QColor(0x2a, 0x8c, 0x4a),
        QColor(0xc0, 0x39, 0x2b), QColor(0x7b, 0x3f, 0xa0), QColor(0x8c, 0x56, 0x4b), QColor(0xd6, 0x5f, 0xb4),
        QColor(0x17, 0xa2, 0xb8), QColor(0xb5, 0xa0, 0x1c) };
    return colors[std::size_t(i) % std::size(colors)];
}

} // namespace traceo::charts
