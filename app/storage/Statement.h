// Statement: a prepared SQLite statement with bound values only (no SQL built from data).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

struct sqlite3_stmt;

namespace dpp {

class SecureBytes;

class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::Statement)

public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite. Each returns *this for chaining.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QString& value); //!< as TEXT (UTF-8)
    Statement& bind(int index, const QByteArray& value); //!< as BLOB
    Statement& bind(int index, const SecureBytes& value); //!< as BLOB, copied by SQLite (transient)
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<QString>& value);
    //! The index of a named parameter (":now"), 0 when the statement has none of that name.
    int parameterIndex(const QString& name) const;

    //! Steps once: true with a row, false when done; an error is a failed Result.
    Result<bool> step();
    //! Steps until done (for INSERT/UPDATE/DELETE).
    Result<void> run();
    //! Steps until done and returns the first column of every row as text (id lists).
    Result<QStringList> textColumn();
    Result<void> reset(); //!< reset and clear bindings, to run again

    int columnCount() const;
    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, QString sql);
    Statement& remember(int index, int rc); //!< keeps the first bind failure for step()

    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    int m_bindError = 0; //!< first bind failure, reported by step()
    int m_bindErrorIndex = 0; //!< the parameter whose bind failed (its number, never its value)
};

} // namespace dpp
