// AuditEvent: names of actions and outcomes as stored, and the typed details builder.
#include "audit/AuditEvent.h"

#include <QJsonArray>

namespace dpp {

AuditDetails& AuditDetails::count(qint64 value)
{
    m_json.insert(QStringLiteral("count"), value);
    return *this;
}

AuditDetails& AuditDetails::permission(const QString& permissionName)
{
    m_json.insert(QStringLiteral("permission"), permissionName);
    return *this;
}

AuditDetails& AuditDetails::setting(const QString& settingKey)
{
    m_json.insert(QStringLiteral("setting"), settingKey);
    return *this;
}

AuditDetails& AuditDetails::slotKind(const QString& kind)
{
    m_json.insert(QStringLiteral("slot_kind"), kind);
    return *this;
}

AuditDetails& AuditDetails::keyId(const QString& keyId)
{
    m_json.insert(QStringLiteral("key_id"), keyId);
    return *this;
}

AuditDetails& AuditDetails::ticket(const QString& reference)
{
    m_json.insert(QStringLiteral("ticket"), reference);
    return *this;
}

AuditDetails& AuditDetails::holdKind(const QString& kind)
{
    m_json.insert(QStringLiteral("hold"), kind);
    return *this;
}

AuditDetails& AuditDetails::fields(const QStringList& fieldNames)
{
    m_json.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fieldNames));
    return *this;
}

AuditDetails& AuditDetails::reason(const QString& category)
{
    m_json.insert(QStringLiteral("reason"), category);
    return *this;
}

AuditDetails& AuditDetails::rule(const QString& ruleName)
{
    m_json.insert(QStringLiteral("rule"), ruleName);
    return *this;
}

AuditDetails& AuditDetails::firstTime(const QDateTime& at)
{
    m_json.insert(QStringLiteral("first"), at.toUTC().toString(Qt::ISODateWithMs));
    return *this;
}

AuditDetails& AuditDetails::lastTime(const QDateTime& at)
{
    m_json.insert(QStringLiteral("last"), at.toUTC().toString(Qt::ISODateWithMs));
    return *this;
}

AuditDetails& AuditDetails::roles(const QStringList& roleNames)
{
    m_json.insert(QStringLiteral("roles"), roleNames.join(QLatin1Char(',')));
    return *this;
}

AuditDetails& AuditDetails::fingerprint(const QString& hex)
{
    m_json.insert(QStringLiteral("fingerprint"), hex);
    return *this;
}

AuditDetails& AuditDetails::slotId(const QString& id)
{
    m_json.insert(QStringLiteral("slot"), id);
    return *this;
}

