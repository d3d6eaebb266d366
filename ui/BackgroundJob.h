// BackgroundJob: runs a slow core call (Argon2id takes about a second and 256 MiB) on Qt's thread
// pool and hands its result back on the GUI thread, so the window keeps painting meanwhile.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

namespace dpp::ui {

/*!
 * Calls job() on the thread pool, then done(result) on context's thread. The result is moved out
 * (results here hold keys: move-only, never copied). If context is destroyed first, the result is
 * dropped, which wipes what it holds.
 */
template <typename Job, typename Done> void runInBackground(QObject* context, Job&& job, Done&& done)
{
    using Output = std::invoke_result_t<std::decay_t<Job>>;
    auto* watcher = new QFutureWatcher<Output>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future().takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Job>(job)));
}

} // namespace dpp::ui
