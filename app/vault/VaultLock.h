// VaultLock: an advisory lock on <name>.lock that every open Vault holds shared; rotating the
// database key takes it exclusively, so no other connection can write pages under the old key
// while SQLCipher re-encrypts them.
#pragma once

#include "common/Result.h"

#include <QString>

namespace dpp {

class VaultLock final
{
public:
    VaultLock() = default;
    ~VaultLock();
    VaultLock(VaultLock&& other) noexcept;
    VaultLock& operator=(VaultLock&& other) noexcept;
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

    //! Takes the lock shared, waiting up to waitMs for a key rotation elsewhere to finish.
    static Result<VaultLock> shared(const QString& lockPath, int waitMs = 30000);

    //! Upgrades to exclusive without waiting; fails when anyone else has the database open.
    Result<void> tryExclusive();
    //! Back to shared after an exclusive section.
    void downgrade();

private:
    explicit VaultLock(int fd);
    int m_fd = -1;
};

} // namespace dpp
