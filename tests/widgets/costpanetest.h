#pragma once

// What the Cost pane's widget tests share: a pane over a database, loaded, and the engine's own
// computations to compare it with.
#include "common/testutil.h"
#include "cost/costalerts.h"
#include "cost/costanomalyview.h"
#include "cost/costbreakdown.h"
#include "cost/costcharts.h"
#include "cost/costimportbar.h"
#include "cost/costpane.h"
#include "cost/coststore.h"
#include "cost/costsynth.h"
#include "cost/costtoolbar.h"
#include "costbreakdownmodel.h"
#include "costfeed.h"
#include "costformat.h"
#include "costimporttask.h"
#include "costloaders.h"
#include "demo/demobuilder.h"
#include "panefeed.h"
#include "timewindowstate.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLineSeries>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace traceo;
using namespace traceo::cost;

namespace traceo::test {

constexpr int kTimeout = 60000;

std::shared_ptr<Database> openDb(const QString& path)
{
    DatabaseLocation loc;
    loc.path = path;
    return Database::open(loc);
}

// The first and the day after the last day with line items.
CostDays dataDays(const CostTable& table)
{
    const CostColumn* start = table.column(focus::ChargePeriodStart);
    const auto [lo, hi] = std::minmax_element(start->hours.begin(), start->hours.end());
    const QDate epoch(1970, 1, 1);
    return { epoch.addDays(*lo / 24), epoch.addDays(*hi / 24 + 1) };
}

TimeWindow windowOf(const CostDays& d)
{
    return TimeWindow::custom(d.from.startOfDay(Qt::UTC), d.to.startOfDay(Qt::UTC));
}

BreakdownResult engineBreakdown(const CostTable& table, const QStringList& by, const CostDays& d,
    Metric metric = Metric::Billed, const QList<QPair<QString, QString>>& filters = {})
{
    BreakdownQuery q;
    q.by = by;
    q.from = d.from.startOfDay(Qt::UTC);
    q.to = d.to.startOfDay(Qt::UTC);
    q.metric = metric;
    q.filters = filters;
    return CostBreakdown::run(table, q);
}

template <typename T> T* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<T*>(s);
    return nullptr;
}

double chartTotal(QChart* chart)
{
    double sum = 0;
    if (auto* bars = seriesNamed<QStackedBarSeries>(chart, QStringLiteral("daily")))
        for (QBarSet* set : bars->barSets())
            sum += set->sum();
    return sum;
}

QStringList chartSeries(QChart* chart)
{
    QStringList names;
    if (auto* bars = seriesNamed<QStackedBarSeries>(chart, QStringLiteral("daily")))
        for (QBarSet* set : bars->barSets())
            names << set->label();
    return names;
}

/// A Cost pane over `db` showing `window`, loaded.
struct Fixture
{
    TimeWindowState window;
    PaneFeed* feed;
    CostPane* pane;
    Fixture(const std::shared_ptr<Database>& db, const TimeWindow& w)
        : feed(new PaneFeed(&paneloaders::costs, &window))
        , pane(new CostPane(feed, &window))
    {
        new QAbstractItemModelTester(
            pane->costFeed()->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, pane);
        feed->setParent(pane);
        window.setWindow(w);
        pane->resize(1400, 900);
        pane->show();
        feed->setDatabase(db);
    }
    ~Fixture() { delete pane; }
    /// Waits until the pane shows `db` and nothing is loading.
    bool idle() const
    {
        return QTest::qWaitFor(
            [&] {
                return !feed->isLoading() && pane->costFeed()->database() == feed->database()
                    && !pane->costFeed()->isLoading() && pane->costFeed()->table();
            },
            kTimeout);
    }
    QAbstractItemModel* tree() const { return pane->tree()->model(); }
};

/// Writes `data` to `path`; false when it cannot.
inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
}

/// A new database at `path` with `file` imported through a Cost pane, or null when the import failed.
inline std::shared_ptr<Database> importThroughPane(const QString& path, const QString& file, const TimeWindow& w)
{
    auto db = openDb(path);
    Fixture f(db, w);
    if (!f.idle() || !f.pane->showsEmptyState())
        return nullptr;
    QSignalSpy done(f.pane->importTask(), &CostImportTask::finished);
    f.pane->importFiles({ file });
    if (!done.wait(kTimeout) || !done.first().first().value<CostImportTask::Outcome>().ok)
        return nullptr;
    return db;
}

/// The days of the synthetic data (SyntheticCostParams defaults).
inline CostDays syntheticDays(const SyntheticCostParams& params = {})
{
    return { params.start, params.start.addDays(params.days) };
}

} // namespace traceo::test
