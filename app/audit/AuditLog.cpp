// AuditLog: appending chained rows, publishing the head, verifying the chain.
#include "audit/AuditLog.h"

#include "auth/Session.h"
#include "common/AtomicFile.h"
#include "crypto/Primitives.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QtEndian>
#include <syslog.h>

namespace dpp {

namespace {

constexpr qsizetype HashSize = 32;

const QByteArray Genesis(HashSize, '\0');

void appendField(QByteArray& out, const QByteArray& field)
{
    // Length-prefixed, so no two different rows serialise to the same bytes.
    char length[4];
    qToBigEndian(static_cast<quint32>(field.size()), length);
    out.append(length, 4);
    out.append(field);
}

AuditRow readRow(const Statement& stmt)
{
    AuditRow row;
    row.seq = stmt.columnInt(0);
    row.at = QDateTime::fromString(stmt.columnText(1), Qt::ISODateWithMs);
    if (!stmt.columnIsNull(2))
        row.actorId = stmt.columnInt(2);
    row.actor = stmt.columnText(3);
    row.action = stmt.columnText(4);
    row.objectType = stmt.columnText(5);
    row.objectId = stmt.columnText(6);
    row.outcome = stmt.columnText(7);
    row.details = stmt.columnText(8);
    row.prevHash = stmt.columnBlob(9);
    row.hash = stmt.columnBlob(10);
    return row;
}

const char* const SelectRows
    = "SELECT seq, at, actor_id, actor, action, object_type, object_id, outcome, details, "
      "prev_hash, hash FROM audit_log";

void toSystemLog(const QString& line)
{
    // A second record that someone with the database key cannot rewrite (journald, syslog).
    static const bool opened = [] {
        openlog("dpp-console", LOG_PID, LOG_AUTHPRIV);
        return true;
    }();
    Q_UNUSED(opened);
    syslog(LOG_INFO, "%s", line.toUtf8().constData());
}

} // namespace

AuditActor AuditActor::of(const Session& session)
{
    return {session.principalId() > 0 ? std::optional<qint64>(session.principalId()) : std::nullopt,
            session.name()};
}

AuditActor AuditActor::system()
{
    return {std::nullopt, QStringLiteral("system")};
}

AuditLog::AuditLog(Database& db, QString headPath, QString databaseId)
    : m_db(db)
    , m_headPath(std::move(headPath))
    , m_databaseId(std::move(databaseId))
{ }

QByteArray AuditLog::chainHash(const SecureBytes& key, const AuditRow& row)
{
    QByteArray message = row.prevHash;
    appendField(message, QByteArray::number(row.seq));
    appendField(message, row.at.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    appendField(message, row.actorId ? QByteArray::number(*row.actorId) : QByteArray());
    appendField(message, row.actor.toUtf8());
    appendField(message, row.action.toUtf8());
    appendField(message, row.objectType.toUtf8());
    appendField(message, row.objectId.toUtf8());
    appendField(message, row.outcome.toUtf8());
    appendField(message, row.details.toUtf8());
    return crypto::hmacSha256(key, message);
}

Result<void> AuditLog::loadKey(bool createIfMissing)
{
    if (!m_key.isEmpty())
        return success();
    auto read = m_db.prepare(QStringLiteral("SELECT key FROM audit_state WHERE id = 1"));
    DPP_TRY(read);
    auto row = read->step();
    DPP_TRY(row);
    if (row.value()) {
        QByteArray key = read->columnBlob(0);
        m_key = SecureBytes::takeFrom(key);
        if (m_key.size() != crypto::KeySize)
            return Error(
                ErrorCode::Corrupt,
                QCoreApplication::translate("dpp::AuditLog", "The audit key in the database is damaged."));
        return success();
    }
    if (!createIfMissing)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("dpp::AuditLog", "The audit log has no key yet."));
    SecureBytes key = SecureBytes::random(crypto::KeySize);
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO audit_state (id, key) VALUES (1, ?)"));
    DPP_TRY(insert);
    insert->bind(1, key);
    DPP_TRY(insert->run());
    m_key = std::move(key);
    return success();
}

Result<qint64> AuditLog::append(const AuditActor& actor, const AuditEvent& event, const QDateTime& at)
{
    auto ownTx = Transaction::beginUnlessActive(m_db);
    DPP_TRY(ownTx);
    std::optional<Transaction> own = std::move(ownTx).value();
    DPP_TRY(loadKey(true));
    auto last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    DPP_TRY(last);
    auto hasLast = last->step();
    DPP_TRY(hasLast);

    AuditRow row;
    row.seq = hasLast.value() ? last->columnInt(0) + 1 : 1;
    row.prevHash = hasLast.value() ? last->columnBlob(1) : Genesis;
    row.at = at.toUTC();
    row.actorId = actor.id;
    row.actor = actor.name;
    row.action = auditActionName(event.action);
    row.objectType = event.objectType;
    row.objectId = event.objectId;
    row.outcome = auditOutcomeName(event.outcome);
    row.details = QString::fromUtf8(QJsonDocument(event.details.json()).toJson(QJsonDocument::Compact));
    row.hash = chainHash(m_key, row);

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, actor_id, actor, action, object_type, object_id, outcome, details, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    DPP_TRY(insert);
    insert->bind(1, row.seq).bind(2, row.at.toString(Qt::ISODateWithMs));
    if (row.actorId)
        insert->bind(3, *row.actorId);
    else
        insert->bindNull(3);
    insert->bind(4, row.actor)
        .bind(5, row.action)
        .bind(6, row.objectType)
        .bind(7, row.objectId)
        .bind(8, row.outcome)
        .bind(9, row.details)
        .bind(10, row.prevHash)
        .bind(11, row.hash);
    DPP_TRY(insert->run());
    if (own) {
        DPP_TRY(own->commit());
        (void)publishHead();
    }
    toSystemLog(QStringLiteral("audit db=%1 seq=%2 actor=%3 action=%4 outcome=%5")
                    .arg(m_databaseId)
                    .arg(row.seq)
                    .arg(row.actor, row.action, row.outcome));
    return row.seq;
}

Result<void> AuditLog::publishHead()
{
    auto last
        = m_db.prepare(QStringLiteral("SELECT seq, hash, (SELECT count(*) FROM audit_log) FROM audit_log "
                                      "ORDER BY seq DESC LIMIT 1"));
    DPP_TRY(last);
    auto row = last->step();
    DPP_TRY(row);
    if (!row.value())
        return success();
    const qint64 seq = last->columnInt(0);
    const QByteArray hash = last->columnBlob(1).toHex();
    const qint64 count = last->columnInt(2);
    toSystemLog(QStringLiteral("audit-head db=%1 seq=%2 hash=%3")
                    .arg(m_databaseId)
                    .arg(seq)
                    .arg(QString::fromLatin1(hash)));

    // The old head must be a row of this log: if the log was cut short or re-chained, the head
    // outside is the evidence, and it is kept rather than overwritten with the forged state.
    DPP_TRY(checkAgainstHead());
    QJsonObject head{{QStringLiteral("format"), QStringLiteral("dpp-console-audit-head")},
                     {QStringLiteral("database_id"), m_databaseId},
                     {QStringLiteral("last_seq"), seq},
                     {QStringLiteral("rows"), count},
                     {QStringLiteral("last_hash"), QString::fromLatin1(hash)},
                     {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return writeFileAtomically(m_headPath, QJsonDocument(head).toJson(QJsonDocument::Indented));
}

Result<void> AuditLog::checkAgainstHead()
{
    QFile headFile(m_headPath);
    if (!headFile.open(QIODevice::ReadOnly))
        return success(); // no head yet (a new database), or it was removed: verify() reports that
    const QJsonObject head = QJsonDocument::fromJson(headFile.readAll()).object();
    const qint64 headSeq = head.value(QStringLiteral("last_seq")).toInteger(-1);
    const QByteArray headHash
        = QByteArray::fromHex(head.value(QStringLiteral("last_hash")).toString().toLatin1());
    if (head.value(QStringLiteral("database_id")).toString() != m_databaseId || headSeq < 1)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "dpp::AuditLog", "The audit head file %1 is damaged or belongs to another database.")
                         .arg(m_headPath));
    auto at = m_db.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    DPP_TRY(at);
    at->bind(1, headSeq);
    auto found = at->step();
    DPP_TRY(found);
    if (!found.value())
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "dpp::AuditLog",
                         "The audit log was cut short: row %1, which the head kept outside vouches "
                         "for, is gone.")
                         .arg(headSeq));
    if (!crypto::constantTimeEquals(at->columnBlob(0), headHash))
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "dpp::AuditLog",
                         "The audit log was re-chained: row %1 is not the row the head kept outside "
                         "vouches for.")
                         .arg(headSeq));
    return success();
}

