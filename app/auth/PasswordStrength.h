// PasswordStrength: how hard a password is to guess, estimated by zxcvbn (dictionary words, names,
// keyboard walks, dates, repeats), for the strength meter of the console and of dppctl.
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>
#include <QStringList>

namespace dpp {

class PasswordStrength final
{
public:
    //! Bands over zxcvbn's entropy estimate (bits). The floor is KeePassXC's "poor" line; above it
    //! every band is acceptable, so none is called "weak" next to a password the rules accept.
    enum class Level
    {
        Poor, //!< under 40 bits: refused for new passwords (NIST SP 800-63B 5.1.1.2, common passwords)
        Fair, //!< under 60 bits
        Good, //!< under 90 bits
        Excellent,
    };

    static constexpr double PoorBelow = 40.0;
    static constexpr double FairBelow = 60.0;
    static constexpr double GoodBelow = 90.0;

    /*!
     * Estimates the password's strength. userWords (the user name, the person's name, ...) count
     * as especially easy to guess. The password is copied into a wiped, NUL-terminated buffer for
     * zxcvbn; the library's own temporary copies are freed but not wiped.
     */
    static PasswordStrength estimate(const SecureBytes& utf8Password, const QStringList& userWords = {});

    double entropyBits() const { return m_bits; }
    Level level() const { return m_level; }
    //! False for Poor: a new password must be harder to guess than that.
    bool isAcceptable() const { return m_level != Level::Poor; }

    static QString levelName(Level level); //!< translated, for the meter
    //! Translated advice for a Poor password (what makes it easy to guess).
    static QString poorAdvice();

private:
    PasswordStrength(double bits, Level level)
        : m_bits(bits)
        , m_level(level)
    { }

    double m_bits;
    Level m_level;
};

} // namespace dpp
