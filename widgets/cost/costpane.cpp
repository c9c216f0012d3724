#include "costpane.h"

#include "common/emptystate.h"
#include "panefeed.h"

#include <QTableView>

namespace traceo {

CostPane::CostPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("Costs"), feed, window, parent)
{
    QTableView* table = createTable(feed->model(), this);
    table->setObjectName(QStringLiteral("costTable"));
    setContent(table);
    emptyState()->setTitle(tr("No cost data yet"));
    emptyState()->setDescription(tr("Cost breakdowns need a billing export (AWS CUR, FOCUS) or an OpenCost "
                                    "server. Connect OpenCost, or build the demo database to explore."));
    addSettingsAction(tr("Connect OpenCost…"));
    addBuildDemoAction();
}

QStringList CostPane::importKinds() const
{
    return { tr("AWS Cost and Usage Report (CSV, Parquet)"), tr("FOCUS cost export (CSV)") };
}

QStringList CostPane::exportKinds() const
{
    return { tr("Cost breakdown (CSV)") };
}

} // namespace traceo
