// LockoutPolicy: how many failed sign-ins lock an account, and for how long (issue 4, Lockout).
#pragma once

#include <algorithm>

namespace dpp {

struct LockoutPolicy
{
    // The DPP floor: 5 failures within 15 minutes lock the account for 15 minutes.
    static constexpr int DefaultThreshold = 5;
    static constexpr int DefaultWindowMinutes = 15;
    static constexpr int DefaultDurationMinutes = 15;

    int threshold = DefaultThreshold;
    int windowMinutes = DefaultWindowMinutes;
    int durationMinutes = DefaultDurationMinutes;

    //! Never looser than the defaults: settings (and a hand-edited .attempts file) can only make it
    //! stricter. The upper bounds keep the arithmetic sane (a year at most).
    LockoutPolicy clamped() const
    {
        constexpr int Year = 366 * 24 * 60;
        return {std::clamp(threshold, 1, DefaultThreshold),
                std::clamp(windowMinutes, DefaultWindowMinutes, Year),
                std::clamp(durationMinutes, DefaultDurationMinutes, Year)};
    }

    friend bool operator==(const LockoutPolicy&, const LockoutPolicy&) = default;
};

} // namespace dpp
