// AccountCommands: see the header. Usage is checked before signing in, so a typo costs no
// password prompt and leaves no audit row.
#include "cli/AccountCommands.h"

#include "cli/CommandContext.h"
#include "cli/Output.h"
#include "vault/UserAccounts.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

namespace dpp::cli {

namespace {

QString rolesText(const std::set<Role>& roles)
{
    QStringList names;
    for (Role role : roles)
        names << Roles::name(role);
    return names.join(QLatin1Char(','));
}

QStringList personRoleNames()
{
    QStringList names;
    for (Role role : Roles::personRoles())
        names << Roles::name(role);
    return names;
}

// Times as ISO dates in local time: dppctl reads dates the same way (--at), and scripts parse them.
QString localDate(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : QString();
}

QString localMinute(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString piiKeyState(const UserRecord& user)
{
    if (user.holdsPiiKey)
        return QStringLiteral("yes");
    return user.piiKeyPending ? QStringLiteral("pending") : QStringLiteral("no");
}

bool needsPii(const std::set<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [](Role role) { return Roles::needsPii(role); });
}

QString piiKeyLine(const UserRecord& user)
{
    if (user.holdsPiiKey)
        return tr("sealed to %1's key slot").arg(user.username);
    if (user.piiKeyPending)
        return tr("pending: a PII holder grants it with \"dppctl user grant-pii\"");
    return needsPii(user.roles) ? tr("no") : tr("not needed (no role needs PII)");
}

QJsonObject userToJson(const UserRecord& user, const QDateTime& now)
{
    QJsonArray roles;
    for (Role role : user.roles)
        roles.append(Roles::name(role));
    return QJsonObject{
        {QStringLiteral("name"), user.username},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("status"), user.status},
        {QStringLiteral("created_at"), isoOrNull(user.createdAt)},
        {QStringLiteral("last_sign_in_at"), isoOrNull(user.lastSignInAt)},
        {QStringLiteral("password_set_at"), isoOrNull(user.passwordSetAt)},
        {QStringLiteral("password_age_days"),
         user.passwordSetAt.isValid() ? QJsonValue(user.passwordSetAt.daysTo(now)) : QJsonValue()},
        {QStringLiteral("must_change_password"), user.mustChangePassword},
        {QStringLiteral("second_factor"), user.secondFactorEnrolled},
        {QStringLiteral("second_factor_grace_ends"),
         user.secondFactorEnrolled ? QJsonValue() : isoOrNull(user.secondFactorGraceEnds)},
        {QStringLiteral("recovery_codes_left"), user.recoveryCodesLeft},
        {QStringLiteral("locked"), user.lockedOut},
        {QStringLiteral("locked_until"), user.lockedOut ? isoOrNull(user.lockedUntil) : QJsonValue()},
        {QStringLiteral("leaving_at"), isoOrNull(user.leavingAt)},
        {QStringLiteral("disabled_at"), isoOrNull(user.disabledAt)},
        {QStringLiteral("pii_key"), piiKeyState(user)},
    };
}

QStringList userToRow(const UserRecord& user, const QDateTime& now)
{
    QString status = user.status;
    if (user.leavingAt.isValid() && user.status != QLatin1String("disabled"))
        status += tr(", leaves %1").arg(localDate(user.leavingAt));
    QString secondFactor = user.secondFactorEnrolled ? tr("yes") : tr("no");
    if (!user.secondFactorEnrolled && user.secondFactorGraceEnds.isValid()
        && user.status != QLatin1String("disabled"))
        secondFactor += tr(" (grace to %1)").arg(localDate(user.secondFactorGraceEnds));
    QString passwordAge
        = user.passwordSetAt.isValid() ? tr("%1 d").arg(user.passwordSetAt.daysTo(now)) : tr("-");
    if (user.mustChangePassword)
        passwordAge += tr(", must change");
    return {
        user.username,         user.displayName,
        rolesText(user.roles), status,
        secondFactor,          user.lastSignInAt.isValid() ? localMinute(user.lastSignInAt) : tr("never"),
        passwordAge,           user.lockedOut ? tr("until %1").arg(localMinute(user.lockedUntil)) : tr("no"),
        piiKeyState(user)};
}

void printTable(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const auto& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const auto& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i] + 2);
        printOut(line);
    }
}

int tooMany(const QString& usage)
{
    return usageError(tr("usage: dppctl %1").arg(usage));
}

