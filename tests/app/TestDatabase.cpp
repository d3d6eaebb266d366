// TestDatabase: opening, keys, file protection and pragmas of storage/Database (and its Statement).
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>
#include <limits>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace dpp;

namespace {

constexpr std::size_t kKeySize = 32;
// A made-up value standing in for buyer PII; it must never appear in a file or a message.
const QByteArray kCanary = QByteArrayLiteral("DPP-CANARY-Q7X2 Erika Mustermann, Hauptstrasse 5");

QString sideFile(const QString& path, const char* suffix)
{
    return path + QLatin1String(suffix);
}

bool hasSideFiles(const QString& path)
{
    return QFile::exists(sideFile(path, "-wal")) || QFile::exists(sideFile(path, "-shm"))
        || QFile::exists(sideFile(path, "-journal"));
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Creates a database with one table t(v) holding one row, and closes it.
void createWithRow(const QString& path, const SecureBytes& key, const QByteArray& value)
{
    auto db = Database::open(path, key, Database::OpenMode::Create);
    QVERIFY2(db.ok(), qPrintable(db.error().message()));
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
    auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
    QVERIFY(insert.ok());
    insert->bind(1, QString::fromUtf8(value));
    QVERIFY(insert->run().ok());
}

QString readOneValue(Database& db)
{
    auto select = db.prepare(QStringLiteral("SELECT v FROM t"));
    if (!select.ok())
        return {};
    auto row = select->step();
    return row.ok() && row.value() ? select->columnText(0) : QString();
}

// Writes a file with the SQLite API and no key, as the stock sqlite3/sqlcipher shells do; with a
// passphrase instead, as someone using SQLCipher's ordinary (KDF) keys would.
void writeForeignDatabase(const QString& path, const QByteArray& passphrase)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
             SQLITE_OK);
    if (!passphrase.isEmpty())
        QCOMPARE(sqlite3_key(db, passphrase.constData(), static_cast<int>(passphrase.size())), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(db, "CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('x');", nullptr, nullptr, nullptr),
        SQLITE_OK);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void cipherVersionIsNewEnough();
    void createOpenClose();
    void invalidKeySizeRefused_data();
    void invalidKeySizeRefused();
    void wrongKeyLeavesFileUntouched_data();
    void wrongKeyLeavesFileUntouched();
    void wrongKeyWhileOpenElsewhere();
    void missingFile();
    void createOverExistingRefused_data();
    void createOverExistingRefused();
    void filesAreOwnerOnly();
    void pragmasInEffect_data();
    void pragmasInEffect();
    void canaryNotInFiles();
    void notADatabase_data();
    void notADatabase();
    void rekey();
    void rekeyRefusesBadKey();
    void valuesRoundTrip();
    void bindFailureReportedByStep();
    void errorsDoNotQuoteValues();
    void prepareRefusesSeveralStatements();
    void stockShellOpensWithRawKey();
};

void TestDatabase::cipherVersionIsNewEnough()
{
    const QString version = Database::cipherVersion();
    QVERIFY2(!version.isEmpty(), "linked against plain SQLite");
    QVERIFY(QVersionNumber::fromString(version) >= QVersionNumber(4, 5));
}

void TestDatabase::createOpenClose()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    createWithRow(path, key, QByteArrayLiteral("hello"));
    QVERIFY(!hasSideFiles(path)); // closing the last connection checkpoints and removes the WAL

    auto db = Database::open(path, key, Database::OpenMode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(db.error().message()));
    QCOMPARE((*db)->path(), path);
    QCOMPARE(readOneValue(**db), QStringLiteral("hello"));
}

void TestDatabase::invalidKeySizeRefused_data()
{
    QTest::addColumn<int>("size");
    // Bad input: keys that are not 32 bytes (empty, AES-128 size, one short, one long, hex text length).
    QTest::newRow("empty") << 0;
    QTest::newRow("16 bytes") << 16;
    QTest::newRow("31 bytes") << 31;
    QTest::newRow("33 bytes") << 33;
    QTest::newRow("64 bytes") << 64;
}

