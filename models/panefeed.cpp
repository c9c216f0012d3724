#include "panefeed.h"

#include "core/error.h"
#include "onresult.h"
#include "store/database.h"
#include "timewindowstate.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

PaneFeed::PaneFeed(PaneLoader loader, TimeWindowState* window, QObject* parent)
    : QObject(parent)
    , m_loader(std::move(loader))
    , m_window(window)
    , m_model(new SnapshotTableModel(this))
    , m_detailModel(new SnapshotTableModel(this))
{
    connect(m_window, &TimeWindowState::changed, this, &PaneFeed::reload);
}

void PaneFeed::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    reload();
}

void PaneFeed::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_db) {
        apply({});
        return;
    }
    setLoading(true);
    onResult(this, QtConcurrent::run([loader = m_loader, db = m_db, window = m_window->window()] {
        try {
            return loader(db, window);
        } catch (const Error& e) {
            PaneSnapshot failed;
            failed.error = e.message();
            return failed;
        } catch (const std::exception& e) {
            PaneSnapshot failed;
            failed.error = QCoreApplication::translate("traceo::PaneFeed", "Loading from %1 failed: %2")
                               .arg(db->location().display(), QString::fromLocal8Bit(e.what()));
            return failed;
        }
    }),
        [this, generation](PaneSnapshot snapshot) {
            Q_ASSERT(QThread::currentThread() == thread());
            if (generation != m_generation)
                return;
            apply(std::move(snapshot));
        });
}

void PaneFeed::apply(PaneSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    m_model->setSnapshot(m_snapshot.main);
    selectRow(m_snapshot.main.rows.isEmpty() ? -1 : 0);
    setLoading(false);
    Q_EMIT loaded();
}

void PaneFeed::selectRow(int row)
{
    m_detailModel->setSnapshot(m_snapshot.details.value(row));
    m_detailText = m_snapshot.detailTexts.value(row);
    Q_EMIT detailChanged();
}

void PaneFeed::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(m_loading);
}

} // namespace traceo
