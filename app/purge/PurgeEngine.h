// PurgeEngine: NIST SP 800-88 "purge" of orders' buyer data (issue 6, items 1 and 2). For a set of
// orders, in one transaction: the order's data key is destroyed (cryptographic erase: its sealed
// PII can never be opened again), its PII and key rows are deleted with secure_delete on (their
// bytes overwritten), and a tombstone goes to the purge ledger (table purge_ledger, and the file
// <name>.ledger outside the database, written before the commit: ids and times only). Then
// VACUUM (no free page keeps old bytes) and wal_checkpoint(TRUNCATE) (the WAL file is empty),
// then verification. A crash at any point leaves each order whole or purged with its tombstone.
#pragma once

#include "common/Result.h"
#include "orders/import/OrderFileParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dpp {

class Database;
class Vault;

//! Why a run purges.
enum class PurgeReason
{
    Due, //!< every order whose due date has passed (no legal hold)
    Selection, //!< orders a person chose
    DeletionRequest, //!< what an Amazon deletion request names (issue 6, item 5)
};

struct PurgeRequest
{
    PurgeReason reason = PurgeReason::Due;
    QStringList orderIds; //!< Selection and DeletionRequest: the orders
    std::optional<qint64> deletionRequestId;
    bool everything = false; //!< also delete the order facts and items (a request that asks for it)
    QString deletionRequestReference; //!< Amazon's reference, printed on the certificate
    /*!
     * Part of a restore (Backups::restore), authorized by backup.restore instead of purge.execute
     * with step-up. A Selection is then what the purge ledgers record as purged: it is purged again
     * whatever holds the restored copy shows (they ended before the orders were first purged), and
     * without the tax archive (written when they were purged first).
     */
    bool restoreReplay = false;
    QString context; //!< kept with the run and printed on the certificate: "restore:<backup id>"
    QString taxArchiveFolder; //!< empty: "tax-archive" beside the database
};

//! What the verification after a run found; every check must hold for a certificate to say "passed".
struct PurgeVerification
{
    bool rowsGone = false; //!< no order_pii or wrapped_keys row of a purged order is left
    bool pagesClean = false; //!< no decrypted page (free pages included) holds a purged key or box
    qint64 pagesScanned = 0;
    qint64 needlesSearched = 0; //!< data keys and PII ciphertexts taken before the purge
    qint64 walBytes = -1; //!< size of the -wal file after the checkpoint (0 expected)
    qint64 freePages = -1; //!< PRAGMA freelist_count after VACUUM (0 expected)
    QString method; //!< how the pages were read ("sqlite_dbpage through the sqlcipher shell 4.6.1")
    bool passed() const { return rowsGone && pagesClean && walBytes == 0 && freePages == 0; }
};

struct PurgeRun
{
    qint64 runId = 0;
    PurgeReason reason = PurgeReason::Due;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString actor; //!< who ran it (user name, or "scheduler")
    QString actorDisplayName;
    QStringList orderIds; //!< purged, sorted
    QString idsSha256; //!< hex SHA-256 over the sorted ids joined by "\n"
    QDateTime oldestDue; //!< of the purged orders (invalid when none had one)
    QDateTime newestDue;
    PurgeVerification verification;
    QString databaseId;
    QString databasePath;
    QString toolVersion; //!< "DPP Console 0.1.0, SQLCipher 4.6.1 community, OpenSSL 3.0.x"
    QString deletionRequestReference;
    QString context;
    //! Orders on tax hold whose invoice fields went to the tax archive before their purge.
    qint64 taxArchived = 0;
    QString taxArchivePath;
    QString taxArchiveSha256;
    //! Due orders on tax hold left out of a Due run: this session cannot write the tax archive
    //! (the scheduler holds no PII key; no tax archive key yet; PII access off). Still due.
    QStringList taxHeldLeft;
};

class PurgeEngine final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::PurgeEngine)

public:
    explicit PurgeEngine(Vault& vault);

    //! What Purge all due would purge: ids by due date (PII present, due before now, no legal hold).
    //! Needs orders.view.
    Result<QStringList> dueOrders();

    /*!
     * Purges. Needs purge.execute and step-up (the scheduler: neither step-up nor PII key; the
     * data keys are deleted, not opened). Orders under a tax hold first have their invoice fields
     * sealed into the tax archive (TaxArchive::write, inside the transaction, before the commit),
     * which needs the PII key and a tax archive key: a Due run that cannot write it leaves them
     * out (PurgeRun::taxHeldLeft); a chosen set that names them is refused. Orders on legal hold
     * are never in a Due run and refused when chosen. An empty set is a run with nothing to do:
     * success, runId 0, no ledger line.
     * progress(done, total) may cancel before the commit (ErrorCode::Cancelled; nothing purged).
     * Audited: purge.run with the count and the ids' SHA-256. A run that fails (a database error,
     * a verification that does not pass) is audited as failed and raises the purge-failed alarm;
     * refusals (permission, step-up, holds, unknown orders) and a cancel are not failures.
     */
    Result<PurgeRun> purge(const PurgeRequest& request, const ImportProgress& progress = {});

    /*!
     * Writes the run's certificate of sanitization (Certificate) as
     * <directory>/certificate-of-sanitization-<database id>-run-<run id>.pdf (a restore's replay
     * adds "-restore-<backup id prefix>"; an existing file is never replaced: "-2", "-3", ...),
     * records its SHA-256 with the run and in the audit log (purge.certified), and returns the
     * PDF's absolute path. directory empty: "certificates" beside the database (made 0700). Needs
     * purge.execute (a restore's replay: backup.restore).
     */
    Result<QString> certify(const PurgeRun& run, const QString& directory = {});
    /*!
     * Checks a certificate file against the audit log: its SHA-256 must be the fingerprint a
     * purge.certified row recorded. Returns that run's id. NotFound when no row has it (a changed
     * or foreign file). Needs audit.read or purge.execute.
     */
    Result<qint64> verifyCertificate(const QString& path);

    //! The tombstones of a run, or every tombstone when runId is 0. Needs orders.view.
    Result<QStringList> purgedOrderIds(qint64 runId = 0);

    static QString reasonName(PurgeReason reason); //!< "due", "selection", "deletion-request"

    //! Every order whose PII is past its due date at now and not under a legal hold, by due date.
    static Result<QStringList> dueOrderIds(Database& db, const QDateTime& now);

private:
    Result<PurgeRun> runPurge(const PurgeRequest& request, const ImportProgress& progress);

    Vault& m_vault;
};

} // namespace dpp