void TestDatabase::invalidKeySizeRefused()
{
    QFETCH(int, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    auto db = Database::open(path, SecureBytes::random(static_cast<std::size_t>(size)),
                             Database::OpenMode::Create);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::wrongKeyLeavesFileUntouched_data()
{
    QTest::addColumn<int>("variant");
    // Bad input: a key unrelated to the right one, the right key with one bit flipped, all zeros.
    QTest::newRow("other random key") << 0;
    QTest::newRow("one bit flipped") << 1;
    QTest::newRow("all zeros") << 2;
}

void TestDatabase::wrongKeyLeavesFileUntouched()
{
    QFETCH(int, variant);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    createWithRow(path, key, kCanary);
    const QByteArray before = test::fileBytes(path);
    QVERIFY(!before.isEmpty());

    SecureBytes wrong = variant == 0 ? SecureBytes::random(kKeySize)
        : variant == 1               ? key.clone()
                                     : SecureBytes(kKeySize);
    if (variant == 1)
        wrong.data()[7] ^= 0x10;

    auto db = Database::open(path, wrong, Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), ErrorCode::WrongCredentials);
    QCOMPARE(db.error().message(), QStringLiteral("Wrong key, or not a DPP Console database: orders.db"));
    QVERIFY(!db.error().message().toLatin1().contains(QByteArray(wrong.toHex().chars(), 64)));
    QVERIFY2(test::fileBytes(path) == before, "a failed open changed the database file");
    QVERIFY2(!hasSideFiles(path), "a failed open left -wal/-shm/-journal files");

    auto right = Database::open(path, key, Database::OpenMode::OpenExisting);
    QVERIFY2(right.ok(), qPrintable(right.error().message()));
    QCOMPARE(readOneValue(**right), QString::fromUtf8(kCanary));
}

void TestDatabase::wrongKeyWhileOpenElsewhere()
{
    // Bad input: a wrong key while another connection holds the database open (its -wal and -shm exist).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    createWithRow(path, key, QByteArrayLiteral("first"));
    auto open = Database::open(path, key, Database::OpenMode::OpenExisting);
    QVERIFY(open.ok());
    QVERIFY((*open)->exec(QStringLiteral("INSERT INTO t(v) VALUES ('second')")).ok());
    const QByteArray mainBefore = test::fileBytes(path);
    const QByteArray walBefore = test::fileBytes(sideFile(path, "-wal"));

    auto wrong = Database::open(path, SecureBytes::random(kKeySize), Database::OpenMode::OpenExisting);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code(), ErrorCode::WrongCredentials);
    QVERIFY(test::fileBytes(path) == mainBefore);
    QVERIFY(test::fileBytes(sideFile(path, "-wal")) == walBefore);

    auto count = (*open)->prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.ok());
    QCOMPARE(count->step().value(), true);
    QCOMPARE(count->columnInt(0), 2);
}

void TestDatabase::missingFile()
{
    // Bad input: a path that does not exist; a Create in a folder that does not exist.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto db = Database::open(path, SecureBytes::random(kKeySize), Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), ErrorCode::NotFound);
    QVERIFY(db.error().message().contains(path));
    QVERIFY(!QFile::exists(path));

    const QString inMissingFolder = dir.filePath(QStringLiteral("no-such-folder/dpp.db"));
    auto created = Database::open(inMissingFolder, SecureBytes::random(kKeySize), Database::OpenMode::Create);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code(), ErrorCode::NotFound);
    QVERIFY(created.error().message().contains(inMissingFolder));

    // Bad input: a folder where the database file should be.
    auto folder = Database::open(dir.path(), SecureBytes::random(kKeySize), Database::OpenMode::OpenExisting);
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code(), ErrorCode::InvalidInput);
}

