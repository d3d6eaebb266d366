// BackupFile: writing, reading, extracting and destroying backup files.
#include "backup/BackupFile.h"

#include "common/AtomicFile.h"
#include "crypto/Primitives.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>
#include <unistd.h>

namespace dpp {

namespace {

constexpr qint64 ChunkSize = 1024 * 1024;
constexpr char FormatName[] = "dpp-console-backup";
constexpr int FormatVersion = 1;

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime parseTime(const QJsonValue& value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

Result<QString> sha256Of(const QString& path, const ByteProgress& progress, qint64 total)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed, BackupFile::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkSize);
        if (chunk.isEmpty())
            return Error(ErrorCode::Failed,
                         BackupFile::tr("Cannot read %1: %2").arg(path, file.errorString()));
        hash.addData(chunk);
        done += chunk.size();
        if (progress && !progress(done, total))
            return Error(ErrorCode::Cancelled,
                         BackupFile::tr("The backup was cancelled; nothing was written."));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<BackupHeader> BackupFile::write(const QString& path, BackupHeader header, const QString& payloadPath,
                                       const ByteProgress& progress)
{
    if (QFile::exists(path))
        return Error(ErrorCode::AlreadyExists,
                     tr("%1 exists already; a backup never replaces a file.").arg(path));
    const qint64 size = QFileInfo(payloadPath).size();
    // Two passes over the copy, each half of the progress: the checksum first (it goes in the header).
    const auto half = [&progress, size](qint64 offset) -> ByteProgress {
        if (!progress)
            return {};
        return [&progress, size, offset](qint64 done, qint64) { return progress(offset + done, 2 * size); };
    };
    auto sha = sha256Of(payloadPath, half(0), size);
    DPP_TRY(sha);
    header.payloadSize = size;
    header.payloadSha256 = sha.value();

    QJsonParseError parseError;
    const QJsonDocument keys = QJsonDocument::fromJson(header.keys, &parseError);
    if (parseError.error != QJsonParseError::NoError || !keys.isObject())
        return Error(ErrorCode::Failed, tr("The backup's key slots could not be written."));
    const QJsonObject json{
        {QStringLiteral("format"), QString::fromLatin1(FormatName)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("backup_id"), header.backupId},
        {QStringLiteral("database_id"), header.databaseId},
        {QStringLiteral("schema_version"), header.schemaVersion},
        {QStringLiteral("created"), isoUtc(header.createdAt)},
        {QStringLiteral("expires"), isoUtc(header.expiresAt)},
        {QStringLiteral("created_by"), header.createdBy},
        {QStringLiteral("source"), header.source},
        {QStringLiteral("orders"), header.orders},
        {QStringLiteral("pii_orders"), header.piiOrders},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("size"), header.payloadSize},
                     {QStringLiteral("sha256"), header.payloadSha256}}},
        {QStringLiteral("keys"), keys.object()},
    };
    const QByteArray lines
        = QByteArray(FirstLine) + '\n' + QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    header.payloadOffset = lines.size();

    auto written = writeFileAtomically(path, [&](const ChunkWriter& write) -> Result<void> {
        if (!write(lines))
            return success(); // the writer reports the short write
        QFile payload(payloadPath);
        if (!payload.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(payloadPath, payload.errorString()));
        const auto report = half(size);
        qint64 done = 0;
        while (!payload.atEnd()) {
            const QByteArray chunk = payload.read(ChunkSize);
            if (chunk.isEmpty())
                return Error(ErrorCode::Failed,
                             tr("Cannot read %1: %2").arg(payloadPath, payload.errorString()));
            if (!write(chunk))
                return success();
            done += chunk.size();
            if (report && !report(done, size))
                return Error(ErrorCode::Cancelled, tr("The backup was cancelled; nothing was written."));
        }
        if (done != size)
            return Error(ErrorCode::Failed, tr("%1 changed while it was copied.").arg(payloadPath));
        return success();
    });
    DPP_TRY(written);
    return header;
}

