// AlarmRules: the rules, and their configuration from the settings table.
#include "audit/AlarmRules.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <algorithm>
#include <functional>
#include <iterator>

namespace dpp {

namespace {

constexpr qint64 MsPerMinute = 60 * 1000;

// Rows of the given actions not yet in an alarm of this rule, grouped by actor, each group in
// time order (a failed unlock copied in later has an earlier time than the rows before it).
QList<std::vector<const AuditRow*>> byActor(const AlarmInput& input, const QString& rule,
                                            const QStringList& actions)
{
    QHash<QString, std::vector<const AuditRow*>> groups;
    QStringList order;
    for (const AuditRow& row : input.rows) {
        if (!actions.contains(row.action) || input.alreadyAlarmed.contains({rule, row.seq}))
            continue;
        // By id where the log has one; otherwise by the recorded name ("unknown", "system").
        const QString key
            = row.actorId ? QStringLiteral("#%1").arg(*row.actorId) : QStringLiteral("name:") + row.actor;
        if (!groups.contains(key))
            order << key;
        groups[key].push_back(&row);
    }
    QList<std::vector<const AuditRow*>> result;
    for (const QString& key : order) {
        auto group = groups.value(key);
        std::sort(group.begin(), group.end(), [](const AuditRow* a, const AuditRow* b) {
            return a->at != b->at ? a->at < b->at : a->seq < b->seq;
        });
        result << group;
    }
    return result;
}

AlarmFinding findingFor(const QString& rule, AlarmSeverity severity, const AuditRow& actorRow)
{
    AlarmFinding finding;
    finding.rule = rule;
    finding.severity = severity;
    finding.subjectId = actorRow.actorId;
    // Only a known principal is named: an unknown name typed at the unlock form may be anything,
    // a password among them.
    finding.subject = actorRow.actorId ? actorRow.actor : QString();
    return finding;
}

// threshold or more rows with at most windowMs from the first to the last. A row that raised an
// alarm starts no new window, so a burst of 7 gives one alarm, not three.
std::vector<AlarmFinding> countInWindow(const AlarmInput& input, const QString& rule,
                                        const QStringList& actions, int threshold, qint64 windowMs,
                                        bool disable)
{
    std::vector<AlarmFinding> findings;
    if (threshold < 1)
        return findings;
    for (const auto& rows : byActor(input, rule, actions)) {
        std::size_t first = 0;
        for (std::size_t last = 0; last < rows.size(); ++last) {
            while (rows[first]->at.msecsTo(rows[last]->at) > windowMs)
                ++first;
            if (last - first + 1 < static_cast<std::size_t>(threshold))
                continue;
            AlarmFinding finding = findingFor(rule, AlarmSeverity::Warning, *rows[last]);
            for (std::size_t i = first; i <= last; ++i)
                finding.seqs.push_back(rows[i]->seq);
            std::sort(finding.seqs.begin(), finding.seqs.end());
            finding.disableAccount = disable && finding.subjectId.has_value();
            findings.push_back(std::move(finding));
            first = last + 1;
        }
    }
    return findings;
}

std::vector<AlarmFinding> perRow(const AlarmInput& input, const QString& rule, AlarmSeverity severity,
                                 const std::function<bool(const AuditRow&)>& matches, bool disable)
{
    std::vector<AlarmFinding> findings;
    for (const AuditRow& row : input.rows) {
        if (input.alreadyAlarmed.contains({rule, row.seq}) || !matches(row))
            continue;
        AlarmFinding finding = findingFor(rule, severity, row);
        finding.seqs.push_back(row.seq);
        finding.disableAccount = disable && finding.subjectId.has_value();
        findings.push_back(std::move(finding));
    }
    return findings;
}

bool parseBool(const QString& value, bool fallback)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("on")
        || v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("off")
        || v == QLatin1String("no"))
        return false;
    return fallback;
}

int parsePositive(const QString& value, int fallback)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

QStringList parseList(const QString& value, const QStringList& fallback)
{
    QStringList list;
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    }
    return list.isEmpty() ? fallback : list;
}

} // namespace