void TestDatabase::createOverExistingRefused_data()
{
    QTest::addColumn<QString>("existing");
    // Bad input: Create where a database, an empty file, a text file, or a stale WAL already is.
    QTest::newRow("database") << QStringLiteral("database");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("stale -wal beside") << QStringLiteral("wal");
}

void TestDatabase::createOverExistingRefused()
{
    QFETCH(QString, existing);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    QString occupied = path;
    if (existing == QLatin1String("database"))
        createWithRow(path, key, QByteArrayLiteral("keep me"));
    else if (existing == QLatin1String("empty"))
        writeFile(path, {});
    else if (existing == QLatin1String("text"))
        writeFile(path, QByteArrayLiteral("notes\n"));
    else {
        occupied = sideFile(path, "-wal");
        writeFile(occupied, randomBytes(4128));
    }
    const QByteArray before = test::fileBytes(occupied);

    auto db = Database::open(path, key, Database::OpenMode::Create);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(test::fileBytes(occupied) == before);
    if (existing == QLatin1String("wal"))
        QVERIFY(!QFile::exists(path));
}

void TestDatabase::filesAreOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    // A permissive umask must not matter: the files hold the encrypted buyer data.
    const mode_t oldMask = ::umask(0);
    auto db = Database::open(path, SecureBytes::random(kKeySize), Database::OpenMode::Create);
    ::umask(oldMask);
    QVERIFY2(db.ok(), qPrintable(db.error().message()));
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('x')")).ok());

    QCOMPARE(test::fileMode(path), 0600);
    QCOMPARE(test::fileMode(sideFile(path, "-wal")), 0600);
    QCOMPARE(test::fileMode(sideFile(path, "-shm")), 0600);
}

void TestDatabase::pragmasInEffect_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("journal_mode") << QStringLiteral("journal_mode") << QStringLiteral("wal");
    QTest::newRow("secure_delete") << QStringLiteral("secure_delete") << QStringLiteral("1");
    QTest::newRow("temp_store MEMORY") << QStringLiteral("temp_store") << QStringLiteral("2");
    QTest::newRow("foreign_keys") << QStringLiteral("foreign_keys") << QStringLiteral("1");
    QTest::newRow("busy_timeout") << QStringLiteral("busy_timeout") << QStringLiteral("5000");
    QTest::newRow("synchronous FULL") << QStringLiteral("synchronous") << QStringLiteral("2");
    // Off on purpose (Database.cpp): buyer data is sealed per order before SQLite sees it.
    QTest::newRow("cipher_memory_security")
        << QStringLiteral("cipher_memory_security") << QStringLiteral("0");
    QTest::newRow("cipher_log_level") << QStringLiteral("cipher_log_level") << QStringLiteral("NONE");
    // SQLCipher 4 defaults, which the design names.
    QTest::newRow("cipher_page_size") << QStringLiteral("cipher_page_size") << QStringLiteral("4096");
    QTest::newRow("cipher_hmac_algorithm")
        << QStringLiteral("cipher_hmac_algorithm") << QStringLiteral("HMAC_SHA512");
}

void TestDatabase::pragmasInEffect()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    // Checked on a reopened file as well: connection pragmas are not stored in the file.
    for (const auto mode : {Database::OpenMode::Create, Database::OpenMode::OpenExisting}) {
        auto db = Database::open(path, key, mode);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        auto query = (*db)->prepare(QStringLiteral("PRAGMA ") + pragma);
        QVERIFY(query.ok());
        QCOMPARE(query->step().value(), true);
        QCOMPARE(query->columnText(0), expected);
    }
}

