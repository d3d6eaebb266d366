// PasswordPolicy: the floor every password must clear (12+ characters, three of four character
// classes, not the user name). The users feature adds history, ages and a common-password list.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace dpp {

class PasswordPolicy final
{
public:
    static constexpr int MinimumLength = 12;

    //! InvalidInput naming the first rule the password breaks.
    static Result<void> check(const SecureBytes& utf8Password, const QString& username);
};

} // namespace dpp
