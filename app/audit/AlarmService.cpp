// AlarmService: evaluating the rules, storing and acknowledging alarms, canary records.
#include "audit/AlarmService.h"

#include "auth/Session.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace dpp {

namespace {

constexpr int BatchSize = 1000;
constexpr int ContextPage = 5000;
const QString EvaluatedKey = QStringLiteral("alarms_evaluated_seq");

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Result<qint64> evaluatedSeq(Database& db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, EvaluatedKey);
    auto row = stmt->step();
    DPP_TRY(row);
    return row.value() ? stmt->columnText(0).toLongLong() : 0;
}

Result<void> setEvaluatedSeq(Database& db, qint64 seq)
{
    auto stmt = db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    DPP_TRY(stmt);
    stmt->bind(1, EvaluatedKey).bind(2, QString::number(seq));
    return stmt->run();
}

Result<std::vector<qint64>> alarmRows(Database& db, qint64 alarmId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT seq FROM alarm_rows WHERE alarm_id = ? ORDER BY seq"));
    DPP_TRY(stmt);
    stmt->bind(1, alarmId);
    std::vector<qint64> seqs;
    for (;;) {
        auto next = stmt->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        seqs.push_back(stmt->columnInt(0));
    }
    return seqs;
}

const char* const SelectAlarms = "SELECT id, rule, severity, raised_at, subject, status, acknowledged_by, "
                                 "acknowledged_at, note FROM alarms";

Alarm readAlarm(const Statement& stmt)
{
    Alarm alarm;
    alarm.id = stmt.columnInt(0);
    alarm.rule = stmt.columnText(1);
    alarm.severity = stmt.columnText(2);
    alarm.raisedAt = QDateTime::fromString(stmt.columnText(3), Qt::ISODateWithMs);
    alarm.subject = stmt.columnText(4);
    alarm.status = stmt.columnText(5);
    if (!stmt.columnIsNull(6))
        alarm.acknowledgedBy = stmt.columnInt(6);
    if (!stmt.columnIsNull(7))
        alarm.acknowledgedAt = QDateTime::fromString(stmt.columnText(7), Qt::ISODateWithMs);
    alarm.note = stmt.columnText(8);
    return alarm;
}

} // namespace

AlarmService::AlarmService(Database& db, AuditLog audit, Clock clock)
    : m_db(db)
    , m_audit(std::move(audit))
    , m_clock(std::move(clock))
{ }

Result<void> AlarmService::require(const Session& session, Permission permission)
{
    auto allowed = session.require(permission);
    if (!allowed) {
        (void)m_audit.append(AuditActor::of(session),
                             {AuditAction::PermissionDenied, AuditOutcome::Denied,
                              QStringLiteral("permission"), Roles::name(permission),
                              AuditDetails().permission(Roles::name(permission))},
                             m_clock());
    }
    return allowed;
}

Result<void> AlarmService::requireAlarmReader(const Session& session)
{
    if (session.can(Permission::AuditRead))
        return success();
    return require(session, Permission::AlarmsAcknowledge);
}

Result<int> AlarmService::evaluate(const std::optional<AuditVerification>& verification)
{
    if (verification && !verification->intact) {
        DPP_TRY(m_audit.append(AuditActor::system(),
                               {AuditAction::AuditVerified, AuditOutcome::Failed, QStringLiteral("audit-log"),
                                QString(), AuditDetails().count(verification->rows)},
                               m_clock()));
    }
    auto config = AlarmConfig::load(m_db);
    DPP_TRY(config);
    int raised = 0;
    for (;;) {
        auto more = evaluateBatch(config.value(), raised);
        DPP_TRY(more);
        if (!more.value())
            break;
    }
    return raised;
}

