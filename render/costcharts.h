#pragma once

#include "cost/costbreakdown.h"

#include <QDate>
#include <QRectF>
#include <utility>
#include <vector>

class QPainter;

namespace traceo::render {

/// Cost charts drawn with QPainter as vector graphics, into any paint device (a PDF page, an image, a
/// widget). `pt` is the size of a typographic point in the painter's units (device dpi / 72).

/// One horizontal bar per row, labelled with its keys on the left and its amount at the bar's end.
void paintBreakdownBars(QPainter& painter, const QRectF& rect, const cost::BreakdownResult& rows, double pt);
/// The height paintBreakdownBars() needs for `rows` rows.
double breakdownBarsHeight(std::size_t rows, double pt);

/// One vertical bar per day (weekends lighter) over a scale with grid lines, first days of weeks labelled.
void paintDailyBars(
    QPainter& painter, const QRectF& rect, const std::vector<std::pair<QDate, double>>& daily, double pt);

} // namespace traceo::render
