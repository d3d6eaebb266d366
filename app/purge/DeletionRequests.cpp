// DeletionRequests: Amazon's deletion and return requests, their countdowns and their fulfilment.
#include "purge/DeletionRequests.h"

#include "audit/AuditLog.h"
#include "common/AtomicFile.h"
#include "crypto/Primitives.h"
#include "orders/OrderExport.h"
#include "orders/OrderStore.h"
#include "purge/Certificate.h"
#include "purge/PurgeEngine.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/BackupRegistry.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimeZone>
#include <algorithm>

namespace dpp {

namespace {

QDateTime timeOf(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

//! Rounds towards minus infinity, so 30 minutes past a deadline is -1 hour, not 0.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

//! A folder beside the database, made 0700 (certificates/, returns/).
Result<QString> folderBesideDatabase(const Vault& vault, const QString& name)
{
    const QString folder = QFileInfo(vault.paths().database()).absoluteDir().filePath(name);
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Failed, DeletionRequests::tr("Cannot make the folder %1.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

} // namespace

DeletionRequests::DeletionRequests(Vault& vault)
    : m_vault(vault)
{ }

Result<QList<BackupRecord>> DeletionRequests::liveBackupsBefore(const QDateTime& before)
{
    return BackupRegistry(m_vault.database()).liveBefore(before, m_vault.clock()());
}

bool DeletionRequests::isValidReference(const QString& reference)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._/:-]{1,64}$"));
    return pattern.match(reference).hasMatch();
}

QString DeletionRequests::actionName(DeletionAction action)
{
    return action == DeletionAction::Return ? QStringLiteral("return") : QStringLiteral("delete");
}

QString DeletionRequests::scopeName(DeletionScope scope)
{
    switch (scope) {
    case DeletionScope::Everything:
        return QStringLiteral("everything");
    case DeletionScope::Orders:
        return QStringLiteral("orders");
    case DeletionScope::PurchaseRange:
        return QStringLiteral("range");
    }
    return {};
}

QString DeletionRequests::statusName(DeletionStatus status)
{
    switch (status) {
    case DeletionStatus::Open:
        return QStringLiteral("open");
    case DeletionStatus::Overdue:
        return QStringLiteral("overdue");
    case DeletionStatus::Fulfilled:
        return QStringLiteral("fulfilled");
    case DeletionStatus::Complete:
        return QStringLiteral("complete");
    }
    return {};
}

QByteArray DeletionRequests::exportAssociatedData(const QString& databaseId, qint64 requestId)
{
    return "dpp-console/return/v1|" + databaseId.toUtf8() + '|' + QByteArray::number(requestId);
}

Result<qint64> DeletionRequests::record(const NewDeletionRequest& request)
{
    DPP_TRY(m_vault.authorize(Permission::DeletionRequestsManage));
    if (!isValidReference(request.reference))
        return Error(ErrorCode::InvalidInput,
                     tr("Amazon's reference has 1 to 64 letters, digits and - _ . / : (no spaces)."));
    const QDateTime now = m_vault.clock()();
    if (!request.receivedAt.isValid() || request.receivedAt > now.addSecs(300))
        return Error(ErrorCode::InvalidInput,
                     tr("Give when Amazon's request was received (not in the future)."));
    QStringList ids;
    if (request.scope == DeletionScope::Orders) {
        for (const QString& raw : request.orderIds) {
            const QString id = raw.trimmed();
            if (id.isEmpty() || id.size() > 64 || id.contains(QLatin1Char(','))
                || id.contains(QLatin1Char('\n')))
                return Error(ErrorCode::InvalidInput, tr("\"%1\" is not an order id.").arg(raw));
            ids << id;
        }
        ids.removeDuplicates();
        if (ids.isEmpty())
            return Error(ErrorCode::InvalidInput, tr("Name the orders the request covers."));
    }
    if (request.scope == DeletionScope::PurchaseRange
        && (!request.from.isValid() || !request.to.isValid() || request.from > request.to))
        return Error(ErrorCode::InvalidInput,
                     tr("Give a purchase-date range whose start is not after its end."));

    Database& db = m_vault.database();
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO deletion_requests (received_at, reference, action, scope, order_ids, range_from, "
        "range_to, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    DPP_TRY(insert);
    insert->bind(1, request.receivedAt.toSecsSinceEpoch())
        .bind(2, request.reference)
        .bind(3, actionName(request.action))
        .bind(4, scopeName(request.scope))
        .bind(5, ids.join(QLatin1Char('\n')));
    if (request.scope == DeletionScope::PurchaseRange) {
        insert->bind(6, request.from.toString(Qt::ISODate)).bind(7, request.to.toString(Qt::ISODate));
    } else {
        insert->bindNull(6);
        insert->bindNull(7);
    }
    insert->bind(8, request.note).bind(9, now.toSecsSinceEpoch()).bind(10, m_vault.session().name());
    DPP_TRY(insert->run());
    const qint64 id = db.lastInsertRowId();
    // The note stays in the database: it may name a buyer, and the audit log holds no free text.
    DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                   {AuditAction::DeletionRequestRecorded, AuditOutcome::Allowed,
                                    QStringLiteral("deletion-request"), QString::number(id),
                                    AuditDetails().reason(actionName(request.action)).count(ids.size())},
                                   now));
    DPP_TRY(tx->commit());
    DPP_TRY(m_vault.audit().publishHead());
    return id;
}

Result<DeletionRequest> DeletionRequests::load(qint64 id)
{
    auto list = m_vault.database().prepare(QStringLiteral(
        "SELECT id, received_at, reference, action, scope, order_ids, range_from, range_to, note, "
        "recorded_at, recorded_by, fulfilled_at, run_id, purged_count, certificate_path, certification_path, "
        "export_path, fulfilled_by FROM deletion_requests WHERE id = ?"));
    DPP_TRY(list);
    list->bind(1, id);
    auto row = list->step();
    DPP_TRY(row);
    if (!row.value())
        return Error(ErrorCode::NotFound, tr("There is no deletion request %1.").arg(id));
    const Statement& s = list.value();
    DeletionRequest r;
    r.id = s.columnInt(0);
    r.receivedAt = timeOf(s.columnInt(1));
    r.reference = s.columnText(2);
    r.action = s.columnText(3) == QLatin1String("return") ? DeletionAction::Return : DeletionAction::Delete;
    const QString scope = s.columnText(4);
    r.scope = scope == QLatin1String("everything") ? DeletionScope::Everything
        : scope == QLatin1String("range")          ? DeletionScope::PurchaseRange
                                                   : DeletionScope::Orders;
    if (!s.columnText(5).isEmpty())
        r.orderIds = s.columnText(5).split(QLatin1Char('\n'));
    r.from = QDate::fromString(s.columnText(6), Qt::ISODate);
    r.to = QDate::fromString(s.columnText(7), Qt::ISODate);
    r.note = s.columnText(8);
    r.recordedAt = timeOf(s.columnInt(9));
    r.recordedBy = s.columnText(10);
    if (!s.columnIsNull(11))
        r.fulfilledAt = timeOf(s.columnInt(11));
    r.runId = s.columnInt(12);
    r.purgedCount = s.columnInt(13);
    r.certificatePath = s.columnText(14);
    r.certificationPath = s.columnText(15);
    r.exportPath = s.columnText(16);
    r.fulfilledBy = s.columnText(17);

    // The DPP's clocks run from Amazon's request: 72 hours to delete, 90 days for every copy.
    const QDateTime now = m_vault.clock()();
    r.deadline72h = r.receivedAt.addSecs(72 * 3600);
    r.deadline90d = r.receivedAt.addDays(90);
    r.hoursLeft72h = floorDiv(now.secsTo(r.deadline72h), 3600);
    r.daysLeft90d = floorDiv(now.secsTo(r.deadline90d), 86400);
    if (!r.fulfilledAt.isValid()) {
        r.status = now < r.deadline72h ? DeletionStatus::Open : DeletionStatus::Overdue;
    } else {
        auto backups = liveBackupsBefore(r.fulfilledAt);
        DPP_TRY(backups);
        r.liveBackups = backups->size();
        if (backups->isEmpty())
            r.status = DeletionStatus::Complete;
        else
            r.status = now < r.deadline90d ? DeletionStatus::Fulfilled : DeletionStatus::Overdue;
    }
    return r;
}

Result<DeletionRequest> DeletionRequests::get(qint64 id)
{
    DPP_TRY(m_vault.authorize(Permission::DeletionRequestsManage));
    return load(id);
}

Result<QList<DeletionRequest>> DeletionRequests::list()
{
    DPP_TRY(m_vault.authorize(Permission::DeletionRequestsManage));
    auto ids = m_vault.database().prepare(
        QStringLiteral("SELECT id FROM deletion_requests ORDER BY received_at DESC, id DESC"));
    DPP_TRY(ids);
    QList<qint64> found;
    while (true) {
        auto row = ids->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        found << ids->columnInt(0);
    }
    QList<DeletionRequest> requests;
    for (qint64 id : found) {
        auto r = load(id);
        DPP_TRY(r);
        requests << std::move(r).value();
    }
    return requests;
}

Result<QStringList> DeletionRequests::resolve(qint64 id)
{
    DPP_TRY(m_vault.authorize(Permission::DeletionRequestsManage));
    auto request = load(id);
    DPP_TRY(request);
    return resolveIds(request.value());
}

Result<QStringList> DeletionRequests::resolveIds(const DeletionRequest& request)
{
    Database& db = m_vault.database();
    QStringList ids;
    if (request.scope == DeletionScope::Orders) {
        // An order purged with its facts is no longer in orders; its tombstone says it is done.
        auto known = db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM orders WHERE order_id = ?1), "
                                               "(SELECT count(*) FROM purge_ledger WHERE order_id = ?1)"));
        DPP_TRY(known);
        QStringList unknown;
        for (const QString& id : request.orderIds) {
            DPP_TRY(known->reset());
            known->bind(1, id);
            DPP_TRY(known->step());
            if (known->columnInt(0) > 0)
                ids << id;
            else if (known->columnInt(1) == 0)
                unknown << id;
        }
        if (!unknown.isEmpty())
            return Error(ErrorCode::NotFound,
                         tr("The request names orders this database does not know: %1.")
                             .arg(unknown.join(QStringLiteral(", "))));
    } else {
        const bool range = request.scope == DeletionScope::PurchaseRange;
        auto stmt
            = db.prepare(range ? QStringLiteral("SELECT order_id FROM orders WHERE purchase_date >= ? AND "
                                                "purchase_date < ? ORDER BY order_id")
                               : QStringLiteral("SELECT order_id FROM orders ORDER BY order_id"));
        DPP_TRY(stmt);
        if (range) {
            stmt->bind(1, request.from.startOfDay(QTimeZone::utc()).toSecsSinceEpoch())
                .bind(2, request.to.addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch());
        }
        auto found = stmt->textColumn();
        DPP_TRY(found);
        ids += found.value();
    }
    ids.sort();
    return ids;
}

