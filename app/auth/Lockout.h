// Lockout: whether failed sign-ins in <name>.attempts have locked an account (issue 4, Lockout).
// Pure: it reads entries and a time, writes nothing.
#pragma once

#include "auth/AttemptLog.h"
#include "auth/LockoutPolicy.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace dpp {

class Lockout final
{
public:
    struct State
    {
        bool locked = false;
        QDateTime since; //!< the failure that started the latest lock (valid once any lock started)
        QDateTime until; //!< the lock ends at this instant (exclusive)
    };

    /*!
     * The policy in force before unlock: the one carried by the latest success marker (any user;
     * the console writes the database's settings there at every unlock), clamped so that it is
     * never looser than the defaults; the defaults when there is no marker.
     */
    static LockoutPolicy policyOf(const std::vector<AttemptLog::Entry>& entries);

    /*!
     * Walks the entries of user in file order, up to now:
     * - a success marker clears the count of failures (and ends any lock);
     * - a WrongSecret failure counts when no lock is in force; failures at or before
     *   (its time - window) drop out of the count;
     * - when the count reaches the threshold, the account is locked from that failure's time
     *   until that time + duration (exclusive), and the count starts again from zero: the
     *   failures that caused a lock never cause another one;
     * - Refused (attempts while locked) and UnknownUser entries neither count nor extend a lock.
     */
    static State evaluate(const std::vector<AttemptLog::Entry>& entries, const QString& user,
                          const QDateTime& now, const LockoutPolicy& policy);
};

} // namespace dpp
