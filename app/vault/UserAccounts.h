// UserAccounts: the people who may open one database (issue 4). Each has a password slot in
// <name>.keys (app/crypto/KeySlotFile), roles, a second factor and an account state in the
// database. It lives in app/vault/ because every account change is also a key-slot change: a new
// slot, the PII key sealed to it or taken away. The rules themselves (passwords, TOTP, lockout)
// are in app/auth/.
#pragma once

#include "auth/Permission.h"
#include "common/Result.h"
#include "crypto/KeySlotFile.h"
#include "crypto/Primitives.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <set>
#include <vector>

namespace dpp {

class Vault;
struct NewUser;

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    std::set<Role> roles;
    QString status; //!< "active", "disabled"
    QDateTime createdAt;
    QDateTime lastSignInAt; //!< invalid before the first sign-in
    QDateTime passwordSetAt;
    QDateTime leavingAt; //!< invalid when no leaving date is set
    QDateTime disabledAt;
    bool mustChangePassword = false;
    bool secondFactorEnrolled = false;
    QDateTime secondFactorGraceEnds; //!< createdAt + 7 days (meaningful while not enrolled)
    bool lockedOut = false; //!< too many failed sign-ins (<name>.attempts), until lockedUntil
    QDateTime lockedUntil;
    bool holdsPiiKey = false; //!< the user's slot has the current PII key
    bool piiKeyPending = false; //!< a role needs the PII key, but no PII holder has granted it yet
    int recoveryCodesLeft = 0;
};

//! A started TOTP enrollment: what the authenticator app needs, shown once.
struct TotpEnrollment
{
    SecureBytes otpauthUri; //!< for the QR code
    SecureBytes base32Key; //!< for typing into the app
};

class UserAccounts final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::UserAccounts)

public:
    explicit UserAccounts(Vault& vault);

    static constexpr int SecondFactorGraceDays = 7;
    static constexpr int PasswordHistoryDepth = 5; //!< a new password is none of the last 5
    static constexpr int PasswordMinimumAgeDays = 1;
    static constexpr int PasswordMaximumAgeDays = 365;

    // --- Everyone's accounts (users.manage; changes need step-up) ---

    //! Every account, people only. Needs users.manage or inventory.view (the user inventory).
    Result<QList<UserRecord>> list() const;
    //! One account: one's own always; anyone else's with users.manage or inventory.view.
    Result<UserRecord> find(const QString& username) const;

    /*!
     * Creates an account with its own password slot, which receives the database key. When a
     * role needs PII and this session holds the PII key, the PII key is sealed to the new slot
     * too; otherwise the grant waits for a PII holder (grantPendingPiiKeys). The initial password
     * must follow the policy and is to be changed at first sign-in. Needs users.manage + step-up.
     */
    Result<UserRecord> add(const NewUser& user, const std::set<Role>& roles);

    /*!
     * Disables an account from at (default: now). Now or in the past: the status turns disabled,
     * the password slot leaves .keys (the person can no longer open the database), and a PII
     * key rotation is due if the slot held the PII key (done now when this session holds it,
     * else at the next sign-in of a PII holder); the console then offers a database-key rotation.
     * In the future: a leaving date that any sign-in on or after it carries out. Never the last
     * active administrator, never oneself. Needs users.manage + step-up.
     */
    Result<void> disable(const QString& username, const QDateTime& at = {});

    //! Lifts a lockout from failed sign-ins. Needs users.manage + step-up.
    Result<void> unlockAccount(const QString& username);

    /*!
     * Replaces the roles. Taking away the last role that needs PII takes the PII key from the slot
     * and rotates it (as disable does); adding one seals the PII key (needs a PII holder, else it
     * waits). Never leaves no active administrator. Needs users.manage + step-up.
     */
    Result<void> setRoles(const QString& username, const std::set<Role>& roles);

    /*!
     * Sets a temporary password (policy-checked) that must be changed at the next sign-in. A new
     * slot replaces the old one, so the second factor starts again and a PII key grant waits for a
     * PII holder. Needs users.manage + step-up.
     */
    Result<void> resetPassword(const QString& username, const SecureBytes& temporaryPassword);

    //! Removes someone's second factor and recovery codes; they enroll again at the next sign-in.
    //! Needs users.manage + step-up.
    Result<void> resetSecondFactor(const QString& username);

    /*!
     * Seals the PII key to every slot whose roles need it and which lacks it, after checking each
     * slot's public key against the fingerprint the audit log recorded when the slot was made (a
     * swapped key is refused, named, and raises nothing else). Needs the PII key and users.manage
     * or access-reviews.manage. Returns the number of slots granted.
     */
    Result<int> grantPendingPiiKeys();

    //! Accounts whose roles need the PII key but whose slot lacks it. Needs users.manage or
    //! access-reviews.manage, like the grant.
    Result<QStringList> pendingPiiGrants() const;

    // --- One's own account (no permission needed; works while a gate is set) ---

    /*!
     * Changes the signed-in person's password: the current one must be right, the new one must
     * follow the policy, differ from the last 5, and the current one must be at least a day old
     * (unless the change is forced). Re-wraps the person's slot; clears a PasswordChange gate.
     */
    Result<void> changeOwnPassword(const SecureBytes& current, const SecureBytes& next);

    //! Starts (or restarts) enrollment: a fresh TOTP key, kept pending until confirmed. Replacing a
    //! second factor that works needs step-up (this and the confirmation).
    Result<TotpEnrollment> beginTotpEnrollment();
    /*!
     * Confirms the pending enrollment with a code from the app; the key becomes the person's second
     * factor, a SecondFactorEnrollment gate is cleared, and 10 new recovery codes are returned
     * (shown once). InvalidInput / WrongCredentials for a bad code (enrollment stays pending).
     */
    Result<std::vector<SecureBytes>> confirmTotpEnrollment(QStringView code);
    //! New recovery codes for oneself (the old ones stop working). Needs step-up.
    Result<std::vector<SecureBytes>> renewRecoveryCodes();

private:
    friend class Vault;
    //! Every account without a permission check (for the vault's own use).
    Result<QList<UserRecord>> records(const QString& onlyUsername = {}) const;
    Result<UserRecord> target(const QString& username) const;
    Result<void> checkRoles(const std::set<Role>& roles) const;
    //! Refuses a change that would leave no active administrator.
    Result<void> keepAnAdministrator(const QString& username, bool losesAdmin) const;
    //! A password slot's Argon2id work: the strongest in use (set at creation), with a fresh salt.
    crypto::Argon2idParams newSlotParams() const;
    Result<void> checkNewPassword(const SecureBytes& password, const QString& username) const;
    //! Seals the PII key to one slot after checking its public key against the audit log.
    Result<void> grantPiiKey(KeySlotFile& keys, const QString& username);
    //! users.manage or access-reviews.manage (the DPO), checked and audited like any permission.
    Result<void> mayGrantPiiKeys() const;
    Result<QStringList> pendingGrants() const;
    Result<void> requireStepUpToReplaceSecondFactor() const;
    //! Replaces the signed-in person's recovery codes (inside the caller's transaction).
    Result<void> storeRecoveryCodes(const QByteArrayList& hashes, const QDateTime& now);

    Vault& m_vault;
};

} // namespace dpp
