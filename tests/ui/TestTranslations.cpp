// TestTranslations: the German translation is embedded and complete, and it covers the core: every
// message in app/ (but app/cli: dppctl is not translated) is found under the context the core
// translates it with at run time, and core errors come back in German once the translator is in.
#include "TestSupport.h"
#include "auth/PasswordPolicy.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dpp;
using namespace dpp::test;

namespace {

//! The text of a C++ string literal's body ("\"" -> '"', "\\" -> '\', "\n" -> newline).
QString unescape(const QString& literal)
{
    QString text;
    for (qsizetype i = 0; i < literal.size(); ++i) {
        QChar c = literal.at(i);
        if (c == QLatin1Char('\\') && i + 1 < literal.size()) {
            c = literal.at(++i);
            if (c == QLatin1Char('n'))
                c = QLatin1Char('\n');
        }
        text.append(c);
    }
    return text;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanIsEmbedded();
    void everyMessageIsTranslated();
    void coreMessagesAreTranslated_data();
    void coreMessagesAreTranslated();
    void coreErrorsComeBackGerman();

private:
    QTranslator m_german;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_german.load(QStringLiteral(":/i18n/dppconsole_de.qm")));
}

void TestTranslations::germanIsEmbedded()
{
    QCOMPARE(m_german.language(), QStringLiteral("de_DE"));
    QCOMPARE(m_german.translate("dpp::ui::UnlockPage", "Un&lock"), QStringLiteral("&Entsperren"));
    QCOMPARE(m_german.translate("dpp::ui::MainWindow", "&Lock"), QStringLiteral("&Sperren"));
    QCOMPARE(m_german.translate("dpp::Roles", "Data Protection Officer"),
             QStringLiteral("Datenschutzbeauftragte(r)"));
}

void TestTranslations::everyMessageIsTranslated()
{
    const QByteArray ts
        = fileBytes(QDir(sourceDir()).filePath(QStringLiteral("translations/dppconsole_de.ts")));
    QVERIFY(!ts.isEmpty());
    QVERIFY2(!ts.contains("type=\"unfinished\""), "dppconsole_de.ts has unfinished messages");
    QVERIFY2(!ts.contains("<translation></translation>"), "dppconsole_de.ts has empty translations");
    QVERIFY2(!ts.contains("type=\"vanished\"") && !ts.contains("type=\"obsolete\""),
             "dppconsole_de.ts has messages whose source is gone; run lupdate -no-obsolete");
}

void TestTranslations::coreMessagesAreTranslated_data()
{
    // Reads the core's sources the way lupdate does for the two forms the core uses: literal
    // QCoreApplication::translate("context", "text") calls, and tr() in classes that declare their
    // context with Q_DECLARE_TR_FUNCTIONS in the header of the same name. A bare tr() anywhere else
    // would be a local helper again, whose context lupdate cannot see.
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("disambiguation");

    static const QRegularExpression joined(QStringLiteral("\"\\s*\\n\\s*\"")); // "ab "\n "cd"
    static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"));
    static const QRegularExpression literalCall(
        QStringLiteral("QCoreApplication::translate\\(\\s*\"([^\"]+)\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(?:"
                       "\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\")?"));
    static const QRegularExpression bareTr(QStringLiteral(
        "(?<![\\w:.>])tr\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(?:\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\")?"));

    const QDir app(QDir(sourceDir()).filePath(QStringLiteral("app")));
    QDirIterator it(app.path(), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = app.relativeFilePath(path);
        if (relative.startsWith(QLatin1String("cli/")))
            continue;
        ++files;
        const QString source = QString::fromUtf8(fileBytes(path)).replace(joined, QString());
        const QFileInfo info(path);
        const QString header = QString::fromUtf8(
            fileBytes(info.dir().filePath(info.completeBaseName() + QStringLiteral(".h"))));
        const QString classContext = declared.match(header).captured(1);

        for (const auto& m : literalCall.globalMatch(source))
            QTest::addRow("%s: %s", qPrintable(relative), qPrintable(m.captured(2).left(50)))
                << m.captured(1) << unescape(m.captured(2)) << unescape(m.captured(3));
        for (const auto& m : bareTr.globalMatch(source))
            QTest::addRow("%s: %s", qPrintable(relative), qPrintable(m.captured(1).left(50)))
                << classContext << unescape(m.captured(1)) << unescape(m.captured(2));
    }
    QVERIFY(files > 10);
}

void TestTranslations::coreMessagesAreTranslated()
{
    QFETCH(QString, context);
    QFETCH(QString, text);
    QFETCH(QString, disambiguation);
    QVERIFY2(!context.isEmpty(), "tr() without a context lupdate can see (a local tr() helper?)");
    const QByteArray textUtf8 = text.toUtf8();
    const QByteArray disambiguationUtf8 = disambiguation.toUtf8();
    QVERIFY2(!m_german
                  .translate(context.toUtf8().constData(), textUtf8.constData(),
                             disambiguation.isEmpty() ? nullptr : disambiguationUtf8.constData())
                  .isEmpty(),
             "not in dppconsole_de.qm: run the update_translations target and translate it");
}

void TestTranslations::coreErrorsComeBackGerman()
{
    // Through the core's own calls, with the translator installed as dpp-console installs it.
    QVERIFY(QCoreApplication::installTranslator(&m_german));
    const auto removeTranslator = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_german); });

    QCOMPARE(QCoreApplication::translate("dpp::Vault", "Wrong user name or password."),
             QStringLiteral("Benutzername oder Passwort ist falsch."));

    const Result<void> tooShort = PasswordPolicy::check(SecureBytes::fromUtf8(u"kurz"), QString());
    QVERIFY(!tooShort);
    QCOMPARE(tooShort.error().message(),
             QStringLiteral("Das Passwort muss mindestens 12 Zeichen lang sein."));

    QTemporaryDir dir;
    const VaultPaths paths(dir.filePath(QStringLiteral("none.db")));
    const auto missing = Vault::unlock(paths, QStringLiteral("dpo"), SecureBytes::fromUtf8(u"irrelevant"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().message(),
             QStringLiteral("Unter %1 gibt es keine DPP-Console-Datenbank.").arg(paths.database()));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
