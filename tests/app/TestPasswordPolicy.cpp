// Tests of the password floor, rule by rule: length in characters, three character classes, the
// user name, the shipped common-password list (embedded in dppcore, also as dppctl sees it), zxcvbn.
// Every password here is made up for the test.
#include "TestSupport.h"
#include "auth/PasswordPolicy.h"
#include "auth/PasswordStrength.h"
#include "crypto/Primitives.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace dpp;

namespace {

SecureBytes utf8(const QString& text)
{
    return SecureBytes::fromUtf8(text);
}

} // namespace

class TestPasswordPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialize().ok()); }

    // First, so that the list is loaded here: several threads race for the first use.
    void firstUseFromManyThreads()
    {
        std::atomic<int> common{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i)
            threads.emplace_back([&common] {
                if (PasswordPolicy::isCommon(SecureBytes("dragon", 6)))
                    ++common;
            });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(common.load(), 8);
    }

    // The list is a resource of the static library dppcore; this executable only links dppcore.
    void listIsEmbedded()
    {
        QFile list(QStringLiteral(":/dpp/common-passwords.txt"));
        QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.errorString()));
        const QList<QByteArray> lines = list.readAll().split('\n');
        QCOMPARE(lines.size(), 10001); // 10,000 lines, each ending in '\n'
        QVERIFY(lines.last().isEmpty());
        QSet<QByteArray> seen;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            QVERIFY2(!line.isEmpty() && line == line.toLower() && !line.contains('\r'),
                     qPrintable(QStringLiteral("line %1").arg(i + 1)));
            QVERIFY2(!seen.contains(line), qPrintable(QStringLiteral("line %1 repeats").arg(i + 1)));
            seen.insert(line);
        }
        QCOMPARE(lines.first(), QByteArray("password")); // the source's order: most common first
        QFile licence(QStringLiteral(":/dpp/common-passwords.LICENSE"));
        QVERIFY(licence.open(QIODevice::ReadOnly));
        QVERIFY(licence.readAll().contains("MIT License"));
    }

    void isCommon_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("common");
        QTest::newRow("the list's first entry") << QStringLiteral("password") << true;
        QTest::newRow("an entry in capitals (case is ignored)") << QStringLiteral("PASSWORD") << true;
        QTest::newRow("an entry of digits only") << QStringLiteral("123456") << true;
        QTest::newRow("the last entry") << QStringLiteral("eyphed") << true;
        QTest::newRow("an entry with punctuation") << QStringLiteral("iloveyou!") << true;
        QTest::newRow("an entry of 12 characters") << QStringLiteral("Unbelievable") << true;
        QTest::newRow("an entry of 13 characters") << QStringLiteral("contortionist") << true;
        QTest::newRow("an entry of 18 characters") << QStringLiteral("films+pic+galeries") << true;
        QTest::newRow("entry + 1 digit") << QStringLiteral("Dragon7") << true;
        QTest::newRow("entry + 4 digits and marks") << QStringLiteral("Monkey123!") << true;
        QTest::newRow("entry 'password1' + '234!'") << QStringLiteral("Password1234!") << true;
        QTest::newRow("entry + '!!'") << QStringLiteral("dragon!!") << true;
        QTest::newRow("digit entry + '!'") << QStringLiteral("123456!") << true;
        QTest::newRow("entry + 5 digits is past the suffix rule")
            << QStringLiteral("unbelievable12345") << false;
        QTest::newRow("entry + a letter is not the entry") << QStringLiteral("unbelievablex") << false;
        QTest::newRow("a letter + entry is not the entry") << QStringLiteral("xunbelievable") << false;
        QTest::newRow("entry + digits + a letter") << QStringLiteral("monkey12z") << false;
        QTest::newRow("random 12 characters") << QStringLiteral("Tq7#vR2m!xLp") << false;
        QTest::newRow("an entry with an umlaut for a vowel") << QStringLiteral("pässword") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isCommon()
    {
        QFETCH(QString, password);
        QFETCH(bool, common);
        QCOMPARE(PasswordPolicy::isCommon(utf8(password)), common);
    }

    void check_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("username");
        //! A piece of the message naming the rule the password breaks; empty when it is accepted.
        QTest::addColumn<QString>("refusal");
        const QString length = QStringLiteral("at least 12 characters");
        const QString classes = QStringLiteral("at least three of");
        const QString name = QStringLiteral("must not contain the user name");
        const QString common = QStringLiteral("on a list of the most common passwords");
        const QString user = QStringLiteral("ops.kestrel");

        // Length, counted in characters.
        QTest::newRow("11 characters: refused") << QStringLiteral("Tq7#vR2m!xL") << user << length;
        QTest::newRow("exactly 12 characters: accepted")
            << QStringLiteral("Tq7#vR2m!xLp") << user << QString();
        QTest::newRow("empty: refused") << QString() << user << length;
        QTest::newRow("11 characters in 18 UTF-8 bytes: refused (characters count, not bytes)")
            << QStringLiteral("äöüÄÖÜß1234") << user << length;
        QTest::newRow("list entry of 8 characters + '1!': refused for length before the list")
            << QStringLiteral("Dragon1!") << user << length;

        // Three of four classes: lower case, capitals, digits, other (any non-ASCII character too).
        QTest::newRow("lower case and digits only: refused")
            << QStringLiteral("kx9vq2mz7wp4") << user << classes;
        QTest::newRow("capitals and digits only: refused")
            << QStringLiteral("KX9VQ2MZ7WP4") << user << classes;
        QTest::newRow("lower case and marks only: refused")
            << QStringLiteral("kx#vq-mz!wp?") << user << classes;
        QTest::newRow("lower, capitals, digits: accepted")
            << QStringLiteral("kx9vQ2mzR7wp") << user << QString();
        QTest::newRow("lower, digits, marks: accepted")
            << QStringLiteral("kx9v#2mz-7wp") << user << QString();
        QTest::newRow("umlauts are other characters: lower, digits, umlauts accepted")
            << QStringLiteral("kx9vö2mzä7wp") << user << QString();
        QTest::newRow("umlauts are other characters: lower case and umlauts only refused")
            << QStringLiteral("kxövqämzüwpß") << user << classes;
        QTest::newRow("capital umlauts are not capitals: lower case and Ä Ö Ü refused")
            << QStringLiteral("kxÖvqÄmzÜwpx") << user << classes;

        // The user name, ignoring case.
        QTest::newRow("user name inside: refused") << QStringLiteral("Zq7#ops.kestrel!") << user << name;
        QTest::newRow("user name in capitals inside: refused")
            << QStringLiteral("Zq7#OPS.KESTREL!") << user << name;
        QTest::newRow("user name mixed case at the start: refused")
            << QStringLiteral("Ops.Kestrel-93zq") << user << name;
        QTest::newRow("part of the user name only: accepted")
            << QStringLiteral("Zq7#kestrel!Vw") << user << QString();
        QTest::newRow("no user name given: the same password accepted")
            << QStringLiteral("Zq7#ops.kestrel!") << QString() << QString();

        // The common-password list.
        QTest::newRow("list entry of 18 characters, capitalised: refused")
            << QStringLiteral("Films+Pic+Galeries") << user << common;
        QTest::newRow("list entry of 13 characters + 1 digit: refused")
            << QStringLiteral("Contortionist7") << user << common;
        QTest::newRow("list entry of 12 characters + digit suffix '12': refused")
            << QStringLiteral("Unbelievable12") << user << common;
        QTest::newRow("list entry 'password1' + '234!': refused")
            << QStringLiteral("Password1234!") << user << common;
        QTest::newRow("list entry 'qwerty123' + '456!': refused")
            << QStringLiteral("Qwerty123456!") << user << common;

        // zxcvbn, after the rules: guessable although no rule above catches it.
        const QString guessable = QStringLiteral("built from common words"); // zxcvbn's advice
        QTest::newRow("list entry + 5-character suffix, past the list's rule: refused by zxcvbn")
            << QStringLiteral("Qwertyuiop12345!") << user << guessable;
        QTest::newRow("a month and a year: refused by zxcvbn")
            << QStringLiteral("January-2024!") << user << guessable;

        QTest::newRow("random passphrase: accepted")
            << QStringLiteral("Trellis7!Mosaic-Quince") << user << QString();
        QTest::newRow("random passphrase with umlauts: accepted")
            << QStringLiteral("Gewölbe-Quitte-Färse-71") << user << QString();
    }

    void check()
    {
        QFETCH(QString, password);
        QFETCH(QString, username);
        QFETCH(QString, refusal);
        const Result<void> result = PasswordPolicy::check(utf8(password), username);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(result.error().message().contains(refusal), qPrintable(result.error().message()));
    }

    // dppctl links dppcore alone and finds the list wherever it is started from.
    void dppctlRefusesACommonPasswordFromAnyFolder()
    {
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        QProcess dppctl;
        dppctl.setWorkingDirectory(elsewhere.path());
        dppctl.start(test::builtProgram(QStringLiteral("dppctl")),
                     {QStringLiteral("--database"), elsewhere.filePath(QStringLiteral("c.db")),
                      QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("dpo"),
                      QStringLiteral("--password-stdin")});
        QVERIFY(dppctl.waitForStarted(10000));
        dppctl.write("Films+Pic+Galeries\n");
        dppctl.closeWriteChannel();
        QVERIFY(dppctl.waitForFinished(60000));
        const QByteArray err = dppctl.readAllStandardError();
        QVERIFY2(dppctl.exitCode() != 0, err.constData());
        QVERIFY2(err.contains("on a list of the most common passwords"), err.constData());
        QVERIFY(!QFile::exists(elsewhere.filePath(QStringLiteral("c.db"))));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
