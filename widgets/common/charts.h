#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

class QAbstractAxis;
class QBarCategoryAxis;
class QPieSeries;
class QStackedBarSeries;
class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
class QWidget;

/// The one place that builds Qt Charts objects, so that a later move to Qt Graphs touches one room.
/// X values are milliseconds since the epoch; time axes show local time.
namespace traceo::charts {

/// A chart view with antialiasing, the legend at the bottom and no animation.
QChartView* createChartView(const QString& title, QWidget* parent);
/// Removes every series and axis.
void clear(QChart* chart);

/// A local-time axis from `from` to `to`, labelled to suit the span (time of day, weekday, date).
QDateTimeAxis* addTimeAxis(QChart* chart, const QDateTime& from, const QDateTime& to);
/// A linear axis on the left with ticks at multiples of `tickInterval`; `labelFormat` is printf-style
/// ("%.0f %%", ASCII only).
QValueAxis* addValueAxis(
    QChart* chart, double min, double max, double tickInterval, const QString& labelFormat, const QString& title);
/// A base-10 logarithmic axis on the left (`labelFormat` as for addValueAxis).
QLogValueAxis* addLogAxis(QChart* chart, double min, double max, const QString& labelFormat, const QString& title);

/// A line through `points` (x in ms) attached to the chart's axes.
QLineSeries* addLine(
    QChart* chart, const QString& name, const QList<QPointF>& points, const QColor& color, qreal width = 1.6);
/// A dashed horizontal line at `y` across [x0, x1] with `label` drawn near its right end.
QLineSeries* addLevel(
    QChart* chart, const QString& name, double y, qreal x0, qreal x1, const QString& label, const QColor& color);
/// Shaded vertical bands over the x ranges `bands` (ms), from `yBottom` to `yTop`.
QAreaSeries* addBands(QChart* chart, const QString& name, const QList<QPair<qreal, qreal>>& bands, double yBottom,
    double yTop, const QColor& color);
/// Hides a series' legend entry.
void hideFromLegend(QChart* chart, QObject* series);

/// One stack of a stacked bar chart: a value per category.
struct BarStack
{
    QString name;
    QList<qreal> values;
    QColor color;
};
/// Stacked bars, one per index 0 … count-1, labelled at the indices of `ticks` only (so that long
/// ranges stay readable); a value axis from 0 at the left whose ticks are round numbers, labelled with
/// `labelFormat`. XY series added later use the bar's index as x.
QStackedBarSeries* addStackedBars(QChart* chart, int count, const QList<QPair<int, QString>>& ticks,
    const QList<BarStack>& stacks, const QString& labelFormat, const QString& axisTitle);
/// A pie of `slices` (name, value); the legend names each slice with its share.
QPieSeries* addPie(QChart* chart, const QList<QPair<QString, qreal>>& slices, const QList<QColor>& colors);
/// The i-th colour of a palette of distinct colours for categories.
QColor categoryColor(int i);
/// A round upper bound for an axis that shows values up to `max`, with its tick interval.
QPair<double, double> niceRange(double max, int ticks = 5);

} // namespace traceo::charts
