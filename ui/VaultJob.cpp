// VaultJob: see the header. All bookkeeping happens on the GUI thread.
#include "VaultJob.h"

#include <QList>

namespace dpp::ui {

namespace {

QList<QFutureWatcherBase*>& running()
{
    static QList<QFutureWatcherBase*> watchers;
    return watchers;
}

quint64& currentGeneration()
{
    static quint64 generation = 0;
    return generation;
}

} // namespace

VaultJobNotifier* VaultJobs::notifier()
{
    static VaultJobNotifier instance;
    return &instance;
}

bool VaultJobs::isBusy()
{
    for (const QFutureWatcherBase* watcher : running())
        if (!watcher->isFinished())
            return true;
    return false;
}

void VaultJobs::finishAndDrop()
{
    ++currentGeneration();
    for (QFutureWatcherBase* watcher : running())
        watcher->waitForFinished();
}

quint64 VaultJobs::started(QFutureWatcherBase* watcher)
{
    running().append(watcher);
    if (running().size() == 1)
        emit notifier()->busyChanged(true);
    return currentGeneration();
}

void VaultJobs::finished(QFutureWatcherBase* watcher)
{
    if (running().removeAll(watcher) > 0 && running().isEmpty())
        emit notifier()->busyChanged(false);
}

quint64 VaultJobs::generation()
{
    return currentGeneration();
}

} // namespace dpp::ui
