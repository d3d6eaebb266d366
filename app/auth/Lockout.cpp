// Lockout: the walk over <name>.attempts described in Lockout.h.
#include "auth/Lockout.h"

#include <deque>

namespace dpp {

LockoutPolicy Lockout::policyOf(const std::vector<AttemptLog::Entry>& entries)
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->outcome == AttemptLog::Outcome::Succeeded && it->policy)
            return it->policy->clamped();
    }
    return LockoutPolicy{};
}

Lockout::State Lockout::evaluate(const std::vector<AttemptLog::Entry>& entries, const QString& user,
                                 const QDateTime& now, const LockoutPolicy& requested)
{
    const LockoutPolicy policy = requested.clamped();
    const qint64 windowMs = qint64(policy.windowMinutes) * 60 * 1000;
    const qint64 durationMs = qint64(policy.durationMinutes) * 60 * 1000;
    State state;
    std::deque<QDateTime> failures;
    for (const auto& entry : entries) {
        if (!entry.user || *entry.user != user || entry.time > now)
            continue;
        switch (entry.outcome) {
        case AttemptLog::Outcome::Succeeded:
        case AttemptLog::Outcome::Released:
            failures.clear();
            state.until = {};
            break;
        case AttemptLog::Outcome::WrongSecret:
        case AttemptLog::Outcome::WrongCode: // a guessed code is a guessed secret
            if (state.until.isValid() && entry.time < state.until)
                break; // not recorded this way by Vault while locked; ignored rather than extending
            failures.push_back(entry.time);
            while (!failures.empty() && failures.front().msecsTo(entry.time) >= windowMs)
                failures.pop_front();
            if (static_cast<int>(failures.size()) >= policy.threshold) {
                state.since = entry.time;
                state.until = entry.time.addMSecs(durationMs);
                failures.clear();
            }
            break;
        case AttemptLog::Outcome::UnknownUser:
        case AttemptLog::Outcome::Refused:
        case AttemptLog::Outcome::Locked: // a record of a decision made here, not an input to it
            break;
        }
    }
    state.locked = state.until.isValid() && now < state.until;
    return state;
}

} // namespace dpp
