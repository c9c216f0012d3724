#pragma once

#include "core/timewindow.h"
#include "cost/costreport.h"
#include "cost/coststore.h"
#include "costsnapshot.h"

#include <memory>

namespace traceo {

class Database;

/// The engine calls behind the Cost pane. They run on worker threads over an immutable CostTable and
/// throw traceo::Error.
namespace costloaders {

/// The dimensions the pane offers to group by, with the tag keys found in `table` as "tag:KEY".
QStringList dimensions(const cost::CostTable& table);
/// The whole UTC days that `window` touches at `now`.
CostDays days(const TimeWindow& window, const QDateTime& now = QDateTime::currentDateTimeUtc());
/// Splits "service=Amazon EC2, region=us-east-1, web" into dimension filters and tree text.
CostFilter parseFilter(const QString& text);
/// The currency of the line items ("" when there are none).
QString currency(const cost::CostTable& table);

CostBreakdownSnapshot breakdown(const cost::CostTable& table, const CostQuery& query, const CostDays& days);
/// The daily cost inside `branch` (keys along query.path), stacked by the next dimension of the path
/// (the last one for a leaf): the `top` largest values and "(other)".
CostChartSnapshot dailyChart(
    const cost::CostTable& table, const CostQuery& query, const QStringList& branch, const CostDays& days, int top = 8);
/// Anomalies on the days of the window (the history before it is their baseline), joined with the stored
/// alerts, and the recommendations (with the savings settings of `db`).
CostAnalysisSnapshot analysis(const std::shared_ptr<Database>& db, const cost::CostTable& table, const CostDays& days);
/// Raises the anomaly's alert if it has none yet, and acknowledges it: one transaction.
void acknowledge(const std::shared_ptr<Database>& db, const cost::CostAnomaly& anomaly);

/// A report format the pane can export: its name in the file dialog, its file suffix, and how it renders.
struct ReportFormat
{
    QString name; ///< translated, e.g. "HTML report"
    QString suffix; ///< "html"
    std::function<QByteArray(const cost::CostReport&)> render;
};
/// HTML and CSV. A new format (PDF) is one more entry here.
QList<ReportFormat> reportFormats();

} // namespace costloaders

} // namespace traceo
