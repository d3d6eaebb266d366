// Database: one RAII SQLCipher connection opened with a raw 32-byte key, with the pragmas every
// connection of this program runs under. Nothing here shows UI; every failure is a Result.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

struct sqlite3;

namespace dpp {

class Statement;

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::Database)

public:
    enum class OpenMode
    {
        OpenExisting, //!< fails with NotFound when the file is missing
        Create, //!< fails with AlreadyExists when the file exists
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /*!
     * Opens (or creates) the SQLCipher database at path with a raw 32-byte key.
     *
     * The key is handed to sqlite3_key as the string x'<64 hex>' (raw bytes there would be run
     * through the passphrase KDF) and never spliced into SQL text. The key is proved at once by
     * reading sqlite_master; a wrong key gives WrongCredentials ("wrong key or not a DPP Console
     * database") and the file is left byte-identical. Refuses with Unsupported when the library is
     * plain SQLite or SQLCipher older than 4.5. Applies: cipher_memory_security OFF (Database.cpp says why),
     * WAL, secure_delete, temp_store = MEMORY, foreign_keys, busy timeout, synchronous = FULL,
     * cipher_log_level = NONE, and checks that each took effect. A created file is 0600 and
     * its folder must already exist (the caller makes it 0700). OpenExisting refuses an empty
     * file (Corrupt): SQLite would take it for a new database and "prove" any key.
     */
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key, OpenMode mode);

    //! The SQLCipher library version ("4.6.1 community"), empty on plain SQLite.
    static QString cipherVersion();

    const QString& path() const { return m_path; }

    //! Runs SQL without bound values (DDL, pragmas that take no secret). Never for user data.
    Result<void> exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);

    /*!
     * Changes the key with SQLCipher's rekey, in journal_mode=DELETE as SQLCipher requires. Close
     * this Database right after, whatever the result, and prove the key with a fresh connection:
     * SQLCipher 4.6.1 can report success for a rekey that was rolled back (a full disk), and this
     * connection must not write again (see Database.cpp).
     */
    Result<void> rekey(const SecureBytes& newKey);

    /*!
     * Reads and authenticates every page (PRAGMA cipher_integrity_check: the HMAC of each page,
     * free pages included) and checks the b-trees (PRAGMA quick_check). Corrupt when any fails.
     */
    Result<void> checkIntegrity();

    //! PRAGMA wal_checkpoint(TRUNCATE).
    Result<void> checkpoint();

    //! The schema name of the copy while exportCopy() runs finish().
    static constexpr const char* CopySchema = "export_copy";
    /*!
     * Writes a copy of this database to path, which must not exist, encrypted under key (a raw
     * 32-byte key, as open() takes it, bound to ATTACH ... KEY, never in SQL text), through
     * sqlcipher_export: live rows only, so no free page of this file travels with it. The schema
     * version (user_version, which sqlcipher_export leaves at 0) is carried over. finish() runs on
     * this connection before the copy is detached, for statements on "export_copy.<table>". A
     * failure removes path; this database is not changed.
     */
    Result<void> exportCopy(const QString& path, const SecureBytes& key,
                            const std::function<Result<void>()>& finish = {});

    qint64 lastInsertRowId() const;
    int changes() const;

    //! The error text of the last failed call, for building messages.
    QString lastErrorMessage() const;

    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path);
    Result<void> applyPragmas();

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace dpp
