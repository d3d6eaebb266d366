// BackupFile: the file format of a backup (docs/backup-format.md): a first line naming the format,
// a second line with the header (JSON: ids, times, counts, the payload's size and SHA-256, and the
// key slots that open it), then the payload: a SQLCipher database encrypted under the backup's own
// key. Nothing here needs a key; the key slots in the header are opened by the vault.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

namespace dpp {

struct BackupHeader
{
    QString backupId; //!< UUID
    QString databaseId; //!< the database it copies
    int schemaVersion = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString createdBy; //!< the account that made it, or "scheduler"
    QString source; //!< the database file it was made from (absolute)
    qint64 orders = 0;
    qint64 piiOrders = 0; //!< orders whose buyer data it holds
    qint64 payloadSize = 0;
    QString payloadSha256; //!< hex
    QByteArray keys; //!< the key slot file (docs/keys-format.md) whose DMK is the backup's key
    qint64 payloadOffset = 0; //!< where the payload starts (read only)
};

//! (done, total) bytes; false cancels.
using ByteProgress = std::function<bool(qint64 done, qint64 total)>;

class BackupFile final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::BackupFile)

public:
    static constexpr char FirstLine[] = "DPP-CONSOLE-BACKUP 1";
    static constexpr qint64 MaxHeaderSize = 16 * 1024 * 1024;

    /*!
     * Writes path (which must not exist; mode 0600) from header and the SQLCipher file at
     * payloadPath, whose size and SHA-256 it measures and records first. Atomic: a failure or a
     * cancel (progress returning false: Cancelled) leaves no file.
     */
    static Result<BackupHeader> write(const QString& path, BackupHeader header, const QString& payloadPath,
                                      const ByteProgress& progress = {});

    /*!
     * Reads and checks the first two lines (format, version, fields, sizes against the file's).
     * Corrupt for a damaged or cut-off file, Unsupported for a newer format; NotFound when missing.
     * Nothing here is authenticated: the restore checks the same facts inside the database copy.
     */
    static Result<BackupHeader> readHeader(const QString& path);

    //! Copies the payload to to (must not exist, mode 0600), checking its size and SHA-256 against
    //! the header (Corrupt when they differ; then nothing is left at to).
    static Result<void> extractPayload(const QString& path, const BackupHeader& header, const QString& to,
                                       const ByteProgress& progress = {});

    /*!
     * Destroys the backup at path if it is the one named (Corrupt when another file is there):
     * its header, which holds the backup's key sealed to each slot, is overwritten with random
     * bytes and synced, so the payload can never be decrypted again (cryptographic erase, NIST SP
     * 800-88), then the file is truncated and removed. NotFound when nothing is at path.
     */
    static Result<void> destroy(const QString& path, const QString& backupId);
};

} // namespace dpp