Result<BackupHeader> BackupFile::readHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, tr("There is no backup at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray first = file.readLine(64);
    if (!first.startsWith("DPP-CONSOLE-BACKUP ") || !first.endsWith('\n'))
        return Error(ErrorCode::Corrupt, tr("%1 is not a backup of DPP Console.").arg(path));
    if (first.chopped(1) != FirstLine)
        return Error(ErrorCode::Unsupported,
                     tr("%1 is a backup in a newer format (%2); update DPP Console to restore it.")
                         .arg(path, QString::fromLatin1(first.chopped(1))));
    const QByteArray second = file.readLine(MaxHeaderSize);
    const auto damaged = [&path](const QString& what) {
        return Error(ErrorCode::Corrupt,
                     tr("The backup %1 is damaged (%2); it cannot be restored.").arg(path, what));
    };
    if (!second.endsWith('\n'))
        return damaged(tr("its header is cut off"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(second.chopped(1), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(tr("its header is not valid JSON"));
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)
        || json.value(QStringLiteral("version")).toInt() != FormatVersion)
        return damaged(tr("its header names another format"));
    BackupHeader header;
    header.backupId = json.value(QStringLiteral("backup_id")).toString();
    header.databaseId = json.value(QStringLiteral("database_id")).toString();
    header.schemaVersion = json.value(QStringLiteral("schema_version")).toInt();
    header.createdAt = parseTime(json.value(QStringLiteral("created")));
    header.expiresAt = parseTime(json.value(QStringLiteral("expires")));
    header.createdBy = json.value(QStringLiteral("created_by")).toString();
    header.source = json.value(QStringLiteral("source")).toString();
    header.orders = json.value(QStringLiteral("orders")).toInteger();
    header.piiOrders = json.value(QStringLiteral("pii_orders")).toInteger();
    const QJsonObject payload = json.value(QStringLiteral("payload")).toObject();
    header.payloadSize = payload.value(QStringLiteral("size")).toInteger(-1);
    header.payloadSha256 = payload.value(QStringLiteral("sha256")).toString();
    header.keys
        = QJsonDocument(json.value(QStringLiteral("keys")).toObject()).toJson(QJsonDocument::Indented);
    header.payloadOffset = first.size() + second.size();
    if (QUuid::fromString(header.backupId).isNull() || QUuid::fromString(header.databaseId).isNull()
        || !header.createdAt.isValid() || !header.expiresAt.isValid() || header.schemaVersion <= 0
        || header.payloadSha256.size() != 64 || !json.value(QStringLiteral("keys")).isObject())
        return damaged(tr("a field of its header is missing or wrong"));
    if (header.payloadSize <= 0 || header.payloadOffset + header.payloadSize != file.size())
        return damaged(tr("it is %1 bytes long, not the %2 its header gives")
                           .arg(file.size())
                           .arg(header.payloadOffset + header.payloadSize));
    return header;
}

Result<void> BackupFile::extractPayload(const QString& path, const BackupHeader& header, const QString& to,
                                        const ByteProgress& progress)
{
    if (QFile::exists(to))
        return Error(ErrorCode::AlreadyExists, tr("%1 exists already; nothing was written.").arg(to));
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly) || !source.seek(header.payloadOffset))
        return Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, source.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto written = writeFileAtomically(to, [&](const ChunkWriter& write) -> Result<void> {
        qint64 done = 0;
        while (done < header.payloadSize) {
            const QByteArray chunk = source.read(std::min(ChunkSize, header.payloadSize - done));
            if (chunk.isEmpty())
                return Error(ErrorCode::Corrupt, tr("The backup %1 is damaged (it ends early).").arg(path));
            hash.addData(chunk);
            if (!write(chunk))
                return success();
            done += chunk.size();
            if (progress && !progress(done, header.payloadSize))
                return Error(ErrorCode::Cancelled, tr("The restore was cancelled; nothing was changed."));
        }
        if (QString::fromLatin1(hash.result().toHex()) != header.payloadSha256)
            return Error(
                ErrorCode::Corrupt,
                tr("The backup %1 is damaged: its database does not match the checksum in its header.")
                    .arg(path));
        return success();
    });
    if (!written) {
        QFile::remove(to);
        return written;
    }
    return success();
}

Result<void> BackupFile::destroy(const QString& path, const QString& backupId)
{
    auto header = readHeader(path);
    if (!header && header.error().code() == ErrorCode::NotFound)
        return header.error();
    if (!header || header->backupId != backupId)
        return Error(ErrorCode::Corrupt,
                     tr("%1 is not the backup %2 any more; it was left as it is.").arg(path, backupId));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return Error(ErrorCode::Failed, tr("Cannot destroy %1: %2").arg(path, file.errorString()));
    // The header holds the backup key sealed to every slot: once it is random, the payload is noise.
    const QByteArray noise = crypto::randomBytes(static_cast<std::size_t>(header->payloadOffset));
    if (file.write(noise) != noise.size() || ::fsync(file.handle()) != 0)
        return Error(ErrorCode::Failed,
                     tr("Cannot destroy %1 (the write failed: %2).").arg(path, file.errorString()));
    file.resize(0);
    (void)::fsync(file.handle());
    file.close();
    if (!QFile::remove(path))
        return Error(
            ErrorCode::Failed,
            tr("%1 was overwritten and can no longer be opened, but could not be removed.").arg(path));
    return success();
}

} // namespace dpp
