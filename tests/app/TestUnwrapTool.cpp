// The owner's way out: docs/tools/dpp-unwrap-key (an independent Python implementation of
// docs/keys-format.md) unwraps the database key from a file written by dppctl, and the stock
// sqlcipher shell opens the database with it, and only with it.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QFAIL("the stock sqlcipher shell is missing: run installer/setup-debian.sh");
        m_db = m_dir.filePath(QStringLiteral("shop.db"));
        m_keys = m_dir.filePath(QStringLiteral("shop.keys"));
        const QByteArray out = dppctl({QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("dpo"),
                                       QStringLiteral("--password-stdin")},
                                      Password + '\n');
        const auto match = QRegularExpression(QStringLiteral("Recovery key: (\\S+)")).match(QString::fromUtf8(out));
        QVERIFY(match.hasMatch());
        m_recoveryKey = match.captured(1).toLatin1();
    }

    void passwordSlotOpensTheDatabaseInTheStockShell()
    {
        const auto r = unwrap({m_keys, QStringLiteral("dpo")}, Password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray key = r.out.trimmed();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(key)).hasMatch());

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
        const auto piiByRecovery = unwrap({QStringLiteral("--pii"), m_keys, QStringLiteral("recovery")}, m_recoveryKey);
        const auto piiByPassword = unwrap({QStringLiteral("--pii"), m_keys, QStringLiteral("dpo")}, Password);
        QCOMPARE(piiByRecovery.exitCode, 0);
        QCOMPARE(piiByRecovery.out, piiByPassword.out);
        QVERIFY(piiByRecovery.out != byPassword.out);
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
        QVERIFY(shell(m_db, before, "SELECT count(*) FROM principals;").err.contains("file is not a database"));
        // The tool checks the file's MAC with the key it unwrapped: no warning on a file we wrote.
        QVERIFY2(!after.err.contains("MAC"), after.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestUnwrapTool)
#include "TestUnwrapTool.moc"
