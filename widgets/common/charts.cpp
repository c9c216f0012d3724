#include "charts.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

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

} // namespace traceo::charts
