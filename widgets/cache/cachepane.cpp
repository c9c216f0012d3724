#include "cachepane.h"

#include "common/emptystate.h"
#include "panefeed.h"

#include <QTableView>

namespace traceo {

CachePane::CachePane(PaneFeed* feed, TimeWindowState* window, QWidget* parent)
    : PaneBase(tr("Cache"), feed, window, parent)
{
    QTableView* table = createTable(feed->model(), this);
    table->setObjectName(QStringLiteral("cacheTable"));
    setContent(table);
    emptyState()->setTitle(tr("The query cache is empty"));
    emptyState()->setDescription(tr("Answers from Prometheus and OpenCost are cached in memory, Redis and this "
                                    "database so the last good data stays viewable offline. Connect Redis to "
                                    "share the cache, or build the demo database."));
    addSettingsAction(tr("Connect Redis…"));
    addBuildDemoAction();
}

QStringList CachePane::importKinds() const
{
    return {};
}

QStringList CachePane::exportKinds() const
{
    return { tr("Cache statistics (CSV)") };
}

} // namespace traceo
