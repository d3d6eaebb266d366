// PurgeEngine: cryptographic erase and overwrite of orders' buyer data, tombstones, VACUUM,
// checkpoint and verification.
#include "purge/PurgeEngine.h"

#include "audit/AlarmService.h"
#include "audit/AuditLog.h"
#include "orders/OrderSealing.h"
#include "orders/OrderStore.h"
#include "purge/Certificate.h"
#include "purge/PurgeLedgerFile.h"
#include "purge/TaxArchive.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/BackupRegistry.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>
#include <algorithm>
#include <cstring>
#include <unistd.h>
#include <unordered_set>

namespace dpp {

namespace {

//! The bytes a purge must make disappear from every page: each purged order's wrapped data key
//! and each sealed box. Looked for by a 16-byte window (all are longer), then compared whole.
class Needles final
{
public:
    void add(const QByteArray& bytes)
    {
        if (bytes.size() < kWindow)
            return;
        const Prefix prefix = prefixOf(bytes.constData());
        m_filter[filterSlot(prefix.a) / 64] |= 1ULL << (filterSlot(prefix.a) % 64);
        m_prefixes.insert(prefix);
        m_all.push_back(bytes);
    }
    qint64 size() const { return static_cast<qint64>(m_all.size()); }

    //! Whether any needle's first 16 bytes occur in page (then the whole needle is compared).
    bool foundIn(const QByteArray& page) const
    {
        if (m_all.empty())
            return false;
        const char* data = page.constData();
        for (qsizetype at = 0; at + kWindow <= page.size(); ++at) {
            // Most windows fail the one-bit filter on their first 8 bytes; only the rest are hashed whole.
            std::uint64_t first;
            std::memcpy(&first, data + at, 8);
            const std::size_t slot = filterSlot(first);
            if (!(m_filter[slot / 64] & (1ULL << (slot % 64))))
                continue;
            if (!m_prefixes.contains(prefixOf(data + at)))
                continue;
            for (const QByteArray& needle : m_all)
                if (page.indexOf(needle) >= 0)
                    return true;
            return false; // a prefix collision without the whole needle
        }
        return false;
    }

private:
    static constexpr qsizetype kWindow = 16;
    static constexpr std::size_t kFilterBits = std::size_t(1) << 22; // 512 KiB, mostly empty
    struct Prefix
    {
        quint64 a, b;
        bool operator==(const Prefix&) const = default;
    };
    struct Hash
    {
        std::size_t operator()(const Prefix& p) const { return std::hash<quint64>()(p.a * 31 + p.b); }
    };
    static std::size_t filterSlot(std::uint64_t first)
    {
        return static_cast<std::size_t>((first * 0x9E3779B97F4A7C15ULL) >> 42) % kFilterBits;
    }
    static Prefix prefixOf(const char* at)
    {
        Prefix p;
        std::memcpy(&p.a, at, 8);
        std::memcpy(&p.b, at + 8, 8);
        return p;
    }
    std::vector<std::uint64_t> m_filter = std::vector<std::uint64_t>(kFilterBits / 64, 0);
    std::unordered_set<Prefix, Hash> m_prefixes;
    std::vector<QByteArray> m_all;
};

QDateTime timeOf(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

struct Target
{
    qint64 key = 0;
    QString orderId;
    QString basis;
    qint64 dueAt = OrderStore::NoDueDate;
    QString hold;
    bool archive = false; //!< on tax hold: its invoice fields go to the tax archive first
};

} // namespace

PurgeEngine::PurgeEngine(Vault& vault)
    : m_vault(vault)
{ }

QString PurgeEngine::reasonName(PurgeReason reason)
{
    switch (reason) {
    case PurgeReason::Due:
        return QStringLiteral("due");
    case PurgeReason::Selection:
        return QStringLiteral("selection");
    case PurgeReason::DeletionRequest:
        return QStringLiteral("deletion-request");
    }
    return {};
}

Result<QStringList> PurgeEngine::dueOrderIds(Database& db, const QDateTime& now)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT order_id FROM orders WHERE due_at < ? AND pii_state = 'present' AND hold NOT LIKE "
        "'%legal%' ORDER BY due_at, order_id"));
    DPP_TRY(stmt);
    stmt->bind(1, now.toSecsSinceEpoch());
    return stmt->textColumn();
}

