// Transaction: one BEGIN IMMEDIATE ... COMMIT per user action, rolled back unless committed.
#include "storage/Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>
#include <utility>

namespace dpp {

Transaction::Transaction(Database* db)
    : m_db(db)
{ }

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(Database& db)
{
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so a transaction that
    // reads and then writes cannot fail half-way with SQLITE_BUSY on the upgrade.
    if (sqlite3_exec(db.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(ErrorCode::Failed,
                     tr("Cannot start a database transaction: %1").arg(db.lastErrorMessage()));
    return Transaction(&db);
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return Error(ErrorCode::Failed, tr("The database transaction has already ended."));
    if (sqlite3_exec(m_db->handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        // Still open (e.g. busy, or a deferred foreign key fails): the destructor rolls it back.
        return Error(ErrorCode::Failed, tr("Cannot save the changes: %1").arg(m_db->lastErrorMessage()));
    }
    m_db = nullptr;
    return success();
}

Result<std::optional<Transaction>> Transaction::beginUnlessActive(Database& db)
{
    if (!sqlite3_get_autocommit(db.handle()))
        return std::optional<Transaction>();
    auto tx = begin(db);
    DPP_TRY(tx);
    return std::optional<Transaction>(std::move(tx).value());
}

void Transaction::rollback()
{
    Database* db = std::exchange(m_db, nullptr);
    if (!db)
        return;
    // SQLite may already have rolled back by itself (after a disk-full or I/O error); a second
    // ROLLBACK would only fail.
    if (!sqlite3_get_autocommit(db->handle()))
        sqlite3_exec(db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace dpp