Result<bool> AlarmService::evaluateBatch(const AlarmConfig& config, int& raised)
{
    auto last = evaluatedSeq(m_db);
    DPP_TRY(last);
    auto fresh = m_audit.rows(last.value(), BatchSize);
    DPP_TRY(fresh);
    if (fresh->empty())
        return false;

    AlarmInput input;
    QDateTime earliest = fresh->front().at;
    QDateTime latest = fresh->front().at;
    qint64 minSeq = fresh->front().seq;
    for (const AuditRow& row : fresh.value()) {
        earliest = std::min(earliest, row.at);
        latest = std::max(latest, row.at);
    }
    const qint64 maxSeq = fresh->back().seq;
    input.rows = std::move(fresh).value();

    // The rows already evaluated that share a window with the new ones: three denials last time
    // and two now are five. Both sides, since failed unlocks are copied in with their own, older
    // time.
    if (last.value() > 0) {
        const qint64 lookback = qint64(std::max(config.deniedWindowMinutes, 60)) * 60 * 1000;
        AuditFilter window;
        window.from = earliest.addMSecs(-lookback);
        window.to = latest.addMSecs(lookback + 1);
        qint64 before = last.value() + 1;
        for (;;) {
            auto page = m_audit.query(window, before, ContextPage);
            DPP_TRY(page);
            for (const AuditRow& row : page.value()) {
                minSeq = std::min(minSeq, row.seq);
                before = row.seq;
                input.rows.push_back(row);
            }
            if (page->size() < static_cast<std::size_t>(ContextPage))
                break;
        }
    }

    auto used = m_db.prepare(QStringLiteral("SELECT a.rule, r.seq FROM alarm_rows r "
                                            "JOIN alarms a ON a.id = r.alarm_id WHERE r.seq >= ?"));
    DPP_TRY(used);
    used->bind(1, minSeq);
    for (;;) {
        auto next = used->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        input.alreadyAlarmed.insert({used->columnText(0), used->columnInt(1)});
    }
    auto canaries = m_db.prepare(QStringLiteral("SELECT object_type, object_id FROM canaries"));
    DPP_TRY(canaries);
    for (;;) {
        auto next = canaries->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        input.canaries.insert({canaries->columnText(0), canaries->columnText(1)});
    }

    for (const AlarmFinding& finding : AlarmRules::evaluate(input, config)) {
        // Context rows alone were judged last time; only a finding with a new row is new.
        if (std::none_of(finding.seqs.begin(), finding.seqs.end(),
                         [&](qint64 seq) { return seq > last.value(); }))
            continue;
        DPP_TRY(raise(finding));
        ++raised;
    }
    DPP_TRY(setEvaluatedSeq(m_db, maxSeq));
    return true;
}

Result<void> AlarmService::raise(const AlarmFinding& finding)
{
    const QDateTime now = m_clock();
    auto tx = Transaction::begin(m_db);
    DPP_TRY(tx);
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO alarms (rule, severity, raised_at, subject) VALUES (?, ?, ?, ?)"));
    DPP_TRY(insert);
    insert->bind(1, finding.rule)
        .bind(2, alarmSeverityName(finding.severity))
        .bind(3, timeText(now))
        .bind(4, finding.subject);
    DPP_TRY(insert->run());
    const qint64 id = m_db.lastInsertRowId();
    auto row = m_db.prepare(QStringLiteral("INSERT INTO alarm_rows (alarm_id, seq) VALUES (?, ?)"));
    DPP_TRY(row);
    for (qint64 seq : finding.seqs) {
        row->bind(1, id).bind(2, seq);
        DPP_TRY(row->run());
        DPP_TRY(row->reset());
    }
    DPP_TRY(m_audit.append(
        AuditActor::system(),
        {AuditAction::AlarmRaised, AuditOutcome::Allowed, QStringLiteral("alarm"), QString::number(id),
         AuditDetails().rule(finding.rule).count(static_cast<qint64>(finding.seqs.size()))},
        now));

    if (finding.disableAccount && finding.subjectId) {
        // Never the last active administrator: nobody could enable the accounts again.
        auto admins = m_db.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM principal_roles WHERE principal_id = ?1 AND role = 'admin'), "
            "(SELECT count(*) FROM principals p JOIN principal_roles r ON r.principal_id = p.id "
            " WHERE r.role = 'admin' AND p.status = 'active' AND p.id <> ?1)"));
        DPP_TRY(admins);
        admins->bind(1, *finding.subjectId);
        auto counted = admins->step();
        DPP_TRY(counted);
        const bool lastAdmin = admins->columnInt(0) > 0 && admins->columnInt(1) == 0;
        if (lastAdmin) {
            DPP_TRY(m_audit.append(AuditActor::system(),
                                   {AuditAction::AccountDisabled, AuditOutcome::Failed,
                                    QStringLiteral("user"), QString::number(*finding.subjectId),
                                    AuditDetails().reason(QStringLiteral("last-admin")).rule(finding.rule)},
                                   now));
        } else {
            auto disable = m_db.prepare(QStringLiteral(
                "UPDATE principals SET status = 'disabled' WHERE id = ? AND status = 'active'"));
            DPP_TRY(disable);
            disable->bind(1, *finding.subjectId);
            DPP_TRY(disable->run());
            if (m_db.changes() > 0)
                DPP_TRY(m_audit.append(AuditActor::system(),
                                       {AuditAction::AccountDisabled, AuditOutcome::Allowed,
                                        QStringLiteral("user"), QString::number(*finding.subjectId),
                                        AuditDetails().reason(QStringLiteral("alarm")).rule(finding.rule)},
                                       now));
        }
    }
    DPP_TRY(tx->commit());
    (void)m_audit.publishHead();
    return success();
}

