// Transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

namespace dpp {

class Database;

class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::Transaction)

public:
    static Result<Transaction> begin(Database& db);
    //! A transaction of its own when db is not inside one already; empty when it is (the change
    //! then commits with the caller's transaction).
    static Result<std::optional<Transaction>> beginUnlessActive(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction(); //!< rolls back if still open

    Result<void> commit();
    void rollback();

private:
    explicit Transaction(Database* db);
    Database* m_db = nullptr;
};

} // namespace dpp
