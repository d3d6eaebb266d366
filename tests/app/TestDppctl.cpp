// dppctl as a user runs it: init, status, slots, rekey, exit codes, and what a wrong password or
// bad usage leaves behind (nothing but a line in .attempts). Uses the real Argon2id parameters.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dpp::test;

namespace {
const QByteArray Password = "Dppctl-Test-Passw0rd\n";
}

class TestDppctl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    ProcessResult dppctl(const QStringList& arguments, const QByteArray& input = {})
    {
        return runProgram(builtProgram(QStringLiteral("dppctl")), arguments, input);
    }

    QByteArray snapshot() const
    {
        QByteArray all;
        for (const QString& name :
             {QStringLiteral("c.db"), QStringLiteral("c.keys"), QStringLiteral("c.db-wal")})
            all += name.toUtf8() + ':' + fileBytes(QDir(m_dir.path()).filePath(QStringLiteral("x/") + name))
                + '\n';
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("x/c.db"));
    }

    void initCreatesTheDatabase()
    {
        const auto r
            = dppctl({QStringLiteral("--database"), m_db, QStringLiteral("init"), QStringLiteral("--user"),
                      QStringLiteral("dpo"), QStringLiteral("--password-stdin")},
                     Password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QRegularExpression recovery(QStringLiteral("^Recovery key: ([A-Z2-7]{4}-){12}[A-Z2-7]{4}$"),
                                          QRegularExpression::MultilineOption);
        QVERIFY2(recovery.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        QCOMPARE(r.out.count("Recovery key:"), 1);
        // The folder was made 0700, the files are 0600.
        QCOMPARE(fileMode(m_dir.filePath(QStringLiteral("x"))) & 0777, 0700);
        QCOMPARE(fileMode(m_db) & 0777, 0600);
        QCOMPARE(fileMode(m_dir.filePath(QStringLiteral("x/c.keys"))) & 0777, 0600);
        QVERIFY(!r.out.contains("Dppctl-Test-Passw0rd") && !r.err.contains("Dppctl-Test-Passw0rd"));
    }

    void initAgainIsRefused()
    {
        const QByteArray before = snapshot();
        const auto r
            = dppctl({QStringLiteral("--database"), m_db, QStringLiteral("init"), QStringLiteral("--user"),
                      QStringLiteral("dpo"), QStringLiteral("--password-stdin")},
                     Password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already exists"));
        QCOMPARE(snapshot(), before);
    }

    void status()
    {
        const auto r
            = dppctl({QStringLiteral("--database"), m_db, QStringLiteral("--user"), QStringLiteral("dpo"),
                      QStringLiteral("--password-stdin"), QStringLiteral("status")},
                     Password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Schema version:    9"));
        QVERIFY(r.out.contains("SQLCipher:         4."));
        QVERIFY(r.out.contains("Page size:         4096"));
        QVERIFY(r.out.contains("argon2id (3 passes, 256 MiB)")); // the programs' slots are never weakened
        QVERIFY(r.out.contains("Slot:              recovery"));
        QVERIFY(r.out.contains("principals 1"));
    }

    void statusJson()
    {
        const auto r
            = dppctl({QStringLiteral("--database"), m_db, QStringLiteral("--user"), QStringLiteral("dpo"),
                      QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("status")},
                     Password);
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("page_size")).toInt(), 4096);
        QCOMPARE(o.value(QStringLiteral("slots")).toArray().size(), 2);
        QVERIFY(o.value(QStringLiteral("sqlcipher_version")).toString().startsWith(QLatin1Char('4')));
    }

    void wrongCredentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("wrong password") << QStringLiteral("dpo") << QByteArray("Wrong-Test-Passw0rd\n");
        QTest::newRow("unknown user") << QStringLiteral("mallory") << Password;
        QTest::newRow("no password on stdin") << QStringLiteral("dpo") << QByteArray();
    }

    void wrongCredentials()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, input);
        const QByteArray before = snapshot();
        const auto r = dppctl({QStringLiteral("--database"), m_db, QStringLiteral("--user"), user,
                               QStringLiteral("--password-stdin"), QStringLiteral("status")},
                              input);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1); // one line on stderr
        QVERIFY(r.out.isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("status")};
        QTest::newRow("status without user")
            << QStringList{QStringLiteral("--password-stdin"), QStringLiteral("status")};
        QTest::newRow("no terminal for the prompt")
            << QStringList{QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("status")};
        QTest::newRow("scheduler without action")
            << QStringList{QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("scheduler")};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const QByteArray before = snapshot();
        const auto r = dppctl(QStringList{QStringLiteral("--database"), m_db} + arguments, Password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("dppctl: "));
        QCOMPARE(snapshot(), before);
    }

    void defaultLocation()
    {
        // Without --database the database goes under the application data folder, in a folder
        // that is 0700, and dppctl finds it there again.
        const QString data = m_dir.filePath(QStringLiteral("xdg-data"));
        const QStringList env{QStringLiteral("XDG_DATA_HOME=") + data};
        auto r = runProgram(builtProgram(QStringLiteral("dppctl")),
                            {QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("dpo"),
                             QStringLiteral("--password-stdin")},
                            Password, 60000, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString expected = data + QStringLiteral("/dpp-console/dpp-console.db");
        QVERIFY2(QFile::exists(expected), qPrintable(expected));
        QCOMPARE(fileMode(data + QStringLiteral("/dpp-console")) & 0777, 0700);
        QCOMPARE(fileMode(expected) & 0777, 0600);
        r = runProgram(builtProgram(QStringLiteral("dppctl")),
                       {QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("--password-stdin"),
                        QStringLiteral("whoami")},
                       Password, 60000, env);
        QCOMPARE(r.exitCode, 0);
    }

    void missingDatabase()
    {
        const auto r = dppctl({QStringLiteral("--database"), m_dir.filePath(QStringLiteral("nowhere/c.db")),
                               QStringLiteral("--user"), QStringLiteral("dpo"),
                               QStringLiteral("--password-stdin"), QStringLiteral("status")},
                              Password);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no DPP Console database"));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("nowhere"))).exists());
    }

    void slotsAndRekey()
    {
        const QStringList signIn{QStringLiteral("--database"), m_db, QStringLiteral("--user"),
                                 QStringLiteral("dpo"), QStringLiteral("--password-stdin")};
        auto r = dppctl(signIn + QStringList{QStringLiteral("slots")}, Password);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 2);
        const QByteArray dbBefore = fileBytes(m_db);
        r = dppctl(signIn + QStringList{QStringLiteral("rekey")}, Password);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(fileBytes(m_db) != dbBefore); // every page re-encrypted
        r = dppctl(signIn + QStringList{QStringLiteral("status")}, Password);
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDppctl)
#include "TestDppctl.moc"
