// DeletionRequests: Amazon's requests to delete or return Amazon Information (issue 6, item 5). The
// DPP asks the seller to delete (or return) it within 72 hours of Amazon's request, every live copy
// within 90 days, and to certify it in writing. A request is recorded with its scope, counted down
// from its receipt, and fulfilled by a purge (PurgeEngine, reason DeletionRequest) with its
// certificate of sanitization, plus a companion certification of the request; a return first
// writes the orders' data for Amazon as an AES-256-GCM export under a fresh key shown once.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "vault/BackupRegistry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpp {

class Vault;

enum class DeletionAction
{
    Delete,
    Return, //!< an encrypted export of the orders' data for Amazon first, then the purge
};

enum class DeletionScope
{
    Everything, //!< every order in the database, facts and items too (PurgeRequest::everything)
    Orders, //!< the listed order ids (their buyer data)
    PurchaseRange, //!< orders purchased from one day to another, both inclusive (UTC)
};

enum class DeletionStatus
{
    Open, //!< not fulfilled, within 72 hours of its receipt
    Overdue, //!< not fulfilled after 72 hours, or fulfilled but not complete after 90 days
    Fulfilled, //!< purged and certified; a backup made before may still hold its data
    Complete, //!< fulfilled, and no backup made before it can hold its data
};

struct NewDeletionRequest
{
    QDateTime receivedAt; //!< when Amazon's request came (UTC); not in the future
    QString reference; //!< Amazon's reference (isValidReference)
    DeletionAction action = DeletionAction::Delete;
    DeletionScope scope = DeletionScope::Orders;
    QStringList orderIds; //!< Orders
    QDate from; //!< PurchaseRange, inclusive
    QDate to; //!< PurchaseRange, inclusive
    QString note; //!< kept in the database only, never in the audit log or a certificate
};

struct DeletionRequest
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString reference;
    DeletionAction action = DeletionAction::Delete;
    DeletionScope scope = DeletionScope::Orders;
    QStringList orderIds;
    QDate from;
    QDate to;
    QString note;
    QDateTime recordedAt;
    QString recordedBy;
    DeletionStatus status = DeletionStatus::Open;
    QDateTime deadline72h; //!< receivedAt + 72 hours
    QDateTime deadline90d; //!< receivedAt + 90 days
    qint64 hoursLeft72h = 0; //!< whole hours to deadline72h, rounded down (negative once past)
    qint64 daysLeft90d = 0; //!< whole days to deadline90d, rounded down (negative once past)
    // Once fulfilled:
    QDateTime fulfilledAt;
    QString fulfilledBy; //!< the account that fulfilled it
    qint64 runId = 0; //!< the purge run (0: the scope named no order with data left)
    qint64 purgedCount = 0;
    QString certificatePath; //!< the run's certificate of sanitization (empty when runId is 0)
    QString certificationPath; //!< the companion certification of this request
    QString exportPath; //!< Return: the encrypted export
    qint64 liveBackups = 0; //!< fulfilled: backups made before that may still hold the data
};

struct DeletionFulfilment
{
    qint64 requestId = 0;
    qint64 runId = 0;
    qint64 purged = 0;
    QString certificatePath; //!< empty when nothing was purged
    QString certificationPath;
    QString exportPath; //!< Return only
    SecureBytes exportKey; //!< Return only: 64 hex digits, shown once, stored nowhere
    bool complete = false;
    bool verified = true; //!< the purge's verification passed (or nothing was purged)
    QString verificationMethod;
};

class DeletionRequests final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::DeletionRequests)

public:
    explicit DeletionRequests(Vault& vault);

    //! Records a request. Needs deletion-requests.manage. Audited (the id; never the note).
    Result<qint64> record(const NewDeletionRequest& request);
    //! Every request, newest receipt first, with status and countdowns at the vault's clock.
    Result<QList<DeletionRequest>> list();
    Result<DeletionRequest> get(qint64 id);
    //! The order ids the request's scope names now (Orders: as listed; others: as stored).
    Result<QStringList> resolve(qint64 id);

    /*!
     * Fulfils a request: needs deletion-requests.manage and purge.execute with step-up; a return
     * also needs Vault::authorizePii(pii.reveal), since it decrypts the orders' PII for the export,
     * written to <directory> (default: "returns" beside the database, 0700). Then the purge
     * (PurgeEngine, reason DeletionRequest, the request's id on every tombstone), its certificate,
     * and a companion certification PDF of the request in the certificates folder. A request
     * fulfilled before is refused (InvalidInput) and nothing happens. A purge that fails leaves
     * the request open (a return's export stays; a new attempt writes a new one under a new key).
     */
    Result<DeletionFulfilment> fulfil(qint64 id, const QString& directory = {});

    /*!
     * The backups made before `before` that may still hold its data (not expired, not destroyed):
     * a fulfilled request is complete once there are none. Copies made by other means are not
     * known to DPP Console; the companion certification says so.
     */
    Result<QList<BackupRecord>> liveBackupsBefore(const QDateTime& before);

    //! At most 64 characters: letters, digits and - _ . / :
    static bool isValidReference(const QString& reference);
    static QString actionName(DeletionAction action); //!< "delete", "return"
    static QString scopeName(DeletionScope scope); //!< "everything", "orders", "range"
    static QString statusName(DeletionStatus status); //!< "open", "overdue", "fulfilled", "complete"

    //! The associated data of a return export's box: "dpp-console/return/v1|<database id>|<id>".
    static QByteArray exportAssociatedData(const QString& databaseId, qint64 requestId);
    //! Opens a return export with its key (64 hex digits): the JSON it sealed.
    static Result<SecureBytes> openExport(const QString& path, const SecureBytes& keyHex);

private:
    Result<DeletionRequest> load(qint64 id);
    Result<QStringList> resolveIds(const DeletionRequest& request);
    Result<QString> writeExport(const DeletionRequest& request, const QStringList& ids,
                                const QString& directory, SecureBytes& keyHex);
    Result<QString> writeCertification(const DeletionRequest& request, const DeletionFulfilment& done,
                                       const QString& idsSha256, const QString& certificateSha256,
                                       const QString& exportSha256);

    Vault& m_vault;
};

} // namespace dpp
