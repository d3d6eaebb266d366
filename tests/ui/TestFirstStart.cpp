// TestFirstStart: the first-start flow end to end, driven through the widgets: refused passwords,
// creating the database (real Argon2id), the recovery key page, then the workspace.
#include "MainWindow.h"
#include "OverviewView.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "crypto/KeySlotFile.h"
#include "models/KeySlotModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

class TestFirstStart final : public QObject
{
    Q_OBJECT

private slots:
    void startsOnFirstStartWithoutDatabase();
    void firstStartEndToEnd();
    void usernameRuleExplainedInline();
};

void TestFirstStart::startsOnFirstStartWithoutDatabase()
{
    QTemporaryDir dir;
    ui::MainWindow window(VaultPaths(dir.filePath(QStringLiteral("c.db"))), {.watchScreenLock = false});
    auto* pages = child<QStackedWidget>(&window, "pages");
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("firstStartPage"));
    QVERIFY(!window.isUnlocked());
    QVERIFY(!window.lockAction()->isEnabled());
    QCOMPARE(window.windowTitle(), QStringLiteral("DPP Console"));
}

void TestFirstStart::usernameRuleExplainedInline()
{
    QTemporaryDir dir;
    ui::MainWindow window(VaultPaths(dir.filePath(QStringLiteral("c.db"))), {.watchScreenLock = false});
    auto* user = child<QLineEdit>(&window, "userNameEdit");
    auto* hint = child<QLabel>(&window, "userNameHint");
    QVERIFY(user && hint);
    QVERIFY(hint->text().contains(QStringLiteral("2 to 32")));
    QCOMPARE(hint->property("hintState").toInt(), 0); // neutral: explains the rule
    typeInto(user, QStringLiteral("9lives"));
    QCOMPARE(hint->property("hintState").toInt(), 1); // error: starts with a digit
    typeInto(user, QStringLiteral("recovery"));
    QVERIFY(hint->text().contains(QStringLiteral("reserved")));
    typeInto(user, QStringLiteral("j.smith"));
    QCOMPARE(hint->property("hintState").toInt(), 2); // good
}

