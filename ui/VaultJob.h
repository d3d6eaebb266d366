// VaultJob: a slow call on the open Vault (Argon2id for step-up, a password change or a new
// account's slot; a database-key rotation) on Qt's thread pool, with the result handed back on the
// GUI thread. The Vault and its SQLite connection are not made for two threads at once: while a
// job runs the GUI thread leaves the vault alone (the job's dialog is window-modal and busy, the
// timers ask isBusy()), and the one lock path waits for the job before it destroys the vault.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

namespace dpp::ui {

//! Tells the window when vault jobs start and end (the navigation waits meanwhile).
class VaultJobNotifier final : public QObject
{
    Q_OBJECT

signals:
    void busyChanged(bool busy);
};

class VaultJobs final
{
public:
    //! Emits busyChanged(true) when the first job starts and busyChanged(false) when the last ends.
    static VaultJobNotifier* notifier();
    //! True while a job started with runVaultJob() has not finished.
    static bool isBusy();
    /*!
     * Waits until every running job has finished and drops their results unseen (they are
     * destroyed, which wipes what they hold). The lock path calls it before the vault goes.
     */
    static void finishAndDrop();

    // For runVaultJob():
    static quint64 started(QFutureWatcherBase* watcher);
    static void finished(QFutureWatcherBase* watcher);
    static quint64 generation();
};

/*!
 * Calls job() on the thread pool, then done(result) on context's thread, unless the console
 * locked meanwhile (finishAndDrop()) or context is gone: then the result is dropped. The watcher
 * lives until the job has finished, whatever happens to context, so that finishAndDrop() can wait
 * for it.
 */
template <typename Job, typename Done> void runVaultJob(QObject* context, Job&& job, Done&& done)
{
    using Output = std::invoke_result_t<std::decay_t<Job>>;
    auto* watcher = new QFutureWatcher<Output>();
    const quint64 generation = VaultJobs::started(watcher);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher] {
        VaultJobs::finished(watcher);
        watcher->deleteLater();
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, generation, done = std::forward<Done>(done)]() mutable {
                         if (generation != VaultJobs::generation())
                             return; // the console locked: the vault this ran on is gone
                         done(watcher->future().takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Job>(job)));
}

} // namespace dpp::ui
