// Database: opens the SQLCipher connection, proves the key, applies and checks the connection pragmas.
#include "storage/Database.h"

#include "storage/Statement.h"

#include <QFile>
#include <QFileInfo>
#include <QVersionNumber>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dpp {

namespace {

constexpr std::size_t kKeySize = 32;

// The files SQLite keeps beside the database. A stale one beside a new database would be replayed
// into it, so Create refuses when any exists.
constexpr std::array<const char*, 3> kSideSuffixes{"-wal", "-shm", "-journal"};

QString sqliteMessage(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

ErrorCode errorCodeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_CANTOPEN:
        return ErrorCode::NotFound;
    default:
        return ErrorCode::Failed;
    }
}

struct QueryResult
{
    int rc = SQLITE_OK;
    QString text; //!< first column of the first row; empty when there is no row
    QString message; //!< sqlite's error text when rc is not SQLITE_OK
};

// Runs one fixed statement (no bound values) and returns the first column of its first row.
QueryResult queryText(sqlite3* db, const char* sql)
{
    QueryResult result;
    sqlite3_stmt* stmt = nullptr;
    result.rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (result.rc == SQLITE_OK) {
        result.rc = sqlite3_step(stmt);
        if (result.rc == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            result.text = QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0));
            result.rc = SQLITE_OK;
        } else if (result.rc == SQLITE_DONE) {
            result.rc = SQLITE_OK;
        }
    }
    if (result.rc != SQLITE_OK)
        result.message = sqliteMessage(db);
    sqlite3_finalize(stmt);
    return result;
}

// SQLCipher's raw-key form x'<64 hex>' in wiping memory. Raw bytes handed to sqlite3_key would be
// taken as a passphrase and run through PBKDF2; the x'' form uses the 32 bytes as the key itself.
SecureBytes rawKeyString(const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes raw(hex.size() + 3);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    std::memcpy(raw.data() + 2, hex.data(), hex.size());
    raw.data()[raw.size() - 1] = '\'';
    return raw;
}

bool isPlainSqliteFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with the NUL, as in the file
    return file.read(sizeof kMagic) == QByteArray(kMagic, sizeof kMagic);
}

bool sideFileExists(const QByteArray& nativePath, const char* suffix)
{
    struct stat st = {};
    return ::lstat(QByteArray(nativePath + suffix).constData(), &st) == 0;
}

// Removes a database file this call created (and what SQLite put beside it) when the open fails
// afterwards, so a failed Create leaves nothing behind and can be retried.
class CreatedFileGuard final
{
public:
    explicit CreatedFileGuard(QByteArray nativePath)
        : m_nativePath(std::move(nativePath))
    { }
    ~CreatedFileGuard()
    {
        if (!m_armed)
            return;
        ::unlink(m_nativePath.constData());
        for (const char* suffix : kSideSuffixes)
            ::unlink(QByteArray(m_nativePath + suffix).constData());
    }
    CreatedFileGuard(const CreatedFileGuard&) = delete;
    CreatedFileGuard& operator=(const CreatedFileGuard&) = delete;

    void arm() { m_armed = true; }
    void dismiss() { m_armed = false; }

private:
    QByteArray m_nativePath;
    bool m_armed = false;
};

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    // close_v2: a Statement that outlives its Database still finalizes safely.
    sqlite3_close_v2(m_db);
}

