#include "slopane.h"

#include "common/emptystate.h"
#include "panefeed.h"

#include <QTableView>

namespace traceo {

SloPane::SloPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("SLO budgets"), feed, window, parent)
{
    QTableView* table = createTable(feed->model(), this);
    table->setObjectName(QStringLiteral("sloTable"));
    setContent(table);
    emptyState()->setTitle(tr("No SLOs yet"));
    emptyState()->setDescription(tr("Error budgets need SLO definitions and SLI data. Connect Prometheus to "
                                    "read SLIs, or build the demo database to explore with sample SLOs."));
    addSettingsAction(tr("Connect Prometheus…"));
    addBuildDemoAction();
}

QStringList SloPane::importKinds() const
{
    return { tr("SLO definitions (YAML)") };
}

QStringList SloPane::exportKinds() const
{
    return { tr("Error budgets (CSV)") };
}

} // namespace traceo
