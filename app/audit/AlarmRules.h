// AlarmRules: the rules over the audit log that raise alarms (issue 3, item 4; DPP "Logging and
// Monitoring": repeated unauthorised calls, unexpected data volume, canary records). Each rule is a
// pure function of audit rows and a configuration, so it is tested at its threshold with made-up
// rows and times; AlarmService feeds it the log and stores what it returns.
#pragma once

#include "audit/AuditEvent.h"
#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace dpp {

class Database;

enum class AlarmSeverity
{
    Info,
    Warning,
    Critical,
};

QString alarmSeverityName(AlarmSeverity severity); //!< "info", "warning", "critical" (as stored)

//! The rules' names as stored in alarms.rule and in the alarm.raised audit row.
namespace AlarmRule {
inline const char* const DeniedActions = "denied-actions";
inline const char* const PiiVolume = "pii-volume";
inline const char* const CanaryTouch = "canary-touch";
inline const char* const UnlockOutsideHours = "unlock-outside-hours";
inline const char* const ChainVerification = "chain-verification";
inline const char* const PurgeFailed = "purge-failed";
} // namespace AlarmRule

//! The rules' thresholds; each field has a settings key (AlarmConfig::load) and a default.
struct AlarmConfig
{
    //! alarms.denied.threshold: denials by one actor within the window that raise the alarm.
    int deniedThreshold = 5;
    //! alarms.denied.window_minutes
    int deniedWindowMinutes = 10;
    //! Denied calls and failed unlocks both count: either is someone trying what they may not.
    QStringList deniedActions{QStringLiteral("permission.denied"), QStringLiteral("session.unlock-failed")};
    //! alarms.denied.disable_account (off by default: a typo storm must not lock people out).
    bool deniedDisablesAccount = false;

    //! alarms.pii.per_hour: reveals/prints/exports by one actor within an hour that raise the alarm.
    int piiPerHour = 20;
    //! alarms.pii.actions (comma separated). The actions are added by later issues; these are
    //! their agreed names.
    QStringList piiActions{QStringLiteral("pii.revealed"), QStringLiteral("orders.exported"),
                           QStringLiteral("labels.printed"), QStringLiteral("audit.exported")};

    //! alarms.canary.actions (comma separated): what counts as touching a canary.
    QStringList canaryActions{QStringLiteral("pii.revealed"), QStringLiteral("orders.exported"),
                              QStringLiteral("labels.printed")};
    //! alarms.canary.disable_account (on by default: the DPP asks to stop anomalous use at once).
    bool canaryDisablesAccount = true;

    //! alarms.hours.start / alarms.hours.end ("HH:mm"): unlocks from start (inclusive) to end
    //! (exclusive) on working days are fine. start > end spans midnight; start == end is all day.
    QTime hoursStart{7, 0};
    QTime hoursEnd{19, 0};
    //! alarms.hours.days: ISO week days (1 = Monday), comma separated.
    QList<int> workingDays{1, 2, 3, 4, 5};
    //! alarms.hours.timezone: an IANA id; the computer's own zone when unset.
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    /*!
     * Reads the alarms.* keys of the settings table. A value that does not parse keeps its
     * default: an alarm rule must never stop working because of a typo in a setting.
     */
    static Result<AlarmConfig> load(Database& db);
};

//! What a rule found: one alarm to raise.
struct AlarmFinding
{
    QString rule;
    AlarmSeverity severity = AlarmSeverity::Warning;
    std::optional<qint64> subjectId; //!< the principal concerned, when the log knows its id
    QString subject; //!< their name, or empty (unknown names, the system)
    std::vector<qint64> seqs; //!< the audit rows that raised it, ascending
    bool disableAccount = false; //!< the rule and its setting ask to disable subjectId
};

//! The input of every rule.
struct AlarmInput
{
    std::vector<AuditRow> rows; //!< any order; rules sort by time
    //! Rows that already raised an alarm of a given rule: they never count for that rule again,
    //! so re-evaluating the same rows raises nothing new.
    std::set<std::pair<QString, qint64>> alreadyAlarmed; //!< (rule, seq)
    //! Planted canaries as (object type, object id).
    QSet<std::pair<QString, QString>> canaries;
};

class AlarmRules final
{
public:
    //! deniedThreshold or more denials by one actor with at most deniedWindowMinutes between the
    //! first and the last (inclusive) -> warning.
    static std::vector<AlarmFinding> deniedActions(const AlarmInput& input, const AlarmConfig& config);
    //! piiPerHour or more of piiActions by one actor within one hour (inclusive) -> warning.
    static std::vector<AlarmFinding> piiVolume(const AlarmInput& input, const AlarmConfig& config);
    //! A purge whose verification failed (purge.run, outcome failed) -> critical, per row.
    static std::vector<AlarmFinding> purgeFailed(const AlarmInput& input, const AlarmConfig& config);
    //! Any canaryActions row on a planted canary -> critical, one alarm per row.
    static std::vector<AlarmFinding> canaryTouch(const AlarmInput& input, const AlarmConfig& config);
    //! session.unlock / session.unlock-failed outside the working hours -> warning, one per row.
    static std::vector<AlarmFinding> unlockOutsideHours(const AlarmInput& input, const AlarmConfig& config);
    //! audit.verified with outcome failed -> critical, one per row.
    static std::vector<AlarmFinding> chainVerification(const AlarmInput& input, const AlarmConfig& config);

    //! Every rule, in the order above.
    static std::vector<AlarmFinding> evaluate(const AlarmInput& input, const AlarmConfig& config);

    //! Whether at (any zone) falls within the configured working hours.
    static bool withinWorkingHours(const QDateTime& at, const AlarmConfig& config);
};

} // namespace dpp