void TestDatabase::canaryNotInFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    auto db = Database::open(path, key, Database::OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(v TEXT, b BLOB)")).ok());
    auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t(v, b) VALUES (?, ?)"));
    QVERIFY(insert.ok());
    insert->bind(1, QString::fromUtf8(kCanary)).bind(2, kCanary);
    QVERIFY(insert->run().ok());

    const QString wal = sideFile(path, "-wal");
    QVERIFY(QFileInfo(wal).size() > 0); // the row is in the WAL now
    QVERIFY2(!test::fileContains(wal, kCanary), "plaintext in the WAL");
    QVERIFY2(!test::fileContains(path, kCanary), "plaintext in the database file");

    QVERIFY((*db)->checkpoint().ok());
    QCOMPARE(QFileInfo(wal).size(), 0); // TRUNCATE empties the WAL
    QVERIFY2(!test::fileContains(path, kCanary), "plaintext in the database file after checkpoint");
    QVERIFY2(!test::fileContains(path, QByteArray(key.toHex().chars(), 64)), "the key is in the file");
    QVERIFY2(!test::fileContains(path, QByteArrayLiteral("CREATE TABLE")), "the schema is readable");
    QCOMPARE(readOneValue(**db), QString::fromUtf8(kCanary)); // and it was really written
}

void TestDatabase::notADatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const auto wrong = static_cast<int>(ErrorCode::WrongCredentials);
    const QString notOurs = QStringLiteral("Wrong key, or not a DPP Console database: file.db");
    // Bad input: files that are not DPP Console databases.
    QTest::newRow("random 8192 bytes") << QStringLiteral("random8192") << wrong << notOurs;
    QTest::newRow("random 100 bytes") << QStringLiteral("random100") << wrong << notOurs;
    QTest::newRow("4096 zero bytes") << QStringLiteral("zeros") << wrong << notOurs;
    QTest::newRow("text file") << QStringLiteral("text") << wrong << notOurs;
    QTest::newRow("SQLCipher with a passphrase") << QStringLiteral("passphrase") << wrong << notOurs;
    QTest::newRow("plain SQLite, no key")
        << QStringLiteral("plain") << static_cast<int>(ErrorCode::InvalidInput)
        << QStringLiteral("file.db is an unencrypted SQLite database, not a DPP Console database.");
    QTest::newRow("empty file")
        << QStringLiteral("empty") << static_cast<int>(ErrorCode::Corrupt)
        << QStringLiteral("The database file file.db is empty; it is not a DPP Console database.");
}

void TestDatabase::notADatabase()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.db"));
    if (kind == QLatin1String("random8192"))
        writeFile(path, randomBytes(8192));
    else if (kind == QLatin1String("random100"))
        writeFile(path, randomBytes(100));
    else if (kind == QLatin1String("zeros"))
        writeFile(path, QByteArray(4096, '\0'));
    else if (kind == QLatin1String("text"))
        writeFile(path, QByteArrayLiteral("order-id\tbuyer-name\n"));
    else if (kind == QLatin1String("passphrase"))
        writeForeignDatabase(path, QByteArrayLiteral("correct horse battery staple"));
    else if (kind == QLatin1String("plain"))
        writeForeignDatabase(path, {});
    else
        writeFile(path, {});
    const QByteArray before = test::fileBytes(path);

    auto db = Database::open(path, SecureBytes::random(kKeySize), Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(static_cast<int>(db.error().code()), code);
    QCOMPARE(db.error().message(), message);
    QVERIFY2(test::fileBytes(path) == before, "a failed open changed the file");
    QVERIFY2(!hasSideFiles(path), "a failed open left -wal/-shm/-journal files");
}

void TestDatabase::rekey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes oldKey = SecureBytes::random(kKeySize);
    const SecureBytes newKey = SecureBytes::random(kKeySize);
    createWithRow(path, oldKey, kCanary);
    {
        auto db = Database::open(path, oldKey, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        const auto changed = (*db)->rekey(newKey);
        QVERIFY2(changed.ok(), qPrintable(changed.error().message()));
        // The connection is closed right after a rekey (see Database::rekey); a fresh one proves it.
    }
    QVERIFY(!test::fileContains(path, kCanary));

    // Bad input: the old key after the change.
    auto old = Database::open(path, oldKey, Database::OpenMode::OpenExisting);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code(), ErrorCode::WrongCredentials);

    auto db = Database::open(path, newKey, Database::OpenMode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(db.error().message()));
    QCOMPARE(readOneValue(**db), QString::fromUtf8(kCanary));
    QVERIFY((*db)->checkIntegrity().ok());
    auto mode = (*db)->prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.ok());
    QCOMPARE(mode->step().value(), true);
    QCOMPARE(mode->columnText(0), QStringLiteral("wal")); // back from DELETE
}

