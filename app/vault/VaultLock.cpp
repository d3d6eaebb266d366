// VaultLock: flock(2) on a file beside the database. Locks belong to the open file description,
// so two Vaults in one process exclude each other as two processes do; the kernel drops the lock
// when a process dies, so a crash never leaves the database locked.
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace dpp {

VaultLock::VaultLock(int fd)
    : m_fd(fd)
{ }

VaultLock::~VaultLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

VaultLock::VaultLock(VaultLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{ }

VaultLock& VaultLock::operator=(VaultLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

Result<VaultLock> VaultLock::shared(const QString& lockPath, int waitMs)
{
    const QByteArray native = QFile::encodeName(lockPath);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate("dpp::VaultLock", "Cannot open the lock file %1.").arg(lockPath));
    VaultLock lock(fd);
    for (int waited = 0;; waited += 100) {
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
            return lock;
        if (waited >= waitMs)
            return Error(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "dpp::VaultLock",
                             "The database key is being rotated by another DPP Console window or "
                             "dppctl; try again when it has finished."));
        QThread::msleep(100);
    }
}

Result<void> VaultLock::tryExclusive()
{
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return success();
    return Error(ErrorCode::Failed,
                 QCoreApplication::translate(
                     "dpp::VaultLock",
                     "Another DPP Console window or dppctl has this database open. Close it, then "
                     "try again: the key can only be rotated while nobody else is using it."));
}

void VaultLock::downgrade()
{
    if (m_fd >= 0)
        ::flock(m_fd, LOCK_SH);
}

} // namespace dpp