//! Checks a user-name argument before signing in.
Result<QString> userArgument(const QStringList& arguments, const QString& usage)
{
    if (arguments.size() != 2 || arguments.at(1).isEmpty())
        return Error(ErrorCode::InvalidInput, tr("usage: dppctl %1").arg(usage));
    return arguments.at(1);
}

} // namespace

AccountCommands::AccountCommands(CommandContext& context)
    : m_context(context)
{ }

Result<std::set<Role>> AccountCommands::parseRoles(const QString& list)
{
    std::set<Role> roles;
    const QStringList valid = personRoleNames();
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        const auto role = Roles::fromName(name);
        if (!role || !Roles::personRoles().contains(*role))
            return Error(
                ErrorCode::InvalidInput,
                tr("unknown role \"%1\"; the roles are: %2").arg(name, valid.join(QStringLiteral(", "))));
        roles.insert(*role);
    }
    if (roles.empty())
        return Error(ErrorCode::InvalidInput,
                     tr("give at least one role, from: %1").arg(valid.join(QStringLiteral(", "))));
    return roles;
}

int AccountCommands::user(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return addUser(arguments);
    if (action == QLatin1String("list"))
        return listUsers(arguments);
    if (action == QLatin1String("disable"))
        return disableUser(arguments);
    if (action == QLatin1String("unlock"))
        return unlockUser(arguments);
    if (action == QLatin1String("roles"))
        return setRoles(arguments);
    if (action == QLatin1String("reset-password"))
        return resetPassword(arguments);
    if (action == QLatin1String("reset-2fa"))
        return resetSecondFactor(arguments);
    if (action == QLatin1String("grant-pii"))
        return grantPii(arguments);
    return usageError(tr("user takes add, list, disable, unlock, roles, reset-password, reset-2fa or "
                         "grant-pii; see dppctl --help"));
}

int AccountCommands::addUser(const QStringList& arguments)
{
    const QString usage = tr("user add NAME --roles ROLE,ROLE [--display-name TEXT]");
    auto name = userArgument(arguments, usage);
    if (!name)
        return usageError(name.error().message());
    if (!Vault::isValidUsername(name.value()))
        return usageError(tr("\"%1\" is not a valid user name: 2 to 32 lower-case letters, digits, '.', '_' "
                             "or '-', starting with a letter.")
                              .arg(name.value()));
    if (!m_context.isSet(QStringLiteral("roles")))
        return usageError(tr("user add needs --roles ROLE,ROLE (from: %1)")
                              .arg(personRoleNames().join(QStringLiteral(", "))));
    auto roles = parseRoles(m_context.value(QStringLiteral("roles")));
    if (!roles)
        return usageError(roles.error().message());

    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto password = m_context.readNewSecret(tr("Initial password for %1: ").arg(name.value()));
    if (!password)
        return fail(password.error());
    NewUser user{name.value(),
                 m_context.isSet(QStringLiteral("display-name"))
                     ? m_context.value(QStringLiteral("display-name"))
                     : name.value(),
                 std::move(password).value()};
    auto added = vault.value()->users().add(user, roles.value());
    if (!added)
        return fail(added.error());
    if (m_context.json()) {
        printJson(userToJson(added.value(), QDateTime::currentDateTimeUtc()));
        return Ok;
    }
    printOut(tr("Created %1 (%2).").arg(added->username, added->displayName));
    printOut(tr("Roles:    %1").arg(rolesText(added->roles)));
    printOut(tr("PII key:  %1").arg(piiKeyLine(added.value())));
    printOut(tr("%1 must choose a new password at the first sign-in and set up two-factor sign-in "
                "(dppctl totp enroll) within %2 days.")
                 .arg(added->username)
                 .arg(UserAccounts::SecondFactorGraceDays));
    return Ok;
}

