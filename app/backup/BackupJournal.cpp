// BackupJournal: see the header.
#include "backup/BackupJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace dpp {

Result<void> BackupJournal::append(const QString& path, const BackupJournalEntry& entry)
{
    QJsonObject line{{QStringLiteral("backup_id"), entry.backupId},
                     {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("by"), entry.by}};
    if (entry.event == BackupJournalEntry::Event::Created) {
        line.insert(QStringLiteral("event"), QStringLiteral("created"));
        line.insert(QStringLiteral("expires"), entry.expiresAt.toUTC().toString(Qt::ISODate));
        line.insert(QStringLiteral("path"), entry.path);
    } else {
        line.insert(QStringLiteral("event"), QStringLiteral("destroyed"));
        line.insert(QStringLiteral("reason"), entry.reason);
    }
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return Error(ErrorCode::Failed,
                     tr("Cannot write the list of backups %1 (%2).").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || ::fsync(file.handle()) != 0)
        return Error(ErrorCode::Failed,
                     tr("Cannot write the list of backups %1 (is the disk full?).").arg(path));
    return success();
}

Result<QList<BackupJournalEntry>> BackupJournal::read(const QString& path)
{
    QList<BackupJournalEntry> entries;
    QFile file(path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed,
                     tr("Cannot read the list of backups %1 (%2).").arg(path, file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        BackupJournalEntry e;
        e.backupId = json.value(QStringLiteral("backup_id")).toString();
        e.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODate);
        e.by = json.value(QStringLiteral("by")).toString();
        const QString event = json.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("created")) {
            e.event = BackupJournalEntry::Event::Created;
            e.expiresAt
                = QDateTime::fromString(json.value(QStringLiteral("expires")).toString(), Qt::ISODate);
            e.path = json.value(QStringLiteral("path")).toString();
            if (!e.expiresAt.isValid() || e.path.isEmpty())
                continue;
        } else if (event == QLatin1String("destroyed")) {
            e.event = BackupJournalEntry::Event::Destroyed;
            e.reason = json.value(QStringLiteral("reason")).toString();
        } else {
            continue;
        }
        if (!e.backupId.isEmpty() && e.at.isValid())
            entries.append(e);
    }
    return entries;
}

} // namespace dpp
