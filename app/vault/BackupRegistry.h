// BackupRegistry: the backups this database has made (table backups), kept after a backup's file
// is destroyed. The certificate of sanitization (Data Backed Up) and Amazon's deletion requests
// (complete only once no copy made before them can still hold the data) ask it which copies may
// still exist; app/backup writes it. No permission checks here: its callers check their own.
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace dpp {

class Database;

struct BackupRecord
{
    enum class State
    {
        Writing, //!< recorded before the file is written; a crash may leave it so
        Present,
        Destroyed,
        Failed, //!< the write failed and left no file
    };
    qint64 id = 0;
    QString backupId; //!< the UUID in the file's header
    QString path; //!< where it was written (absolute)
    QDateTime createdAt;
    QDateTime expiresAt;
    QString createdBy;
    qint64 size = 0;
    qint64 orders = 0;
    qint64 piiOrders = 0; //!< orders whose buyer data the copy holds
    State state = State::Writing;
    QDateTime destroyedAt;
    QString destroyedBy;
    QString destroyReason; //!< "expired", "manual"

    //! Whether the copy may still exist at now and be restored: not destroyed, not failed, not expired.
    bool live(const QDateTime& now) const
    {
        return (state == State::Present || state == State::Writing) && expiresAt > now;
    }
    static QString stateName(State state); //!< "writing", "present", "destroyed", "failed"
};

class BackupRegistry final
{
public:
    explicit BackupRegistry(Database& db);

    //! Every backup, newest first.
    Result<QList<BackupRecord>> all();
    Result<std::optional<BackupRecord>> find(const QString& backupId);
    //! Records a backup (the caller's transaction); returns its row id.
    Result<qint64> insert(const BackupRecord& record);
    //! A new state, with size and counts once the file is complete.
    Result<void> setState(const QString& backupId, BackupRecord::State state, qint64 size = 0);
    Result<void> markDestroyed(const QString& backupId, const QDateTime& at, const QString& by,
                               const QString& reason);
    //! The copies made before `before` that may still exist at now (BackupRecord::live).
    Result<QList<BackupRecord>> liveBefore(const QDateTime& before, const QDateTime& now);

private:
    Result<QList<BackupRecord>> query(const QString& where, const QList<qint64>& values);

    Database& m_db;
};

} // namespace dpp
