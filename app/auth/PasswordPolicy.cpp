// PasswordPolicy: checked on the UTF-8 bytes, so the password never becomes a QString here.
#include "auth/PasswordPolicy.h"

#include "auth/PasswordStrength.h"

#include <QCoreApplication>

namespace dpp {

Result<void> PasswordPolicy::check(const SecureBytes& utf8Password, const QString& username)
{
    int characters = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (std::size_t i = 0; i < utf8Password.size(); ++i) {
        const auto c = utf8Password.data()[i];
        if ((c & 0xC0U) != 0x80U) // not a UTF-8 continuation byte: a new character
            ++characters;
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else
            other = true;
    }
    if (characters < MinimumLength)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("dpp::PasswordPolicy",
                                                 "The password must have at least 12 characters."));
    if (int(lower) + int(upper) + int(digit) + int(other) < 3)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("dpp::PasswordPolicy",
                                        "The password must mix at least three of: lower-case letters, "
                                        "capitals, digits, other characters."));
    if (!username.isEmpty()) {
        const QByteArray name = username.toLower().toUtf8();
        const QByteArrayView password = utf8Password.view();
        for (qsizetype start = 0; start + name.size() <= password.size(); ++start) {
            bool same = true;
            for (qsizetype k = 0; k < name.size() && same; ++k) {
                const char c = password[start + k];
                same = (c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) == name[k];
            }
            if (same)
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate("dpp::PasswordPolicy",
                                                         "The password must not contain the user name."));
        }
    }
    // The rules above let "Password1234!" through; zxcvbn does not (NIST SP 800-63B 5.1.1.2:
    // refuse passwords that are common or easy to guess). The same floor for dppctl and console.
    if (!PasswordStrength::estimate(utf8Password, username.isEmpty() ? QStringList() : QStringList{username})
             .isAcceptable())
        return Error(ErrorCode::InvalidInput, PasswordStrength::poorAdvice());
    return success();
}

} // namespace dpp
