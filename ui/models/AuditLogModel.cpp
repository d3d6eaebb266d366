// AuditLogModel: see the header.
#include "AuditLogModel.h"

#include "vault/Vault.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dpp::ui {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setVault(Vault* vault, const AuditFilter& filter)
{
    m_vault = vault;
    setFilter(filter);
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_vault == nullptr;
    // The first page comes with the reset, so the count and the first rows show together.
    if (!m_atEnd)
        fetchPage(false);
    // Views (and the model tester) ask for more from their modelReset handlers, still inside
    // endResetModel(): an insertion there would nest in the reset. They ask again when they scroll.
    m_busy = true;
    endResetModel();
    m_busy = false;
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_filter = {};
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_atEnd = true;
    endResetModel();
}

void AuditLogModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_vault && !m_atEnd && !m_busy;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage(true);
}

void AuditLogModel::fetchPage(bool notify)
{
    // Paged by key (seq below the last row shown), not by OFFSET: each page costs the same.
    const qint64 before = m_rows.empty() ? 0 : m_rows.back().seq;
    auto page = m_vault->audit().query(m_filter, before, m_pageSize);
    if (!page) {
        m_atEnd = true;
        emit errorOccurred(page.error().message());
        return;
    }
    std::vector<AuditRow> rows = std::move(page).value();
    m_atEnd = static_cast<int>(rows.size()) < m_pageSize;
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    // No fetch from a handler of these signals: it would read the page after the same last row.
    m_busy = true;
    if (notify)
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    if (notify)
        endInsertRows();
    m_busy = false;
}

QString AuditLogModel::actionText(AuditAction action)
{
    // A switch without default: a new action does not compile (-Wswitch) until it has a label.
    switch (action) {
    case AuditAction::DatabaseCreated:
        return tr("Database created");
    case AuditAction::Unlock:
        return tr("Unlocked");
    case AuditAction::UnlockFailed:
        return tr("Unlock failed");
    case AuditAction::Lock:
        return tr("Locked");
    case AuditAction::KeySlotAdded:
        return tr("Key slot added");
    case AuditAction::KeySlotRemoved:
        return tr("Key slot removed");
    case AuditAction::DatabaseKeyRotated:
        return tr("Database key rotated");
    case AuditAction::RecoveryKeyRenewed:
        return tr("Recovery key renewed");
    case AuditAction::RecoveryKeyConfirmed:
        return tr("Recovery key confirmed as stored");
    case AuditAction::SettingChanged:
        return tr("Setting changed");
    case AuditAction::PermissionDenied:
        return tr("Permission denied");
    case AuditAction::AuditVerified:
        return tr("Audit log verified");
    case AuditAction::AuditExported:
        return tr("Audit log exported");
    case AuditAction::AlarmRaised:
        return tr("Alarm raised");
    case AuditAction::AlarmAcknowledged:
        return tr("Alarm acknowledged");
    case AuditAction::AccountDisabled:
        return tr("Account disabled");
    case AuditAction::CanaryPlanted:
        return tr("Canary record planted");
    case AuditAction::AuditPruned:
        return tr("Old audit rows pruned");
    case AuditAction::AccountLocked:
        return tr("Account locked after failed sign-ins");
    case AuditAction::UserCreated:
        return tr("User created");
    case AuditAction::UserRolesChanged:
        return tr("User's roles changed");
    case AuditAction::UserUnlocked:
        return tr("Locked account released");
    case AuditAction::UserLeavingScheduled:
        return tr("Leaving date set");
    case AuditAction::PasswordChanged:
        return tr("Password changed");
    case AuditAction::PasswordReset:
        return tr("Password reset by an administrator");
    case AuditAction::SecondFactorEnrolled:
        return tr("Two-factor sign-in set up");
    case AuditAction::SecondFactorReset:
        return tr("Two-factor sign-in reset");
    case AuditAction::SecondFactorFailed:
        return tr("Wrong sign-in code");
    case AuditAction::SecondFactorGraceSignIn:
        return tr("Signed in without a second factor (grace period)");
    case AuditAction::RecoveryCodeUsed:
        return tr("Recovery code used");
    case AuditAction::RecoveryCodesRenewed:
        return tr("New recovery codes");
    case AuditAction::PiiKeyGranted:
        return tr("PII key granted");
    case AuditAction::PiiKeyRotated:
        return tr("PII key rotated");
    case AuditAction::StepUp:
        return tr("Re-authenticated");
    case AuditAction::KillSwitchChanged:
        return tr("PII kill switch changed");
    case AuditAction::OrdersImported:
        return tr("Orders imported");
    case AuditAction::PiiRevealed:
        return tr("PII revealed");
    case AuditAction::HoldPlaced:
        return tr("Hold placed");
    case AuditAction::HoldReleased:
        return tr("Hold released");
    case AuditAction::RetentionPeriodChanged:
        return tr("Retention period changed");
    case AuditAction::ImportFieldsChanged:
        return tr("Imported PII fields changed");
    case AuditAction::PurgeRun:
        return tr("PII purged");
    case AuditAction::PurgeCertified:
        return tr("Certificate of sanitization written");
    case AuditAction::DeletionRequestRecorded:
        return tr("Deletion request recorded");
    case AuditAction::DeletionRequestReturned:
        return tr("Deletion request data exported for Amazon");
    case AuditAction::DeletionRequestFulfilled:
        return tr("Deletion request fulfilled");
    case AuditAction::BackupCreated:
        return tr("Backup written");
    case AuditAction::BackupDestroyed:
        return tr("Backup destroyed");
    case AuditAction::BackupRestored:
        return tr("Restored from a backup");
    case AuditAction::TaxArchiveKeyCreated:
        return tr("Tax archive key created");
    case AuditAction::TaxArchiveWritten:
        return tr("Tax archive written");
    }
    return auditActionName(action);
}

