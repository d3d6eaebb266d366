// The .keys file: round trip, MAC, and every kind of damage giving a clear error.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "crypto/KeySlotFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace dpp;
using namespace dpp::test;

class TestKeySlotFile final : public QObject
{
    Q_OBJECT

private:
    struct Built
    {
        KeySlotFile file;
        SecureBytes dmk;
        SecureBytes slotSecret;
    };

    static Built build()
    {
        Built b;
        b.file.databaseId = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        b.file.dmkCurrent = KeySlotFile::newKeyId();
        b.dmk = SecureBytes::random(32);
        b.slotSecret = bytesOf(TestPassword);
        auto slot = KeySlot::create(b.file.databaseId, KeySlot::Kind::Password, QStringLiteral("dpo"),
                                    b.slotSecret, crypto::Argon2idParams::cheapestForTests());
        if (!slot.ok() || !slot->seal(KeySlot::Which::Dmk, b.file.dmkCurrent, b.dmk).ok())
            qFatal("cannot build a key slot");
        b.file.keySlots.push_back(std::move(slot).value());
        return b;
    }

    static void rewrite(const QString& path, const std::function<void(QJsonObject&)>& change)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        change(root);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
    }

    static void editSlot(QJsonObject& root, const std::function<void(QJsonObject&)>& change)
    {
        QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slotArray.at(0).toObject();
        change(slot);
        slotArray[0] = slot;
        root[QStringLiteral("slots")] = slotArray;
    }