Result<QStringList> PurgeEngine::dueOrders()
{
    if (!m_vault.session().can(Permission::PurgeExecute))
        DPP_TRY(m_vault.authorize(Permission::OrdersView));
    return dueOrderIds(m_vault.database(), m_vault.clock()());
}

Result<QStringList> PurgeEngine::purgedOrderIds(qint64 runId)
{
    if (!m_vault.session().can(Permission::PurgeExecute))
        DPP_TRY(m_vault.authorize(Permission::OrdersView));
    auto stmt = m_vault.database().prepare(
        runId > 0 ? QStringLiteral("SELECT order_id FROM purge_ledger WHERE run_id = ? ORDER BY order_id")
                  : QStringLiteral("SELECT order_id FROM purge_ledger WHERE ? = 0 ORDER BY order_id"));
    DPP_TRY(stmt);
    stmt->bind(1, runId);
    return stmt->textColumn();
}

Result<PurgeRun> PurgeEngine::purge(const PurgeRequest& request, const ImportProgress& progress)
{
    auto run = runPurge(request, progress);
    if (run)
        return run;
    switch (run.error().code()) {
    case ErrorCode::PermissionDenied:
    case ErrorCode::StepUpRequired:
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Unsupported:
    case ErrorCode::Cancelled:
        return run;
    default:
        break;
    }
    // Due buyer data is still there: someone must look (the message is the core's, never PII).
    (void)m_vault.audit().append(AuditActor::of(m_vault.session()),
                                 {AuditAction::PurgeRun, AuditOutcome::Failed, QStringLiteral("purge-run"),
                                  QStringLiteral("failed"), AuditDetails().reason(QStringLiteral("error"))},
                                 m_vault.clock()());
    (void)m_vault.audit().publishHead();
    (void)m_vault.alarms().evaluate();
    return run;
}