namespace {

Result<std::vector<AuditRow>> readAll(Statement& stmt)
{
    std::vector<AuditRow> result;
    for (;;) {
        auto next = stmt.step();
        DPP_TRY(next);
        if (!next.value())
            break;
        result.push_back(readRow(stmt));
    }
    return result;
}

} // namespace

Result<std::vector<AuditRow>> AuditLog::rows(qint64 afterSeq, int limit)
{
    auto stmt = m_db.prepare(QString::fromLatin1(SelectRows)
                             + QStringLiteral(" WHERE seq > ? ORDER BY seq LIMIT ?"));
    DPP_TRY(stmt);
    stmt->bind(1, afterSeq).bind(2, limit);
    return readAll(stmt.value());
}

namespace {

// The WHERE clause of a filter; every value is bound, in the order of this list.
QString whereClause(const AuditFilter& filter, QStringList& values)
{
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        values << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (!filter.outcome.isEmpty()) {
        conditions << QStringLiteral("outcome = ?");
        values << filter.outcome;
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<std::vector<AuditRow>> AuditLog::query(const AuditFilter& filter, qint64 beforeSeq, int limit)
{
    QStringList values;
    QString where = whereClause(filter, values);
    if (beforeSeq > 0)
        where = (where.isEmpty() ? QString() : where + QStringLiteral(" AND ")) + QStringLiteral("seq < ?");
    auto stmt = m_db.prepare(QString::fromLatin1(SelectRows)
                             + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                             + QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    DPP_TRY(stmt);
    int index = 1;
    for (const QString& value : values)
        stmt->bind(index++, value);
    if (beforeSeq > 0)
        stmt->bind(index++, beforeSeq);
    stmt->bind(index, limit);
    return readAll(stmt.value());
}

Result<qint64> AuditLog::count(const AuditFilter& filter)
{
    QStringList values;
    const QString where = whereClause(filter, values);
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log")
                             + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    DPP_TRY(stmt);
    int index = 1;
    for (const QString& value : values)
        stmt->bind(index++, value);
    auto row = stmt->step();
    DPP_TRY(row);
    return stmt->columnInt(0);
}

Result<QStringList> AuditLog::distinctActors()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    DPP_TRY(stmt);
    return stmt->textColumn();
}

QByteArray AuditLog::checkpointMac(const SecureBytes& key, const AuditCheckpoint& checkpoint)
{
    return crypto::hmacSha256(key,
                              QStringLiteral("dpp-console/audit-checkpoint/v1|%1|%2|%3|%4")
                                  .arg(checkpoint.seq)
                                  .arg(QString::fromLatin1(checkpoint.hash.toHex()))
                                  .arg(checkpoint.prunedTotal)
                                  .arg(checkpoint.at.toUTC().toString(Qt::ISODateWithMs))
                                  .toUtf8());
}

Result<AuditCheckpoint> AuditLog::readCheckpoint()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_checkpoint'"));
    DPP_TRY(stmt);
    auto row = stmt->step();
    DPP_TRY(row);
    AuditCheckpoint checkpoint;
    if (!row.value())
        return checkpoint;
    const QJsonObject o = QJsonDocument::fromJson(stmt->columnText(0).toUtf8()).object();
    checkpoint.seq = o.value(QStringLiteral("seq")).toInteger();
    checkpoint.hash = QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1());
    checkpoint.prunedTotal = o.value(QStringLiteral("pruned_total")).toInteger();
    checkpoint.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    checkpoint.mac = QByteArray::fromHex(o.value(QStringLiteral("mac")).toString().toLatin1());
    if (checkpoint.seq < 1)
        checkpoint.seq = 1; // damaged: a checkpoint at row 1 whose MAC cannot match
    return checkpoint;
}

Result<qint64> AuditLog::prune(const AuditActor& actor, const QDateTime& cutoff)
{
    auto ownTx = Transaction::beginUnlessActive(m_db);
    DPP_TRY(ownTx);
    std::optional<Transaction> own = std::move(ownTx).value();
    DPP_TRY(loadKey(true));
    // Rows are pruned from the oldest up to the first row at or after the cutoff (failed unlocks
    // are copied in later with their own older times, so "older than" alone could leave gaps),
    // and never the newest row: the chain goes on from it.
    auto bound = m_db.prepare(QStringLiteral("SELECT coalesce((SELECT min(seq) FROM audit_log WHERE at >= "
                                             "?), (SELECT max(seq) FROM audit_log)) - 1"));
    DPP_TRY(bound);
    bound->bind(1, cutoff.toUTC().toString(Qt::ISODateWithMs));
    auto boundRow = bound->step();
    DPP_TRY(boundRow);
    const qint64 upTo = bound->columnIsNull(0) ? 0 : bound->columnInt(0);
    auto previous = readCheckpoint();
    DPP_TRY(previous);
    if (upTo <= previous->seq)
        return qint64(0);
    auto last = m_db.prepare(QStringLiteral("SELECT hash, (SELECT count(*) FROM audit_log WHERE seq <= ?) "
                                            "FROM audit_log WHERE seq = ?"));
    DPP_TRY(last);
    last->bind(1, upTo).bind(2, upTo);
    auto lastRow = last->step();
    DPP_TRY(lastRow);
    if (!lastRow.value())
        return qint64(0);
    AuditCheckpoint checkpoint;
    checkpoint.seq = upTo;
    checkpoint.hash = last->columnBlob(0);
    const qint64 pruned = last->columnInt(1);
    checkpoint.prunedTotal = previous->prunedTotal + pruned;
    checkpoint.at = QDateTime::currentDateTimeUtc();
    checkpoint.mac = checkpointMac(m_key, checkpoint);
    const QJsonObject json{{QStringLiteral("seq"), checkpoint.seq},
                           {QStringLiteral("hash"), QString::fromLatin1(checkpoint.hash.toHex())},
                           {QStringLiteral("pruned_total"), checkpoint.prunedTotal},
                           {QStringLiteral("at"), checkpoint.at.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("mac"), QString::fromLatin1(checkpoint.mac.toHex())}};
    auto store = m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_checkpoint', ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    DPP_TRY(store);
    store->bind(1, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    DPP_TRY(store->run());
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM audit_log WHERE seq <= ?"));
    DPP_TRY(remove);
    remove->bind(1, upTo);
    DPP_TRY(remove->run());
    DPP_TRY(append(actor,
                   {AuditAction::AuditPruned, AuditOutcome::Allowed, QStringLiteral("audit-log"),
                    QString::number(upTo), AuditDetails().count(pruned).lastTime(cutoff)}));
    if (own) {
        DPP_TRY(own->commit());
        (void)publishHead();
    }
    return pruned;
}

Result<AuditVerification> AuditLog::verify()
{
    AuditVerification v;
    auto key = loadKey(false);
    if (!key && key.error().code() != ErrorCode::NotFound)
        return key.error();
    auto fail = [&](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
        return v;
    };
    // After a prune the chain starts at the signed checkpoint instead of the genesis hash.
    QByteArray previous = Genesis;
    qint64 expectedSeq = 1;
    auto checkpoint = readCheckpoint();
    DPP_TRY(checkpoint);
    if (checkpoint->seq > 0) {
        if (m_key.isEmpty()
            || !crypto::constantTimeEquals(checkpointMac(m_key, checkpoint.value()), checkpoint->mac))
            return fail(checkpoint->seq + 1,
                        QCoreApplication::translate("dpp::AuditLog",
                                                    "the checkpoint left by pruning (row %1) was "
                                                    "changed")
                            .arg(checkpoint->seq));
        previous = checkpoint->hash;
        expectedSeq = checkpoint->seq + 1;
    }
    auto stmt
        = m_db.prepare(QString::fromLatin1(SelectRows) + QStringLiteral(" WHERE seq >= ? ORDER BY seq"));
    DPP_TRY(stmt);
    stmt->bind(1, expectedSeq);
    for (;;) {
        auto next = stmt->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        const AuditRow row = readRow(stmt.value());
        if (row.seq != expectedSeq)
            return fail(
                expectedSeq,
                row.seq > expectedSeq
                    ? QCoreApplication::translate("dpp::AuditLog",
                                                  "row %1 is missing (the log goes from row %2 to row %3)")
                          .arg(expectedSeq)
                          .arg(expectedSeq - 1)
                          .arg(row.seq)
                    : QCoreApplication::translate("dpp::AuditLog", "row %1 is out of order").arg(row.seq));
        if (m_key.isEmpty() || !crypto::constantTimeEquals(chainHash(m_key, row), row.hash))
            return fail(row.seq,
                        QCoreApplication::translate(
                            "dpp::AuditLog", "row %1 was changed (its hash does not match its content)")
                            .arg(row.seq));
        if (row.prevHash != previous)
            return fail(row.seq,
                        QCoreApplication::translate(
                            "dpp::AuditLog", "row %1 does not follow row %2 (rows were removed or reordered)")
                            .arg(row.seq)
                            .arg(row.seq - 1));
        previous = row.hash;
        ++expectedSeq;
        ++v.rows;
    }

    // The end of the chain against the head kept outside the database.
    QFile headFile(m_headPath);
    if (!headFile.open(QIODevice::ReadOnly)) {
        if (v.rows == 0)
            return fail(0,
                        QCoreApplication::translate("dpp::AuditLog",
                                                    "the audit log is empty and its head file %1 is missing")
                            .arg(m_headPath));
        return fail(0,
                    QCoreApplication::translate("dpp::AuditLog",
                                                "the head file %1 that vouches for the log's end is missing")
                        .arg(m_headPath));
    }
    const QJsonObject head = QJsonDocument::fromJson(headFile.readAll()).object();
    const qint64 headSeq = head.value(QStringLiteral("last_seq")).toInteger(-1);
    const QByteArray headHash
        = QByteArray::fromHex(head.value(QStringLiteral("last_hash")).toString().toLatin1());
    if (head.value(QStringLiteral("database_id")).toString() != m_databaseId || headSeq < 1)
        return fail(0,
                    QCoreApplication::translate("dpp::AuditLog",
                                                "the head file %1 is damaged or belongs to another database")
                        .arg(m_headPath));
    const qint64 lastSeq = expectedSeq - 1;
    if (headSeq > lastSeq)
        return fail(lastSeq + 1,
                    QCoreApplication::translate(
                        "dpp::AuditLog",
                        "the log was cut short: it ends at row %1, but the head kept outside says row %2")
                        .arg(lastSeq)
                        .arg(headSeq));
    // A log longer than the head is fine (a crash between commit and head write); the row the
    // head names must still be the same row.
    if (auto matches = checkAgainstHead(); !matches)
        return fail(headSeq,
                    QCoreApplication::translate(
                        "dpp::AuditLog",
                        "row %1 is not the row the head kept outside vouches for (the log was re-chained)")
                        .arg(headSeq));
    v.intact = true;
    return v;
}

} // namespace dpp