int AccountCommands::listUsers(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return tooMany(tr("user list [--json]"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto users = vault.value()->users().list();
    if (!users)
        return fail(users.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_context.json()) {
        QJsonArray array;
        for (const auto& user : users.value())
            array.append(userToJson(user, now));
        printJson({{QStringLiteral("users"), array}});
        return Ok;
    }
    QList<QStringList> rows{{tr("NAME"), tr("DISPLAY NAME"), tr("ROLES"), tr("STATUS"), tr("2FA"),
                             tr("LAST SIGN-IN"), tr("PASSWORD AGE"), tr("LOCKED"), tr("PII KEY")}};
    for (const auto& user : users.value())
        rows.append(userToRow(user, now));
    printTable(rows);
    return Ok;
}

int AccountCommands::disableUser(const QStringList& arguments)
{
    auto name = userArgument(arguments, tr("user disable NAME [--at YYYY-MM-DD]"));
    if (!name)
        return usageError(name.error().message());
    QDateTime at;
    if (m_context.isSet(QStringLiteral("at"))) {
        const QString text = m_context.value(QStringLiteral("at"));
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return usageError(tr("--at takes a date as YYYY-MM-DD, not \"%1\".").arg(text));
        // The person leaves at the start of that day where this machine is.
        at = date.startOfDay().toUTC();
    }

    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto disabled = vault.value()->users().disable(name.value(), at);
    if (!disabled)
        return fail(disabled.error());
    if (at.isValid() && at > QDateTime::currentDateTimeUtc()) {
        printOut(tr("%1 leaves on %2: the first sign-in on or after that day disables the account.")
                     .arg(name.value(), localDate(at)));
        return Ok;
    }
    printOut(tr("%1 is disabled: their key slot is gone, so their password no longer opens the database.")
                 .arg(name.value()));
    auto rotationDue = vault.value()->piiKeyRotationDue();
    if (rotationDue && rotationDue.value())
        printOut(tr("The PII key is due for rotation; it happens at the next sign-in of a PII holder."));
    // The key slot is gone, but whoever held the database key may have kept it: a new one closes
    // that door (DPP: revoke access when someone leaves).
    printOut(tr("Rotate the database key now with: dppctl rekey"));
    return Ok;
}

int AccountCommands::unlockUser(const QStringList& arguments)
{
    auto name = userArgument(arguments, tr("user unlock NAME"));
    if (!name)
        return usageError(name.error().message());
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto unlocked = vault.value()->users().unlockAccount(name.value());
    if (!unlocked)
        return fail(unlocked.error());
    printOut(tr("%1 can sign in again.").arg(name.value()));
    return Ok;
}

int AccountCommands::setRoles(const QStringList& arguments)
{
    const QString usage = tr("user roles NAME ROLE,ROLE");
    if (arguments.size() != 3 || arguments.at(1).isEmpty())
        return tooMany(usage);
    const QString name = arguments.at(1);
    auto roles = parseRoles(arguments.at(2));
    if (!roles)
        return usageError(roles.error().message());
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    UserAccounts users = vault.value()->users();
    auto changed = users.setRoles(name, roles.value());
    if (!changed)
        return fail(changed.error());
    printOut(tr("%1 now has the roles %2.").arg(name, rolesText(roles.value())));
    auto record = users.find(name);
    if (record)
        printOut(tr("PII key:  %1").arg(piiKeyLine(record.value())));
    return Ok;
}

int AccountCommands::resetPassword(const QStringList& arguments)
{
    auto name = userArgument(arguments, tr("user reset-password NAME"));
    if (!name)
        return usageError(name.error().message());
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto password = m_context.readNewSecret(tr("Temporary password for %1: ").arg(name.value()));
    if (!password)
        return fail(password.error());
    UserAccounts users = vault.value()->users();
    auto reset = users.resetPassword(name.value(), password.value());
    if (!reset)
        return fail(reset.error());
    printOut(tr("%1 signs in with the temporary password and must choose a new one then.").arg(name.value()));
    auto record = users.find(name.value());
    if (record && record->piiKeyPending)
        printOut(tr("PII key:  %1").arg(piiKeyLine(record.value())));
    return Ok;
}

int AccountCommands::resetSecondFactor(const QStringList& arguments)
{
    auto name = userArgument(arguments, tr("user reset-2fa NAME"));
    if (!name)
        return usageError(name.error().message());
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto reset = vault.value()->users().resetSecondFactor(name.value());
    if (!reset)
        return fail(reset.error());
    printOut(tr("%1's authenticator and recovery codes no longer work; they set up two-factor sign-in again "
                "at the next sign-in.")
                 .arg(name.value()));
    return Ok;
}

int AccountCommands::grantPii(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return tooMany(tr("user grant-pii"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    UserAccounts users = vault.value()->users();
    auto granted = users.grantPendingPiiKeys();
    if (!granted)
        return fail(granted.error());
    printOut(QCoreApplication::translate("dppctl", "Granted the PII key to %n account(s).", nullptr,
                                         granted.value()));
    auto pending = users.pendingPiiGrants();
    if (pending && !pending->isEmpty())
        printOut(tr("Still pending: %1").arg(pending->join(QStringLiteral(", "))));
    return Ok;
}

int AccountCommands::passwd(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return tooMany(tr("passwd"));
    // The sign-in password is the current one; the next secret is the new one.
    auto vault = m_context.signIn(CommandContext::WhileGated::Allow);
    if (!vault)
        return fail(vault.error());
    auto next = m_context.readNewSecret(tr("New password: "));
    if (!next)
        return fail(next.error());
    auto changed = vault.value()->users().changeOwnPassword(m_context.signInPassword(), next.value());
    if (!changed)
        return fail(changed.error());
    printOut(tr("Your password is changed."));
    return Ok;
}

int AccountCommands::totp(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("enroll")) {
        if (arguments.size() != 1)
            return tooMany(tr("totp enroll"));
        auto vault = m_context.signIn(CommandContext::WhileGated::Allow);
        if (!vault)
            return fail(vault.error());
        auto enrollment = vault.value()->users().beginTotpEnrollment();
        if (!enrollment)
            return fail(enrollment.error());
        // The key goes to the person's own terminal, from its wiping buffer straight to the file
        // descriptor; it is shown here and nowhere else.
        printOut(tr("Add this account to your authenticator app: scan the URI as a QR code (for example "
                    "with qrencode -t ansiutf8) or type the key. It is shown only now."));
        writeSecretLine("URI: ", enrollment->otpauthUri);
        writeSecretLine("Key: ", enrollment->base32Key);
        printOut(tr("Confirm with: dppctl totp confirm CODE"));
        return Ok;
    }
    if (action == QLatin1String("confirm")) {
        if (arguments.size() != 2 || arguments.at(1).isEmpty())
            return tooMany(tr("totp confirm CODE"));
        auto vault = m_context.signIn(CommandContext::WhileGated::Allow);
        if (!vault)
            return fail(vault.error());
        auto codes = vault.value()->users().confirmTotpEnrollment(arguments.at(1));
        if (!codes)
            return fail(codes.error());
        m_context.endGracePeriod();
        printOut(tr("Two-factor sign-in is on: from now on add --totp CODE to sign in."));
        printOut(tr("Recovery codes, each good for one sign-in in place of a code. They are shown only now: "
                    "store them offline, in a safe place."));
        for (const auto& code : codes.value())
            writeSecretLine("  ", code);
        return Ok;
    }
    if (action == QLatin1String("recovery-codes")) {
        if (arguments.size() != 1)
            return tooMany(tr("totp recovery-codes"));
        auto vault = m_context.signIn();
        if (!vault)
            return fail(vault.error());
        auto codes = vault.value()->users().renewRecoveryCodes();
        if (!codes)
            return fail(codes.error());
        printOut(tr("New recovery codes; the old ones no longer work. They are shown only now: store them "
                    "offline, in a safe place."));
        for (const auto& code : codes.value())
            writeSecretLine("  ", code);
        return Ok;
    }
    return usageError(tr("totp takes enroll, confirm CODE or recovery-codes."));
}

int AccountCommands::killSwitch(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const bool engage = action == QLatin1String("engage");
    const bool release = action == QLatin1String("release");
    const bool status = action == QLatin1String("status");
    if (!engage && !release && !status)
        return usageError(tr("kill-switch takes engage (all PII access off), release (back on) or status."));
    if (arguments.size() != 1)
        return tooMany(tr("kill-switch engage|release|status"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    if (!status) {
        auto set = vault.value()->setPiiAccessOff(engage);
        if (!set)
            return fail(set.error());
    }
    auto off = vault.value()->piiAccessOff();
    if (!off)
        return fail(off.error());
    if (m_context.json()) {
        printJson({{QStringLiteral("pii_access_off"), off.value()}});
        return Ok;
    }
    if (engage)
        printOut(tr("The kill switch is engaged: PII access is off for every session, at once. "
                    "Turn it back on with: dppctl kill-switch release"));
    else if (release)
        printOut(tr("The kill switch is released: PII access is back on."));
    else
        printOut(off.value() ? tr("PII access: off (the kill switch is engaged)") : tr("PII access: on"));
    return Ok;
}

} // namespace dpp::cli