Result<PurgeRun> PurgeEngine::runPurge(const PurgeRequest& request, const ImportProgress& progress)
{
    // A restore's replay is not a choice of the person restoring: backup.restore carries it.
    const Permission permission
        = request.restoreReplay ? Permission::BackupRestore : Permission::PurgeExecute;
    if (request.restoreReplay)
        DPP_TRY(m_vault.authorize(permission));
    else
        DPP_TRY(m_vault.authorizeGuarded(permission));
    Database& db = m_vault.database();
    PurgeRun run;
    run.reason = request.reason;
    run.context = request.context;
    run.deletionRequestReference = request.deletionRequestReference;
    run.startedAt = m_vault.clock()();
    run.actor = m_vault.session().name();
    run.actorDisplayName = m_vault.session().displayName();
    run.databaseId = m_vault.databaseId();
    run.databasePath = QFileInfo(m_vault.paths().database()).absoluteFilePath();
    run.toolVersion
        = QStringLiteral("DPP Console %1, SQLCipher %2")
              .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(DPP_VERSION)
                                                                    : QCoreApplication::applicationVersion(),
                   Database::cipherVersion());

    // Which orders.
    QStringList ids = request.orderIds;
    if (request.reason == PurgeReason::Due) {
        auto due = dueOrderIds(db, m_vault.clock()());
        DPP_TRY(due);
        ids = due.value();
    }
    // Ledger replay after a restore: holds in the copy are older than the purge the ledger records.
    const bool replay = request.restoreReplay && request.reason == PurgeReason::Selection;
    TaxArchive archive(m_vault);
    const bool canArchive = !replay && archive.canWrite();
    ids.removeDuplicates();
    QList<Target> targets;
    {
        auto find = db.prepare(
            QStringLiteral("SELECT id, due_basis, due_at, hold, pii_state FROM orders WHERE order_id = ?"));
        DPP_TRY(find);
        QStringList unknown, legal, tax;
        for (const QString& id : ids) {
            DPP_TRY(find->reset());
            find->bind(1, id);
            auto row = find->step();
            DPP_TRY(row);
            if (!row.value()) {
                // A replayed tombstone of an order the backup never had is nothing to purge.
                if (!replay)
                    unknown << id;
                continue;
            }
            const QString hold = replay ? QString() : find->columnText(3);
            const bool present = find->columnText(4) == QLatin1String("present");
            if (hold.contains(QLatin1String("legal"))) {
                legal << id;
                continue;
            }
            if (!present && !request.everything)
                continue;
            Target target{find->columnInt(0), id, find->columnText(1), find->columnInt(2), hold};
            if (present && hold.contains(QLatin1String("tax"))) {
                if (!canArchive) {
                    tax << id;
                    continue;
                }
                target.archive = true;
            }
            targets << target;
        }
        if (!unknown.isEmpty())
            return Error(ErrorCode::NotFound,
                         tr("There is no order %1.").arg(unknown.join(QStringLiteral(", "))));
        if (!legal.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         tr("Orders on legal hold are not purged until the hold is released: %1.")
                             .arg(legal.join(QStringLiteral(", "))));
        if (!tax.isEmpty() && request.reason == PurgeReason::Due) {
            // Purge the rest on time; these stay due, and the views and the alarm say so.
            run.taxHeldLeft = tax;
        } else if (!tax.isEmpty()) {
            return Error(ErrorCode::Unsupported,
                         tr("Orders on tax hold need their invoice fields in the tax archive first, and this "
                            "session cannot write it (it needs the PII key, PII access on, and a tax "
                            "archive key): %1. Nothing was purged.")
                             .arg(tax.join(QStringLiteral(", "))));
        }
    }
    if (targets.isEmpty()) {
        run.finishedAt = m_vault.clock()();
        run.idsSha256 = QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
        return run;
    }
    std::sort(targets.begin(), targets.end(),
              [](const Target& a, const Target& b) { return a.orderId < b.orderId; });

    // What must be gone afterwards, read before: each wrapped key and each sealed box.
    Needles needles;
    {
        auto keys = db.prepare(
            QStringLiteral("SELECT wrapped FROM wrapped_keys WHERE owner_type = 'order' AND owner_id = ?"));
        DPP_TRY(keys);
        auto boxes = db.prepare(QStringLiteral("SELECT sealed FROM order_pii WHERE order_key = ?"));
        DPP_TRY(boxes);
        for (const Target& t : targets) {
            DPP_TRY(keys->reset());
            keys->bind(1, t.orderId);
            auto key = keys->step();
            DPP_TRY(key);
            if (key.value())
                needles.add(keys->columnBlob(0));
            DPP_TRY(boxes->reset());
            boxes->bind(1, t.key);
            auto box = boxes->step();
            DPP_TRY(box);
            if (box.value()) {
                auto fields = OrderSealing::unpack(boxes->columnBlob(0));
                DPP_TRY(fields);
                for (const SealedField& f : fields.value())
                    needles.add(f.nonce + f.ciphertext);
            }
        }
    }

    // One transaction: every order purged with its tombstone, or none.
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto insertRun = db.prepare(
            QStringLiteral("INSERT INTO purge_runs (started_at, actor_id, actor, reason, request_id, status, "
                           "context) VALUES (?, ?, ?, ?, ?, 'running', ?)"));
        DPP_TRY(insertRun);
        insertRun->bind(1, run.startedAt.toSecsSinceEpoch());
        if (m_vault.session().principalId() > 0)
            insertRun->bind(2, m_vault.session().principalId());
        else
            insertRun->bindNull(2);
        insertRun->bind(3, run.actor).bind(4, reasonName(request.reason));
        if (request.deletionRequestId)
            insertRun->bind(5, *request.deletionRequestId);
        else
            insertRun->bindNull(5);
        insertRun->bind(6, request.context);
        DPP_TRY(insertRun->run());
        run.runId = db.lastInsertRowId();

        // The invoice fields of orders on tax hold, sealed and synced while they are still there,
        // before anything commits.
        QStringList archived;
        for (const Target& t : targets)
            if (t.archive)
                archived << t.orderId;
        if (!archived.isEmpty()) {
            auto written = archive.write(run.runId, archived, permission, request.taxArchiveFolder);
            DPP_TRY(written);
            run.taxArchived = written->orders;
            run.taxArchivePath = written->path;
            run.taxArchiveSha256 = written->sha256;
        }

        auto dropKey = db.prepare(
            QStringLiteral("DELETE FROM wrapped_keys WHERE owner_type = 'order' AND owner_id = ?"));
        DPP_TRY(dropKey);
        auto dropPii = db.prepare(QStringLiteral("DELETE FROM order_pii WHERE order_key = ?"));
        DPP_TRY(dropPii);
        auto markPurged = db.prepare(QStringLiteral("UPDATE orders SET pii_state = 'purged', masked_name = "
                                                    "'', due_at = ?, updated_at = ? WHERE id = ?"));
        DPP_TRY(markPurged);
        auto dropItems = db.prepare(QStringLiteral("DELETE FROM order_items WHERE order_key = ?"));
        DPP_TRY(dropItems);
        auto dropHolds = db.prepare(QStringLiteral("DELETE FROM order_holds WHERE order_key = ?"));
        DPP_TRY(dropHolds);
        auto dropOrder = db.prepare(QStringLiteral("DELETE FROM orders WHERE id = ?"));
        DPP_TRY(dropOrder);
        auto tombstone = db.prepare(QStringLiteral("INSERT OR REPLACE INTO purge_ledger (order_id, "
                                                   "purged_at, due_basis, run_id, request_id, actor, scope) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        DPP_TRY(tombstone);

        const qint64 now = m_vault.clock()().toSecsSinceEpoch();
        QCryptographicHash idsHash(QCryptographicHash::Sha256);
        qint64 oldest = OrderStore::NoDueDate, newest = 0;
        const auto total = static_cast<qint64>(targets.size());
        for (qint64 i = 0; i < total; ++i) {
            const Target& t = targets.at(i);
            DPP_TRY(dropKey->reset());
            dropKey->bind(1, t.orderId);
            DPP_TRY(dropKey->run());
            DPP_TRY(dropPii->reset());
            dropPii->bind(1, t.key);
            DPP_TRY(dropPii->run());
            if (request.everything) {
                for (Statement* drop : {&dropItems.value(), &dropHolds.value(), &dropOrder.value()}) {
                    DPP_TRY(drop->reset());
                    drop->bind(1, t.key);
                    DPP_TRY(drop->run());
                }
            } else {
                DPP_TRY(markPurged->reset());
                markPurged->bind(1, OrderStore::NoDueDate).bind(2, now).bind(3, t.key);
                DPP_TRY(markPurged->run());
            }
            DPP_TRY(tombstone->reset());
            tombstone->bind(1, t.orderId).bind(2, now).bind(3, t.basis).bind(4, run.runId);
            if (request.deletionRequestId)
                tombstone->bind(5, *request.deletionRequestId);
            else
                tombstone->bindNull(5);
            tombstone->bind(6, run.actor)
                .bind(7, request.everything ? QStringLiteral("everything") : QStringLiteral("pii"));
            DPP_TRY(tombstone->run());
            if (i > 0)
                idsHash.addData("\n");
            idsHash.addData(t.orderId.toUtf8());
            run.orderIds << t.orderId;
            if (t.dueAt != OrderStore::NoDueDate) {
                oldest = std::min(oldest, t.dueAt);
                newest = std::max(newest, t.dueAt);
            }
            if (progress && (i % 1000 == 999 || i == total - 1) && !progress(i + 1, total))
                return Error(ErrorCode::Cancelled, tr("The purge was cancelled; nothing was purged."));
        }
        run.idsSha256 = QString::fromLatin1(idsHash.result().toHex());
        if (oldest != OrderStore::NoDueDate) {
            run.oldestDue = timeOf(oldest);
            run.newestDue = timeOf(newest);
        }
        auto finishRun = db.prepare(QStringLiteral(
            "UPDATE purge_runs SET order_count = ?, ids_sha256 = ?, status = 'done' WHERE id = ?"));
        DPP_TRY(finishRun);
        finishRun->bind(1, total).bind(2, run.idsSha256).bind(3, run.runId);
        DPP_TRY(finishRun->run());
        DPP_TRY(m_vault.audit().append(
            AuditActor::of(m_vault.session()),
            {AuditAction::PurgeRun, AuditOutcome::Allowed, QStringLiteral("purge-run"),
             QString::number(run.runId),
             AuditDetails().count(total).fingerprint(run.idsSha256).reason(reasonName(request.reason))},
            m_vault.clock()()));
        QList<LedgerEntry> tombstones;
        for (const Target& t : targets)
            tombstones.append({t.orderId, timeOf(now), run.runId, reasonName(request.reason),
                               request.everything, request.deletionRequestId});
        DPP_TRY(PurgeLedgerFile::append(m_vault.paths().ledger(), tombstones));
        DPP_TRY(tx->commit());
    }
    DPP_TRY(m_vault.audit().publishHead());

    // No free page keeps old bytes, and the WAL is emptied into the file.
    DPP_TRY(db.exec(QStringLiteral("VACUUM")));
    DPP_TRY(db.checkpoint());

    // Verification (item 2).
    PurgeVerification& v = run.verification;
    {
        auto left = db.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM purge_ledger l JOIN wrapped_keys k ON k.owner_type = 'order' AND "
            "k.owner_id = l.order_id WHERE l.run_id = ?1) + (SELECT count(*) FROM purge_ledger l JOIN orders "
            "o ON "
            "o.order_id = l.order_id JOIN order_pii p ON p.order_key = o.id WHERE l.run_id = ?1)"));
        DPP_TRY(left);
        left->bind(1, run.runId);
        auto row = left->step();
        DPP_TRY(row);
        v.rowsGone = left->columnInt(0) == 0;
        auto free = db.prepare(QStringLiteral("PRAGMA freelist_count"));
        DPP_TRY(free);
        DPP_TRY(free->step());
        v.freePages = free->columnInt(0);
        const QFileInfo wal(m_vault.paths().database() + QStringLiteral("-wal"));
        v.walBytes = wal.exists() ? wal.size() : 0;
    }
    v.needlesSearched = needles.size();
    const Result<void> scanned = m_vault.withDatabaseKey([&](const SecureBytes& key) -> Result<void> {
        QProcess shell;
        shell.start(QStringLiteral("sqlcipher"), {m_vault.paths().database()});
        if (!shell.waitForStarted(10000))
            return Error(
                ErrorCode::Unavailable,
                tr("The sqlcipher shell, which reads every page for the verification, did not start."));
        QByteArray script = "PRAGMA key = \"x'";
        script += key.view().toByteArray().toHex();
        script += "'\";\nPRAGMA cipher_log_level = NONE;\nSELECT hex(data) FROM sqlite_dbpage;\n";
        shell.write(script);
        std::fill(script.begin(), script.end(), '\0');
        shell.closeWriteChannel();
        qint64 pages = 0;
        bool found = false;
        QByteArray pending;
        // One line of hex per page; the shell's answers to the pragmas ("ok") are not pages.
        const auto takeLines = [&] {
            pending += shell.readAllStandardOutput();
            qsizetype start = 0;
            qsizetype end;
            while ((end = pending.indexOf('\n', start)) >= 0) {
                if (end - start >= 1024) {
                    const QByteArray page = QByteArray::fromHex(pending.sliced(start, end - start));
                    ++pages;
                    found = found || needles.foundIn(page);
                }
                start = end + 1;
            }
            pending.remove(0, start); // once per read, not once per page
        };
        while (shell.waitForReadyRead(120000))
            takeLines();
        takeLines();
        shell.waitForFinished(60000);
        if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0 || pages == 0)
            return Error(ErrorCode::Failed, tr("The sqlcipher shell could not read the database's pages."));
        v.pagesScanned = pages;
        v.pagesClean = !found;
        v.method
            = tr("every page read decrypted through sqlite_dbpage (sqlcipher shell %1), free pages included")
                  .arg(Database::cipherVersion());
        return success();
    });
    if (!scanned)
        v.method = scanned.error().message();
    run.finishedAt = m_vault.clock()();

    QJsonObject json{{QStringLiteral("rows_gone"), v.rowsGone},
                     {QStringLiteral("pages_clean"), v.pagesClean},
                     {QStringLiteral("pages_scanned"), v.pagesScanned},
                     {QStringLiteral("needles"), v.needlesSearched},
                     {QStringLiteral("wal_bytes"), v.walBytes},
                     {QStringLiteral("free_pages"), v.freePages},
                     {QStringLiteral("passed"), v.passed()}};
    auto record
        = db.prepare(QStringLiteral("UPDATE purge_runs SET finished_at = ?, verification = ?, status = ? "
                                    "WHERE id = ?"));
    DPP_TRY(record);
    record->bind(1, run.finishedAt.toSecsSinceEpoch())
        .bind(2, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
        .bind(3, v.passed() ? QStringLiteral("done") : QStringLiteral("failed"))
        .bind(4, run.runId);
    DPP_TRY(record->run());
    if (!v.passed()) {
        DPP_TRY(m_vault.audit().append(
            AuditActor::of(m_vault.session()),
            {AuditAction::PurgeRun, AuditOutcome::Failed, QStringLiteral("purge-run"),
             QString::number(run.runId),
             AuditDetails().count(run.orderIds.size()).reason(QStringLiteral("verification"))},
            m_vault.clock()()));
        DPP_TRY(m_vault.audit().publishHead());
        (void)m_vault.alarms().evaluate();
    }
    // The run's bookkeeping went through the WAL again: empty it once more.
    DPP_TRY(db.checkpoint());
    return run;
}

