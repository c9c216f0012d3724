#pragma once

#include <QFutureWatcher>
#include <QObject>

namespace traceo {

/// Calls `handler(result)` on `context`'s thread when `future` finishes, unless `context` is gone. (The
/// connectors' counterpart of models/onresult.h, which the connectors room cannot use.)
template <typename T, typename Handler> void whenDone(QObject* context, const QFuture<T>& future, Handler handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, handler = std::move(handler)] {
        watcher->deleteLater();
        handler(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace traceo
