// AccountRules: what happens to an account inside the open database at sign-in and when access
// ends (issue 4): the second factor, the password's age and the grace period, leaving dates, the
// password history. Used by Vault (sign-in, step-up) and UserAccounts (changes); not a public API.
#pragma once

#include "auth/RecoveryCodes.h"
#include "auth/Session.h"
#include "common/Result.h"
#include "crypto/KeySlotFile.h"
#include "crypto/Primitives.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QString>
#include <set>

namespace dpp {

class AuditLog;
class Database;
class VaultPaths;
struct AuditActor;
struct SecondFactor;

class AccountRules final
{
public:
    struct SignInState
    {
        SessionGate gate = SessionGate::None;
        QDateTime graceEnds; //!< valid while signed in with the password alone in the grace period
        bool allFactors = false; //!< every factor the account has was given (dppctl's step-up)
    };

    /*!
     * Checks a password sign-in inside the database: the second factor when enrolled (a wrong,
     * expired or replayed code is recorded in .attempts, so it counts towards the lockout), the
     * grace period, the password's age and a forced change. SecondFactorRequired when enrolled
     * and no code was given.
     */
    static Result<SignInState> checkSignIn(Database& db, const VaultPaths& paths, const QString& databaseId,
                                           const KeySlot& slot, const SecureBytes& slotSecretKey,
                                           const SecondFactor& second, const QDateTime& now);

    /*!
     * Verifies a code (TOTP: replay refused, the step stored; recovery code: consumed) of an
     * enrolled account. Returns false, without a check, when the account has no second factor.
     * InvalidInput / WrongCredentials for a bad code; nothing is recorded in .attempts here.
     */
    static Result<bool> verifySecondFactor(Database& db, qint64 principalId, const KeySlot& slot,
                                           const SecureBytes& slotSecretKey, const SecondFactor& second,
                                           const QDateTime& now);

    //! Whether the account has a confirmed second factor.
    static Result<bool> hasSecondFactor(Database& db, qint64 principalId);

    /*!
     * Disables every active account whose leaving date has come, and removes the slots of
     * disabled accounts still in keys (a save that failed before), saving keys when changed.
     */
    static Result<void> applyLeavingDates(Database& db, const VaultPaths& paths, KeySlotFile& keys,
                                          const SecureBytes& dmk, const QDateTime& now);

    /*!
     * Ends an account's access now: status disabled (in one transaction with its audit rows), then
     * its password slot leaves keys (saved). If the slot held the PII key, a PII key rotation
     * becomes due (meta pii_rotation_due).
     */
    static Result<void> disableNow(Database& db, const VaultPaths& paths, KeySlotFile& keys,
                                   const SecureBytes& dmk, qint64 principalId, const QString& username,
                                   const AuditActor& actor, const QDateTime& now);

    //! The Argon2id work for stored password hashes and recovery codes: libsodium's INTERACTIVE
    //! for databases made by the programs, the minimum for those made by tests with cheap slots.
    static RecoveryCodes::Limits hashLimits(const crypto::Argon2idParams& slotParams);
    //! Adds the password to the history and keeps the newest PasswordHistoryDepth.
    static Result<void> rememberPassword(Database& db, qint64 principalId, const SecureBytes& password,
                                         const crypto::Argon2idParams& slotParams, const QDateTime& now);
    //! Whether the password is one of the last PasswordHistoryDepth.
    static Result<bool> isRecentPassword(Database& db, qint64 principalId, const SecureBytes& password);

    //! The first 16 bytes of SHA-256 over a slot's public key, in hex (recorded in the audit log).
    static QString fingerprint(const QByteArray& publicKey);
    //! The keys.slot-added row of a new password slot, with the fingerprint a PII grant checks.
    static Result<void> auditNewPasswordSlot(AuditLog& audit, const AuditActor& actor, const KeySlot& slot,
                                             const QDateTime& now);
    //! Replaces the roles of an account (inside the caller's transaction).
    static Result<void> writeRoles(Database& db, qint64 principalId, const std::set<Role>& roles);
    //! Removes the TOTP key (confirmed or pending) and the recovery codes of an account.
    static Result<void> clearSecondFactor(Database& db, qint64 principalId);
    //! Records that the PII key must be rotated (someone who held it lost it); kept until it is.
    static Result<void> markPiiRotationDue(Database& db, const QDateTime& now);

    //! Times as the database stores them: UTC ISO 8601 with a "Z".
    static QString timeText(const QDateTime& at);
    static QDateTime timeFromText(const QString& text); //!< invalid for an empty text

    //! The password-age settings, never looser than the floors.
    static int maximumPasswordAgeDays(Database& db);
    static int minimumPasswordAgeDays(Database& db);
};

} // namespace dpp
