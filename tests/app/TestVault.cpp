// The Vault: creating, signing in, wrong credentials, damaged key files, key rotation (also
// interrupted), the scheduler's keychain slot, and that no secret or canary reaches the disk.
#include "FakeSecretStore.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "auth/AttemptLog.h"
#include "crypto/KeySlotFile.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace dpp;
using namespace dpp::test;

namespace {

// The DMK as the slot file holds it, read independently of the Vault (for "the old key no longer opens").
SecureBytes currentDmk(const VaultPaths& paths)
{
    auto keys = KeySlotFile::load(paths.keys());
    const KeySlot* slot = keys->find(KeySlot::Kind::Password, QStringLiteral("dpo"));
    auto secretKey = slot->unwrap(keys->databaseId, bytesOf(TestPassword));
    return std::move(slot->open(KeySlot::Which::Dmk, keys->dmkCurrent, secretKey.value())).value();
}

} // namespace

class TestVault final : public QObject
{
    Q_OBJECT

private slots:
    void createAndUnlock()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        QVERIFY(vault->holdsPiiKey());
        QCOMPARE(vault->session().name(), QStringLiteral("dpo"));
        for (Role role : Roles::personRoles())
            QVERIFY(vault->session().hasRole(role));
        vault.reset();

        auto again = f.unlock();
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        auto status = again.value()->status();
        QVERIFY(status.ok());
        QCOMPARE(status->schemaVersion, Schema::latestVersion());
        QVERIFY(status->cipherVersion.startsWith(QLatin1Char('4')));
        QCOMPARE(status->pageSize, 4096);
        QCOMPARE(status->principals, 1);
        QCOMPARE(status->keySlots.size(), 2); // the user's and the recovery slot
        QVERIFY(again.value()->holdsPiiKey());
        QCOMPARE(QFile::permissions(f.paths.database()) & 0x0077, QFileDevice::Permissions());
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("upper-case name")
            << QStringLiteral("DPO") << QByteArray(TestPassword) << QStringLiteral("lower-case");
        QTest::newRow("reserved name")
            << QStringLiteral("recovery") << QByteArray(TestPassword) << QStringLiteral("reserved");
        QTest::newRow("short password")
            << QStringLiteral("dpo") << QByteArray("Sh0rt-pw") << QStringLiteral("12");
        QTest::newRow("one class") << QStringLiteral("dpo") << QByteArray("aaaaaaaaaaaaaaaa")
                                   << QStringLiteral("three");
        QTest::newRow("easy to guess")
            << QStringLiteral("dpo") << QByteArray("Password1234!") << QStringLiteral("guess");
        QTest::newRow("contains the name")
            << QStringLiteral("alice") << QByteArray("My-ALICE-password-9") << QStringLiteral("user name");
    }

    void createRefusesBadInput()
    {
        QFETCH(QString, username);
        QFETCH(QByteArray, password);
        QFETCH(QString, messagePart);
        VaultFixture f;
        NewUser user{username, QStringLiteral("Someone"), bytesOf(password.constData())};
        auto created = Vault::create(f.paths, user, crypto::Argon2idParams::cheapestForTests());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(created.error().message().contains(messagePart), qPrintable(created.error().message()));
        QVERIFY(QDir(f.dir.path()).isEmpty());
    }

    void createRefusesExistingDatabase()
    {
        VaultFixture f;
        QVERIFY(f.create());
        const FileSnapshot before = FileSnapshot::of(f.paths);
        NewUser user{QStringLiteral("other"), QStringLiteral("Other"), bytesOf(TestPassword)};
        auto created = Vault::create(f.paths, user, crypto::Argon2idParams::cheapestForTests());
        QCOMPARE(created.error().code(), ErrorCode::AlreadyExists);
        QVERIFY(FileSnapshot::of(f.paths) == before);
    }

    void createOnFullDiskLeavesNothing()
    {
        // Tried: creating a database on a "full disk" (RLIMIT_FSIZE, so writes past 8 KiB fail).
        VaultFixture f;
        rlimit saved{};
        getrlimit(RLIMIT_FSIZE, &saved);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny{8192, saved.rlim_max};
        setrlimit(RLIMIT_FSIZE, &tiny);
        NewUser user{QStringLiteral("dpo"), QStringLiteral("DPO"), bytesOf(TestPassword)};
        auto created = Vault::create(f.paths, user, crypto::Argon2idParams::cheapestForTests());
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!created.ok());
        QVERIFY(!created.error().message().isEmpty());
        QVERIFY2(QDir(f.dir.path()).isEmpty(),
                 qPrintable(QDir(f.dir.path()).entryList().join(QLatin1Char(' '))));
    }

    void wrongCredentialsLeaveFilesIdentical_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<bool>("knownUser");
        QTest::newRow("wrong password") << QStringLiteral("dpo") << QByteArray("Wrong-Test-Passw0rd") << true;
        QTest::newRow("password with a trailing space")
            << QStringLiteral("dpo") << QByteArray(TestPassword) + ' ' << true;
        QTest::newRow("empty password") << QStringLiteral("dpo") << QByteArray() << true;
        QTest::newRow("unknown user") << QStringLiteral("mallory") << QByteArray(TestPassword) << false;
        QTest::newRow("name in other case") << QStringLiteral("DPO") << QByteArray(TestPassword) << false;
        QTest::newRow("recovery is not a user")
            << QStringLiteral("recovery") << QByteArray(TestPassword) << false;
    }

    void wrongCredentialsLeaveFilesIdentical()
    {
        QFETCH(QString, username);
        QFETCH(QByteArray, password);
        QFETCH(bool, knownUser);
        VaultFixture f;
        QVERIFY(f.create());
        const FileSnapshot before = FileSnapshot::of(f.paths);
        auto result = Vault::unlock(f.paths, username, bytesOf(password.constData()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::WrongCredentials);
        QCOMPARE(result.error().message(), QStringLiteral("Wrong user name or password."));
        QVERIFY(FileSnapshot::of(f.paths) == before);
        const auto entries = AttemptLog(f.paths.attempts()).entries();
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().user.has_value(), knownUser);
        if (knownUser)
            QCOMPARE(*entries.front().user, username);
        // The attempts file never holds what was typed as a password.
        if (!password.isEmpty())
            QVERIFY(!fileContains(f.paths.attempts(), password));
        // And the right password still opens it afterwards.
        QVERIFY(f.unlock().ok());
    }

    void damagedKeyFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        QTest::newRow("truncated") << QStringLiteral("truncate") << static_cast<int>(ErrorCode::Corrupt);
        QTest::newRow("missing") << QStringLiteral("remove") << static_cast<int>(ErrorCode::NotFound);
        QTest::newRow("sealed key flipped")
            << QStringLiteral("flip-sealed") << static_cast<int>(ErrorCode::Corrupt);
        QTest::newRow("another database's key file")
            << QStringLiteral("foreign") << static_cast<int>(ErrorCode::WrongCredentials);
    }

    void damagedKeyFile()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        VaultFixture f;
        QVERIFY(f.create());
        const QByteArray keys = fileBytes(f.paths.keys());
        QFile file(f.paths.keys());
        if (damage == QLatin1String("truncate")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(keys.left(keys.size() / 3));
            file.close();
        } else if (damage == QLatin1String("remove")) {
            QVERIFY(file.remove());
        } else if (damage == QLatin1String("flip-sealed")) {
            auto loaded = KeySlotFile::load(f.paths.keys());
            const QByteArray sealed = loaded->keySlots.front().dmk.front().sealed.toBase64();
            QByteArray flipped = QByteArray::fromBase64(sealed);
            flipped[50] = static_cast<char>(flipped[50] ^ 1);
            QByteArray text = keys;
            text.replace(sealed, flipped.toBase64());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
            file.close();
        } else {
            VaultFixture other;
            QVERIFY(other.create());
            QVERIFY(file.remove());
            QVERIFY(QFile::copy(other.paths.keys(), f.paths.keys()));
        }
        const FileSnapshot before = FileSnapshot::of(f.paths);
        auto result = f.unlock();
        QVERIFY(!result.ok());
        QCOMPARE(static_cast<int>(result.error().code()), code);
        QVERIFY(!result.error().message().isEmpty());
        QVERIFY(FileSnapshot::of(f.paths) == before);
    }

    void insiderSwappingAPiiSlotKeyIsCaught()
    {
        // Tried: someone who holds the database key (any slot gives it) swaps the recovery slot's
        // public key for their own and re-signs the file MAC, hoping to receive the next PII key.
        VaultFixture f;
        QVERIFY(f.create());
        const SecureBytes dmk = currentDmk(f.paths);
        auto keys = KeySlotFile::load(f.paths.keys());
        QVERIFY(keys.ok());
        KeySlot* recovery = keys->find(KeySlot::Kind::Recovery, QStringLiteral("recovery"));
        QVERIFY(recovery);
        recovery->publicKey = crypto::generateX25519().publicKey;
        QVERIFY(keys->save(f.paths.keys(), dmk, keys->dmkCurrent).ok());
        QVERIFY(KeySlotFile::load(f.paths.keys())->verifyMac(dmk).ok()); // the file MAC is forged fine

        auto result = f.unlock();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Corrupt);
        QVERIFY2(result.error().message().contains(QStringLiteral("PII key")),
                 qPrintable(result.error().message()));
    }

    void disabledAccountIsRefused()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        auto stmt = vault->database().prepare(
            QStringLiteral("UPDATE principals SET status = 'disabled' WHERE name = ?"));
        QVERIFY(stmt.ok());
        stmt->bind(1, QStringLiteral("dpo"));
        QVERIFY(stmt->run().ok());
        vault.reset();
        auto result = f.unlock();
        QCOMPARE(result.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(result.error().message().contains(QStringLiteral("disabled")));
    }

    void rekeyRotatesTheDatabaseKey()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        QVERIFY(vault->setSetting(QStringLiteral("console.idle_lock_minutes"), QStringLiteral("7")).ok());
        const SecureBytes oldDmk = currentDmk(f.paths);
        const qint64 generation = KeySlotFile::load(f.paths.keys())->generation;
        QVERIFY(vault->rotateDatabaseKey().ok());
        // The open vault goes on working with the new key.
        QCOMPARE(vault->setting(QStringLiteral("console.idle_lock_minutes"), QString()).value(),
                 QStringLiteral("7"));
        vault.reset();

        auto keys = KeySlotFile::load(f.paths.keys());
        QVERIFY(keys.ok());
        QVERIFY(keys->dmkPending.isEmpty());
        QCOMPARE(keys->generation, generation + 2);
        for (const auto& slot : keys->keySlots)
            QCOMPARE(slot.dmk.size(), std::size_t(1)); // the old key is gone from every slot
        QVERIFY(!currentDmk(f.paths).equals(oldDmk));
        QCOMPARE(Database::open(f.paths.database(), oldDmk, Database::OpenMode::OpenExisting).error().code(),
                 ErrorCode::WrongCredentials);
        auto again = f.unlock();
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QCOMPARE(again.value()->setting(QStringLiteral("console.idle_lock_minutes"), QString()).value(),
                 QStringLiteral("7"));
    }

    void rekeyOnFullDiskKeepsTheOldKey()
    {
        // Tried: a rotation whose rekey journal cannot be written (a "full disk": RLIMIT_FSIZE).
        // SQLCipher 4.6.1 reports success for such a rekey; the Vault must prove the key with a
        // fresh connection, find the old key still in force, and take the new one out of .keys.
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        QVERIFY(vault->database().exec(QStringLiteral("CREATE TABLE test_filler (data BLOB)")).ok());
        for (int i = 0; i < 200; ++i) {
            auto insert = vault->database().prepare(QStringLiteral("INSERT INTO test_filler VALUES (?)"));
            insert->bind(1, crypto::randomBytes(4000));
            QVERIFY(insert->run().ok());
        }
        QVERIFY(vault->database().checkpoint().ok());
        const SecureBytes oldDmk = currentDmk(f.paths);
        rlimit saved{};
        getrlimit(RLIMIT_FSIZE, &saved);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny{64 * 1024, saved.rlim_max};
        setrlimit(RLIMIT_FSIZE, &tiny);
        auto rotated = vault->rotateDatabaseKey();
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!rotated.ok());
        QVERIFY2(rotated.error().message().contains(QStringLiteral("old key")),
                 qPrintable(rotated.error().message()));
        // The open vault still works, on the old key, and .keys is back to one key.
        QVERIFY(vault->setSetting(QStringLiteral("after"), QStringLiteral("failed rotation")).ok());
        vault.reset();
        QVERIFY(KeySlotFile::load(f.paths.keys())->dmkPending.isEmpty());
        QVERIFY(currentDmk(f.paths).equals(oldDmk));
        auto again = f.unlock();
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QVERIFY(again.value()->database().checkIntegrity().ok());
        QCOMPARE(again.value()->setting(QStringLiteral("after"), QString()).value(),
                 QStringLiteral("failed rotation"));
        // And with room on the disk, the rotation then works.
        QVERIFY(again.value()->rotateDatabaseKey().ok());
    }

    void rekeyRefusedWhileAnotherSessionIsOpen()
    {
        // Tried: rotating while a second session (another window, or dppctl) has the database open.
        VaultFixture f;
        auto first = f.create();
        auto second = f.unlock();
        QVERIFY(second.ok());
        const QByteArray keys = fileBytes(f.paths.keys());
        auto rotated = first->rotateDatabaseKey();
        QVERIFY(!rotated.ok());
        QVERIFY(rotated.error().message().contains(QStringLiteral("has this database open")));
        QCOMPARE(fileBytes(f.paths.keys()), keys);
        second.value().reset();
        QVERIFY(first->rotateDatabaseKey().ok());
    }

    void rekeyInterrupted_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("after sealing the new key") << static_cast<int>(RekeyStep::NewKeySealed);
        QTest::newRow("after re-encrypting the database") << static_cast<int>(RekeyStep::DatabaseRekeyed);
    }

    void rekeyInterrupted()
    {
        QFETCH(int, step);
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        QVERIFY(vault->setSetting(QStringLiteral("marker"), QStringLiteral("kept")).ok());
        auto stopped = vault->rotateDatabaseKey([&](RekeyStep at) { return static_cast<int>(at) != step; });
        QVERIFY(!stopped.ok());
        QVERIFY(KeySlotFile::load(f.paths.keys())->dmkPending.size() == 16); // both keys are in the file
        vault.reset(); // as a crash would: nothing cleaned up

        auto again = f.unlock();
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QCOMPARE(again.value()->setting(QStringLiteral("marker"), QString()).value(), QStringLiteral("kept"));
        again.value().reset();
        // The unlock finished (or rolled back) the rotation: one key left, and it opens the file.
        auto keys = KeySlotFile::load(f.paths.keys());
        QVERIFY(keys->dmkPending.isEmpty());
        QVERIFY(
            Database::open(f.paths.database(), currentDmk(f.paths), Database::OpenMode::OpenExisting).ok());
        // And a later rotation works normally.
        auto third = f.unlock();
        QVERIFY(third.ok());
        QVERIFY(third.value()->rotateDatabaseKey().ok());
    }

    void canaryIsNotInTheFile()
    {
        const QString canary = QStringLiteral("Canary Zebulon Quistgaard");
        VaultFixture f;
        auto vault = f.create(canary);
        QVERIFY(vault);
        QVERIFY(vault->setSetting(QStringLiteral("canary"), canary + QStringLiteral(" setting")).ok());
        // While open (WAL not yet checkpointed) and after closing.
        for (const QString& file :
             QStringList{f.paths.database(), f.paths.database() + QStringLiteral("-wal"), f.paths.keys()})
            QVERIFY2(!fileContains(file, canary.toUtf8()), qPrintable(file));
        vault.reset();
        for (const QString& file : QDir(f.dir.path()).entryList(QDir::Files))
            QVERIFY2(!fileContains(f.dir.filePath(file), canary.toUtf8()), qPrintable(file));
        QVERIFY(!fileContains(f.paths.keys(), TestPassword));
    }

    void schedulerSlotThroughTheKeychain()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        FakeSecretStore store;
        QVERIFY(vault->addKeychainSlot(store).ok());
        QCOMPARE(store.accounts().size(), 1);
        vault.reset();

        auto scheduler = Vault::unlockWithKeychain(f.paths, store);
        QVERIFY2(scheduler.ok(), qPrintable(scheduler.error().message()));
        QCOMPARE(scheduler.value()->session().name(), QStringLiteral("scheduler"));
        QVERIFY(!scheduler.value()->holdsPiiKey()); // the scheduler never gets the PII key
        QVERIFY(scheduler.value()->session().can(Permission::PurgeExecute));
        // It cannot sign in to the console's views, nor manage keys.
        QCOMPARE(scheduler.value()->status().error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(scheduler.value()->rotateDatabaseKey().error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(scheduler.value()->setSetting(QStringLiteral("x"), QStringLiteral("y")).error().code(),
                 ErrorCode::PermissionDenied);
        scheduler.value().reset();

        // A locked keychain: a clear error, nothing changed.
        store.setState(FakeSecretStore::State::Locked);
        const FileSnapshot before = FileSnapshot::of(f.paths);
        auto locked = Vault::unlockWithKeychain(f.paths, store);
        QCOMPARE(locked.error().code(), ErrorCode::Unavailable);
        QVERIFY(FileSnapshot::of(f.paths) == before);
        store.setState(FakeSecretStore::State::Available);

        // Removing the slot removes the keychain entry too.
        auto dpo = f.unlock();
        QVERIFY(dpo.value()->removeKeychainSlot(store).ok());
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(Vault::unlockWithKeychain(f.paths, store).error().code(), ErrorCode::NotFound);
    }

    void schedulerSlotWithoutKeychain()
    {
        // Tried: enabling the scheduler with no secret service. Clear error, no slot, nothing stored.
        VaultFixture f;
        auto vault = f.create();
        FakeSecretStore store;
        store.setState(FakeSecretStore::State::Unavailable);
        const QByteArray keysBefore = fileBytes(f.paths.keys());
        auto added = vault->addKeychainSlot(store);
        QCOMPARE(added.error().code(), ErrorCode::Unavailable);
        QVERIFY(!added.error().message().isEmpty());
        QCOMPARE(fileBytes(f.paths.keys()), keysBefore);
        // Password slots still work.
        vault.reset();
        QVERIFY(f.unlock().ok());
    }

    void twoSessionsDoNotLoseEachOthersKeyChanges()
    {
        // Tried: two sessions open at once both change the key slots; the second starts from the
        // file as the first left it, not from its own stale copy.
        VaultFixture f;
        auto first = f.create();
        auto second = f.unlock();
        QVERIFY(second.ok());
        FakeSecretStore store;
        QVERIFY(second.value()->addKeychainSlot(store).ok());
        QVERIFY(first->addKeychainSlot(store).ok()); // replaces the slot the other session made
        QCOMPARE(store.accounts().size(), 1);
        auto keys = KeySlotFile::load(f.paths.keys());
        int keychainSlots = 0;
        for (const auto& slot : keys->keySlots)
            keychainSlots += slot.kind == KeySlot::Kind::Keychain ? 1 : 0;
        QCOMPARE(keychainSlots, 1);
        QVERIFY(first->removeKeychainSlot(store).ok());
        QVERIFY(store.accounts().isEmpty());
    }

    void renewedRecoveryKeyReplacesTheOldOne()
    {
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        auto oldSecret = parseRecoveryKey(f.recoveryKey);
        QVERIFY(oldSecret.ok());
        QCOMPARE(vault->recoveryKeyConfirmed().value(), false);
        QVERIFY(vault->confirmRecoveryKeyStored().ok());
        QCOMPARE(vault->recoveryKeyConfirmed().value(), true);
        auto renewed = vault->renewRecoveryKey();
        QCOMPARE(vault->recoveryKeyConfirmed().value(), false); // the new key needs its own confirmation
        QVERIFY2(renewed.ok(), qPrintable(renewed.error().message()));
        auto newSecret = parseRecoveryKey(renewed.value());
        QVERIFY(newSecret.ok());
        QVERIFY(!newSecret->equals(oldSecret.value()));
        vault.reset();

        auto keys = KeySlotFile::load(f.paths.keys());
        const KeySlot* recovery = keys->find(KeySlot::Kind::Recovery, QStringLiteral("recovery"));
        QVERIFY(recovery);
        QCOMPARE(recovery->unwrap(keys->databaseId, oldSecret.value()).error().code(),
                 ErrorCode::WrongCredentials);
        auto secretKey = recovery->unwrap(keys->databaseId, newSecret.value());
        QVERIFY(secretKey.ok());
        QVERIFY(recovery->open(KeySlot::Which::Dmk, keys->dmkCurrent, secretKey.value()).ok());
        QVERIFY(recovery->open(KeySlot::Which::Pii, keys->piiCurrent, secretKey.value()).ok());
        // The PII-slot MAC was signed again: the DPO still unlocks.
        QVERIFY(f.unlock().ok());
    }

    void rekeyResealsTheSchedulerSlot()
    {
        VaultFixture f;
        auto vault = f.create();
        FakeSecretStore store;
        QVERIFY(vault->addKeychainSlot(store).ok());
        QVERIFY(vault->rotateDatabaseKey().ok());
        vault.reset();
        QVERIFY(Vault::unlockWithKeychain(f.paths, store).ok());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
