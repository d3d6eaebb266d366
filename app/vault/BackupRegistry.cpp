// BackupRegistry: see the header.
#include "vault/BackupRegistry.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QTimeZone>

namespace dpp {

namespace {

QDateTime timeOf(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

BackupRecord::State stateOf(const QString& name)
{
    if (name == QLatin1String("present"))
        return BackupRecord::State::Present;
    if (name == QLatin1String("destroyed"))
        return BackupRecord::State::Destroyed;
    if (name == QLatin1String("failed"))
        return BackupRecord::State::Failed;
    return BackupRecord::State::Writing;
}

} // namespace

QString BackupRecord::stateName(State state)
{
    switch (state) {
    case State::Writing:
        return QStringLiteral("writing");
    case State::Present:
        return QStringLiteral("present");
    case State::Destroyed:
        return QStringLiteral("destroyed");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

BackupRegistry::BackupRegistry(Database& db)
    : m_db(db)
{ }

Result<QList<BackupRecord>> BackupRegistry::query(const QString& where, const QList<qint64>& values)
{
    auto stmt = m_db.prepare(
        QStringLiteral(
            "SELECT id, backup_id, path, created_at, expires_at, created_by, size, orders, pii_orders, "
            "status, destroyed_at, destroyed_by, destroy_reason FROM backups %1 ORDER BY created_at "
            "DESC, id DESC")
            .arg(where));
    DPP_TRY(stmt);
    for (int i = 0; i < values.size(); ++i)
        stmt->bind(i + 1, values.at(i));
    QList<BackupRecord> records;
    while (true) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        BackupRecord r;
        r.id = stmt->columnInt(0);
        r.backupId = stmt->columnText(1);
        r.path = stmt->columnText(2);
        r.createdAt = timeOf(stmt->columnInt(3));
        r.expiresAt = timeOf(stmt->columnInt(4));
        r.createdBy = stmt->columnText(5);
        r.size = stmt->columnInt(6);
        r.orders = stmt->columnInt(7);
        r.piiOrders = stmt->columnInt(8);
        r.state = stateOf(stmt->columnText(9));
        if (!stmt->columnIsNull(10))
            r.destroyedAt = timeOf(stmt->columnInt(10));
        r.destroyedBy = stmt->columnText(11);
        r.destroyReason = stmt->columnText(12);
        records.append(r);
    }
    return records;
}

Result<QList<BackupRecord>> BackupRegistry::all()
{
    return query({}, {});
}

Result<std::optional<BackupRecord>> BackupRegistry::find(const QString& backupId)
{
    auto records = all();
    DPP_TRY(records);
    for (const BackupRecord& r : records.value())
        if (r.backupId == backupId)
            return std::optional<BackupRecord>(r);
    return std::optional<BackupRecord>();
}

Result<qint64> BackupRegistry::insert(const BackupRecord& record)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO backups (backup_id, path, created_at, expires_at, created_by, size, orders, pii_orders, "
        "status, destroyed_at, destroyed_by, destroy_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    DPP_TRY(stmt);
    stmt->bind(1, record.backupId).bind(2, record.path).bind(3, record.createdAt.toSecsSinceEpoch());
    stmt->bind(4, record.expiresAt.toSecsSinceEpoch()).bind(5, record.createdBy).bind(6, record.size);
    stmt->bind(7, record.orders).bind(8, record.piiOrders).bind(9, BackupRecord::stateName(record.state));
    if (record.destroyedAt.isValid())
        stmt->bind(10, record.destroyedAt.toSecsSinceEpoch());
    else
        stmt->bindNull(10);
    stmt->bind(11, record.destroyedBy).bind(12, record.destroyReason);
    DPP_TRY(stmt->run());
    return m_db.lastInsertRowId();
}

Result<void> BackupRegistry::setState(const QString& backupId, BackupRecord::State state, qint64 size)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE backups SET status = ?, size = CASE WHEN ? > 0 THEN ? ELSE size END WHERE backup_id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, BackupRecord::stateName(state)).bind(2, size).bind(3, size).bind(4, backupId);
    return stmt->run();
}

Result<void> BackupRegistry::markDestroyed(const QString& backupId, const QDateTime& at, const QString& by,
                                           const QString& reason)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE backups SET status = 'destroyed', destroyed_at = ?, "
                                            "destroyed_by = ?, destroy_reason = ? WHERE backup_id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, at.toSecsSinceEpoch()).bind(2, by).bind(3, reason).bind(4, backupId);
    return stmt->run();
}

Result<QList<BackupRecord>> BackupRegistry::liveBefore(const QDateTime& before, const QDateTime& now)
{
    return query(
        QStringLiteral("WHERE created_at <= ? AND expires_at > ? AND status IN ('writing', 'present')"),
        {before.toSecsSinceEpoch(), now.toSecsSinceEpoch()});
}

} // namespace dpp
