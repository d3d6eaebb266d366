// AttemptLog: JSON lines, appended and fsync'd.
#include "auth/AttemptLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <fcntl.h>
#include <unistd.h>

namespace dpp {

AttemptLog::AttemptLog(QString path)
    : m_path(std::move(path))
{ }

QString AttemptLog::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::WrongSecret:
        return QStringLiteral("wrong-secret");
    case Outcome::UnknownUser:
        return QStringLiteral("unknown-user");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Locked:
        return QStringLiteral("locked");
    case Outcome::WrongCode:
        return QStringLiteral("wrong-code");
    case Outcome::Released:
        return QStringLiteral("released");
    }
    return {};
}

Result<void> AttemptLog::record(const std::optional<QString>& user, Outcome outcome, const QDateTime& at,
                                const std::optional<LockoutPolicy>& policy)
{
    QJsonObject line{{QStringLiteral("time"), at.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("user"), user ? QJsonValue(*user) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("outcome"), outcomeName(outcome)}};
    if (policy) {
        line.insert(QStringLiteral("lockout"),
                    QJsonObject{{QStringLiteral("threshold"), policy->threshold},
                                {QStringLiteral("window_minutes"), policy->windowMinutes},
                                {QStringLiteral("duration_minutes"), policy->durationMinutes}});
    }
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AttemptLog",
                                                 "Cannot record the failed "
                                                 "attempt in %1.")
                         .arg(m_path));
    const bool ok
        = ::write(fd, text.constData(), static_cast<size_t>(text.size())) == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AttemptLog",
                                                 "Cannot record the failed attempt in %1 (disk "
                                                 "full?).")
                         .arg(m_path));
    return success();
}

std::vector<AttemptLog::Entry> AttemptLog::entries() const
{
    std::vector<Entry> result;
    m_skipped = 0;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Entry entry;
        entry.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        const QString outcome = o.value(QStringLiteral("outcome")).toString();
        if (!entry.time.isValid() || outcome.isEmpty()) {
            ++m_skipped; // a torn last line after a crash, or an edit by hand
            continue;
        }
        if (o.value(QStringLiteral("user")).isString())
            entry.user = o.value(QStringLiteral("user")).toString();
        entry.outcome = outcome == QLatin1String("unknown-user") ? Outcome::UnknownUser
            : outcome == QLatin1String("refused")                ? Outcome::Refused
            : outcome == QLatin1String("succeeded")              ? Outcome::Succeeded
            : outcome == QLatin1String("locked")                 ? Outcome::Locked
            : outcome == QLatin1String("wrong-code")             ? Outcome::WrongCode
            : outcome == QLatin1String("released")               ? Outcome::Released
                                                                 : Outcome::WrongSecret;
        const QJsonObject lockout = o.value(QStringLiteral("lockout")).toObject();
        if (entry.outcome == Outcome::Succeeded && !lockout.isEmpty()) {
            // Read as written; Lockout clamps it, so an edited line can only make it stricter.
            entry.policy = LockoutPolicy{
                lockout.value(QStringLiteral("threshold")).toInt(LockoutPolicy::DefaultThreshold),
                lockout.value(QStringLiteral("window_minutes")).toInt(LockoutPolicy::DefaultWindowMinutes),
                lockout.value(QStringLiteral("duration_minutes"))
                    .toInt(LockoutPolicy::DefaultDurationMinutes)};
        }
        result.push_back(std::move(entry));
    }
    return result;
}

} // namespace dpp
