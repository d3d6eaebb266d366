// AuditEvent: one security event as the audit log stores it. Actions are an enum and details are
// typed (counts, ids, categories, setting names), so free text, and with it PII, has no way in.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace dpp {

enum class AuditAction
{
    DatabaseCreated,
    Unlock,
    UnlockFailed, //!< copied in from <name>.attempts at the next unlock
    Lock,
    KeySlotAdded,
    KeySlotRemoved,
    DatabaseKeyRotated,
    RecoveryKeyRenewed,
    RecoveryKeyConfirmed,
    SettingChanged,
    PermissionDenied,
    AuditVerified,
    AuditExported, //!< the audit view's CSV export (count of rows, never their content)
    AlarmRaised,
    AlarmAcknowledged,
    AccountDisabled, //!< e.g. by an alarm rule on anomalous use
    CanaryPlanted,
    AuditPruned, //!< rows past the retention period removed, a signed checkpoint left
    AccountLocked, //!< too many failed sign-ins (replayed from <name>.attempts at the next unlock)
    UserCreated,
    UserRolesChanged,
    UserUnlocked, //!< an administrator lifted a lockout
    UserLeavingScheduled, //!< a leaving date in the future; the account is disabled on that day
    PasswordChanged, //!< by the person (own account)
    PasswordReset, //!< by an administrator; the person must choose a new one at sign-in
    SecondFactorEnrolled,
    SecondFactorReset, //!< removed by the person or an administrator; enrollment starts again
    SecondFactorFailed, //!< a wrong, expired or replayed code after a right password
    SecondFactorGraceSignIn, //!< signed in with the password alone during the 7-day grace period
    RecoveryCodeUsed,
    RecoveryCodesRenewed,
    PiiKeyGranted, //!< the PII key sealed to a user's slot by a PII holder
    PiiKeyRotated, //!< a new PII key; every data key re-wrapped
    StepUp, //!< re-authentication for a guarded action (allowed or failed)
    KillSwitchChanged, //!< all PII access turned off (objectId "off") or back on ("on")
    OrdersImported, //!< one file imported (objectId: the file's name; counts, never values)
    PiiRevealed, //!< one order's PII decrypted for a person (order id, reason category, ticket)
    HoldPlaced, //!< a legal or tax hold on an order (the reason stays in the database)
    HoldReleased,
    RetentionPeriodChanged, //!< the retention period shortened or restored (count = days)
    ImportFieldsChanged, //!< which PII fields imports leave out (data minimisation)
    PurgeRun, //!< orders' PII purged (count, SHA-256 of the ids); failed: the verification did not pass
    PurgeCertified, //!< a run's certificate of sanitization written (fingerprint: the PDF's SHA-256)
    DeletionRequestRecorded, //!< an Amazon deletion request recorded (its id; never the note)
    DeletionRequestReturned, //!< a return request's data exported for Amazon, encrypted (count of orders)
    DeletionRequestFulfilled, //!< purged and certified (count; fingerprint: the certification's SHA-256)
    BackupCreated, //!< an encrypted backup written (objectId: its UUID; count: orders with PII in it)
    BackupDestroyed, //!< a backup's file destroyed (reason "expired" or "manual"); failed: it could not be
    BackupRestored, //!< this database was restored from a backup (count: orders purged again by the replay)
    TaxArchiveKeyCreated, //!< a new tax archive key pair; its public key's fingerprint
    TaxArchiveWritten, //!< invoice fields of orders on tax hold sealed into an archive (count; fingerprint)
    // A new action goes above this line; allAuditActions() ends at the last one.
};

enum class AuditOutcome
{
    Allowed,
    Denied,
    Failed,
};

//! Typed details. Only these fields exist; each holds an id, a count or a name from a fixed set.
class AuditDetails final
{
public:
    AuditDetails& count(qint64 value);
    AuditDetails& permission(const QString& permissionName); //!< "orders.view", ...
    AuditDetails& setting(const QString& settingKey); //!< a settings key, never its value
    AuditDetails& slotKind(const QString& kind); //!< "password", "recovery", "keychain"
    AuditDetails& keyId(const QString& keyId); //!< 16 hex digits naming a key generation
    AuditDetails& reason(const QString& category); //!< a reason category from a fixed list
    AuditDetails& rule(const QString& ruleName); //!< an alarm rule's name (AlarmRules.h)
    AuditDetails& firstTime(const QDateTime& at);
    AuditDetails& lastTime(const QDateTime& at);
    AuditDetails& roles(const QStringList& roleNames); //!< role names ("dpo", ...)
    AuditDetails& fingerprint(const QString& hex); //!< SHA-256 prefix of a slot's public key
    AuditDetails& slotId(const QString& id);
    AuditDetails& ticket(const QString& reference); //!< a ticket reference (OrderStore::isValidTicket)
    AuditDetails& holdKind(const QString& kind); //!< "legal", "tax"
    AuditDetails& fields(const QStringList& fieldNames); //!< PII field names, never values

    const QJsonObject& json() const { return m_json; }

private:
    QJsonObject m_json;
};

struct AuditEvent
{
    AuditAction action;
    AuditOutcome outcome = AuditOutcome::Allowed;
    QString objectType; //!< "database", "key-slot", "setting", "user", ...
    QString objectId; //!< an id, never a value
    AuditDetails details;
};

struct AuditRow
{
    qint64 seq = 0;
    QDateTime at;
    std::optional<qint64> actorId;
    QString actor; //!< principal name at the time, or "system"
    QString action;
    QString objectType;
    QString objectId;
    QString outcome;
    QString details; //!< compact JSON
    QByteArray prevHash;
    QByteArray hash;
};

QString auditActionName(AuditAction action);
//! Every action, in declaration order (for filter lists).
QList<AuditAction> allAuditActions();
QString auditOutcomeName(AuditOutcome outcome);

} // namespace dpp