QString Database::cipherVersion()
{
    static const QString version = [] {
        sqlite3* db = nullptr;
        QString text;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK)
            text = queryText(db, "PRAGMA cipher_version").text; // plain SQLite ignores it: no row
        sqlite3_close_v2(db);
        return text;
    }();
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key, OpenMode mode)
{
    if (key.size() != kKeySize)
        return Error(ErrorCode::InvalidInput, tr("The database key must be %1 bytes long.").arg(kKeySize));

    // Plain SQLite (or SQLCipher 3, where unknown cipher pragmas are silently ignored) would write
    // the data unencrypted or without HMAC-SHA512 page authentication: refuse before touching a file.
    const QString cipher = cipherVersion();
    if (cipher.isEmpty()
        || QVersionNumber::fromString(cipher)
            < QVersionNumber::fromString(QStringLiteral(DPP_MIN_SQLCIPHER))) {
        const QString found = cipher.isEmpty() ? tr("plain SQLite") : tr("SQLCipher %1").arg(cipher);
        return Error(ErrorCode::Unsupported,
                     tr("This build uses %1; DPP Console needs SQLCipher %2 or newer.")
                         .arg(found, QStringLiteral(DPP_MIN_SQLCIPHER)));
    }

    const QString fileName = QFileInfo(path).fileName();
    // An absolute path: SQLite never reads it as a "file:" URI with options.
    const QByteArray nativePath = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    CreatedFileGuard createdFile(nativePath);

    if (mode == OpenMode::OpenExisting) {
        struct stat st = {};
        if (::stat(nativePath.constData(), &st) != 0) {
            if (errno == ENOENT)
                return Error(ErrorCode::NotFound, tr("The database file %1 does not exist.").arg(path));
            return Error(ErrorCode::Failed,
                         tr("Cannot read the database file %1: %2")
                             .arg(path, QString::fromLocal8Bit(strerror(errno))));
        }
        if (!S_ISREG(st.st_mode))
            return Error(ErrorCode::InvalidInput, tr("%1 is not a regular file.").arg(path));
        // SQLite takes an empty file for a new, empty database, and the key read below would then
        // "prove" any key. An empty file is no DPP Console database (a Create always writes one).
        if (st.st_size == 0)
            return Error(
                ErrorCode::Corrupt,
                tr("The database file %1 is empty; it is not a DPP Console database.").arg(fileName));
    } else {
        for (const char* suffix : kSideSuffixes) {
            if (sideFileExists(nativePath, suffix))
                return Error(ErrorCode::AlreadyExists,
                             tr("A file %1 from an older database lies beside %2; move it away first.")
                                 .arg(fileName + QLatin1String(suffix), path));
        }
        // O_EXCL: never take over an existing file (nor follow a symlink planted at the path);
        // 0600 from the first byte, whatever the umask. SQLite gives -wal and -shm the mode of the
        // main file, so they are 0600 too.
        const int fd
            = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            const int err = errno;
            if (err == EEXIST)
                return Error(
                    ErrorCode::AlreadyExists,
                    tr("The database file %1 already exists; DPP Console does not overwrite it.").arg(path));
            if (err == ENOENT)
                return Error(ErrorCode::NotFound,
                             tr("The folder for the database file %1 does not exist.").arg(path));
            return Error(ErrorCode::Failed,
                         tr("Cannot create the database file %1: %2")
                             .arg(path, QString::fromLocal8Bit(strerror(err))));
        }
        createdFile.arm();
        const bool modeSet = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
        ::close(fd);
        if (!modeSet)
            return Error(ErrorCode::Failed, tr("Cannot restrict the permissions of %1.").arg(path));
    }

    // Declared after createdFile, so the connection is closed before a failed Create removes the file.
    std::unique_ptr<Database> database;
    {
        sqlite3* handle = nullptr;
        const int flags = SQLITE_OPEN_READWRITE | (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);
        const int rc = sqlite3_open_v2(nativePath.constData(), &handle, flags, nullptr);
        database.reset(new Database(handle, path)); // owns the handle even when the open failed
        if (rc != SQLITE_OK)
            return Error(
                errorCodeFor(rc),
                tr("Cannot open the database file %1: %2")
                    .arg(path, handle ? sqliteMessage(handle) : QString::fromUtf8(sqlite3_errstr(rc))));
    }
    sqlite3* db = database->m_db;

    // SQLCipher's memory security (mlock and wipe of every SQLite allocation) stays off, as is its
    // default since 4.5, and it is set so, not left to the default: measured on an import of
    // 100,000 orders it made the import 6.5 times slower (81.8 s against 12.5 s, nearly all in
    // mlock/munlock), and once on it cannot be turned off for the process. What it would guard is
    // what the page cache holds in clear: order facts and masked forms, never buyer data, which is
    // sealed per order before it reaches SQLite (docs/orders-format.md). The database key and
    // SQLCipher's key schedule are wiped on release either way; our own keys live in sodium_malloc
    // memory, and the process is not dumpable and writes no core (ProcessHardening).
    sqlite3_exec(db, "PRAGMA cipher_memory_security = OFF", nullptr, nullptr, nullptr);

    {
        const SecureBytes raw = rawKeyString(key);
        if (sqlite3_key(db, raw.data(), static_cast<int>(raw.size())) != SQLITE_OK)
            return Error(ErrorCode::Failed, tr("Cannot set the database key: %1").arg(sqliteMessage(db)));
    }

    // After the key: attaching the key initialises SQLCipher's logging, which resets a level set
    // earlier to WARN (seen with 4.6.1). NONE keeps the "hmac check failed" lines of a wrong key off
    // stderr; the caller reports the failure itself.
    sqlite3_exec(db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);

    // sqlite3_key does not check the key; the first read of page 1 does. It fails with NOTADB on a
    // wrong key and before anything is written, so the file stays byte-identical.
    const QueryResult proof = queryText(db, "SELECT count(*) FROM sqlite_master");
    if (proof.rc != SQLITE_OK) {
        if ((proof.rc & 0xff) == SQLITE_NOTADB) {
            if (isPlainSqliteFile(path))
                return Error(
                    ErrorCode::InvalidInput,
                    tr("%1 is an unencrypted SQLite database, not a DPP Console database.").arg(fileName));
            return Error(ErrorCode::WrongCredentials,
                         tr("Wrong key, or not a DPP Console database: %1").arg(fileName));
        }
        return Error(errorCodeFor(proof.rc),
                     tr("Cannot read the database %1: %2").arg(fileName, proof.message));
    }

    DPP_TRY(database->applyPragmas());
    createdFile.dismiss();
    return database;
}

