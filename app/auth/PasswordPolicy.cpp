// PasswordPolicy: checked on the UTF-8 bytes, so the password never becomes a QString here.
#include "auth/PasswordPolicy.h"

#include "auth/PasswordStrength.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <algorithm>
#include <string_view>
#include <vector>

namespace dpp {

namespace {

Q_LOGGING_CATEGORY(lcPolicy, "dpp.auth.policy")

std::string_view asView(QByteArrayView bytes)
{
    return {bytes.data(), static_cast<std::size_t>(bytes.size())};
}

//! The common-password list, sorted for binary search. Built once (a function-local static is
//! initialised thread-safely); the entries are public knowledge, so plain QByteArrays are fine.
const std::vector<QByteArray>& commonPasswords()
{
    static const std::vector<QByteArray> list = [] {
        std::vector<QByteArray> entries;
        QFile file(QStringLiteral(":/dpp/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            // A build without the resource: say so loudly; the test suite catches it too.
            qCCritical(lcPolicy) << "the common-password list is missing:" << file.errorString();
            return entries;
        }
        const QByteArray all = file.readAll();
        entries.reserve(static_cast<std::size_t>(all.count('\n')) + 1);
        for (const QByteArray& line : all.split('\n')) {
            const QByteArray entry = line.trimmed().toLower();
            if (!entry.isEmpty())
                entries.push_back(entry);
        }
        const auto less = [](const QByteArray& a, const QByteArray& b) { return asView(a) < asView(b); };
        std::sort(entries.begin(), entries.end(), less);
        entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
        return entries;
    }();
    return list;
}

bool isListed(std::string_view lowerCased)
{
    const std::vector<QByteArray>& list = commonPasswords();
    const auto it = std::lower_bound(
        list.begin(), list.end(), lowerCased,
        [](const QByteArray& entry, std::string_view value) { return asView(entry) < value; });
    return it != list.end() && asView(*it) == lowerCased;
}

bool isDigitOrPunctuation(std::uint8_t c)
{
    return (c >= '0' && c <= '9') || (c >= '!' && c <= '/') || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

} // namespace

bool PasswordPolicy::isCommon(const SecureBytes& utf8Password)
{
    if (utf8Password.isEmpty())
        return false;
    // The lower-cased copy is as secret as the password: it lives in a wiping buffer too.
    SecureBytes lower = utf8Password.clone();
    for (std::size_t i = 0; i < lower.size(); ++i) {
        std::uint8_t& c = lower.data()[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<std::uint8_t>(c - 'A' + 'a');
    }
    const std::string_view whole(lower.chars(), lower.size());
    // Try the password itself, then without its last 1..CommonSuffixLength characters while those
    // are all digits or punctuation: "Monkey123!", "Password1234!", "Dragon!!".
    for (std::size_t drop = 0; drop <= std::size_t(CommonSuffixLength) && drop < whole.size(); ++drop) {
        if (drop > 0 && !isDigitOrPunctuation(static_cast<std::uint8_t>(whole[whole.size() - drop])))
            break;
        if (isListed(whole.substr(0, whole.size() - drop)))
            return true;
    }
    return false;
}

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
    // Before zxcvbn, so that a listed password gets the plain reason rather than general advice; both
    // messages begin alike, as both say the same thing to the person.
    if (isCommon(utf8Password))
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("dpp::PasswordPolicy",
                                        "This password is easy to guess: it is on a list of the most "
                                        "common passwords, perhaps with a few digits or symbols added. "
                                        "Choose a different one."));
    // The list knows whole passwords only; zxcvbn also refuses ones built from common words, names,
    // dates and keyboard patterns (NIST SP 800-63B 5.1.1.2: refuse passwords that are common or
    // easy to guess). The same floor for dppctl and console.
    if (!PasswordStrength::estimate(utf8Password, username.isEmpty() ? QStringList() : QStringList{username})
             .isAcceptable())
        return Error(ErrorCode::InvalidInput, PasswordStrength::poorAdvice());
    return success();
}

} // namespace dpp
