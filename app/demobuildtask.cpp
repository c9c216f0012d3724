#include "demobuildtask.h"

#include "core/error.h"
#include "demo/demobuilder.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace traceo {

DemoBuildTask::DemoBuildTask(QObject* parent)
    : QObject(parent)
{ }

void DemoBuildTask::start(const QString& path, quint64 seed)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this, watcher](int value) { Q_EMIT progress(value, watcher->progressMaximum(), watcher->progressText()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const QString error
            = watcher->future().resultCount() > 0 ? watcher->result() : tr("Building the demo database was cancelled");
        watcher->deleteLater();
        Q_EMIT finished(path, error);
    });
    watcher->setFuture(QtConcurrent::run([path, seed](QPromise<QString>& promise) {
        try {
            buildDemoDatabase(path, seed, true, [&promise](int done, int total, const QString& domain) {
                promise.setProgressRange(0, total);
                promise.setProgressValueAndText(done, domain);
            });
            promise.addResult(QString());
        } catch (const Error& e) {
            promise.addResult(e.message());
        } catch (const std::exception& e) {
            promise.addResult(
                tr("Cannot build the demo database at %1: %2").arg(path, QString::fromLocal8Bit(e.what())));
        }
    }));
}

} // namespace traceo