Result<void> Database::applyPragmas()
{
    struct Setting
    {
        const char* set;
        const char* query;
        const char* expected; //!< what the query returns once the setting holds
    };
    static constexpr Setting kSettings[] = {
        // First, so that switching to WAL waits for a concurrent writer instead of failing.
        {"PRAGMA busy_timeout = 5000", "PRAGMA busy_timeout", "5000"},
        // Set again (harmless) so that it is checked like the others.
        {"PRAGMA cipher_memory_security = OFF", "PRAGMA cipher_memory_security", "0"},
        {"PRAGMA cipher_log_level = NONE", "PRAGMA cipher_log_level", "NONE"},
        {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode", "wal"},
        // Deleted rows are overwritten with zeros, not left in free pages (purge of PII, DPP).
        {"PRAGMA secure_delete = ON", "PRAGMA secure_delete", "1"},
        // This SQLCipher is built with TEMP_STORE=1: without this, sorts and temporary tables (which
        // may hold decrypted PII) go to unencrypted temporary files.
        {"PRAGMA temp_store = MEMORY", "PRAGMA temp_store", "2"},
        {"PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1"},
        // FULL, not WAL's usual NORMAL: NORMAL may lose the last commits on power loss, and these are
        // audit rows, purge tombstones and deletion records that must survive once reported as done.
        {"PRAGMA synchronous = FULL", "PRAGMA synchronous", "2"},
        // 64 MiB of page cache (the default is 2 MiB): a large import keeps the order indexes in
        // memory, well within the console's 200 MB memory goal (tests/bench/OrdersBench measures
        // both). Pages in the cache are decrypted; they hold no buyer data in clear (see above).
        {"PRAGMA cache_size = -65536", "PRAGMA cache_size", "-65536"},
    };
    for (const Setting& setting : kSettings) {
        const int rc = sqlite3_exec(m_db, setting.set, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return Error(errorCodeFor(rc),
                         tr("Cannot apply the database setting \"%1\": %2")
                             .arg(QString::fromUtf8(setting.set), sqliteMessage(m_db)));
        const QueryResult check = queryText(m_db, setting.query);
        if (check.rc != SQLITE_OK)
            return Error(errorCodeFor(check.rc),
                         tr("Cannot read the database setting \"%1\": %2")
                             .arg(QString::fromUtf8(setting.query), check.message));
        if (check.text.compare(QLatin1String(setting.expected), Qt::CaseInsensitive) != 0)
            return Error(ErrorCode::Failed,
                         tr("The database setting \"%1\" did not take effect (it reads \"%2\").")
                             .arg(QString::fromUtf8(setting.set), check.text));
    }
    return success();
}

Result<void> Database::exec(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Error(errorCodeFor(rc), tr("A database command failed: %1").arg(sqliteMessage(m_db)));
    return success();
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Error(errorCodeFor(rc),
                     tr("Cannot prepare a database statement: %1").arg(sqliteMessage(m_db)));
    }
    if (!stmt)
        return Error(ErrorCode::InvalidInput, tr("The database statement is empty."));
    // A second statement after the first would be silently ignored by sqlite3_prepare.
    const QByteArray rest = QByteArray(tail, utf8.constData() + utf8.size() - tail).trimmed();
    if (!rest.isEmpty() && rest != ";") {
        sqlite3_finalize(stmt);
        return Error(ErrorCode::InvalidInput,
                     tr("A prepared database statement may hold only one SQL command."));
    }
    return Statement(stmt, sql);
}

Result<void> Database::rekey(const SecureBytes& newKey)
{
    if (newKey.size() != kKeySize)
        return Error(ErrorCode::InvalidInput, tr("The database key must be %1 bytes long.").arg(kKeySize));
    if (!sqlite3_get_autocommit(m_db))
        return Error(ErrorCode::Failed, tr("The database key cannot be changed inside a transaction."));

    // SQLCipher's rekey rewrites every page through the rollback journal; it does not work in WAL mode.
    const QueryResult toDelete = queryText(m_db, "PRAGMA journal_mode = DELETE");
    if (toDelete.rc != SQLITE_OK || toDelete.text.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::Failed,
                     tr("Cannot prepare the database for a new key (is another program using it?): %1")
                         .arg(toDelete.rc != SQLITE_OK ? toDelete.message : toDelete.text));

    int rc = SQLITE_OK;
    {
        const SecureBytes raw = rawKeyString(newKey);
        rc = sqlite3_rekey(m_db, raw.data(), static_cast<int>(raw.size()));
    }
    // Nothing more runs on this connection: SQLCipher 4.6.1 returns SQLITE_OK from a rekey whose
    // journal write failed and was rolled back, and the connection then writes with the new key
    // while the file keeps the old one; one more statement (even the switch back to WAL) would
    // leave pages under both keys. The caller closes this Database and proves the key with a
    // fresh connection.
    if (rc != SQLITE_OK)
        return Error(errorCodeFor(rc), tr("Cannot change the database key: %1").arg(sqliteMessage(m_db)));
    return success();
}

Result<void> Database::checkIntegrity()
{
    // cipher_integrity_check lists the pages whose HMAC fails; no row means every page is sound.
    auto pages = prepare(QStringLiteral("PRAGMA cipher_integrity_check"));
    DPP_TRY(pages);
    auto badPage = pages->step();
    DPP_TRY(badPage);
    if (badPage.value())
        return Error(ErrorCode::Corrupt,
                     tr("The database file %1 has pages that do not authenticate: %2")
                         .arg(QFileInfo(m_path).fileName(), pages->columnText(0)));
    auto trees = prepare(QStringLiteral("PRAGMA quick_check"));
    DPP_TRY(trees);
    auto row = trees->step();
    DPP_TRY(row);
    if (!row.value() || trees->columnText(0) != QLatin1String("ok"))
        return Error(ErrorCode::Corrupt,
                     tr("The database file %1 is damaged: %2")
                         .arg(QFileInfo(m_path).fileName(), trees->columnText(0)));
    return success();
}

Result<void> Database::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc
        = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc == SQLITE_BUSY)
        return Error(
            ErrorCode::Failed,
            tr("The write-ahead log could not be emptied because another connection is using the database."));
    if (rc != SQLITE_OK)
        return Error(errorCodeFor(rc),
                     tr("The write-ahead log could not be emptied: %1").arg(sqliteMessage(m_db)));
    return success();
}

