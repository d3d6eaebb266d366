// CommandContext: see the header.
#include "cli/CommandContext.h"

#include "cli/Output.h"
#include "crypto/KeychainSecretStore.h"

#include <cstdio>

namespace dpp::cli {

namespace {

const QString TotpOption = QStringLiteral("totp");
const QString RecoveryCodeOption = QStringLiteral("recovery-code");

} // namespace

CommandContext::CommandContext(const QCommandLineParser& parser)
    : m_parser(parser)
    , m_paths(parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                       : VaultPaths::defaultDatabasePath())
    , m_input(parser.isSet(QStringLiteral("password-stdin")))
    , m_fromStdin(parser.isSet(QStringLiteral("password-stdin")))
    , m_json(parser.isSet(QStringLiteral("json")))
{ }

Result<SecureBytes> CommandContext::readNewSecret(const QString& prompt)
{
    auto secret = m_input.read(prompt);
    if (!secret || m_fromStdin)
        return secret;
    auto again = m_input.read(tr("Repeat it: "));
    DPP_TRY(again);
    if (!again->equals(secret.value()))
        return Error(ErrorCode::InvalidInput, tr("the two entries differ; nothing was done."));
    return secret;
}

Result<SecondFactor> CommandContext::secondFactor() const
{
    const bool totp = m_parser.isSet(TotpOption);
    const bool recovery = m_parser.isSet(RecoveryCodeOption);
    if (totp && recovery)
        return Error(ErrorCode::InvalidInput, tr("give either --totp or --recovery-code, not both."));
    if (totp)
        return SecondFactor::totp(m_parser.value(TotpOption));
    if (recovery) {
        QByteArray typed = m_parser.value(RecoveryCodeOption).toUtf8();
        return SecondFactor::recoveryCode(SecureBytes::takeFrom(typed));
    }
    return SecondFactor{};
}

Result<std::unique_ptr<Vault>> CommandContext::signIn(WhileGated whileGated)
{
    if (m_parser.isSet(QStringLiteral("scheduler"))) {
        if (m_parser.isSet(TotpOption) || m_parser.isSet(RecoveryCodeOption))
            return Error(ErrorCode::InvalidInput,
                         tr("--totp and --recovery-code are for people; the scheduler signs in "
                            "through the keychain."));
        KeychainSecretStore store;
        return Vault::unlockWithKeychain(m_paths, store);
    }
    const QString user = m_parser.value(QStringLiteral("user"));
    if (user.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("--user NAME is required (or --scheduler for unattended jobs)."));
    auto second = secondFactor();
    DPP_TRY(second);
    auto password = m_input.read(tr("Password for %1: ").arg(user));
    DPP_TRY(password);
    m_password = std::move(password).value();
    auto vault
        = Vault::unlock(m_paths, user, m_password, second.value(), systemClock(), UnlockPurpose::Command);
    if (!vault) {
        if (vault.error().code() == ErrorCode::SecondFactorRequired)
            return Error(
                ErrorCode::SecondFactorRequired,
                tr("this account uses two-factor sign-in; add --totp CODE (or --recovery-code CODE)"));
        return vault.error();
    }
    const Session& session = vault.value()->session();
    m_graceEnds = session.secondFactorGraceEnds();
    if (session.gate() != SessionGate::None && whileGated == WhileGated::Refuse) {
        // Session::require names what to do first; no audit row: nothing was attempted yet.
        auto gated = session.require(Permission::StatusView);
        if (!gated)
            return gated.error();
    }
    return vault;
}

void CommandContext::warnAboutGracePeriod() const
{
    if (!m_graceEnds.isValid())
        return;
    // ISO dates, like the dates dppctl reads (--at): the same on every machine and in scripts.
    const QString date = m_graceEnds.toLocalTime().date().toString(Qt::ISODate);
    std::fprintf(stderr, "%s\n",
                 tr("dppctl: warning: two-factor sign-in is not set up; from %1 the password alone will no "
                    "longer sign in. Run: dppctl totp enroll")
                     .arg(date)
                     .toUtf8()
                     .constData());
}

} // namespace dpp::cli
