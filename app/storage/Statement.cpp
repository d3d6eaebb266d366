// Statement: binding, stepping and reading one prepared SQLite statement; errors never quote values.
#include "storage/Statement.h"

#include "crypto/SecureBytes.h"

#include <cstdint>
#include <sqlite3.h>
#include <utility>

namespace dpp {

namespace {

// SQLITE_TRANSIENT is an old-style cast in a macro; this is the same value without the warning.
// It tells SQLite to copy the value before the bind call returns.
const sqlite3_destructor_type kTransient
    = reinterpret_cast<sqlite3_destructor_type>(static_cast<intptr_t>(-1));

ErrorCode errorCodeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return ErrorCode::InvalidInput;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    default:
        return ErrorCode::Failed;
    }
}

// An empty value becomes a zero-length BLOB: a null pointer would make SQLite store NULL.
int bindBlob(sqlite3_stmt* stmt, int index, const void* data, std::size_t size)
{
    if (!stmt)
        return SQLITE_MISUSE;
    if (size == 0)
        return sqlite3_bind_zeroblob(stmt, index, 0);
    return sqlite3_bind_blob64(stmt, index, data, static_cast<sqlite3_uint64>(size), kTransient);
}

} // namespace

Statement::Statement(sqlite3_stmt* stmt, QString sql)
    : m_stmt(stmt)
    , m_sql(std::move(sql))
{ }

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_bindError(std::exchange(other.m_bindError, 0))
    , m_bindErrorIndex(std::exchange(other.m_bindErrorIndex, 0))
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_sql = std::move(other.m_sql);
        m_bindError = std::exchange(other.m_bindError, 0);
        m_bindErrorIndex = std::exchange(other.m_bindErrorIndex, 0);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt); // a no-op on nullptr (moved-from)
}

// Binds return *this for chaining, so the first failure is kept and reported by step().
Statement& Statement::remember(int index, int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
        m_bindErrorIndex = index;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    return remember(index, m_stmt ? sqlite3_bind_int64(m_stmt, index, value) : SQLITE_MISUSE);
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    // Never a null pointer: SQLite would store NULL instead of an empty text.
    const char* text = utf8.isNull() ? "" : utf8.constData();
    return remember(index,
                    m_stmt
                        ? sqlite3_bind_text64(m_stmt, index, text, static_cast<sqlite3_uint64>(utf8.size()),
                                              kTransient, SQLITE_UTF8)
                        : SQLITE_MISUSE);
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    return remember(index,
                    bindBlob(m_stmt, index, value.constData(), static_cast<std::size_t>(value.size())));
}

Statement& Statement::bind(int index, const SecureBytes& value)
{
    // SQLite copies the bytes into its own memory, which is not wiped when freed (Database.cpp
    // says why cipher_memory_security is off).
    return remember(index, bindBlob(m_stmt, index, value.data(), value.size()));
}

Statement& Statement::bindNull(int index)
{
    return remember(index, m_stmt ? sqlite3_bind_null(m_stmt, index) : SQLITE_MISUSE);
}

Statement& Statement::bind(int index, const std::optional<QString>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

int Statement::parameterIndex(const QString& name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name.toUtf8().constData());
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return Error(ErrorCode::Failed, tr("The database statement is not prepared."));
    // Messages name the parameter number and SQLite's reason, never the value: values may be PII.
    if (m_bindError != 0)
        return Error(ErrorCode::Failed,
                     tr("Cannot bind parameter %1 of a database statement: %2")
                         .arg(m_bindErrorIndex)
                         .arg(QString::fromUtf8(sqlite3_errstr(m_bindError))));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Error(errorCodeFor(rc),
                 tr("A database statement failed: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)))));
}

Result<void> Statement::run()
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return success();
    }
}

Result<QStringList> Statement::textColumn()
{
    QStringList texts;
    for (;;) {
        auto row = step();
        DPP_TRY(row);
        if (!row.value())
            return texts;
        texts << columnText(0);
    }
}

Result<void> Statement::reset()
{
    if (!m_stmt)
        return Error(ErrorCode::Failed, tr("The database statement is not prepared."));
    m_bindError = 0;
    m_bindErrorIndex = 0;
    sqlite3_clear_bindings(m_stmt);
    // sqlite3_reset repeats the error of the last step; that error was already reported by step().
    sqlite3_reset(m_stmt);
    return success();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

qint64 Statement::columnInt(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

QString Statement::columnText(int column) const
{
    if (!m_stmt)
        return {};
    // Text first, then its length: the order SQLite documents for a value that may be converted.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    if (!m_stmt)
        return {};
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::columnIsNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace dpp