QString auditActionName(AuditAction action)
{
    switch (action) {
    case AuditAction::DatabaseCreated:
        return QStringLiteral("database.created");
    case AuditAction::Unlock:
        return QStringLiteral("session.unlock");
    case AuditAction::UnlockFailed:
        return QStringLiteral("session.unlock-failed");
    case AuditAction::Lock:
        return QStringLiteral("session.lock");
    case AuditAction::KeySlotAdded:
        return QStringLiteral("keys.slot-added");
    case AuditAction::KeySlotRemoved:
        return QStringLiteral("keys.slot-removed");
    case AuditAction::DatabaseKeyRotated:
        return QStringLiteral("keys.database-key-rotated");
    case AuditAction::RecoveryKeyRenewed:
        return QStringLiteral("keys.recovery-key-renewed");
    case AuditAction::RecoveryKeyConfirmed:
        return QStringLiteral("keys.recovery-key-confirmed");
    case AuditAction::SettingChanged:
        return QStringLiteral("settings.changed");
    case AuditAction::PermissionDenied:
        return QStringLiteral("permission.denied");
    case AuditAction::AuditVerified:
        return QStringLiteral("audit.verified");
    case AuditAction::AuditExported:
        return QStringLiteral("audit.exported");
    case AuditAction::AlarmRaised:
        return QStringLiteral("alarm.raised");
    case AuditAction::AlarmAcknowledged:
        return QStringLiteral("alarm.acknowledged");
    case AuditAction::AccountDisabled:
        return QStringLiteral("user.disabled");
    case AuditAction::CanaryPlanted:
        return QStringLiteral("canary.planted");
    case AuditAction::AuditPruned:
        return QStringLiteral("audit.pruned");
    case AuditAction::AccountLocked:
        return QStringLiteral("user.locked");
    case AuditAction::UserCreated:
        return QStringLiteral("user.created");
    case AuditAction::UserRolesChanged:
        return QStringLiteral("user.roles-changed");
    case AuditAction::UserUnlocked:
        return QStringLiteral("user.unlocked");
    case AuditAction::UserLeavingScheduled:
        return QStringLiteral("user.leaving-scheduled");
    case AuditAction::PasswordChanged:
        return QStringLiteral("user.password-changed");
    case AuditAction::PasswordReset:
        return QStringLiteral("user.password-reset");
    case AuditAction::SecondFactorEnrolled:
        return QStringLiteral("user.second-factor-enrolled");
    case AuditAction::SecondFactorReset:
        return QStringLiteral("user.second-factor-reset");
    case AuditAction::SecondFactorFailed:
        return QStringLiteral("session.second-factor-failed");
    case AuditAction::SecondFactorGraceSignIn:
        return QStringLiteral("session.grace-sign-in");
    case AuditAction::RecoveryCodeUsed:
        return QStringLiteral("session.recovery-code-used");
    case AuditAction::RecoveryCodesRenewed:
        return QStringLiteral("user.recovery-codes-renewed");
    case AuditAction::PiiKeyGranted:
        return QStringLiteral("keys.pii-key-granted");
    case AuditAction::PiiKeyRotated:
        return QStringLiteral("keys.pii-key-rotated");
    case AuditAction::StepUp:
        return QStringLiteral("session.step-up");
    case AuditAction::KillSwitchChanged:
        return QStringLiteral("pii.kill-switch");
    case AuditAction::OrdersImported:
        return QStringLiteral("orders.imported");
    case AuditAction::PiiRevealed:
        return QStringLiteral("pii.revealed");
    case AuditAction::HoldPlaced:
        return QStringLiteral("retention.hold-placed");
    case AuditAction::HoldReleased:
        return QStringLiteral("retention.hold-released");
    case AuditAction::RetentionPeriodChanged:
        return QStringLiteral("retention.period-changed");
    case AuditAction::ImportFieldsChanged:
        return QStringLiteral("orders.import-fields-changed");
    case AuditAction::PurgeRun:
        return QStringLiteral("purge.run");
    case AuditAction::PurgeCertified:
        return QStringLiteral("purge.certified");
    case AuditAction::DeletionRequestRecorded:
        return QStringLiteral("deletion-request.recorded");
    case AuditAction::DeletionRequestReturned:
        return QStringLiteral("deletion-request.returned");
    case AuditAction::DeletionRequestFulfilled:
        return QStringLiteral("deletion-request.fulfilled");
    case AuditAction::BackupCreated:
        return QStringLiteral("backup.created");
    case AuditAction::BackupDestroyed:
        return QStringLiteral("backup.destroyed");
    case AuditAction::BackupRestored:
        return QStringLiteral("backup.restored");
    case AuditAction::TaxArchiveKeyCreated:
        return QStringLiteral("tax-archive.key-created");
    case AuditAction::TaxArchiveWritten:
        return QStringLiteral("tax-archive.written");
    }
    return {};
}

QList<AuditAction> allAuditActions()
{
    QList<AuditAction> all;
    for (int a = static_cast<int>(AuditAction::DatabaseCreated);
         a <= static_cast<int>(AuditAction::TaxArchiveWritten); ++a)
        all << static_cast<AuditAction>(a);
    return all;
}

QString auditOutcomeName(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Allowed:
        return QStringLiteral("allowed");
    case AuditOutcome::Denied:
        return QStringLiteral("denied");
    case AuditOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace dpp