void TestDatabase::rekeyRefusesBadKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    createWithRow(path, key, QByteArrayLiteral("value"));
    {
        auto db = Database::open(path, key, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        // Bad input: a 16-byte key.
        const auto shortKey = (*db)->rekey(SecureBytes::random(16));
        QVERIFY(!shortKey.ok());
        QCOMPARE(shortKey.error().code(), ErrorCode::InvalidInput);
        // Bad input: a rekey inside an open transaction.
        auto transaction = Transaction::begin(**db);
        QVERIFY(transaction.ok());
        QVERIFY(!(*db)->rekey(SecureBytes::random(kKeySize)).ok());
    }
    auto db = Database::open(path, key, Database::OpenMode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(db.error().message()));
    QCOMPARE(readOneValue(**db), QStringLiteral("value"));
}

void TestDatabase::valuesRoundTrip()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("dpp.db")), SecureBytes::random(kKeySize),
                             Database::OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY((*db)
                ->exec(QStringLiteral("CREATE TABLE v(i INTEGER, j INTEGER, s TEXT, e TEXT, b BLOB, eb BLOB, "
                                      "k BLOB, n TEXT, o TEXT, p TEXT)"))
                .ok());
    const QString text = QStringLiteral("Gr\u00fc\u00dfe \u20ac \U0001F600");
    const QByteArray blob("\x00\x01\xff\x00", 4);
    const SecureBytes secret = SecureBytes::random(kKeySize);
    auto insert = (*db)->prepare(QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVERIFY(insert.ok());
    insert->bind(1, std::numeric_limits<qint64>::min())
        .bind(2, std::numeric_limits<qint64>::max())
        .bind(3, text)
        .bind(4, QString())
        .bind(5, blob)
        .bind(6, QByteArray())
        .bind(7, secret)
        .bindNull(8)
        .bind(9, std::optional<QString>())
        .bind(10, std::optional<QString>(QStringLiteral("set")));
    QVERIFY(insert->run().ok());
    QCOMPARE((*db)->changes(), 1);
    QCOMPARE((*db)->lastInsertRowId(), 1);

    auto select = (*db)->prepare(QStringLiteral("SELECT * FROM v"));
    QVERIFY(select.ok());
    QCOMPARE(select->step().value(), true);
    QCOMPARE(select->columnInt(0), std::numeric_limits<qint64>::min());
    QCOMPARE(select->columnInt(1), std::numeric_limits<qint64>::max());
    QCOMPARE(select->columnText(2), text);
    QVERIFY(!select->columnIsNull(3)); // an empty text is not NULL
    QCOMPARE(select->columnText(3), QString());
    QCOMPARE(select->columnBlob(4), blob);
    QVERIFY(!select->columnIsNull(5)); // an empty blob is not NULL
    QCOMPARE(select->columnBlob(5).size(), 0);
    QVERIFY(select->columnBlob(6) == QByteArray(secret.chars(), static_cast<qsizetype>(secret.size())));
    QVERIFY(select->columnIsNull(7));
    QVERIFY(select->columnIsNull(8));
    QCOMPARE(select->columnText(9), QStringLiteral("set"));
    QCOMPARE(select->step().value(), false);

    // reset() lets the statement run again with new values.
    QVERIFY(insert->reset().ok());
    insert->bind(1, 7);
    QVERIFY(insert->run().ok());
    auto count = (*db)->prepare(QStringLiteral("SELECT count(*), max(i) FROM v"));
    QVERIFY(count.ok());
    QCOMPARE(count->step().value(), true);
    QCOMPARE(count->columnInt(0), 2);
    QCOMPARE(count->columnInt(1), 7);
}

