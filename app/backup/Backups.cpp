// Backups: making, listing, destroying and restoring encrypted backups.
#include "backup/Backups.h"

#include "audit/AuditLog.h"
#include "backup/BackupJournal.h"
#include "common/AtomicFile.h"
#include "crypto/KeySlotFile.h"
#include "crypto/Primitives.h"
#include "purge/PurgeEngine.h"
#include "purge/PurgeLedgerFile.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTimeZone>
#include <QUuid>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <unistd.h>

namespace dpp {

namespace {

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

Result<qint64> countOf(Database& db, const QString& sql)
{
    auto stmt = db.prepare(sql);
    DPP_TRY(stmt);
    DPP_TRY(stmt->step());
    return stmt->columnInt(0);
}

//! Makes the rename of a file into folder durable (a power cut must not bring back the old state).
void syncFolder(const QString& folder)
{
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

//! Appends the bytes of from to the file to (both may be missing: then nothing happens).
Result<void> appendFile(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.exists())
        return success();
    if (!source.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed, Backups::tr("Cannot read %1: %2").arg(from, source.errorString()));
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(ErrorCode::Failed, Backups::tr("Cannot write %1: %2").arg(to, target.errorString()));
    target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray bytes = source.readAll();
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += '\n'; // a line a crash cut short stays unreadable, but does not swallow the next
    if (target.write(bytes) != bytes.size() || !target.flush())
        return Error(ErrorCode::Failed, Backups::tr("Cannot write %1 (is the disk full?).").arg(to));
    return success();
}

} // namespace

Backups::Backups(Vault& vault)
    : m_vault(vault)
{ }

Result<BackupRecord> Backups::create(const QString& destination, int expiryDays, const ByteProgress& progress)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::BackupRun));
    if (expiryDays < 1 || expiryDays > MaximumExpiryDays)
        return Error(ErrorCode::InvalidInput,
                     tr("A backup expires after 1 to %1 days: the DPP keeps buyer data at most 30 days after "
                        "shipment, and a backup must not keep it much longer.")
                         .arg(MaximumExpiryDays));
    const QDateTime now = m_vault.clock()();
    QString path = QFileInfo(destination).absoluteFilePath();
    if (QFileInfo(path).isDir()) {
        const QString base = QFileInfo(m_vault.paths().database()).completeBaseName();
        path = QDir(path).filePath(QStringLiteral("%1-%2%3").arg(
            base, now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), QLatin1String(FileSuffix)));
    }
    if (QFileInfo::exists(path))
        return Error(ErrorCode::AlreadyExists,
                     tr("%1 exists already; a backup never replaces a file.").arg(path));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return Error(ErrorCode::NotFound,
                     tr("The folder %1 does not exist (is the drive connected?).")
                         .arg(QFileInfo(path).absolutePath()));

    Database& db = m_vault.database();
    BackupRecord record;
    record.backupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.path = path;
    record.createdAt = now;
    record.expiresAt = now.addDays(expiryDays);
    record.createdBy = m_vault.session().name();
    auto orders = countOf(db, QStringLiteral("SELECT count(*) FROM orders"));
    DPP_TRY(orders);
    auto pii = countOf(db, QStringLiteral("SELECT count(*) FROM orders WHERE pii_state = 'present'"));
    DPP_TRY(pii);
    record.orders = orders.value();
    record.piiOrders = pii.value();

    // The copy's own key, sealed to the same people's slots: the same passwords open it, anywhere.
    const SecureBytes backupKey = SecureBytes::random(crypto::KeySize);
    const QString keyId = KeySlotFile::newKeyId();
    auto backupSlots = m_vault.backupKeySlots(backupKey, keyId);
    DPP_TRY(backupSlots);
    auto keysText = backupSlots->serialize(backupKey, keyId);
    DPP_TRY(keysText);

    // Recorded before the file exists, so a crash mid-way cannot leave a copy nobody knows of.
    BackupRegistry registry(db);
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto inserted = registry.insert(record);
        DPP_TRY(inserted);
        record.id = inserted.value();
        DPP_TRY(tx->commit());
    }
    BackupJournalEntry created{BackupJournalEntry::Event::Created,
                               record.backupId,
                               record.createdAt,
                               record.expiresAt,
                               record.path,
                               record.createdBy,
                               {}};
    const QString copyPath = QFileInfo(path).absoluteDir().filePath(
        QStringLiteral(".%1.part-%2").arg(QFileInfo(path).fileName(), record.backupId.left(8)));
    const auto copyGone = qScopeGuard([&copyPath] {
        QFile::remove(copyPath);
        QFile::remove(copyPath + QStringLiteral("-journal"));
    });
    bool journalled = false;
    const auto failed = [&](const Error& error) -> Error {
        (void)registry.setState(record.backupId, BackupRecord::State::Failed);
        // So a database restored later does not wait for a file that was never written.
        if (journalled)
            (void)BackupJournal::append(m_vault.paths().backupJournal(),
                                        {BackupJournalEntry::Event::Destroyed,
                                         record.backupId,
                                         m_vault.clock()(),
                                         {},
                                         {},
                                         record.createdBy,
                                         QStringLiteral("failed")});
        return error;
    };
    auto journal = BackupJournal::append(m_vault.paths().backupJournal(), created);
    if (!journal)
        return failed(journal.error());
    journalled = true;

    auto exported = db.exportCopy(copyPath, backupKey, [&]() -> Result<void> {
        // The copy knows itself: which backup it is, and until when it may be restored.
        auto own = db.prepare(
            QStringLiteral("UPDATE export_copy.backups SET status = 'present' WHERE backup_id = ?"));
        DPP_TRY(own);
        own->bind(1, record.backupId);
        DPP_TRY(own->run());
        auto meta = db.prepare(QStringLiteral("INSERT OR REPLACE INTO export_copy.meta (key, value) VALUES "
                                              "('backup_id', ?), ('backup_created', ?), "
                                              "('backup_expires', ?)"));
        DPP_TRY(meta);
        meta->bind(1, record.backupId).bind(2, isoUtc(record.createdAt)).bind(3, isoUtc(record.expiresAt));
        return meta->run();
    });
    if (!exported)
        return failed(exported.error());

    BackupHeader header;
    header.backupId = record.backupId;
    header.databaseId = m_vault.databaseId();
    auto version = Schema::version(db);
    if (!version)
        return failed(version.error());
    header.schemaVersion = version.value();
    header.createdAt = record.createdAt;
    header.expiresAt = record.expiresAt;
    header.createdBy = record.createdBy;
    header.source = QFileInfo(m_vault.paths().database()).absoluteFilePath();
    header.orders = record.orders;
    header.piiOrders = record.piiOrders;
    header.keys = keysText.value();
    auto written = BackupFile::write(path, header, copyPath, progress);
    if (!written)
        return failed(written.error());

    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    DPP_TRY(registry.setState(record.backupId, BackupRecord::State::Present,
                              written->payloadOffset + written->payloadSize));
    DPP_TRY(m_vault.audit().append(
        AuditActor::of(m_vault.session()),
        {AuditAction::BackupCreated, AuditOutcome::Allowed, QStringLiteral("backup"), record.backupId,
         AuditDetails().count(record.piiOrders).keyId(keyId).lastTime(record.expiresAt)},
        now));
    DPP_TRY(tx->commit());
    DPP_TRY(m_vault.audit().publishHead());
    record.state = BackupRecord::State::Present;
    record.size = written->payloadOffset + written->payloadSize;
    return record;
}