Result<QString> DeletionRequests::writeExport(const DeletionRequest& request, const QStringList& ids,
                                              const QString& directory, SecureBytes& keyHex)
{
    auto orders = OrderExport::orders(m_vault, ids, {});
    DPP_TRY(orders);
    const QJsonObject content{{QStringLiteral("format"), QStringLiteral("dpp-console/return-data/v1")},
                              {QStringLiteral("database_id"), m_vault.databaseId()},
                              {QStringLiteral("request_id"), request.id},
                              {QStringLiteral("reference"), request.reference},
                              {QStringLiteral("created_at"), isoUtc(m_vault.clock()())},
                              {QStringLiteral("orders"), orders.value()}};
    QByteArray plain = QJsonDocument(content).toJson(QJsonDocument::Compact);
    const SecureBytes key = SecureBytes::random(crypto::KeySize);
    const QByteArray aad = exportAssociatedData(m_vault.databaseId(), request.id);
    auto sealed = crypto::aesGcmEncrypt(key, plain, aad);
    std::fill(plain.begin(), plain.end(), '\0');
    DPP_TRY(sealed);

    QString folder = directory;
    if (folder.isEmpty()) {
        auto made = folderBesideDatabase(m_vault, QStringLiteral("returns"));
        DPP_TRY(made);
        folder = made.value();
    }
    const QString path = QDir(folder).absoluteFilePath(
        QStringLiteral("return-%1-request-%2.json").arg(m_vault.databaseId()).arg(request.id));
    const QJsonObject file{
        {QStringLiteral("format"), QStringLiteral("dpp-console/return-export/v1")},
        {QStringLiteral("request_id"), request.id},
        {QStringLiteral("reference"), request.reference},
        {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
        {QStringLiteral("associated_data"), QString::fromUtf8(aad)},
        {QStringLiteral("nonce"), QString::fromLatin1(sealed->nonce.toBase64())},
        {QStringLiteral("ciphertext_and_tag"), QString::fromLatin1(sealed->ciphertext.toBase64())}};
    DPP_TRY(writeFileAtomically(path, QJsonDocument(file).toJson(QJsonDocument::Indented)));
    keyHex = key.toHex();
    DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                   {AuditAction::DeletionRequestReturned, AuditOutcome::Allowed,
                                    QStringLiteral("deletion-request"), QString::number(request.id),
                                    AuditDetails().count(orders->size())},
                                   m_vault.clock()()));
    DPP_TRY(m_vault.audit().publishHead());
    return path;
}

