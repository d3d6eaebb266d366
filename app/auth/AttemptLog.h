// AttemptLog: failed unlocks in <name>.attempts, outside the database (a wrong password cannot
// open it). Times, user names that match a slot, outcomes; never a secret or an unknown name
// (people type passwords into the user field). Copied into the audit log at the next unlock.
// Successful unlocks append a marker that resets the lockout count (the file is append-only) and
// carries the lockout policy, which must be readable before the database is open.
#pragma once

#include "auth/LockoutPolicy.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace dpp {

class AttemptLog final
{
public:
    enum class Outcome
    {
        WrongSecret,
        UnknownUser,
        Refused, //!< e.g. locked out
        Succeeded, //!< a marker: resets the lockout count; not a failure, never copied to the audit log
        Locked, //!< the failure just before it locked the account; copied in as user.locked
        WrongCode, //!< a wrong, expired or replayed second-factor code after a right password
        Released, //!< an administrator lifted the lockout (the audit row is written then)
    };

    struct Entry
    {
        QDateTime time;
        std::optional<QString> user; //!< empty when the name matched no slot
        Outcome outcome;
        std::optional<LockoutPolicy> policy; //!< on Succeeded markers: the settings' policy (unclamped)
    };

    explicit AttemptLog(QString path);

    //! Appends one line and flushes it to disk (O_APPEND: concurrent writers do not interleave).
    Result<void> record(const std::optional<QString>& user, Outcome outcome, const QDateTime& at,
                        const std::optional<LockoutPolicy>& policy = std::nullopt);
    //! Every entry; a damaged line is skipped (counted in skippedLines()).
    std::vector<Entry> entries() const;
    int skippedLines() const { return m_skipped; }

    const QString& path() const { return m_path; }
    static QString outcomeName(Outcome outcome);

private:
    QString m_path;
    mutable int m_skipped = 0;
};

} // namespace dpp
