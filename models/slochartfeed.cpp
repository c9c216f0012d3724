#include "slochartfeed.h"

#include "core/error.h"
#include "onresult.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

SloChartFeed::SloChartFeed(SloChartLoader loader, QObject* parent)
    : QObject(parent)
    , m_loader(std::move(loader))
{ }

void SloChartFeed::load(std::shared_ptr<Database> db, const TimeWindow& window, qint64 sloId)
{
    const quint64 generation = ++m_generation;
    if (!db || sloId == 0) {
        apply({});
        return;
    }
    m_loading = true;
    onResult(this, QtConcurrent::run([loader = m_loader, db = std::move(db), window, sloId] {
        try {
            return loader(db, window, sloId);
        } catch (const Error& e) {
            SloChartSnapshot failed;
            failed.sloId = sloId;
            failed.error = e.message();
            return failed;
        } catch (const std::exception& e) {
            SloChartSnapshot failed;
            failed.sloId = sloId;
            failed.error = QCoreApplication::translate("traceo::SloChartFeed", "Loading the charts failed: %1")
                               .arg(QString::fromLocal8Bit(e.what()));
            return failed;
        }
    }),
        [this, generation](SloChartSnapshot snapshot) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (generation != m_generation)
                return;
            apply(std::move(snapshot));
        });
}

void SloChartFeed::apply(SloChartSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    m_loading = false;
    Q_EMIT loaded();
}

} // namespace traceo
