// PasswordPolicy: the floor every password must clear (12+ characters, three of four character
// classes, not the user name, not a common password). The users feature adds history and ages.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace dpp {

class PasswordPolicy final
{
public:
    static constexpr int MinimumLength = 12;
    //! How many trailing digits or punctuation marks isCommon() looks through.
    static constexpr int CommonSuffixLength = 4;

    //! InvalidInput naming the first rule the password breaks.
    static Result<void> check(const SecureBytes& utf8Password, const QString& username);

    /*!
     * True when the password, ignoring the case of ASCII letters, is on the shipped list of common
     * passwords (resources/common-passwords.txt, embedded as :/dpp/common-passwords.txt), or becomes
     * an entry of it once up to CommonSuffixLength trailing ASCII digits or punctuation marks are
     * dropped: "Monkey123!" is "monkey" with "123!", "Password1234!" is "password1" with "234!".
     * NIST SP 800-63B 5.1.1.2: refuse values from lists of commonly used or compromised passwords.
     * The list is read once, on first use, from any thread.
     */
    static bool isCommon(const SecureBytes& utf8Password);
};

} // namespace dpp