Result<std::vector<Alarm>> AlarmService::openAlarms(const Session& session, int limit)
{
    DPP_TRY(requireAlarmReader(session));
    auto stmt
        = m_db.prepare(QString::fromLatin1(SelectAlarms)
                       + QStringLiteral(" WHERE status = 'open' ORDER BY raised_at DESC, id DESC LIMIT ?"));
    DPP_TRY(stmt);
    stmt->bind(1, limit);
    std::vector<Alarm> alarms;
    for (;;) {
        auto next = stmt->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        alarms.push_back(readAlarm(stmt.value()));
    }
    for (Alarm& alarm : alarms) {
        auto seqs = alarmRows(m_db, alarm.id);
        DPP_TRY(seqs);
        alarm.seqs = std::move(seqs).value();
    }
    return alarms;
}

Result<Alarm> AlarmService::alarm(qint64 id, const Session& session)
{
    DPP_TRY(requireAlarmReader(session));
    auto stmt = m_db.prepare(QString::fromLatin1(SelectAlarms) + QStringLiteral(" WHERE id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, id);
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value())
        return Error(ErrorCode::NotFound, tr("There is no alarm %1.").arg(id));
    Alarm alarm = readAlarm(stmt.value());
    auto seqs = alarmRows(m_db, id);
    DPP_TRY(seqs);
    alarm.seqs = std::move(seqs).value();
    return alarm;
}

Result<qint64> AlarmService::openCount()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM alarms WHERE status = 'open'"));
    DPP_TRY(stmt);
    auto row = stmt->step();
    DPP_TRY(row);
    return stmt->columnInt(0);
}

Result<void> AlarmService::acknowledge(qint64 id, const QString& note, const Session& session)
{
    DPP_TRY(require(session, Permission::AlarmsAcknowledge));
    if (note.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Write a note: what you checked and what you found."));
    auto tx = Transaction::begin(m_db);
    DPP_TRY(tx);
    auto status = m_db.prepare(QStringLiteral("SELECT status FROM alarms WHERE id = ?"));
    DPP_TRY(status);
    status->bind(1, id);
    auto found = status->step();
    DPP_TRY(found);
    if (!found.value())
        return Error(ErrorCode::NotFound, tr("There is no alarm %1.").arg(id));
    if (status->columnText(0) != QLatin1String("open"))
        return Error(ErrorCode::AlreadyExists, tr("Alarm %1 was already acknowledged.").arg(id));
    const QDateTime now = m_clock();
    auto update
        = m_db.prepare(QStringLiteral("UPDATE alarms SET status = 'acknowledged', acknowledged_by = ?, "
                                      "acknowledged_at = ?, note = ? WHERE id = ?"));
    DPP_TRY(update);
    if (session.principalId() > 0)
        update->bind(1, session.principalId());
    else
        update->bindNull(1);
    update->bind(2, timeText(now)).bind(3, note.trimmed()).bind(4, id);
    DPP_TRY(update->run());
    // The note may name people or orders: it stays in the alarms table, the log names the alarm.
    DPP_TRY(m_audit.append(AuditActor::of(session),
                           {AuditAction::AlarmAcknowledged,
                            AuditOutcome::Allowed,
                            QStringLiteral("alarm"),
                            QString::number(id),
                            {}},
                           now));
    DPP_TRY(tx->commit());
    (void)m_audit.publishHead();
    return success();
}

Result<void> AlarmService::plantCanary(const QString& objectType, const QString& objectId,
                                       const Session& session)
{
    DPP_TRY(require(session, Permission::CanariesManage));
    if (objectType.trimmed().isEmpty() || objectId.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A canary needs an object type and an id."));
    auto tx = Transaction::begin(m_db);
    DPP_TRY(tx);
    auto exists = isCanary(objectType, objectId);
    DPP_TRY(exists);
    if (exists.value())
        return Error(ErrorCode::AlreadyExists, tr("This record is already a canary."));
    const QDateTime now = m_clock();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO canaries (object_type, object_id, planted_at, planted_by) VALUES (?, ?, ?, ?)"));
    DPP_TRY(insert);
    insert->bind(1, objectType).bind(2, objectId).bind(3, timeText(now));
    if (session.principalId() > 0)
        insert->bind(4, session.principalId());
    else
        insert->bindNull(4);
    DPP_TRY(insert->run());
    // The id of an order is not PII; the canary's buyer data never comes near the log.
    DPP_TRY(m_audit.append(AuditActor::of(session),
                           {AuditAction::CanaryPlanted, AuditOutcome::Allowed, objectType, objectId, {}},
                           now));
    DPP_TRY(tx->commit());
    (void)m_audit.publishHead();
    return success();
}

Result<bool> AlarmService::isCanary(const QString& objectType, const QString& objectId)
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT 1 FROM canaries WHERE object_type = ? AND object_id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, objectType).bind(2, objectId);
    auto row = stmt->step();
    DPP_TRY(row);
    return row.value();
}

} // namespace dpp
