// CommandContext: what every dppctl command shares: the options, the database's paths, where
// secrets come from, and signing in (password, second factor, the session's gate).
#pragma once

#include "cli/SecretInput.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QString>
#include <memory>

namespace dpp::cli {

class CommandContext final
{
public:
    explicit CommandContext(const QCommandLineParser& parser);

    const VaultPaths& paths() const { return m_paths; }
    bool json() const { return m_json; }
    //! --password-stdin: secrets are lines of standard input, in the order the command reads them.
    bool secretsFromStdin() const { return m_fromStdin; }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }

    //! The next secret: the next line of standard input, or a prompt with echo off.
    Result<SecureBytes> readSecret(const QString& prompt) { return m_input.read(prompt); }
    /*!
     * A new password: the next line of standard input, or asked twice with echo off (InvalidInput
     * when the two differ).
     */
    Result<SecureBytes> readNewSecret(const QString& prompt);

    //! Whether a command works while the session is gated to a password change or enrollment.
    enum class WhileGated
    {
        Refuse, //!< every command but passwd and totp enroll/confirm
        Allow,
    };

    /*!
     * Signs in as --user with the password (first line of standard input or a prompt) and
     * --totp or --recovery-code, as one command (UnlockPurpose::Command: password and code are
     * this command's step-up), or as the scheduler (--scheduler). Refuses with the gate's message
     * when the session is gated and the command is not one that clears the gate.
     */
    Result<std::unique_ptr<Vault>> signIn(WhileGated whileGated = WhileGated::Refuse);

    /*!
     * While the signed-in person has no second factor yet (the grace period), a warning on
     * standard error saying until when the password alone signs in. main() calls it after a
     * command succeeded, so a failure stays one line on standard error, as scripts expect.
     */
    void warnAboutGracePeriod() const;
    //! After the command enrolled a second factor: the grace period no longer applies.
    void endGracePeriod() { m_graceEnds = {}; }

    //! The password this command signed in with (passwd checks it again as the current one).
    const SecureBytes& signInPassword() const { return m_password; }

    //! --totp or --recovery-code as given (none when neither; InvalidInput when both).
    Result<SecondFactor> secondFactor() const;

private:
    const QCommandLineParser& m_parser;
    VaultPaths m_paths;
    SecretInput m_input;
    bool m_fromStdin;
    bool m_json;
    SecureBytes m_password;
    QDateTime m_graceEnds;
};

} // namespace dpp::cli
