// AlarmService: runs the alarm rules over the audit log, stores alarms with the rows that raised
// them, disables accounts where a rule and its setting say so, lets someone with
// alarms.acknowledge acknowledge an alarm with a note, and plants canary records (issue 3, items 4
// and 5). Independent of Vault: it works on a Database, its AuditLog and a Clock.
#pragma once

#include "audit/AlarmRules.h"
#include "audit/AuditLog.h"
#include "auth/Permission.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace dpp {

class Database;
class Session;

struct Alarm
{
    qint64 id = 0;
    QString rule; //!< AlarmRule::*
    QString severity; //!< "info", "warning", "critical"
    QDateTime raisedAt;
    QString subject; //!< principal name, or empty
    QString status; //!< "open", "acknowledged"
    std::optional<qint64> acknowledgedBy;
    QDateTime acknowledgedAt;
    QString note; //!< the acknowledging person's note; kept here, never in the audit log
    std::vector<qint64> seqs; //!< the audit rows that raised it
};

class AlarmService final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::AlarmService)

public:
    AlarmService(Database& db, AuditLog audit, Clock clock = systemClock());

    /*!
     * Runs the rules over the audit rows not evaluated yet (with the earlier rows of their time
     * window as context) and raises what they find: each alarm, its rows, its alarm.raised row and
     * a disabled account commit together. Rows that raised an alarm never raise the same rule
     * again. A failed verification passed in is first recorded as an audit.verified row (as the
     * system), so its alarm has a row like every other. Returns the number of alarms raised.
     */
    Result<int> evaluate(const std::optional<AuditVerification>& verification = std::nullopt);

    //! Open alarms, newest first, at most limit. Needs alarms.acknowledge or audit.read.
    Result<std::vector<Alarm>> openAlarms(const Session& session, int limit = 200);
    //! One alarm with its rows and note. Needs alarms.acknowledge or audit.read.
    Result<Alarm> alarm(qint64 id, const Session& session);
    //! How many alarms are open (the main window's badge: shown to everyone, reveals nothing).
    Result<qint64> openCount();
    /*!
     * Acknowledges an open alarm with a note (required). Needs alarms.acknowledge; a denial is
     * audited. The note stays in the alarms table; the audit row names only the alarm.
     */
    Result<void> acknowledge(qint64 id, const QString& note, const Session& session);

    //! Plants a canary: any reveal, print or export of it raises a critical alarm. Needs canaries.manage.
    Result<void> plantCanary(const QString& objectType, const QString& objectId, const Session& session);
    Result<bool> isCanary(const QString& objectType, const QString& objectId);

private:
    //! Session::require, with an audit row for every denial (as Vault::require).
    Result<void> require(const Session& session, Permission permission);
    Result<void> requireAlarmReader(const Session& session);
    //! One batch of unevaluated rows: false when there were none.
    Result<bool> evaluateBatch(const AlarmConfig& config, int& raised);
    Result<void> raise(const AlarmFinding& finding);

    Database& m_db;
    AuditLog m_audit;
    Clock m_clock;
};

} // namespace dpp