Result<SecureBytes> DeletionRequests::openExport(const QString& path, const SecureBytes& keyHex)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("dpp-console/return-export/v1"))
        return Error(ErrorCode::Corrupt, tr("%1 is not a return export of DPP Console.").arg(path));
    QByteArray raw = QByteArray::fromHex(QByteArray(keyHex.chars(), static_cast<qsizetype>(keyHex.size())));
    const SecureBytes key = SecureBytes::takeFrom(raw);
    if (key.size() != crypto::KeySize)
        return Error(ErrorCode::InvalidInput, tr("The key of a return export is 64 hex digits."));
    const crypto::Sealed sealed{
        QByteArray::fromBase64(json.value(QStringLiteral("nonce")).toString().toLatin1()),
        QByteArray::fromBase64(json.value(QStringLiteral("ciphertext_and_tag")).toString().toLatin1())};
    return crypto::aesGcmDecrypt(key, sealed,
                                 json.value(QStringLiteral("associated_data")).toString().toUtf8());
}

Result<QString> DeletionRequests::writeCertification(const DeletionRequest& request,
                                                     const DeletionFulfilment& done, const QString& idsSha256,
                                                     const QString& certificateSha256,
                                                     const QString& exportSha256)
{
    auto folder = folderBesideDatabase(m_vault, QStringLiteral("certificates"));
    DPP_TRY(folder);
    const QString path = QDir(folder.value())
                             .absoluteFilePath(QStringLiteral("certification-of-deletion-request-%1-%2.pdf")
                                                   .arg(m_vault.databaseId())
                                                   .arg(request.id));
    const QDateTime fulfilledAt = m_vault.clock()();
    const qint64 hours = request.receivedAt.secsTo(fulfilledAt) / 3600;
    QString scope;
    switch (request.scope) {
    case DeletionScope::Everything:
        scope = tr("all Amazon Information in this database (order facts and items too)");
        break;
    case DeletionScope::Orders:
        scope = tr("%n listed order(s)", nullptr, static_cast<int>(request.orderIds.size()));
        break;
    case DeletionScope::PurchaseRange:
        scope = tr("orders purchased from %1 to %2 (UTC, both days included)")
                    .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
        break;
    }
    const auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td width=\"35%\"><b>%1</b></td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" "
                         "width=\"100%\">")
              .arg(tr("Certification of an Amazon deletion request").toHtmlEscaped(),
                   tr("DPP Console, database %1").arg(m_vault.databaseId()).toHtmlEscaped());
    html += row(tr("Request"), QString::number(request.id));
    html += row(tr("Amazon's reference"), request.reference);
    html += row(tr("Received (UTC)"), isoUtc(request.receivedAt));
    html += row(tr("Action"),
                request.action == DeletionAction::Return
                    ? tr("return: the data was exported for Amazon (encrypted), then deleted")
                    : tr("delete"));
    html += row(tr("Scope"), scope);
    html += row(tr("Fulfilled (UTC)"),
                tr("%1, %2 hours after receipt (%3)")
                    .arg(isoUtc(fulfilledAt))
                    .arg(hours)
                    .arg(hours < 72 ? tr("within 72 hours") : tr("after the 72 hours")));
    html += row(tr("Fulfilled by"), m_vault.session().displayName());
    html += row(tr("Purge run"),
                done.runId > 0 ? QString::number(done.runId) : tr("none: nothing left to purge"));
    html += row(tr("Orders purged"), QString::number(done.purged));
    html += row(tr("SHA-256 of the purged order ids"), idsSha256);
    if (done.runId > 0)
        html += row(tr("Certificate of sanitization"),
                    tr("%1, SHA-256 %2").arg(QFileInfo(done.certificatePath).fileName(), certificateSha256));
    if (request.action == DeletionAction::Return)
        html += row(tr("Return export"),
                    tr("%1 (AES-256-GCM; the key was handed over separately), SHA-256 %2")
                        .arg(QFileInfo(done.exportPath).fileName(), exportSha256));
    auto backups = liveBackupsBefore(fulfilledAt);
    DPP_TRY(backups);
    if (backups->isEmpty()) {
        html += row(tr("Backups"),
                    tr("No backup that DPP Console made before this request is still live, so none can hold "
                       "the data. Copies made by other means are not known to DPP Console."));
        html += row(tr("Status"),
                    tr("complete: deleted from the live database, and no backup known to hold it"));
    } else {
        QStringList copies;
        QDateTime last;
        for (const BackupRecord& b : backups.value()) {
            copies << tr("%1 (made %2, expires %3)")
                          .arg(b.backupId.left(8), isoUtc(b.createdAt), isoUtc(b.expiresAt));
            last = std::max(last, b.expiresAt);
        }
        html += row(tr("Backups"),
                    tr("Made before this request and still live, so they may hold the data until they expire "
                       "or are destroyed: %1. A restore from any of them replays this purge.")
                        .arg(copies.join(QStringLiteral("; "))));
        html += row(tr("Status"),
                    tr("fulfilled: deleted from the live database; complete once those backups "
                       "have expired or been destroyed, by %1 at the latest")
                        .arg(isoUtc(last)));
    }
    html += QStringLiteral("</table><p>%1</p><p>%2</p><p>%3</p>")
                .arg(tr("I certify that the Amazon Information this request names was %1 as stated above.")
                         .arg(request.action == DeletionAction::Return ? tr("returned to Amazon and deleted")
                                                                       : tr("deleted"))
                         .toHtmlEscaped(),
                     tr("Signature: ______________________________   Date: ______________").toHtmlEscaped(),
                     tr("Name and title: ______________________________").toHtmlEscaped());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Certification of deletion request %1").arg(request.id));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    const QByteArray pdf = buffer.data();
    if (!pdf.startsWith("%PDF-"))
        return Error(ErrorCode::Failed, tr("The certification of the request could not be drawn."));
    DPP_TRY(writeFileAtomically(path, pdf));
    return path;
}