private slots:
    void initTestCase() { QVERIFY(crypto::initialize().ok()); }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.keys"));
        Built b = build();
        QVERIFY(b.file.save(path, b.dmk, b.file.dmkCurrent).ok());
        QCOMPARE(b.file.generation, 1);
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // no group/other bits

        auto loaded = KeySlotFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QVERIFY(loaded->verifyMac(b.dmk).ok());
        QCOMPARE(loaded->generation, 1);
        const KeySlot* slot = loaded->find(KeySlot::Kind::Password, QStringLiteral("dpo"));
        QVERIFY(slot);
        auto secretKey = slot->unwrap(loaded->databaseId, b.slotSecret);
        QVERIFY(secretKey.ok());
        auto dmk = slot->open(KeySlot::Which::Dmk, loaded->dmkCurrent, secretKey.value());
        QVERIFY(dmk.ok());
        QVERIFY(dmk->equals(b.dmk));
        // Saving again bumps the generation.
        QVERIFY(loaded->save(path, b.dmk, loaded->dmkCurrent).ok());
        QCOMPARE(KeySlotFile::load(path)->generation, 2);
        // No secret in the file: not the DMK, not the password.
        QVERIFY(!fileContains(path, b.dmk.view().toByteArray()));
        QVERIFY(!fileContains(path, b.dmk.view().toByteArray().toHex()));
        QVERIFY(!fileContains(path, TestPassword));
    }

    void wrongSecret()
    {
        Built b = build();
        const KeySlot& slot = b.file.keySlots.front();
        auto result = slot.unwrap(b.file.databaseId, bytesOf("Wrong-Test-Passw0rd"));
        QCOMPARE(result.error().code(), ErrorCode::WrongCredentials);
        // The same slot under another database id does not unwrap (associated data binds it).
        QCOMPARE(
            slot.unwrap(QStringLiteral("00000000-0000-0000-0000-000000000000"), b.slotSecret).error().code(),
            ErrorCode::WrongCredentials);
    }

    void damage_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("expectedCode");
        QTest::addColumn<bool>("failsAtLoad");
        const int corrupt = static_cast<int>(ErrorCode::Corrupt);
        QTest::newRow("truncated to half") << QStringLiteral("truncate") << corrupt << true;
        QTest::newRow("empty file") << QStringLiteral("empty") << corrupt << true;
        QTest::newRow("not JSON") << QStringLiteral("garbage") << corrupt << true;
        QTest::newRow("other format") << QStringLiteral("format") << corrupt << true;
        QTest::newRow("newer version")
            << QStringLiteral("version") << static_cast<int>(ErrorCode::Unsupported) << true;
        QTest::newRow("bad base64") << QStringLiteral("base64") << corrupt << true;
        QTest::newRow("short public key") << QStringLiteral("shortkey") << corrupt << true;
        QTest::newRow("no slots") << QStringLiteral("noslots") << corrupt << true;
        QTest::newRow("password slot without argon2id") << QStringLiteral("kdf") << corrupt << true;
        QTest::newRow("generation changed") << QStringLiteral("generation") << corrupt << false;
        QTest::newRow("public key swapped") << QStringLiteral("swap") << corrupt << false;
    }

    void damage()
    {
        QFETCH(QString, what);
        QFETCH(int, expectedCode);
        QFETCH(bool, failsAtLoad);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.keys"));
        Built b = build();
        QVERIFY(b.file.save(path, b.dmk, b.file.dmkCurrent).ok());
        const QByteArray original = fileBytes(path);
        QFile f(path);
        if (what == QLatin1String("truncate") || what == QLatin1String("empty")
            || what == QLatin1String("garbage")) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(what == QLatin1String("truncate")    ? original.left(original.size() / 2)
                        : what == QLatin1String("empty") ? QByteArray()
                                                         : QByteArray("\x00\x01 not a key file", 19));
            f.close();
        } else {
            rewrite(path, [&](QJsonObject& root) {
                if (what == QLatin1String("format"))
                    root[QStringLiteral("format")] = QStringLiteral("keepass");
                else if (what == QLatin1String("version"))
                    root[QStringLiteral("version")] = 2;
                else if (what == QLatin1String("noslots"))
                    root[QStringLiteral("slots")] = QJsonArray();
                else if (what == QLatin1String("generation"))
                    root[QStringLiteral("generation")] = 99;
                else
                    editSlot(root, [&](QJsonObject& slot) {
                        if (what == QLatin1String("base64"))
                            slot[QStringLiteral("public_key")] = QStringLiteral("!!not base64!!");
                        else if (what == QLatin1String("shortkey"))
                            slot[QStringLiteral("public_key")] = QStringLiteral("AAAA");
                        else if (what == QLatin1String("kdf"))
                            slot[QStringLiteral("kdf")]
                                = QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("hkdf-sha256")},
                                              {QStringLiteral("salt"),
                                               QString::fromLatin1(QByteArray(32, 'a').toBase64())}};
                        else if (what == QLatin1String("swap"))
                            slot[QStringLiteral("public_key")]
                                = QString::fromLatin1(crypto::generateX25519().publicKey.toBase64());
                    });
            });
        }
        auto loaded = KeySlotFile::load(path);
        if (failsAtLoad) {
            QVERIFY(!loaded.ok());
            QCOMPARE(static_cast<int>(loaded.error().code()), expectedCode);
            QVERIFY2(loaded.error().message().contains(path), qPrintable(loaded.error().message()));
        } else {
            QVERIFY(loaded.ok());
            auto verified = loaded->verifyMac(b.dmk);
            QVERIFY(!verified.ok());
            QCOMPARE(static_cast<int>(verified.error().code()), expectedCode);
            QVERIFY(verified.error().message().contains(QStringLiteral("changed outside")));
        }
    }

    void fullDiskKeepsOldFile()
    {
        // Tried: a save onto a "full disk". RLIMIT_FSIZE makes every write past 256 bytes fail
        // with EFBIG, as ENOSPC would, and works for root too. The old file must stay intact.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.keys"));
        Built b = build();
        QVERIFY(b.file.save(path, b.dmk, b.file.dmkCurrent).ok());
        const QByteArray before = fileBytes(path);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny{256, saved.rlim_max};
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        auto result = b.file.save(path, b.dmk, b.file.dmkCurrent);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().contains(QStringLiteral("unchanged")),
                 qPrintable(result.error().message()));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
                 1); // no temporary left behind
    }

    void targetIsAFolder()
    {
        // Tried: a save where a folder stands in place of the file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.keys"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("c.keys")));
        Built b = build();
        auto saved = b.file.save(path, b.dmk, b.file.dmkCurrent);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message().contains(path));
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestKeySlotFile)
#include "TestKeySlotFile.moc"
