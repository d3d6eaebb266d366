// A scripted session (create, failed unlocks with wrong passwords and an unknown name typed,
// unlock, settings change, key rotation, lock), then a byte search of every decrypted page of the
// database (sqlite_dbpage in the stock shell, free pages included), the WAL, the key file, the attempts file,
// the audit head and the audit rows for the passwords, the names typed by mistake and a canary string: none
// may be found. The search is proved to work by finding a value that is stored.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "crypto/KeySlotFile.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace { } // namespace

class TestNoSecretsInStore final : public QObject
{
    Q_OBJECT

private slots:
    void scriptedSessionLeavesNoSecret()
    {
        const QByteArray wrongPassword = "Wrong-But-Close-Passw0rd";
        const QByteArray typedAsName = "Secret-Typed-In-The-Name-Field-7";
        const QByteArray canary = "Canary-Quistgaard-Zebulon";
        VaultFixture f;
        auto vault = f.create();
        QVERIFY(vault);
        vault.reset();
        QVERIFY(!f.unlock(wrongPassword.constData()).ok());
        QVERIFY(!Vault::unlock(f.paths, QString::fromLatin1(typedAsName), bytesOf(TestPassword)).ok());
        auto session = f.unlock();
        QVERIFY(session.ok());
        QVERIFY(session.value()
                    ->setSetting(QStringLiteral("console.idle_lock_minutes"), QStringLiteral("7"))
                    .ok());
        // A canary value written through the app into a setting, then changed: the old value must
        // not survive in a free page either (secure_delete).
        QVERIFY(session.value()->setSetting(QStringLiteral("test.canary"), QString::fromLatin1(canary)).ok());
        QVERIFY(session.value()->setSetting(QStringLiteral("test.canary"), QStringLiteral("replaced")).ok());
        QVERIFY(session.value()->rotateDatabaseKey().ok());
        QVERIFY(session.value()->database().checkpoint().ok());

        const QByteArray pages = decryptedPages(f.paths).join();
        QVERIFY2(pages.size() > 4096, "sqlite_dbpage returned no pages: the search would prove nothing");
        // The search works: a value that is stored is found.
        QVERIFY(pages.contains("console.idle_lock_minutes"));
        QVERIFY(pages.contains("replaced"));
        for (const QByteArray& secret : {QByteArray(TestPassword), wrongPassword, typedAsName, canary}) {
            QVERIFY2(!pages.contains(secret), secret.constData());
            for (const QString& file : QDir(f.dir.path()).entryList(QDir::Files))
                QVERIFY2(!fileContains(f.dir.filePath(file), secret), qPrintable(file));
        }
        auto rows = session.value()->audit().rows(0, 1000);
        QVERIFY(rows.ok());
        QVERIFY(rows->size() >= 6);
        session.value().reset();
        for (const QString& file : QDir(f.dir.path()).entryList(QDir::Files))
            for (const QByteArray& secret : {QByteArray(TestPassword), wrongPassword, typedAsName, canary})
                QVERIFY2(!fileContains(f.dir.filePath(file), secret), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestNoSecretsInStore)
#include "TestNoSecretsInStore.moc"