void TestFirstStart::firstStartEndToEnd()
{
    QTemporaryDir dir;
    const VaultPaths paths(dir.filePath(QStringLiteral("c.db")));
    ui::MainWindow window(paths, {.watchScreenLock = false});
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Typing can start at once: the user name field has the focus.
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&window, "userNameEdit"));

    auto* pages = child<QStackedWidget>(&window, "pages");
    auto* user = child<QLineEdit>(&window, "userNameEdit");
    auto* name = child<QLineEdit>(&window, "displayNameEdit");
    auto* password = child<QLineEdit>(&window, "passwordEdit");
    auto* repeat = child<QLineEdit>(&window, "repeatPasswordEdit");
    auto* create = child<QPushButton>(&window, "createButton");
    auto* error = child<QLabel>(&window, "firstStartError");
    auto* feedback = child<QLabel>(&window, "passwordFeedback");
    auto* busy = child<QWidget>(&window, "busyIndicator");
    auto* strength = child<QProgressBar>(&window, "strengthBar");
    QVERIFY(pages && user && name && password && repeat && create && error && feedback && busy && strength);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(repeat->echoMode(), QLineEdit::Password);

    typeInto(user, QStringLiteral("jsmith"));
    typeInto(name, QStringLiteral("Jane Smith"));

    // A password that breaks the policy: refused inline, live and on submit; nothing is created.
    typeInto(password, QStringLiteral("short1A"));
    typeInto(repeat, QStringLiteral("short1A"));
    QVERIFY(feedback->text().contains(QStringLiteral("12 characters")));
    QCOMPARE(strength->value(), 1);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("12 characters")), qPrintable(error->text()));
    QVERIFY(!busy->isVisible());
    QVERIFY(!paths.exists());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("firstStartPage"));
    saveScreenshot(&window, QStringLiteral("first-start-weak-password"));

    // Meets the character rules but is a common pattern: zxcvbn says it is easy to guess.
    typeInto(password, QStringLiteral("Password1234!"));
    typeInto(repeat, QStringLiteral("Password1234!"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("easy to guess")), qPrintable(error->text()));
    QVERIFY(!paths.exists());

    // A good password typed differently the second time.
    typeInto(password, QStringLiteral("Quiet-Lantern-Harbor-47"));
    typeInto(repeat, QStringLiteral("Quiet-Lantern-Harbor-48"));
    QVERIFY(strength->value() >= 2);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("do not match")), qPrintable(error->text()));
    QVERIFY(repeat->text().isEmpty());
    QVERIFY(!paths.exists());
    saveScreenshot(&window, QStringLiteral("first-start-mismatch"));

    // The good one: busy while Argon2id runs off the GUI thread, then the recovery key.
    typeInto(repeat, QStringLiteral("Quiet-Lantern-Harbor-47"));
    QTest::keyClick(repeat, Qt::Key_Return);
    QVERIFY(busy->isVisible());
    QVERIFY(!create->isEnabled());
    QVERIFY(!user->isEnabled());
    QVERIFY(password->text().isEmpty()); // taken out of the field at once
    QVERIFY(repeat->text().isEmpty());
    saveScreenshot(&window, QStringLiteral("first-start-busy"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("recoveryKeyPage"), 60000);
    QVERIFY(QFile::exists(paths.database()));
    QVERIFY(QFile::exists(paths.keys()));
    QVERIFY(window.isUnlocked());

    auto* key = child<QLabel>(&window, "recoveryKeyLabel");
    auto* stored = child<QCheckBox>(&window, "storedCheckBox");
    auto* proceed = child<QPushButton>(&window, "continueButton");
    QVERIFY(key && stored && proceed);
    QString shown = key->text();
    shown.replace(QLatin1Char('\n'), QLatin1Char('-'));
    static const QRegularExpression form(QStringLiteral("^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$"));
    QVERIFY2(form.match(shown).hasMatch(),
             qPrintable(QStringLiteral("not a recovery key: ") + shown.left(5)));
    QVERIFY(key->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(key->font().fixedPitch() || key->font().styleHint() == QFont::Monospace
            || QFontInfo(key->font()).fixedPitch());
    {
        QByteArray text = shown.toLatin1();
        QVERIFY(parseRecoveryKey(SecureBytes::takeFrom(text)).ok());
    }
    QVERIFY(!proceed->isEnabled());
    saveScreenshot(&window, QStringLiteral("recovery-key"));
    stored->click();
    QVERIFY(proceed->isEnabled());
    stored->click();
    QVERIFY(!proceed->isEnabled());
    stored->click();
    QTest::mouseClick(proceed, Qt::LeftButton);

    // The workspace, Overview first, with the new user; the key page has forgotten the key.
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workspace"));
    QVERIFY(key->text().isEmpty());
    auto* workspace = child<ui::Workspace>(&window, "workspace");
    QVERIFY(workspace);
    QCOMPARE(workspace->navigationEntries(),
             (QStringList{QStringLiteral("Overview"), QStringLiteral("Settings")}));
    auto* views = child<QStackedWidget>(&window, "views");
    QCOMPARE(views->currentWidget()->objectName(), QStringLiteral("overviewView"));
    QCOMPARE(child<QLabel>(&window, "overviewUser")->text(), QStringLiteral("jsmith"));
    QCOMPARE(child<QLabel>(&window, "overviewDatabasePath")->text(), paths.database());
    QVERIFY(!child<QLabel>(&window, "overviewCipherVersion")->text().isEmpty());
    QCOMPARE(workspace->overview()->keySlotModel()->rowCount(), 2);
    QVERIFY(window.lockAction()->isEnabled());
    saveScreenshot(&window, QStringLiteral("workspace-overview"));
}

QTEST_MAIN(TestFirstStart)
#include "TestFirstStart.moc"