QString AuditLogModel::actionText(const QString& actionName)
{
    for (AuditAction action : allAuditActions())
        if (auditActionName(action) == actionName)
            return actionText(action);
    return actionName; // written by a newer version, or by the alarms before they had a label
}

QString AuditLogModel::outcomeText(const QString& outcome)
{
    if (outcome == auditOutcomeName(AuditOutcome::Allowed))
        return tr("Allowed");
    if (outcome == auditOutcomeName(AuditOutcome::Denied))
        return tr("Denied");
    if (outcome == auditOutcomeName(AuditOutcome::Failed))
        return tr("Failed");
    return outcome;
}

QString AuditLogModel::detailsText(const QString& detailsJson)
{
    const QJsonObject details = QJsonDocument::fromJson(detailsJson.toUtf8()).object();
    QStringList parts;
    const QLocale locale;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isDouble())
            text = locale.toString(value.toInteger());
        else if (value.isString())
            text = value.toString();
        else
            text = QString::fromUtf8(
                QJsonDocument(QJsonObject{{it.key(), value}}).toJson(QJsonDocument::Compact));
        parts << it.key() + QLatin1Char(' ') + text;
    }
    return parts.join(QStringLiteral(", "));
}

QString AuditLogModel::timeText(const QDateTime& at)
{
    // The locale's short date and time, with seconds: events a second apart must read apart.
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1Char('s')))
        timeFormat.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return locale.toString(at.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + timeFormat);
}

QString AuditLogModel::rowsText(qint64 rows)
{
    return rows == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(rows));
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow& row = m_rows.at(static_cast<std::size_t>(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeText(row.at);
        case UserColumn:
            return row.actor;
        case ActionColumn:
            return actionText(row.action);
        case ObjectColumn:
            return row.objectId.isEmpty()
                ? row.objectType
                : tr("%1 %2", "object type, object id").arg(row.objectType, row.objectId);
        case OutcomeColumn:
            return outcomeText(row.outcome);
        case DetailsColumn:
            return detailsText(row.details);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return QLocale().toString(row.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ActionColumn)
            return row.action;
        return tr("Row %1").arg(QLocale().toString(row.seq));
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        // Dark enough on the light base colour to pass WCAG AA contrast.
        if (row.outcome == auditOutcomeName(AuditOutcome::Denied))
            return QBrush(QColor(0xa0, 0x4a, 0x00));
        if (row.outcome == auditOutcomeName(AuditOutcome::Failed))
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::FontRole && index.column() == OutcomeColumn
        && row.outcome != auditOutcomeName(AuditOutcome::Allowed)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace dpp::ui
