// The scheduler's key slot end to end through dppctl and a real gnome-keyring in a throw-away
// D-Bus session (tests/support/with-keyring.sh): enable, sign in as the scheduler, disable; and
// with no secret service a clear failure that changes nothing and writes no secret anywhere.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace dpp::test;

namespace {
const QByteArray Password = "Keyring-Test-Passw0rd\n";
}

class TestSchedulerKeychain final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    bool m_keyring = false;

    ProcessResult dppctl(const QStringList& arguments, const QByteArray& input = {}, bool withoutBus = false)
    {
        QStringList env;
        if (withoutBus) // as on a server with no desktop session: no bus, so no Secret Service
            env << QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + m_dir.filePath(QStringLiteral("no-bus"));
        return runProgram(builtProgram(QStringLiteral("dppctl")),
                          QStringList{QStringLiteral("--database"), m_db} + arguments, input, 60000, env);
    }

    QStringList signInAsDpo() const
    {
        return {QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("--password-stdin")};
    }

    //! Every regular file under the throw-away HOME and XDG folders, except gnome-keyring's own
    //! encrypted keyrings: where a plaintext fallback would have written the secret.
    static QStringList filesOutsideKeyrings()
    {
        QStringList files;
        const QString root = qEnvironmentVariable("DPP_KEYRING_TMP", QDir::homePath());
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QStringLiteral("/keyrings/")) && !path.endsWith(QStringLiteral("daemon.log")))
                files << path;
        }
        return files;
    }

private slots:
    void initTestCase()
    {
        m_keyring = !qEnvironmentVariableIsSet("DPP_TEST_NO_KEYRING");
        if (!m_keyring && qEnvironmentVariableIsSet("DPP_REQUIRE_KEYRING"))
            QFAIL("no Secret Service could be started although the set-up installed gnome-keyring");
        m_db = m_dir.filePath(QStringLiteral("c.db"));
        const auto r = dppctl(QStringList{QStringLiteral("init")} + signInAsDpo(), Password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void withoutSecretServiceNothingChanges()
    {
        // Tried: enabling the scheduler and signing in as it when no Secret Service can be reached.
        const QByteArray keys = fileBytes(m_dir.filePath(QStringLiteral("c.keys")));
        const QStringList filesBefore = filesOutsideKeyrings();
        auto r = dppctl(QStringList{QStringLiteral("scheduler"), QStringLiteral("enable")} + signInAsDpo(), Password,
                        true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(fileBytes(m_dir.filePath(QStringLiteral("c.keys"))), keys);
        QCOMPARE(filesOutsideKeyrings(), filesBefore); // no plaintext fallback file appeared
        // Password slots still work without a keychain.
        r = dppctl(QStringList{QStringLiteral("whoami")} + signInAsDpo(), Password, true);
        QCOMPARE(r.exitCode, 0);
    }

    void enableSignInDisable()
    {
        if (!m_keyring)
            QSKIP("no Secret Service in this environment (with-keyring.sh said why on stderr)");
        auto r = dppctl(QStringList{QStringLiteral("scheduler"), QStringLiteral("enable")} + signInAsDpo(), Password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(fileContains(m_dir.filePath(QStringLiteral("c.keys")), "\"kind\": \"keychain\""));

        r = dppctl({QStringLiteral("--scheduler"), QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("User:     scheduler"));
        QVERIFY(r.out.contains("PII key:  no")); // the scheduler never holds the PII key
        // The scheduler may not read the console's status, and says so clearly.
        r = dppctl({QStringLiteral("--scheduler"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("status.view"));

        // With the bus gone, the scheduler's sign-in fails clearly (the job exits non-zero).
        r = dppctl({QStringLiteral("--scheduler"), QStringLiteral("whoami")}, {}, true);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());

        // A rotation re-seals the scheduler's slot too.
        r = dppctl(QStringList{QStringLiteral("rekey")} + signInAsDpo(), Password);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(dppctl({QStringLiteral("--scheduler"), QStringLiteral("whoami")}).exitCode, 0);

        r = dppctl(QStringList{QStringLiteral("scheduler"), QStringLiteral("disable")} + signInAsDpo(), Password);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!fileContains(m_dir.filePath(QStringLiteral("c.keys")), "\"kind\": \"keychain\""));
        r = dppctl({QStringLiteral("--scheduler"), QStringLiteral("whoami")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("no scheduler key slot"));
    }
};

QTEST_GUILESS_MAIN(TestSchedulerKeychain)
#include "TestSchedulerKeychain.moc"
