// Session: who is signed in and what they may do. Every core service takes one and checks
// require(Permission) itself; the UI only hides what the core would refuse.
#pragma once

#include "auth/Permission.h"
#include "common/Result.h"

#include <QString>
#include <set>

namespace dpp {

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

private:
    qint64 m_principalId;
    QString m_name;
    QString m_displayName;
    std::set<Role> m_roles;
    std::set<Permission> m_permissions;
};

} // namespace dpp
