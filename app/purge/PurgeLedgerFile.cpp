// PurgeLedgerFile: see the header.
#include "purge/PurgeLedgerFile.h"

#include <QFile>
#include <QTimeZone>
#include <unistd.h>

namespace dpp {

Result<void> PurgeLedgerFile::append(const QString& path, const QList<LedgerEntry>& entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return Error(
            ErrorCode::Failed,
            tr("Cannot write the purge ledger %1 (%2); nothing was purged.").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray lines;
    for (const LedgerEntry& e : entries) {
        lines += "purged\t" + e.orderId.toUtf8() + '\t' + e.purgedAt.toUTC().toString(Qt::ISODate).toLatin1()
            + '\t' + QByteArray::number(e.runId) + '\t' + e.reason.toLatin1() + '\t'
            + (e.everything ? "everything" : "pii") + '\t'
            + (e.deletionRequestId ? QByteArray::number(*e.deletionRequestId) : QByteArray()) + '\n';
    }
    if (file.write(lines) != lines.size() || ::fsync(file.handle()) != 0)
        return Error(
            ErrorCode::Failed,
            tr("Cannot write the purge ledger %1 (is the disk full?); nothing was purged.").arg(path));
    return success();
}

Result<PurgeLedgerFile::Contents> PurgeLedgerFile::read(const QString& path)
{
    Contents contents;
    QFile file(path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed,
                     tr("Cannot read the purge ledger %1 (%2).").arg(path, file.errorString()));
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (!line.endsWith('\n')) {
            ++contents.unreadableLines; // cut short: its purge never committed
            break;
        }
        line.chop(1);
        const QList<QByteArray> f = line.split('\t');
        bool runOk = false;
        LedgerEntry e;
        if ((f.size() == 5 || f.size() == 7) && f.at(0) == "purged" && !f.at(1).isEmpty()) {
            e.orderId = QString::fromUtf8(f.at(1));
            e.purgedAt = QDateTime::fromString(QString::fromLatin1(f.at(2)), Qt::ISODate);
            e.runId = f.at(3).toLongLong(&runOk);
            e.reason = QString::fromLatin1(f.at(4));
            if (f.size() == 7) {
                e.everything = f.at(5) == "everything";
                bool requestOk = false;
                const qint64 request = f.at(6).toLongLong(&requestOk);
                if (requestOk)
                    e.deletionRequestId = request;
                runOk = runOk && (f.at(5) == "pii" || e.everything);
            }
        }
        if (!runOk || !e.purgedAt.isValid()) {
            ++contents.unreadableLines;
            continue;
        }
        e.purgedAt.setTimeZone(QTimeZone::utc());
        contents.entries.append(e);
    }
    return contents;
}

} // namespace dpp