Result<QString> PurgeEngine::certify(const PurgeRun& run, const QString& directory)
{
    if (!run.context.startsWith(QLatin1String("restore:"))
        || !m_vault.session().can(Permission::BackupRestore))
        DPP_TRY(m_vault.authorize(Permission::PurgeExecute));
    if (run.runId <= 0)
        return Error(ErrorCode::InvalidInput, tr("A run that purged nothing has no certificate."));
    const QString folder
        = directory.isEmpty() ? m_vault.paths().folder(QStringLiteral("certificates")) : directory;
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return Error(ErrorCode::Failed, tr("Cannot make the folder %1 for certificates.").arg(folder));
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // A certificate is never replaced: a database restored from a backup numbers its runs again
    // from the backup's, so a replay's run can have the number of one the lost database made.
    QString stem
        = QStringLiteral("certificate-of-sanitization-%1-run-%2").arg(m_vault.databaseId()).arg(run.runId);
    if (run.context.startsWith(QLatin1String("restore:")))
        stem += QStringLiteral("-restore-") + run.context.mid(8, 8);
    QString path = QDir(folder).absoluteFilePath(stem + QStringLiteral(".pdf"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).absoluteFilePath(QStringLiteral("%1-%2.pdf").arg(stem).arg(n));

    CertificateParties parties;
    auto organization = m_vault.setting(QStringLiteral("certificate.organization"), {});
    DPP_TRY(organization);
    parties.organization = organization.value();
    auto location = m_vault.setting(QStringLiteral("certificate.location"), {});
    DPP_TRY(location);
    parties.location = location.value();
    auto contact = m_vault.setting(QStringLiteral("certificate.contact"), {});
    DPP_TRY(contact);
    parties.contact = contact.value();
    if (m_vault.session().isService()) {
        parties.performerName = tr("Scheduler (unattended purge of due orders)");
        parties.performerTitle = tr("Service account of DPP Console");
    } else {
        parties.performerName = m_vault.session().displayName();
        QStringList roles;
        for (Role role : m_vault.session().roles())
            roles << Roles::displayName(role);
        parties.performerTitle = roles.join(QStringLiteral(", "));
    }
    // Data backed up: the backups DPP Console made before the run that may still hold the data.
    auto live = BackupRegistry(m_vault.database()).liveBefore(run.startedAt, m_vault.clock()());
    DPP_TRY(live);
    if (live->isEmpty()) {
        parties.backedUp = CertificateParties::BackedUp::No;
        parties.backupNote
            = tr("No backup that DPP Console made before this run is still live (copies made by "
                 "other means are not known to DPP Console).");
    } else {
        parties.backedUp = CertificateParties::BackedUp::Yes;
        QStringList copies;
        for (const BackupRecord& b : live.value())
            copies << tr("%1, made %2, expires %3, at %4")
                          .arg(b.backupId.left(8), b.createdAt.toString(Qt::ISODate),
                               b.expiresAt.toString(Qt::ISODate), b.path);
        parties.backupNote
            = tr("%1. Restoring a backup replays the purge ledger, so these orders' buyer data "
                 "does not come back; each copy holds it until it expires or is destroyed.")
                  .arg(copies.join(QStringLiteral("; ")));
    }

    auto fingerprint = Certificate::write(run, parties, path);
    DPP_TRY(fingerprint);
    Database& db = m_vault.database();
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    auto stmt = db.prepare(QStringLiteral("UPDATE purge_runs SET certificate_sha256 = ? WHERE id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, fingerprint.value()).bind(2, run.runId);
    DPP_TRY(stmt->run());
    DPP_TRY(
        m_vault.audit().append(AuditActor::of(m_vault.session()),
                               {AuditAction::PurgeCertified, AuditOutcome::Allowed,
                                QStringLiteral("purge-run"), QString::number(run.runId),
                                AuditDetails().count(run.orderIds.size()).fingerprint(fingerprint.value())},
                               m_vault.clock()()));
    DPP_TRY(tx->commit());
    DPP_TRY(m_vault.audit().publishHead());
    DPP_TRY(db.checkpoint());
    return path;
}

Result<qint64> PurgeEngine::verifyCertificate(const QString& path)
{
    if (!m_vault.session().can(Permission::PurgeExecute))
        DPP_TRY(m_vault.authorize(Permission::AuditRead));
    auto fingerprint = Certificate::fingerprint(path);
    DPP_TRY(fingerprint);
    AuditFilter filter;
    filter.action = auditActionName(AuditAction::PurgeCertified);
    auto rows = m_vault.audit().query(filter, std::numeric_limits<qint64>::max(), 100000);
    DPP_TRY(rows);
    for (const AuditRow& row : rows.value()) {
        const QJsonObject details = QJsonDocument::fromJson(row.details.toUtf8()).object();
        if (details.value(QStringLiteral("fingerprint")).toString() == fingerprint.value())
            return row.objectId.toLongLong();
    }
    return Error(ErrorCode::NotFound,
                 tr("%1 is not a certificate this database's audit log records (its SHA-256 is %2): it was "
                    "changed, or it belongs to another database.")
                     .arg(QFileInfo(path).fileName(), fingerprint.value()));
}

} // namespace dpp