Result<QList<BackupRecord>> Backups::list()
{
    if (!m_vault.session().can(Permission::BackupRun))
        DPP_TRY(m_vault.authorize(Permission::AuditRead));
    return BackupRegistry(m_vault.database()).all();
}

Result<void> Backups::recordDestroyed(const BackupRecord& record, const QString& reason)
{
    Database& db = m_vault.database();
    const QDateTime now = m_vault.clock()();
    // The journal first: if the commit fails, the file is gone all the same and the journal says so.
    DPP_TRY(BackupJournal::append(m_vault.paths().backupJournal(),
                                  {BackupJournalEntry::Event::Destroyed,
                                   record.backupId,
                                   now,
                                   {},
                                   {},
                                   m_vault.session().name(),
                                   reason}));
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    DPP_TRY(BackupRegistry(db).markDestroyed(record.backupId, now, m_vault.session().name(), reason));
    DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                   {AuditAction::BackupDestroyed, AuditOutcome::Allowed,
                                    QStringLiteral("backup"), record.backupId, AuditDetails().reason(reason)},
                                   now));
    DPP_TRY(tx->commit());
    return m_vault.audit().publishHead();
}

Result<BackupRecord> Backups::destroy(qint64 id, bool fileGone)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::BackupRun));
    auto all = BackupRegistry(m_vault.database()).all();
    DPP_TRY(all);
    const auto found
        = std::find_if(all->begin(), all->end(), [id](const BackupRecord& r) { return r.id == id; });
    if (found == all->end())
        return Error(ErrorCode::NotFound, tr("There is no backup %1.").arg(id));
    BackupRecord record = *found;
    if (record.state == BackupRecord::State::Destroyed || record.state == BackupRecord::State::Failed)
        return Error(ErrorCode::InvalidInput,
                     tr("Backup %1 is %2 already.")
                         .arg(id)
                         .arg(record.state == BackupRecord::State::Destroyed
                                  ? tr("destroyed")
                                  : tr("gone (its write failed)")));
    QString reason = QStringLiteral("manual");
    if (fileGone) {
        if (QFileInfo::exists(record.path))
            return Error(ErrorCode::InvalidInput,
                         tr("The backup is still at %1: destroy it instead of recording it as gone.")
                             .arg(record.path));
        reason = QStringLiteral("gone");
    } else {
        auto destroyed = BackupFile::destroy(record.path, record.backupId);
        if (!destroyed && destroyed.error().code() == ErrorCode::NotFound)
            return Error(
                ErrorCode::NotFound,
                tr("There is no file at %1 (is the drive connected?). Connect it and try again; if the "
                   "copy was destroyed by other means, record it as gone.")
                    .arg(record.path));
        DPP_TRY(destroyed);
    }
    DPP_TRY(recordDestroyed(record, reason));
    record.state = BackupRecord::State::Destroyed;
    record.destroyedAt = m_vault.clock()();
    record.destroyReason = reason;
    return record;
}