Result<DeletionFulfilment> DeletionRequests::fulfil(qint64 id, const QString& directory)
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::DeletionRequestsManage));
    auto loaded = load(id);
    DPP_TRY(loaded);
    const DeletionRequest& request = loaded.value();
    if (request.fulfilledAt.isValid())
        return Error(ErrorCode::InvalidInput,
                     tr("Deletion request %1 was fulfilled on %2; nothing was done.")
                         .arg(id)
                         .arg(isoUtc(request.fulfilledAt)));
    // Checked before anything is written, so a refusal leaves no export behind.
    DPP_TRY(m_vault.authorizeGuarded(Permission::PurgeExecute));
    if (request.action == DeletionAction::Return)
        DPP_TRY(m_vault.authorizePii(Permission::PiiReveal));
    auto ids = resolveIds(request);
    DPP_TRY(ids);

    DeletionFulfilment done;
    done.requestId = id;
    QString exportSha256;
    if (request.action == DeletionAction::Return) {
        auto written = writeExport(request, ids.value(), directory, done.exportKey);
        DPP_TRY(written);
        done.exportPath = written.value();
        auto fingerprint = Certificate::fingerprint(done.exportPath);
        DPP_TRY(fingerprint);
        exportSha256 = fingerprint.value();
    }

    PurgeEngine engine(m_vault);
    PurgeRequest purge;
    purge.reason = PurgeReason::DeletionRequest;
    purge.orderIds = ids.value();
    purge.deletionRequestId = id;
    purge.deletionRequestReference = request.reference;
    purge.everything = request.scope == DeletionScope::Everything;
    auto run = engine.purge(purge);
    DPP_TRY(run);
    done.runId = run->runId;
    done.purged = run->orderIds.size();
    QString certificateSha256;
    if (run->runId > 0) {
        auto certificate = engine.certify(run.value());
        DPP_TRY(certificate);
        done.certificatePath = certificate.value();
        auto fingerprint = Certificate::fingerprint(done.certificatePath);
        DPP_TRY(fingerprint);
        certificateSha256 = fingerprint.value();
    }
    auto certification = writeCertification(request, done, run->idsSha256, certificateSha256, exportSha256);
    DPP_TRY(certification);
    done.certificationPath = certification.value();
    auto certificationSha256 = Certificate::fingerprint(done.certificationPath);
    DPP_TRY(certificationSha256);

    Database& db = m_vault.database();
    const QDateTime now = m_vault.clock()();
    {
        auto tx = Transaction::begin(db);
        DPP_TRY(tx);
        auto update = db.prepare(QStringLiteral(
            "UPDATE deletion_requests SET fulfilled_at = ?, fulfilled_by = ?, run_id = ?, purged_count = ?, "
            "certificate_path = ?, certification_path = ?, certification_sha256 = ?, export_path = ? "
            "WHERE id = ? AND fulfilled_at IS NULL"));
        DPP_TRY(update);
        update->bind(1, now.toSecsSinceEpoch()).bind(2, m_vault.session().name());
        if (done.runId > 0)
            update->bind(3, done.runId);
        else
            update->bindNull(3);
        update->bind(4, done.purged)
            .bind(5, done.certificatePath)
            .bind(6, done.certificationPath)
            .bind(7, certificationSha256.value())
            .bind(8, done.exportPath)
            .bind(9, id);
        DPP_TRY(update->run());
        DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                       {AuditAction::DeletionRequestFulfilled, AuditOutcome::Allowed,
                                        QStringLiteral("deletion-request"), QString::number(id),
                                        AuditDetails()
                                            .count(done.purged)
                                            .reason(actionName(request.action))
                                            .fingerprint(certificationSha256.value())},
                                       now));
        DPP_TRY(tx->commit());
    }
    DPP_TRY(m_vault.audit().publishHead());
    DPP_TRY(db.checkpoint());
    auto backups = liveBackupsBefore(now);
    DPP_TRY(backups);
    done.complete = backups->isEmpty();
    // A verification that did not pass is audited and alarmed by the engine and shown as FAILED on
    // the certificate; the purge itself committed, so the request is fulfilled all the same.
    done.verified = run->runId == 0 || run->verification.passed();
    done.verificationMethod = run->verification.method;
    return done;
}

} // namespace dpp
