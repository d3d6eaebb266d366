// UserListModel: see the header.
#include "UserListModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace dpp::ui {

namespace {

QString dateText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

//! Date and hours:minutes: a table cell has no room for seconds.
QString dateTimeText(const QDateTime& at)
{
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(at.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + timeFormat);
}

QString timeText(const QDateTime& at)
{
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(at.toLocalTime().time(), timeFormat);
}

} // namespace

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void UserListModel::setUsers(const QList<UserRecord>& users, const QDateTime& now)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    endResetModel();
}

void UserListModel::clear()
{
    beginResetModel();
    m_users.clear();
    m_now = {};
    endResetModel();
}

int UserListModel::rowOf(const QString& userName) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).username == userName)
            return row;
    return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::roleShortName(Role role)
{
    switch (role) {
    case Role::Dpo:
        return tr("DPO");
    case Role::Operator:
        return tr("Operator");
    case Role::Warehouse:
        return tr("Warehouse");
    case Role::Responder:
        return tr("Responder");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Admin:
        return tr("Admin");
    case Role::Scheduler:
        return tr("Scheduler");
    }
    return {};
}

QString UserListModel::roleMeaning(Role role)
{
    switch (role) {
    case Role::Dpo:
        return tr(
            "Retention rules and holds, purge, deletion requests, access reviews, records of processing, "
            "compliance reports; reveals personal data with a reason. Receives the PII key.");
    case Role::Operator:
        return tr("Sees orders with personal data masked; reveals it with a reason to fulfil an order. "
                  "Receives the PII key.");
    case Role::Warehouse:
        return tr("Sees unshipped orders (masked) and prints shipping labels. Receives the PII key.");
    case Role::Responder:
        return tr("Incidents, runbooks, evidence; reads the audit log. No personal data.");
    case Role::Auditor:
        return tr("Read-only: reports, inventories, the audit log. No personal data.");
    case Role::Admin:
        return tr("User accounts, settings, the PII kill switch, key slots and backups. No personal data.");
    case Role::Scheduler:
        return {};
    }
    return {};
}

QString UserListModel::rolesText(const std::set<Role>& roles)
{
    QStringList names;
    for (Role role : Roles::personRoles())
        if (roles.contains(role))
            names.append(roleShortName(role));
    return names.join(QStringLiteral(", "));
}

QString UserListModel::secondFactorText(const UserRecord& user) const
{
    if (user.secondFactorEnrolled)
        return tr("Set up");
    if (user.status == QLatin1String("disabled"))
        return tr("Not set up");
    if (user.secondFactorGraceEnds.isValid() && user.secondFactorGraceEnds > m_now)
        return tr("Not yet");
    return tr("Required");
}

QString UserListModel::passwordAgeText(const UserRecord& user) const
{
    if (user.mustChangePassword)
        return tr("Temporary");
    if (!user.passwordSetAt.isValid())
        return {};
    const qint64 days = std::max<qint64>(0, user.passwordSetAt.daysTo(m_now));
    // Two strings, not %n: the console ships no English numerus translation (as AlarmTray).
    if (days > UserAccounts::PasswordMaximumAgeDays)
        return tr("%1 days, expired").arg(QLocale().toString(days));
    return days == 1 ? tr("1 day") : tr("%1 days").arg(QLocale().toString(days));
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRecord& user = m_users.at(index.row());
    const bool disabled = user.status == QLatin1String("disabled");
    if (role == UserNameRole)
        return user.username;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UserNameColumn:
            return user.username;
        case DisplayNameColumn:
            return user.displayName;
        case RolesColumn:
            return rolesText(user.roles);
        case StatusColumn:
            return disabled ? tr("Disabled") : tr("Active");
        case SecondFactorColumn:
            return secondFactorText(user);
        case LastSignInColumn:
            return user.lastSignInAt.isValid() ? dateTimeText(user.lastSignInAt) : tr("Never");
        case PasswordAgeColumn:
            return passwordAgeText(user);
        case LockedColumn:
            return user.lockedOut ? tr("Until %1").arg(timeText(user.lockedUntil)) : QString();
        case PiiKeyColumn:
            if (disabled)
                return QString();
            return user.holdsPiiKey ? tr("Yes") : user.piiKeyPending ? tr("Pending") : tr("No");
        case LeavingColumn:
            if (disabled && user.disabledAt.isValid())
                return dateText(user.disabledAt);
            return user.leavingAt.isValid() ? dateText(user.leavingAt) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RolesColumn: {
            QStringList names;
            for (Role r : Roles::personRoles())
                if (user.roles.contains(r))
                    names.append(Roles::displayName(r));
            return names.join(QLatin1Char('\n'));
        }
        case SecondFactorColumn:
            if (!user.secondFactorEnrolled && user.status != QLatin1String("disabled"))
                return user.secondFactorGraceEnds > m_now
                    ? tr("Not set up; required to sign in from %1.")
                          .arg(dateTimeText(user.secondFactorGraceEnds))
                    : tr("Not set up; the next sign-in asks for it before anything else.");
            return user.secondFactorEnrolled
                ? (user.recoveryCodesLeft == 1 ? tr("Authenticator app; 1 recovery code left")
                                               : tr("Authenticator app; %1 recovery codes left")
                                                     .arg(QLocale().toString(user.recoveryCodesLeft)))
                : tr("Without it the person can sign in with the password alone for the first %1 days "
                     "after the account was made.")
                      .arg(UserAccounts::SecondFactorGraceDays);
        case PasswordAgeColumn:
            if (user.mustChangePassword)
                return tr("Set by an administrator; to be changed at the next sign-in.");
            if (user.passwordSetAt.isValid())
                return tr("Set on %1; expires on %2.")
                    .arg(dateText(user.passwordSetAt),
                         dateText(user.passwordSetAt.addDays(UserAccounts::PasswordMaximumAgeDays)));
            return {};
        case LockedColumn:
            return user.lockedOut
                ? tr("Too many failed sign-ins. Locked until %1.").arg(dateTimeText(user.lockedUntil))
                : QString();
        case PiiKeyColumn:
            if (user.holdsPiiKey)
                return tr("The account's key slot can decrypt buyers' personal data.");
            if (user.piiKeyPending)
                return tr("A role needs the PII key; someone who holds it must grant it.");
            return tr("None of the roles needs personal data.");
        case LeavingColumn:
            if (disabled)
                return tr("Disabled on %1").arg(dateTimeText(user.disabledAt));
            if (user.leavingAt.isValid())
                return tr("The account is disabled at its first use on or after %1.")
                    .arg(dateTimeText(user.leavingAt));
            return {};
        case LastSignInColumn:
            return user.lastSignInAt.isValid()
                ? QLocale().toString(user.lastSignInAt.toLocalTime(), QLocale::LongFormat)
                : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && disabled)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text); // a former colleague
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserNameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    case SecondFactorColumn:
        return tr("Two-factor");
    case LastSignInColumn:
        return tr("Last sign-in");
    case PasswordAgeColumn:
        return tr("Password age");
    case LockedColumn:
        return tr("Locked");
    case PiiKeyColumn:
        return tr("PII key");
    case LeavingColumn:
        return tr("Leaving");
    default:
        return {};
    }
}

} // namespace dpp::ui
