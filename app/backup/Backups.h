// Backups: encrypted backups that never bring purged PII back (issue 6, item 6; DPP: be able to
// recover lost PII). A backup is a SQLCipher copy of the database under a key of its own, sealed
// to the same people's key slots and the recovery slot (docs/backup-format.md), with an expiry
// (30 days by default, never more) after which the console and the scheduler destroy it. Restore
// never shows the copy as it was: it first replays the purge ledgers (the backup's own, the one
// beside the database, and any given) and the retention rules, so an order purged after the
// backup was made never reappears, even when the live database is gone and only its ledger is left.
#pragma once

#include "backup/BackupFile.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "vault/BackupRegistry.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpp {

struct RestoreRequest
{
    QString backupPath;
    QString target; //!< the database file to make; neither it nor its key file may exist
    QString username; //!< a person whose slot the backup holds, with backup.restore in the copy
    SecureBytes password;
    SecondFactor second;
    QStringList ledgers; //!< purge ledgers to replay besides the target's own <name>.ledger
};

struct RestoreOutcome
{
    BackupHeader backup;
    QString target;
    qint64 replayed = 0; //!< orders the ledgers record as purged, purged again in the copy
    qint64 purgedAsDue = 0; //!< orders due under the retention rules at the restore
    QStringList taxHeldLeft; //!< due, on tax hold, left for a person who can write the tax archive
    QStringList certificates; //!< of the replay's purge runs
    qint64 ledgerLinesUnreadable = 0;
    qint64 backupsLearned = 0; //!< backups made after this one, learnt from <name>.backups
    QString previousAuditHead; //!< where the lost database's audit head was kept (empty: none)
};

class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::Backups)

public:
    static constexpr int DefaultExpiryDays = 30;
    //! The DPP keeps PII at most 30 days after shipment; a backup adds at most as much again.
    static constexpr int MaximumExpiryDays = 30;
    static constexpr char FileSuffix[] = ".dppbackup";

    explicit Backups(Vault& vault);

    /*!
     * Writes a backup to destination: a new file, or a folder in which it is named
     * <database name>-<UTC time>.dppbackup. It expires after expiryDays (1 to 30). Needs backup.run
     * and step-up (the scheduler needs none). Recorded in the database (BackupRegistry) and in
     * <name>.backups, audited (backup.created). A failure (a full disk, a cancel) leaves no file.
     */
    Result<BackupRecord> create(const QString& destination, int expiryDays = DefaultExpiryDays,
                                const ByteProgress& progress = {});

    //! Every backup made, newest first. Needs backup.run or audit.read.
    Result<QList<BackupRecord>> list();

    /*!
     * Destroys a backup now (BackupFile::destroy), before it expires (a deletion request that
     * must be complete sooner). Needs backup.run and step-up. NotFound when its file is not where
     * it was written (a drive not connected); fileGone then records it as destroyed without a file,
     * for a copy someone destroyed by other means. Audited (backup.destroyed) and journalled.
     */
    Result<BackupRecord> destroy(qint64 id, bool fileGone = false);

    struct Expiry
    {
        int destroyed = 0;
        QStringList unreachable; //!< expired, but its file is not where it was written
        QStringList failed; //!< expired, and destroying it failed (the message says why)
    };
    /*!
     * Destroys every backup past its expiry. Needs backup.run, no step-up: the console runs it at
     * sign-in and the scheduler daily. A file not found stays listed (unreachable) for the next run.
     */
    Result<Expiry> destroyExpired();

    /*!
     * Restores a database from a backup to request.target. Checks the backup's header and expiry,
     * copies its database beside the target (checking size and SHA-256), signs request.username in
     * to the copy (password and second factor: this is the step-up) and needs backup.restore there;
     * then replays, before anything is shown: every order the purge ledgers record as purged (the
     * copy's own ledger, the target's <name>.ledger, request.ledgers) is purged again whatever its
     * holds say, and every order due under the retention rules now is purged (legal holds kept;
     * tax holds archived when the person can, else left and listed). Learns backups made later from
     * <name>.backups, records backup.restored in the audit log, keeps the lost database's audit head
     * as <name>.audit-head.before-restore-<time>, and only then moves the files into place. Any
     * failure leaves the target as it was. A backup past its expiry is refused.
     */
    static Result<RestoreOutcome> restore(const RestoreRequest& request, const Clock& clock = systemClock(),
                                          const ByteProgress& progress = {});

private:
    Result<void> recordDestroyed(const BackupRecord& record, const QString& reason);

    Vault& m_vault;
};

} // namespace dpp
