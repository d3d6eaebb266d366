// Session: who is signed in and what they may do. Every core service takes one and checks
// require(Permission) itself; the UI only hides what the core would refuse.
#pragma once

#include "auth/Permission.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <set>

namespace dpp {

//! What a signed-in person must do before anything else (issue 4: forced change, enrollment).
enum class SessionGate
{
    None,
    PasswordChange, //!< the password expired or was reset by an administrator
    SecondFactorEnrollment, //!< the 7-day grace period is over and no authenticator is enrolled
};

class Session final
{
public:
    Session(qint64 principalId, QString name, std::set<Role> roles, QString displayName = {});

    qint64 principalId() const { return m_principalId; }
    const QString& name() const { return m_name; }
    //! The person's full name for the UI; the user name when none is stored.
    const QString& displayName() const { return m_displayName.isEmpty() ? m_name : m_displayName; }
    const std::set<Role>& roles() const { return m_roles; }
    bool hasRole(Role role) const { return m_roles.contains(role); }

    bool can(Permission permission) const { return m_permissions.contains(permission); }
    //! PermissionDenied with a message naming the permission when the session lacks it.
    Result<void> require(Permission permission) const;
    //! True when any of the session's roles needs the PII key.
    bool needsPii() const;

    /*!
     * While a gate is set, require() refuses every permission with a message saying what to do
     * first; only the own-account calls (change password, enroll) work.
     */
    SessionGate gate() const { return m_gate; }
    void setGate(SessionGate gate) { m_gate = gate; }
    //! Set when the person signed in with the password alone during the grace period: when the
    //! grace ends (the console warns every time). Invalid otherwise.
    const QDateTime& secondFactorGraceEnds() const { return m_graceEnds; }
    void setSecondFactorGraceEnds(const QDateTime& at) { m_graceEnds = at; }
    bool isService() const { return m_roles.contains(Role::Scheduler); }

private:
    qint64 m_principalId;
    QString m_name;
    QString m_displayName;
    std::set<Role> m_roles;
    std::set<Permission> m_permissions;
    SessionGate m_gate = SessionGate::None;
    QDateTime m_graceEnds;
};

} // namespace dpp
