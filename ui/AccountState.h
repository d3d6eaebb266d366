// AccountState: what the console knows about the signed-in person's own account (My account, the
// grace banner, whether step-up asks for a code): the stored record, or what the session itself
// says when it cannot be read.
#pragma once

#include "vault/UserAccounts.h"

#include <optional>

namespace dpp {
class Vault;
}

namespace dpp::ui {

struct AccountState
{
    std::optional<UserRecord> record; //!< the stored account, when it could be read
    bool secondFactorEnrolled = false;
    QDateTime graceEnds; //!< while not enrolled: when two-factor sign-in becomes required

    static AccountState read(Vault& vault);
};

} // namespace dpp::ui
