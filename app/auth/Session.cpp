// Session: roles resolved into permissions once, checked on every call.
#include "auth/Session.h"

#include <QCoreApplication>

namespace dpp {

Session::Session(qint64 principalId, QString name, std::set<Role> roles, QString displayName)
    : m_principalId(principalId)
    , m_name(std::move(name))
    , m_displayName(std::move(displayName))
    , m_roles(std::move(roles))
{
    for (Role role : m_roles) {
        const auto granted = Roles::permissions(role);
        m_permissions.insert(granted.begin(), granted.end());
    }
}

Result<void> Session::require(Permission permission) const
{
    if (m_gate == SessionGate::PasswordChange)
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dpp::Session",
                                                 "Choose a new password first: the current one has "
                                                 "expired or was set by an administrator."));
    if (m_gate == SessionGate::SecondFactorEnrollment)
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("dpp::Session",
                                                 "Set up two-factor sign-in first: the 7 days in which "
                                                 "the password alone was enough are over."));
    if (can(permission))
        return success();
    return Error(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("dpp::Session",
                                             "%1 may not do this: it needs the permission \"%2\", "
                                             "which none of their roles grants.")
                     .arg(m_name, Roles::name(permission)));
}

bool Session::needsPii() const
{
    return std::any_of(m_roles.begin(), m_roles.end(), [](Role r) { return Roles::needsPii(r); });
}

} // namespace dpp
