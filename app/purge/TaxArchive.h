// TaxArchive: the cold tax archive (issue 6, item 6). The DPP allows tax copies of Amazon
// Information only offline and encrypted, so an order under a tax hold does not keep its PII live:
// before its purge, its invoice fields (PiiFields::isInvoiceField) and order facts are sealed into
// an archive file meant for offline storage, under a fresh AES-256-GCM key that is itself sealed
// (libsodium sealed box) to the tax archive key's public half. The secret half is shown once when
// the key is made and kept offline by the DPO: DPP Console can write archives but never read them
// back. Format: docs/tax-archive-format.md.
#pragma once

#include "auth/Permission.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace dpp {

class Vault;

struct TaxArchiveKey
{
    QString keyId; //!< 16 hex digits
    QByteArray publicKey; //!< X25519, 32 bytes
    QString fingerprint; //!< the first 16 hex digits of the public key's SHA-256
    QDateTime createdAt;
};

struct TaxArchiveRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    QString path;
    QString sha256; //!< of the file
    qint64 orders = 0;
    QDateTime createdAt;
    QString keyId;
};

class TaxArchive final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::TaxArchive)

public:
    explicit TaxArchive(Vault& vault);

    //! The key archives are sealed to now; none until the DPO makes one. Needs orders.view or
    //! purge.execute.
    Result<std::optional<TaxArchiveKey>> currentKey();
    /*!
     * Makes a new tax archive key pair and keeps its public half (settings retention.tax_archive.*).
     * Returns the secret half as 13 groups of 4 characters (the recovery key's form), to be shown
     * once and stored offline: without it no archive opens. Archives written before stay sealed to
     * the key they name. Needs retention.manage and step-up. Audited with the key's fingerprint.
     */
    Result<SecureBytes> createKey();

    /*!
     * Whether this session can write an archive now, checked without an audit row: it holds the
     * PII key, PII access is on, and a tax archive key exists. The scheduler cannot (no PII key):
     * due orders on tax hold then wait for a person (PurgeEngine leaves them out of its run).
     */
    bool canWrite();

    /*!
     * Seals the invoice fields and facts of orderIds into
     * <folder>/tax-archive-<database id>-run-<run id>.dpptax (folder empty: "tax-archive" beside the
     * database, made 0700), written atomically and synced, then records it (table tax_archives) and
     * audits tax-archive.written. Runs inside the purge's transaction, before it commits, so a purge
     * never loses invoice fields it has not archived. Needs Vault::authorizePii(permission).
     */
    Result<TaxArchiveRecord> write(qint64 runId, const QStringList& orderIds, Permission permission,
                                   const QString& folder = {});

    //! Every archive written, newest first. Needs orders.view or purge.execute.
    Result<QList<TaxArchiveRecord>> list();

    /*!
     * Opens an archive with the tax archive key's secret half (as createKey() shows it; dashes,
     * spaces and case ignored): the JSON it sealed. Needs no database: an archive outlives it.
     * WrongCredentials when the key is not the one the archive was sealed to.
     */
    static Result<SecureBytes> open(const QString& path, const SecureBytes& secretText);

    //! "dpp-console/tax-archive/v1|<database id>|<run id>|<key id>"
    static QByteArray associatedData(const QString& databaseId, qint64 runId, const QString& keyId);

private:
    Result<void> authorizeRead();

    Vault& m_vault;
};

} // namespace dpp