Result<void> Database::exportCopy(const QString& path, const SecureBytes& key,
                                  const std::function<Result<void>()>& finish)
{
    if (key.size() != kKeySize)
        return Error(ErrorCode::InvalidInput, tr("The database key must be %1 bytes long.").arg(kKeySize));
    if (QFile::exists(path))
        return Error(ErrorCode::AlreadyExists, tr("%1 exists already; nothing was written.").arg(path));
    if (!sqlite3_get_autocommit(m_db))
        return Error(ErrorCode::Failed, tr("A copy cannot be made inside a transaction."));
    const auto removeCopy = [&path] {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
    };
    {
        // ATTACH opens with this connection's flags, which lack SQLITE_OPEN_CREATE for an existing
        // database: the copy starts as an empty file (SQLite takes 0 bytes for a new database).
        QFile empty(path);
        if (!empty.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return Error(ErrorCode::Failed, tr("Cannot make the copy %1: %2").arg(path, empty.errorString()));
        empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        empty.close();
        auto attach = prepare(QStringLiteral("ATTACH DATABASE ? AS export_copy KEY ?"));
        DPP_TRY(attach);
        attach->bind(1, path).bind(2, rawKeyString(key));
        const Result<void> attached = attach->run();
        if (!attached) {
            removeCopy();
            return Error(attached.error().code(),
                         tr("Cannot make the copy %1: %2").arg(path, attached.error().message()));
        }
    }
    const auto detach = [this] { (void)exec(QStringLiteral("DETACH DATABASE export_copy")); };
    Result<void> copied = exec(QStringLiteral("PRAGMA export_copy.cache_size = -65536"));
    if (copied)
        copied = exec(QStringLiteral("SELECT sqlcipher_export('export_copy')"));
    if (copied) {
        const QueryResult version = queryText(m_db, "PRAGMA main.user_version");
        if (version.rc != SQLITE_OK)
            copied = Error(errorCodeFor(version.rc), version.message);
        else
            copied = exec(QStringLiteral("PRAGMA export_copy.user_version = %1").arg(version.text.toInt()));
    }
    if (copied && finish)
        copied = finish();
    detach();
    if (!copied) {
        removeCopy();
        if (copied.error().code() == ErrorCode::Failed && copied.error().message().isEmpty())
            return Error(ErrorCode::Failed, tr("Cannot make the copy %1.").arg(path));
        return Error(
            copied.error().code(),
            tr("Cannot make the copy %1 (is the disk full?): %2").arg(path, copied.error().message()));
    }
    return success();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastErrorMessage() const
{
    return sqliteMessage(m_db);
}

} // namespace dpp