void TestDatabase::bindFailureReportedByStep()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("dpp.db")), SecureBytes::random(kKeySize),
                             Database::OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
    auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
    QVERIFY(insert.ok());
    // Bad input: parameter 5 of a statement that has one.
    insert->bind(5, QString::fromUtf8(kCanary)).bind(1, QStringLiteral("fine"));
    const auto ran = insert->run();
    QVERIFY(!ran.ok());
    QVERIFY(ran.error().message().contains(QLatin1String("parameter 5")));
    QVERIFY(!ran.error().message().toUtf8().contains(kCanary));

    auto count = (*db)->prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.ok());
    QCOMPARE(count->step().value(), true);
    QCOMPARE(count->columnInt(0), 0);

    // After reset() the remembered failure is gone.
    QVERIFY(insert->reset().ok());
    insert->bind(1, QStringLiteral("fine"));
    QVERIFY(insert->run().ok());
}

void TestDatabase::errorsDoNotQuoteValues()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("dpp.db")), SecureBytes::random(kKeySize),
                             Database::OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(v TEXT UNIQUE CHECK (length(v) < 60))")).ok());
    auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
    QVERIFY(insert.ok());
    insert->bind(1, QString::fromUtf8(kCanary));
    QVERIFY(insert->run().ok());

    // Bad input: the same value again (UNIQUE), then a value too long for the CHECK.
    QVERIFY(insert->reset().ok());
    insert->bind(1, QString::fromUtf8(kCanary));
    const auto duplicate = insert->run();
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!duplicate.error().message().toUtf8().contains(kCanary));
    QVERIFY(!(*db)->lastErrorMessage().toUtf8().contains(kCanary));

    QVERIFY(insert->reset().ok());
    insert->bind(1, QString::fromUtf8(kCanary + kCanary));
    const auto tooLong = insert->run();
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!tooLong.error().message().toUtf8().contains(kCanary));
}

void TestDatabase::prepareRefusesSeveralStatements()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("dpp.db")), SecureBytes::random(kKeySize),
                             Database::OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
    // Bad input: two commands in one prepare (the second would be ignored), an empty text, bad SQL.
    auto two = (*db)->prepare(QStringLiteral("INSERT INTO t VALUES (?); DROP TABLE t"));
    QVERIFY(!two.ok());
    QCOMPARE(two.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!(*db)->prepare(QStringLiteral("   ")).ok());
    QVERIFY(!(*db)->prepare(QStringLiteral("SELEKT 1")).ok());
    QVERIFY((*db)->prepare(QStringLiteral("SELECT v FROM t;  ")).ok());
    QVERIFY(!(*db)->exec(QStringLiteral("SELEKT 1")).ok());
}

void TestDatabase::stockShellOpensWithRawKey()
{
    // The design promises the owner can reach the data with the stock sqlcipher shell and the raw
    // key; this proves the key is used as a raw key (x'<hex>'), not run through the passphrase KDF.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty())
        QSKIP("the sqlcipher shell is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dpp.db"));
    const SecureBytes key = SecureBytes::random(kKeySize);
    createWithRow(path, key, QByteArrayLiteral("reachable"));

    // The key goes through stdin, never the command line (other users can read argv).
    const SecureBytes hex = key.toHex();
    QByteArray script = QByteArrayLiteral("PRAGMA key = \"x'") + QByteArray(hex.chars(), 64)
        + QByteArrayLiteral("'\";\nSELECT v FROM t;\n");
    const auto result = test::runProgram(shell, {path}, script);
    script.fill('\0');
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArrayLiteral("ok\nreachable\n"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