QString alarmSeverityName(AlarmSeverity severity)
{
    switch (severity) {
    case AlarmSeverity::Info:
        return QStringLiteral("info");
    case AlarmSeverity::Warning:
        return QStringLiteral("warning");
    case AlarmSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

Result<AlarmConfig> AlarmConfig::load(Database& db)
{
    AlarmConfig config;
    auto stmt = db.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'alarms.%'"));
    DPP_TRY(stmt);
    for (;;) {
        auto next = stmt->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        const QString key = stmt->columnText(0);
        const QString value = stmt->columnText(1);
        if (key == QLatin1String("alarms.denied.threshold")) {
            config.deniedThreshold = parsePositive(value, config.deniedThreshold);
        } else if (key == QLatin1String("alarms.denied.window_minutes")) {
            config.deniedWindowMinutes = parsePositive(value, config.deniedWindowMinutes);
        } else if (key == QLatin1String("alarms.denied.disable_account")) {
            config.deniedDisablesAccount = parseBool(value, config.deniedDisablesAccount);
        } else if (key == QLatin1String("alarms.pii.per_hour")) {
            config.piiPerHour = parsePositive(value, config.piiPerHour);
        } else if (key == QLatin1String("alarms.pii.actions")) {
            config.piiActions = parseList(value, config.piiActions);
        } else if (key == QLatin1String("alarms.canary.actions")) {
            config.canaryActions = parseList(value, config.canaryActions);
        } else if (key == QLatin1String("alarms.canary.disable_account")) {
            config.canaryDisablesAccount = parseBool(value, config.canaryDisablesAccount);
        } else if (key == QLatin1String("alarms.hours.start")) {
            const QTime t = QTime::fromString(value.trimmed(), QStringLiteral("HH:mm"));
            if (t.isValid())
                config.hoursStart = t;
        } else if (key == QLatin1String("alarms.hours.end")) {
            const QTime t = QTime::fromString(value.trimmed(), QStringLiteral("HH:mm"));
            if (t.isValid())
                config.hoursEnd = t;
        } else if (key == QLatin1String("alarms.hours.days")) {
            QList<int> days;
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int day = part.trimmed().toInt(&ok);
                if (ok && day >= 1 && day <= 7)
                    days << day;
            }
            if (!days.isEmpty() || value.trimmed().isEmpty())
                config.workingDays = days; // empty: no working days, every unlock alarms
        } else if (key == QLatin1String("alarms.hours.timezone")) {
            const QTimeZone zone(value.trimmed().toUtf8());
            if (zone.isValid())
                config.timeZone = zone;
        }
    }
    return config;
}

std::vector<AlarmFinding> AlarmRules::deniedActions(const AlarmInput& input, const AlarmConfig& config)
{
    return countInWindow(input, QString::fromLatin1(AlarmRule::DeniedActions), config.deniedActions,
                         config.deniedThreshold, config.deniedWindowMinutes * MsPerMinute,
                         config.deniedDisablesAccount);
}

std::vector<AlarmFinding> AlarmRules::piiVolume(const AlarmInput& input, const AlarmConfig& config)
{
    return countInWindow(input, QString::fromLatin1(AlarmRule::PiiVolume), config.piiActions,
                         config.piiPerHour, 60 * MsPerMinute, false);
}

std::vector<AlarmFinding> AlarmRules::canaryTouch(const AlarmInput& input, const AlarmConfig& config)
{
    return perRow(
        input, QString::fromLatin1(AlarmRule::CanaryTouch), AlarmSeverity::Critical,
        [&](const AuditRow& row) {
            return config.canaryActions.contains(row.action)
                && input.canaries.contains({row.objectType, row.objectId});
        },
        config.canaryDisablesAccount);
}

bool AlarmRules::withinWorkingHours(const QDateTime& at, const AlarmConfig& config)
{
    const QDateTime local = at.toTimeZone(config.timeZone);
    if (!config.workingDays.contains(local.date().dayOfWeek()))
        return false;
    const QTime time = local.time();
    if (config.hoursStart == config.hoursEnd)
        return true; // the whole day
    if (config.hoursStart > config.hoursEnd) // a night shift, e.g. 22:00-06:00
        return time >= config.hoursStart || time < config.hoursEnd;
    return time >= config.hoursStart && time < config.hoursEnd;
}

std::vector<AlarmFinding> AlarmRules::unlockOutsideHours(const AlarmInput& input, const AlarmConfig& config)
{
    return perRow(
        input, QString::fromLatin1(AlarmRule::UnlockOutsideHours), AlarmSeverity::Warning,
        [&](const AuditRow& row) {
            // The scheduler's unattended jobs (purge-due, verify-audit, backup) run at night by
            // design; its failed unlocks still count.
            if (row.action == QLatin1String("session.unlock") && !row.actorId
                && row.actor == QLatin1String("scheduler"))
                return false;
            return (row.action == QLatin1String("session.unlock")
                    || row.action == QLatin1String("session.unlock-failed"))
                && !withinWorkingHours(row.at, config);
        },
        false);
}

std::vector<AlarmFinding> AlarmRules::chainVerification(const AlarmInput& input, const AlarmConfig&)
{
    std::vector<AlarmFinding> findings = perRow(
        input, QString::fromLatin1(AlarmRule::ChainVerification), AlarmSeverity::Critical,
        [](const AuditRow& row) {
            return row.action == QLatin1String("audit.verified") && row.outcome == QLatin1String("failed");
        },
        false);
    // The one who ran the check found the problem; they are not its subject.
    for (auto& finding : findings) {
        finding.subject.clear();
        finding.subjectId.reset();
    }
    return findings;
}

std::vector<AlarmFinding> AlarmRules::purgeFailed(const AlarmInput& input, const AlarmConfig&)
{
    std::vector<AlarmFinding> findings = perRow(
        input, QString::fromLatin1(AlarmRule::PurgeFailed), AlarmSeverity::Critical,
        [](const AuditRow& row) {
            return row.action == QLatin1String("purge.run") && row.outcome == QLatin1String("failed");
        },
        false);
    // Whoever ran it (often the scheduler) is not the subject: the database is.
    for (auto& finding : findings) {
        finding.subject.clear();
        finding.subjectId.reset();
    }
    return findings;
}

std::vector<AlarmFinding> AlarmRules::evaluate(const AlarmInput& input, const AlarmConfig& config)
{
    std::vector<AlarmFinding> all;
    for (auto rule :
         {&AlarmRules::deniedActions, &AlarmRules::piiVolume, &AlarmRules::canaryTouch,
          &AlarmRules::unlockOutsideHours, &AlarmRules::chainVerification, &AlarmRules::purgeFailed}) {
        auto found = rule(input, config);
        std::move(found.begin(), found.end(), std::back_inserter(all));
    }
    return all;
}

} // namespace dpp