Result<Backups::Expiry> Backups::destroyExpired()
{
    DPP_TRY(m_vault.authorize(Permission::BackupRun));
    auto all = BackupRegistry(m_vault.database()).all();
    DPP_TRY(all);
    const QDateTime now = m_vault.clock()();
    Expiry expiry;
    for (const BackupRecord& record : all.value()) {
        const bool open
            = record.state == BackupRecord::State::Present || record.state == BackupRecord::State::Writing;
        if (!open || record.expiresAt > now)
            continue;
        auto destroyed = BackupFile::destroy(record.path, record.backupId);
        if (!destroyed && destroyed.error().code() == ErrorCode::NotFound) {
            if (record.state == BackupRecord::State::Writing) {
                // Its write never finished (a crash): there was never a file to destroy.
                DPP_TRY(BackupRegistry(m_vault.database())
                            .setState(record.backupId, BackupRecord::State::Failed));
                continue;
            }
            expiry.unreachable << record.path;
            continue;
        }
        if (!destroyed) {
            expiry.failed << destroyed.error().message();
            (void)m_vault.audit().append(AuditActor::of(m_vault.session()),
                                         {AuditAction::BackupDestroyed, AuditOutcome::Failed,
                                          QStringLiteral("backup"), record.backupId,
                                          AuditDetails().reason(QStringLiteral("expired"))},
                                         now);
            (void)m_vault.audit().publishHead();
            continue;
        }
        DPP_TRY(recordDestroyed(record, QStringLiteral("expired")));
        ++expiry.destroyed;
    }
    return expiry;
}

