// AuditLog: the tamper-evident log of security events (../shared/DESIGN.md, Audit log). Each row
// is chained: hash = HMAC-SHA256(audit key, previous hash || row). The audit key is random and
// kept in the database (not derived from the database key, so a key rotation breaks nothing);
// the chain head is also written outside the database, to <name>.audit-head and the system log,
// so a log cut short or re-chained by someone who can open the database shows.
#pragma once

#include "audit/AuditEvent.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>
#include <optional>
#include <vector>

namespace dpp {

class Database;
class Session;

struct AuditActor
{
    std::optional<qint64> id; //!< principals.id; empty for the scheduler, the system or an unknown name
    QString name;
    static AuditActor of(const Session& session);
    static AuditActor system();
};

//! What the audit view filters by; empty fields do not filter.
struct AuditFilter
{
    QDateTime from; //!< inclusive, UTC
    QDateTime to; //!< exclusive, UTC
    QString actor; //!< principal name as stored
    QString action; //!< auditActionName()
    QString outcome; //!< "allowed", "denied", "failed"
};

//! Where the chain starts after a prune: the last pruned row and its hash, signed with the audit key.
struct AuditCheckpoint
{
    qint64 seq = 0; //!< 0: never pruned
    QByteArray hash;
    qint64 prunedTotal = 0;
    QDateTime at;
    QByteArray mac;
};

struct AuditVerification
{
    bool intact = false;
    qint64 rows = 0;
    qint64 firstBadSeq = 0; //!< 0 when intact, or when the problem is the head outside
    QString problem; //!< for a person: which row and why
};

class AuditLog final
{
public:
    AuditLog(Database& db, QString headPath, QString databaseId);

    /*!
     * Appends one row. A change and its record commit together: call it inside the caller's
     * transaction (outside one it runs its own). Call publishHead() after the commit.
     */
    Result<qint64> append(const AuditActor& actor, const AuditEvent& event,
                          const QDateTime& at = QDateTime::currentDateTimeUtc());

    /*!
     * Writes the chain head to <name>.audit-head (atomically) and to the system log. Refuses
     * (Corrupt) to replace a head the log no longer extends: that head is the evidence.
     */
    Result<void> publishHead();

    /*!
     * Removes the rows before cutoff (never the newest) and leaves a checkpoint signed with the
     * audit key, so the rest still verifies; records an audit.pruned row. Returns the rows removed.
     * The caller enforces the retention floor (Vault::pruneAudit: never under 90 days).
     */
    Result<qint64> prune(const AuditActor& actor, const QDateTime& cutoff);

    //! Walks the whole chain and compares its end with the head kept outside.
    Result<AuditVerification> verify();

    //! Rows with seq > afterSeq in order, at most limit (for views that page).
    Result<std::vector<AuditRow>> rows(qint64 afterSeq, int limit);

    /*!
     * Rows matching filter, paged by key: newest first, seq < beforeSeq (0: from the newest), at
     * most limit. Uses the indexes on at, actor and action; never loads the table.
     */
    Result<std::vector<AuditRow>> query(const AuditFilter& filter, qint64 beforeSeq, int limit);
    //! How many rows match filter (for the view's count line).
    Result<qint64> count(const AuditFilter& filter);
    //! The distinct actor names and actions present, for the view's filter lists.
    Result<QStringList> distinctActors();

    //! The chain's hash of a row (exposed for tests that tamper and re-chain).
    static QByteArray chainHash(const SecureBytes& key, const AuditRow& row);

private:
    Result<void> loadKey(bool createIfMissing);
    Result<AuditCheckpoint> readCheckpoint();
    static QByteArray checkpointMac(const SecureBytes& key, const AuditCheckpoint& checkpoint);
    //! Corrupt when the head kept outside names a row this log no longer has, or another row.
    Result<void> checkAgainstHead();

    Database& m_db;
    QString m_headPath;
    QString m_databaseId;
    SecureBytes m_key;
};

} // namespace dpp
