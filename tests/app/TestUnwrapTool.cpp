// The owner's way out: docs/tools/dpp-unwrap-key (an independent Python implementation of
// docs/keys-format.md) unwraps the database key from a file written by dppctl, and the stock
// sqlcipher shell opens the database with it, and only with it. It checks the key file's MAC and
// PII-slot tags, and only warns.
#include "TestSupport.h"
#include "crypto/Primitives.h"
#include "crypto/SecureBytes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace dpp;
using namespace dpp::test;

namespace {
const QByteArray Password = "Unwrap-Test-Passw0rd";
}

class TestUnwrapTool final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db, m_keys;
    QByteArray m_recoveryKey;

    static QString tool() { return sourceDir() + QStringLiteral("/docs/tools/dpp-unwrap-key"); }

    ProcessResult unwrap(const QStringList& arguments, const QByteArray& secret)
    {
        return runProgram(tool(), arguments, secret + '\n');
    }

    // Runs SQL in the stock shell; the key (if any) goes in on standard input, not the command line.
    static ProcessResult shell(const QString& db, const QByteArray& hexKey, const QByteArray& sql)
    {
        QByteArray script;
        if (!hexKey.isEmpty())
            script += "PRAGMA key = \"x'" + hexKey + "'\";\n";
        script += sql + '\n';
        return runProgram(QStringLiteral("sqlcipher"), {db}, script);
    }

    QByteArray dppctl(const QStringList& arguments, const QByteArray& input)
    {
        const auto r = runProgram(builtProgram(QStringLiteral("dppctl")),
                                  QStringList{QStringLiteral("--database"), m_db} + arguments, input);
        if (r.exitCode != 0)
            qWarning("dppctl: %s", r.err.constData());
        return r.exitCode == 0 ? r.out : QByteArray();
    }

    static QJsonObject readJson(const QString& path)
    {
        return QJsonDocument::fromJson(fileBytes(path)).object();
    }

    static void writeJson(const QString& path, const QJsonObject& root)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
    }

    // The file MAC of docs/keys-format.md §6, computed again as anyone holding the DMK can.
    static void remac(QJsonObject& root, const SecureBytes& dmk)
    {
        QJsonObject body = root;
        body.remove(QStringLiteral("mac"));
        auto macKey = crypto::hkdfSha256(dmk, {}, "dpp-console/keys-file-mac/v1");
        QVERIFY(macKey.ok());
        QJsonObject mac = root.value(QStringLiteral("mac")).toObject();
        mac[QStringLiteral("value")] = QString::fromLatin1(
            crypto::hmacSha256(macKey.value(), QJsonDocument(body).toJson(QJsonDocument::Compact))
                .toBase64());
        root[QStringLiteral("mac")] = mac;
    }

    static qsizetype slotIndex(const QJsonObject& root, const QString& principal)
    {
        const QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        for (qsizetype i = 0; i < slotArray.size(); ++i) {
            if (slotArray.at(i).toObject().value(QStringLiteral("principal")).toString() == principal)
                return i;
        }
        return -1;
    }

    static void editSlot(QJsonObject& root, const QString& principal,
                         const std::function<void(QJsonObject&)>& change)
    {
        QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        const qsizetype i = slotIndex(root, principal);
        QVERIFY(i >= 0);
        QJsonObject slot = slotArray.at(i).toObject();
        change(slot);
        slotArray[i] = slot;
        root[QStringLiteral("slots")] = slotArray;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialize().ok());
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QFAIL("the stock sqlcipher shell is missing: run installer/setup-debian.sh");
        m_db = m_dir.filePath(QStringLiteral("shop.db"));
        m_keys = m_dir.filePath(QStringLiteral("shop.keys"));
        const QByteArray out = dppctl({QStringLiteral("init"), QStringLiteral("--user"),
                                       QStringLiteral("dpo"), QStringLiteral("--password-stdin")},
                                      Password + '\n');
        const auto match
            = QRegularExpression(QStringLiteral("Recovery key: (\\S+)")).match(QString::fromUtf8(out));
        QVERIFY(match.hasMatch());
        m_recoveryKey = match.captured(1).toLatin1();
    }

    void passwordSlotOpensTheDatabaseInTheStockShell()
    {
        const auto r = unwrap({m_keys, QStringLiteral("dpo")}, Password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray key = r.out.trimmed();
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(key)).hasMatch());

        const auto opened = shell(m_db, key, "SELECT name, kind FROM principals;");
        QVERIFY2(opened.out.contains("dpo|user"), opened.err.constData());

        // Without the key, and with another key, the shell cannot read it.
        const auto withoutKey = shell(m_db, {}, "SELECT count(*) FROM sqlite_master;");
        QVERIFY(withoutKey.err.contains("file is not a database"));
        QVERIFY(!withoutKey.out.contains("principals"));
        const auto wrongKey = shell(m_db, QByteArray(64, 'a'), "SELECT count(*) FROM sqlite_master;");
        QVERIFY(wrongKey.err.contains("file is not a database"));
    }

    void recoveryKeyGivesTheSameKey()
    {
        const auto byPassword = unwrap({m_keys, QStringLiteral("dpo")}, Password);
        const auto byRecovery = unwrap({m_keys, QStringLiteral("recovery")}, m_recoveryKey);
        QVERIFY2(byRecovery.exitCode == 0, byRecovery.err.constData());
        QCOMPARE(byRecovery.out, byPassword.out);
        // The recovery slot holds the PII key too, and it is the one the DPO's slot holds.
        const auto piiByRecovery
            = unwrap({QStringLiteral("--pii"), m_keys, QStringLiteral("recovery")}, m_recoveryKey);
        const auto piiByPassword = unwrap({QStringLiteral("--pii"), m_keys, QStringLiteral("dpo")}, Password);
        QCOMPARE(piiByRecovery.exitCode, 0);
        QCOMPARE(piiByRecovery.out, piiByPassword.out);
        QVERIFY(piiByRecovery.out != byPassword.out);
        // The file dppctl wrote: its MAC and the tags of the PII slots (dpo, recovery) all match.
        QVERIFY2(!piiByRecovery.err.contains("warning"), piiByRecovery.err.constData());
        QVERIFY2(!piiByPassword.err.contains("warning"), piiByPassword.err.constData());
    }

    void changedPiiSlotIsAWarning_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QByteArray>("warning"); // expected on standard error; empty: no warning
        QTest::newRow("nothing changed") << QStringLiteral("none") << QByteArray();
        QTest::newRow("public key of dpo's slot swapped")
            << QStringLiteral("swap")
            << QByteArray("the slot of \"dpo\" (%1) holds the PII key but its "
                          "PII-slot tag does not match");
        QTest::newRow("tag removed from dpo's slot")
            << QStringLiteral("untag")
            << QByteArray("the slot of \"dpo\" (%1) holds the PII key but has no PII-slot tag");
        QTest::newRow("recovery's tag copied onto dpo's slot")
            << QStringLiteral("copy")
            << QByteArray("the slot of \"dpo\" (%1) holds the PII key but its "
                          "PII-slot tag does not match");
        QTest::newRow("dpo's tag cut to 16 bytes")
            << QStringLiteral("short")
            << QByteArray("the slot of \"dpo\" (%1) holds the PII key but its "
                          "PII-slot tag is damaged");
        QTest::newRow("dpo's slot removed") << QStringLiteral("remove") << QByteArray();
        QTest::newRow("PII key and tag taken from dpo's slot") << QStringLiteral("take") << QByteArray();
        QTest::newRow("a retired top-level pii_mac")
            << QStringLiteral("pii_mac") << QByteArray("top-level \"pii_mac\"");
    }

    void changedPiiSlotIsAWarning()
    {
        // Tried: someone holding the DMK but not the PII key changes dpo's slot in a copy of the
        // key file and computes the file MAC again. The tool, asked for the PII key through the
        // recovery slot, still prints it (exit 0), warns about every change the tags catch, naming
        // the slot, and says nothing about a slot removed or a PII key taken away. Printing only
        // the DMK, it checks no tag.
        QFETCH(QString, change);
        QFETCH(QByteArray, warning);
        const auto dmkRun = unwrap({m_keys, QStringLiteral("recovery")}, m_recoveryKey);
        const auto piiRun
            = unwrap({QStringLiteral("--pii"), m_keys, QStringLiteral("recovery")}, m_recoveryKey);
        QCOMPARE(dmkRun.exitCode, 0);
        QCOMPARE(piiRun.exitCode, 0);
        QByteArray dmkBytes = QByteArray::fromHex(dmkRun.out.trimmed());
        const SecureBytes dmk = SecureBytes::takeFrom(dmkBytes);

        const QString changed = m_dir.filePath(QStringLiteral("changed.keys"));
        QJsonObject root = readJson(m_keys);
        const QString dpoId = root.value(QStringLiteral("slots"))
                                  .toArray()
                                  .at(slotIndex(root, QStringLiteral("dpo")))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        const QJsonValue recoveryTag = root.value(QStringLiteral("slots"))
                                           .toArray()
                                           .at(slotIndex(root, QStringLiteral("recovery")))
                                           .toObject()
                                           .value(QStringLiteral("pii_tag"));
        QVERIFY(recoveryTag.isObject());
        if (change == QLatin1String("remove")) {
            QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
            slotArray.removeAt(slotIndex(root, QStringLiteral("dpo")));
            root[QStringLiteral("slots")] = slotArray;
        } else if (change == QLatin1String("pii_mac")) {
            root[QStringLiteral("pii_mac")]
                = QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("hmac-sha256")},
                              {QStringLiteral("key_id"), root.value(QStringLiteral("pii_current"))},
                              {QStringLiteral("value"), QString::fromLatin1(QByteArray(32, 'm').toBase64())}};
        } else if (change != QLatin1String("none")) {
            editSlot(root, QStringLiteral("dpo"), [&](QJsonObject& slot) {
                if (change == QLatin1String("swap"))
                    slot[QStringLiteral("public_key")]
                        = QString::fromLatin1(crypto::randomBytes(32).toBase64());
                else if (change == QLatin1String("untag"))
                    slot.remove(QStringLiteral("pii_tag"));
                else if (change == QLatin1String("copy"))
                    slot[QStringLiteral("pii_tag")] = recoveryTag;
                else if (change == QLatin1String("short")) {
                    QJsonObject tag = slot.value(QStringLiteral("pii_tag")).toObject();
                    tag[QStringLiteral("value")] = QString::fromLatin1(QByteArray(16, 't').toBase64());
                    slot[QStringLiteral("pii_tag")] = tag;
                } else if (change == QLatin1String("take")) {
                    slot[QStringLiteral("pii")] = QJsonArray();
                    slot.remove(QStringLiteral("pii_tag"));
                }
            });
        }
        remac(root, dmk);
        writeJson(changed, root);

        const auto pii
            = unwrap({QStringLiteral("--pii"), changed, QStringLiteral("recovery")}, m_recoveryKey);
        QCOMPARE(pii.exitCode, 0);
        QCOMPARE(pii.out, piiRun.out);
        QVERIFY2(!pii.err.contains("key file MAC"), pii.err.constData()); // the MAC was made again
        if (warning.isEmpty()) {
            QVERIFY2(!pii.err.contains("warning"), pii.err.constData());
        } else {
            const QByteArray expected = warning.replace("%1", dpoId.toLatin1());
            QVERIFY2(pii.err.contains(expected), pii.err.constData());
        }
        const auto dmkOnly = unwrap({changed, QStringLiteral("recovery")}, m_recoveryKey);
        QCOMPARE(dmkOnly.exitCode, 0);
        QCOMPARE(dmkOnly.out, dmkRun.out);
        QVERIFY2(!dmkOnly.err.contains("PII-slot tag"), dmkOnly.err.constData());
    }

    void wrongSecretsAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("wrong password") << QStringLiteral("dpo") << QByteArray("Wrong-Test-Passw0rd");
        QTest::newRow("unknown user") << QStringLiteral("mallory") << Password;
        QTest::newRow("malformed recovery key") << QStringLiteral("recovery") << QByteArray("ABCD-EFGH");
    }

    void wrongSecretsAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, secret);
        const auto r = unwrap({m_keys, user}, secret);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void damagedFileIsReported()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.keys"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileBytes(m_keys).left(300));
        file.close();
        const auto r = unwrap({damaged, QStringLiteral("dpo")}, Password);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
    }

    void afterRotationTheNewKeyOpens()
    {
        const QByteArray before = unwrap({m_keys, QStringLiteral("dpo")}, Password).out.trimmed();
        QVERIFY(!dppctl({QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("--password-stdin"),
                         QStringLiteral("rekey")},
                        Password + '\n')
                     .isEmpty());
        const auto after = unwrap({m_keys, QStringLiteral("dpo")}, Password);
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.trimmed() != before);
        QVERIFY(shell(m_db, after.out.trimmed(), "SELECT count(*) FROM principals;").out.contains("1"));
        QVERIFY(
            shell(m_db, before, "SELECT count(*) FROM principals;").err.contains("file is not a database"));
        // The tool checks the file's MAC with the key it unwrapped: no warning on a file we wrote.
        QVERIFY2(!after.err.contains("MAC"), after.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestUnwrapTool)
#include "TestUnwrapTool.moc"
