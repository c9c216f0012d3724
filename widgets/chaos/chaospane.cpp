#include "chaospane.h"

#include "common/emptystate.h"
#include "panefeed.h"

#include <QTableView>

namespace traceo {

ChaosPane::ChaosPane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("Chaos"), feed, window, parent)
{
    QTableView* table = createTable(feed->model(), this);
    table->setObjectName(QStringLiteral("chaosTable"));
    setContent(table);
    emptyState()->setTitle(tr("No experiments yet"));
    emptyState()->setDescription(tr("Chaos experiments inject a fault into a target and stop when the SLO that "
                                    "guards it burns. Open a database with experiments, or build the demo "
                                    "database to explore."));
    addBuildDemoAction();
    addOpenDatabaseAction();
}

QStringList ChaosPane::importKinds() const
{
    return { tr("Experiment plans (YAML)") };
}

QStringList ChaosPane::exportKinds() const
{
    return { tr("Experiment results (JSON)") };
}

} // namespace traceo