Result<RestoreOutcome> Backups::restore(const RestoreRequest& request, const Clock& clock,
                                        const ByteProgress& progress)
{
    auto header = BackupFile::readHeader(request.backupPath);
    DPP_TRY(header);
    const QDateTime now = clock();
    const auto expired = [&](const QDateTime& at) {
        return Error(
            ErrorCode::InvalidInput,
            tr("This backup expired on %1. An expired backup is not restored: it may hold buyer data "
               "past its retention. The console and the scheduler destroy it.")
                .arg(isoUtc(at)));
    };
    if (header->expiresAt <= now)
        return expired(header->expiresAt);
    const VaultPaths target(request.target);
    if (target.exists())
        return Error(
            ErrorCode::AlreadyExists,
            tr("%1 or its key file exists already: a restore never replaces a database. Move it away or "
               "choose another path.")
                .arg(target.database()));
    DPP_TRY(target.prepareFolder());

    // Everything happens in a folder beside the target; only a finished, replayed copy moves in.
    const QString folder = QFileInfo(target.database()).absolutePath();
    const QString staging = QDir(folder).filePath(
        QStringLiteral(".dpp-restore-%1").arg(QString::fromLatin1(crypto::randomBytes(6).toHex())));
    if (!QDir().mkdir(staging))
        return Error(ErrorCode::Failed, tr("Cannot make the folder %1 for the restore.").arg(staging));
    QFile::setPermissions(staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto removeStaging = qScopeGuard([&staging] { QDir(staging).removeRecursively(); });
    const VaultPaths staged(QDir(staging).filePath(QFileInfo(target.database()).fileName()));

    DPP_TRY(writeFileAtomically(staged.keys(), header->keys));
    DPP_TRY(BackupFile::extractPayload(request.backupPath, header.value(), staged.database(), progress));
    // The target's own outside files: its failed sign-ins, its ledger, and the backups it made.
    DPP_TRY(appendFile(target.attempts(), staged.attempts()));
    DPP_TRY(appendFile(target.ledger(), staged.ledger()));
    for (const QString& ledger : request.ledgers) {
        if (!QFileInfo::exists(ledger))
            return Error(ErrorCode::NotFound, tr("There is no purge ledger at %1.").arg(ledger));
        DPP_TRY(appendFile(ledger, staged.ledger()));
    }
    DPP_TRY(appendFile(target.backupJournal(), staged.backupJournal()));

    RestoreOutcome outcome;
    outcome.backup = header.value();
    outcome.target = target.database();
    {
        auto vault = Vault::unlock(staged, request.username, request.password, request.second, clock,
                                   UnlockPurpose::Command);
        DPP_TRY(vault);
        Vault& v = *vault.value();
        // The gate (a password change due) does not stop a restore; the restored sign-in shows it.
        if (!v.session().can(Permission::BackupRestore))
            DPP_TRY(v.authorize(Permission::BackupRestore));
        Database& db = v.database();

        // The copy's own record of itself is authenticated (SQLCipher); the header is not.
        {
            auto meta = db.prepare(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'backup_id'), "
                                                  "(SELECT value FROM meta WHERE key = 'backup_expires')"));
            DPP_TRY(meta);
            DPP_TRY(meta->step());
            if (meta->columnText(0) != header->backupId || v.databaseId() != header->databaseId)
                return Error(ErrorCode::Corrupt,
                             tr("The backup %1 was changed: its header does not match the database inside.")
                                 .arg(request.backupPath));
            const QDateTime expiresInside = QDateTime::fromString(meta->columnText(1), Qt::ISODate);
            if (!expiresInside.isValid() || expiresInside <= now)
                return expired(expiresInside);
        }

        // 1. What the ledgers record as purged is purged again, whatever the copy's holds say.
        auto ledger = PurgeLedgerFile::read(staged.ledger());
        DPP_TRY(ledger);
        outcome.ledgerLinesUnreadable = ledger->unreadableLines;
        std::map<QString, bool> purged; // order id -> the facts went too
        for (const LedgerEntry& e : ledger->entries)
            purged[e.orderId] = purged[e.orderId] || e.everything;
        {
            auto own = db.prepare(QStringLiteral("SELECT order_id, scope FROM purge_ledger"));
            DPP_TRY(own);
            while (true) {
                auto row = own->step();
                DPP_TRY(row);
                if (!row.value())
                    break;
                bool& everything = purged[own->columnText(0)];
                everything = everything || own->columnText(1) == QLatin1String("everything");
            }
        }
        QStringList replayPii, replayEverything;
        {
            auto state = db.prepare(QStringLiteral("SELECT pii_state FROM orders WHERE order_id = ?"));
            DPP_TRY(state);
            for (const auto& [id, everything] : purged) {
                DPP_TRY(state->reset());
                state->bind(1, id);
                auto row = state->step();
                DPP_TRY(row);
                if (!row.value())
                    continue;
                if (everything)
                    replayEverything << id;
                else if (state->columnText(0) == QLatin1String("present"))
                    replayPii << id;
            }
        }
        const QString context = QStringLiteral("restore:") + header->backupId;
        PurgeEngine engine(v);
        const auto runAndCertify = [&](PurgeRequest purge) -> Result<PurgeRun> {
            purge.restoreReplay = true;
            purge.context = context;
            purge.taxArchiveFolder = target.folder(QStringLiteral("tax-archive"));
            auto run = engine.purge(purge);
            DPP_TRY(run);
            if (run->runId > 0) {
                auto certificate = engine.certify(run.value(), target.folder(QStringLiteral("certificates")));
                DPP_TRY(certificate);
                outcome.certificates << certificate.value();
            }
            return run;
        };
        for (const auto& [ids, everything] :
             {std::pair{replayEverything, true}, std::pair{replayPii, false}}) {
            if (ids.isEmpty())
                continue;
            PurgeRequest purge;
            purge.reason = PurgeReason::Selection;
            purge.orderIds = ids;
            purge.everything = everything;
            auto run = runAndCertify(purge);
            DPP_TRY(run);
            outcome.replayed += run->orderIds.size();
        }
        // 2. The retention rules, as of now: what has come due since the backup is purged too.
        PurgeRequest due;
        due.reason = PurgeReason::Due;
        auto dueRun = runAndCertify(due);
        DPP_TRY(dueRun);
        outcome.purgedAsDue = dueRun->orderIds.size();
        outcome.taxHeldLeft = dueRun->taxHeldLeft;

        // 3. The backups made after this one, so they are still destroyed when they expire.
        auto journal = BackupJournal::read(staged.backupJournal());
        DPP_TRY(journal);
        BackupRegistry registry(db);
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        for (const BackupJournalEntry& e : journal.value()) {
            auto known = registry.find(e.backupId);
            DPP_TRY(known);
            if (e.event == BackupJournalEntry::Event::Created && !known->has_value()) {
                BackupRecord learnt;
                learnt.backupId = e.backupId;
                learnt.path = e.path;
                learnt.createdAt = e.at;
                learnt.expiresAt = e.expiresAt;
                learnt.createdBy = e.by;
                learnt.state = BackupRecord::State::Present;
                DPP_TRY(registry.insert(learnt));
                ++outcome.backupsLearned;
            } else if (e.event == BackupJournalEntry::Event::Destroyed && known->has_value()
                       && known->value().state != BackupRecord::State::Destroyed) {
                DPP_TRY(registry.markDestroyed(e.backupId, e.at, e.by, e.reason));
            }
        }
        // The copy knew itself before its file existed: its size only the file tells.
        DPP_TRY(registry.setState(header->backupId, BackupRecord::State::Present,
                                  QFileInfo(request.backupPath).size()));
        auto restored = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('restored_from', ?), ('restored_at', ?)"));
        DPP_TRY(restored);
        restored->bind(1, header->backupId).bind(2, isoUtc(now));
        DPP_TRY(restored->run());
        AuditDetails details;
        details.count(outcome.replayed + outcome.purgedAsDue).firstTime(header->createdAt);
        if (QFileInfo::exists(target.auditHead()))
            details.reason(QStringLiteral("previous-head-kept"));
        DPP_TRY(v.audit().append(AuditActor::of(v.session()),
                                 {AuditAction::BackupRestored, AuditOutcome::Allowed,
                                  QStringLiteral("backup"), header->backupId, details},
                                 now));
        DPP_TRY(tx->commit());
        DPP_TRY(v.audit().publishHead());
        DPP_TRY(db.checkpoint());
    } // the copy is closed here: its -wal is empty and gone

    // 4. Into place. The lost database's audit head is evidence of what the log held: kept aside.
    if (QFileInfo::exists(target.auditHead())) {
        outcome.previousAuditHead = target.auditHead() + QStringLiteral(".before-restore-")
            + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (::rename(QFile::encodeName(target.auditHead()).constData(),
                     QFile::encodeName(outcome.previousAuditHead).constData())
            != 0)
            return Error(ErrorCode::Failed,
                         tr("Cannot keep the previous audit head %1 aside.").arg(target.auditHead()));
    }
    const std::pair<QString, QString> moves[] = {
        {staged.attempts(), target.attempts()},           {staged.ledger(), target.ledger()},
        {staged.backupJournal(), target.backupJournal()}, {staged.auditHead(), target.auditHead()},
        {staged.database(), target.database()},           {staged.keys(), target.keys()},
    };
    // Each rename replaces its file atomically; the database and its key file go last, so the target
    // counts as existing only once everything is there. A failure moves back what had moved.
    std::vector<std::pair<QString, QString>> moved;
    const auto move = [](const QString& from, const QString& to) {
        return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
    };
    for (const auto& [from, to] : moves) {
        if (!QFileInfo::exists(from))
            continue;
        if (!move(from, to)) {
            for (auto it = moved.rbegin(); it != moved.rend(); ++it)
                (void)move(it->second, it->first);
            if (!outcome.previousAuditHead.isEmpty())
                (void)move(outcome.previousAuditHead, target.auditHead());
            return Error(ErrorCode::Failed,
                         tr("Cannot move the restored %1 into place; the target is as it was.")
                             .arg(QFileInfo(to).fileName()));
        }
        moved.emplace_back(from, to);
    }
    syncFolder(folder);
    return outcome;
}

} // namespace dpp
