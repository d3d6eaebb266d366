// AccountCommands: dppctl's commands for people and their sign-in (issue 4): user ..., passwd,
// totp ..., kill-switch .... Every check and audit row is the core's (UserAccounts, Vault); these
// parse, call and print.
#pragma once

#include "auth/Permission.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <set>

namespace dpp::cli {

class CommandContext;

class AccountCommands final
{
public:
    explicit AccountCommands(CommandContext& context);

    int user(const QStringList& arguments);
    int passwd(const QStringList& arguments);
    int totp(const QStringList& arguments);
    int killSwitch(const QStringList& arguments);

    //! "dpo,admin" -> the roles; InvalidInput naming the valid role names for anything else.
    static Result<std::set<Role>> parseRoles(const QString& list);

private:
    int addUser(const QStringList& arguments);
    int listUsers(const QStringList& arguments);
    int disableUser(const QStringList& arguments);
    int unlockUser(const QStringList& arguments);
    int setRoles(const QStringList& arguments);
    int resetPassword(const QStringList& arguments);
    int resetSecondFactor(const QStringList& arguments);
    int grantPii(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace dpp::cli
