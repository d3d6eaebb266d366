// TestTranslations: the German translation is embedded, complete, and covers the core messages
// the console shows (CoreMessages.h), each of which must still occur in the core's sources.
#include "CoreMessages.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace dpp::test;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void germanIsEmbedded();
    void everyMessageIsTranslated();
    void coreMessagesStillExist_data();
    void coreMessagesStillExist();
    void coreMessagesAreTranslated();

private:
    QTranslator m_german;
    QString m_coreSources; //!< every app/ .cpp, string literals joined across lines
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_german.load(QStringLiteral(":/i18n/dppconsole_de.qm")));
    QDirIterator it(QDir(sourceDir()).filePath(QStringLiteral("app")), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QString all;
    while (it.hasNext())
        all += QString::fromUtf8(fileBytes(it.next()));
    // "abc "\n   "def" -> "abc def", as the compiler sees it.
    static const QRegularExpression split(QStringLiteral("\"\\s*\\n\\s*\""));
    m_coreSources = all.replace(split, QString());
    QVERIFY(!m_coreSources.isEmpty());
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
    QVERIFY2(!ts.contains("type=\"vanished\"") && !ts.contains("type=\"obsolete\""),
             "dppconsole_de.ts has messages whose source is gone; run lupdate -no-obsolete");
}

void TestTranslations::coreMessagesStillExist_data()
{
    QTest::addColumn<QString>("text");
    for (const auto& message : dpp::ui::CoreMessages)
        QTest::newRow(message.text) << QString::fromUtf8(message.text);
}

void TestTranslations::coreMessagesStillExist()
{
    QFETCH(QString, text);
    // The source spells quotes as \" inside its literals.
    QString spelled = text;
    spelled.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    QVERIFY2(m_coreSources.contains(QLatin1Char('"') + spelled + QLatin1Char('"')),
             "no longer in app/: update ui/CoreMessages.h and the translation");
}

void TestTranslations::coreMessagesAreTranslated()
{
    for (const auto& message : dpp::ui::CoreMessages)
        QVERIFY2(!m_german.translate(message.context, message.text).isEmpty(), message.text);
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
