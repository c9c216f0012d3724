#pragma once

#include <QFuture>
#include <QFutureWatcher>

namespace traceo {

/// Calls `handler(result)` on `context`'s thread when `future` has a result, unless `context` was
/// destroyed first. Use it instead of QFuture::then(context, …): in Qt 6.4 a continuation whose
/// context is gone asserts (fixed in later Qt versions), and closing a window with loads in flight
/// must be harmless.
template <typename T, typename Handler> void onResult(QObject* context, QFuture<T> future, Handler handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, handler = std::move(handler)]() mutable {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                handler(watcher->result());
        });
    watcher->setFuture(std::move(future));
}

} // namespace traceo
