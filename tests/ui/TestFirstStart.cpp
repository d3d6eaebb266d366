// TestFirstStart: the first-start flow end to end, driven through the widgets: refused passwords,
// creating the database (real Argon2id), the recovery key page, then the workspace; and a recovery
// key that was never confirmed (the console locked first), renewed from the Overview; the demo
// orders offered on first start (off by default; when chosen, there before the workspace shows).
#include "FirstStartPage.h"
#include "MainWindow.h"
#include "OverviewView.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "crypto/KeySlotFile.h"
#include "models/KeySlotModel.h"
#include "orders/OrderStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QString FirstPassword = QStringLiteral("Quiet-Lantern-Harbor-47");

//! The recovery key as the page shows it, in its display form (groups joined by '-').
QString shownRecoveryKey(QWidget* window)
{
    auto* label = child<QLabel>(window, "recoveryKeyLabel");
    return label ? QString(label->text()).replace(QLatin1Char('\n'), QLatin1Char('-')) : QString();
}

bool parsesAsRecoveryKey(const QString& shown)
{
    QByteArray text = shown.toLatin1();
    return parseRecoveryKey(SecureBytes::takeFrom(text)).ok();
}

} // namespace

class TestFirstStart final : public QObject
{
    Q_OBJECT

private slots:
    void startsOnFirstStartWithoutDatabase();
    void firstStartEndToEnd();
    void usernameRuleExplainedInline();
    void unconfirmedRecoveryKeyIsRenewed();
    void demoOrdersOnFirstStart();

private:
    void createThroughFirstStart(ui::MainWindow& window);
    void unlockAgain(ui::MainWindow& window);
};

namespace {

//! How many orders the window's open database holds (read on the GUI thread while no job runs).
qint64 orderCount(const ui::MainWindow& window)
{
    if (!window.vault())
        return -1;
    OrderStore store(const_cast<Vault&>(*window.vault()));
    auto count = store.count(OrderFilter{});
    return count ? count.value() : -1;
}

} // namespace

void TestFirstStart::createThroughFirstStart(ui::MainWindow& window)
{
    typeInto(child<QLineEdit>(&window, "userNameEdit"), QStringLiteral("jsmith"));
    typeInto(child<QLineEdit>(&window, "displayNameEdit"), QStringLiteral("Jane Smith"));
    typeInto(child<QLineEdit>(&window, "passwordEdit"), FirstPassword);
    auto* repeat = child<QLineEdit>(&window, "repeatPasswordEdit");
    typeInto(repeat, FirstPassword);
    QTest::keyClick(repeat, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(child<QStackedWidget>(&window, "pages")->currentWidget()->objectName(),
                              QStringLiteral("recoveryKeyPage"), 60000);
}

void TestFirstStart::unlockAgain(ui::MainWindow& window)
{
    auto* pages = child<QStackedWidget>(&window, "pages");
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("unlockPage"));
    QCOMPARE(child<QLineEdit>(&window, "unlockUserEdit")->text(), QStringLiteral("jsmith"));
    auto* password = child<QLineEdit>(&window, "unlockPasswordEdit");
    typeInto(password, FirstPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), 60000);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workspace"));
}

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
    auto* strength = child<QProgressBar>(child<QWidget>(&window, "firstStartPage"), "strengthBar");
    QVERIFY(pages && user && name && password && repeat && create && error && feedback && busy && strength);
    auto* demo = child<QCheckBox>(&window, "demoOrdersCheck");
    QVERIFY(demo && demo->isVisible());
    QVERIFY(!demo->isChecked()); // a database for real orders starts without invented ones
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
    QCOMPARE(orderCount(window), 0);

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
    const QString pageText = visibleTexts(child<QWidget>(&window, "recoveryKeyPage"));
    QVERIFY(pageText.contains(QStringLiteral("The database has been created.")));
    QVERIFY(pageText.contains(
        QStringLiteral("Write it down and keep it in a safe place, away from this computer.")));
    QVERIFY(!pageText.contains(QStringLiteral("print")));
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
             (QStringList{QStringLiteral("Overview"), QStringLiteral("Orders"), QStringLiteral("Retention"),
                          QStringLiteral("Deletion requests"), QStringLiteral("Backups"),
                          QStringLiteral("Alarms"), QStringLiteral("Audit log"), QStringLiteral("Users"),
                          QStringLiteral("Settings"), QStringLiteral("My account")}));
    auto* views = child<QStackedWidget>(&window, "views");
    QCOMPARE(views->currentWidget()->objectName(), QStringLiteral("overviewView"));
    QCOMPARE(child<QLabel>(&window, "overviewUser")->text(), QStringLiteral("Jane Smith (jsmith)"));
    QCOMPARE(child<QLabel>(&window, "statusUser")->text(),
             QStringLiteral("Signed in as Jane Smith (jsmith)"));
    QCOMPARE(child<QLabel>(&window, "overviewDatabasePath")->text(), paths.database());
    QVERIFY(!child<QLabel>(&window, "overviewCipherVersion")->text().isEmpty());
    QCOMPARE(workspace->overview()->keySlotModel()->rowCount(), 2);
    // The new database's audit chain is verified once the key page is left.
    QTRY_VERIFY(child<QLabel>(&window, "overviewAuditState")->text().startsWith(QStringLiteral("Verified")));
    QVERIFY(window.lockAction()->isEnabled());
    // Continue recorded the confirmation: no banner, and the database says so.
    QVERIFY(!child<QWidget>(&window, "recoveryKeyBanner")->isVisible());
    QVERIFY(child<QWidget>(&window, "newRecoveryKeyButton")->isVisible());
    const Result<bool> confirmed = window.vault()->recoveryKeyConfirmed();
    QVERIFY(confirmed.ok());
    QVERIFY(confirmed.value());
    saveScreenshot(&window, QStringLiteral("workspace-overview"));
}

void TestFirstStart::unconfirmedRecoveryKeyIsRenewed()
{
    QTemporaryDir dir;
    const VaultPaths paths(dir.filePath(QStringLiteral("c.db")));
    ui::MainWindow window(paths, {.watchScreenLock = false});
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* pages = child<QStackedWidget>(&window, "pages");
    auto* keyPage = child<QWidget>(&window, "recoveryKeyPage");
    auto* banner = child<QWidget>(&window, "recoveryKeyBanner");
    QVERIFY(pages && keyPage && banner);

    // The recovery page is left with Ctrl+L instead of Continue: the key is wiped unconfirmed.
    createThroughFirstStart(window);
    const QString firstKey = shownRecoveryKey(&window);
    QVERIFY(parsesAsRecoveryKey(firstKey));
    // The question has closed and the window is active again: its shortcuts work.
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!window.isUnlocked());
    QVERIFY(shownRecoveryKey(&window).isEmpty());

    // The next unlock shows the banner, with its button.
    unlockAgain(window);
    QVERIFY(banner->isVisible());
    QCOMPARE(child<QLabel>(&window, "recoveryKeyBannerText")->text(),
             QStringLiteral("The recovery key was never confirmed as stored. Issue a new one and store it."));
    auto* bannerButton = child<QPushButton>(&window, "bannerNewRecoveryKeyButton");
    QVERIFY(bannerButton && bannerButton->isVisible());
    QVERIFY(child<QWidget>(&window, "newRecoveryKeyButton")->isVisible());
    saveScreenshot(&window, QStringLiteral("overview-recovery-key-banner"));

    // Cancelled: nothing changes.
    auto* overview = child<ui::OverviewView>(&window, "overviewView");
    QTest::mouseClick(bannerButton, Qt::LeftButton);
    QMessageBox* question = child<QMessageBox>(&window, "newRecoveryKeyConfirmation");
    QVERIFY(question && question == overview->confirmation());
    QTRY_VERIFY(question->isVisible());
    saveScreenshot(question, QStringLiteral("new-recovery-key-confirmation"));
    child<QPushButton>(question, "cancelNewRecoveryKeyButton")->click();
    QTRY_VERIFY(!overview->confirmation());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workspace"));
    QVERIFY(banner->isVisible());

    // Confirmed: the new key, then the console locks before Continue. The key is wiped again,
    // and the banner is back on the next unlock.
    QTest::mouseClick(bannerButton, Qt::LeftButton);
    QTRY_VERIFY(overview->confirmation());
    child<QPushButton>(overview->confirmation(), "confirmNewRecoveryKeyButton")->click();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("recoveryKeyPage"));
    const QString secondKey = shownRecoveryKey(&window);
    QVERIFY(parsesAsRecoveryKey(secondKey));
    QVERIFY(secondKey != firstKey);
    QVERIFY(visibleTexts(keyPage).contains(QStringLiteral("A new recovery key has been issued")));
    // The question has closed and the window is active again: its shortcuts work.
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!window.isUnlocked());
    QVERIFY(shownRecoveryKey(&window).isEmpty());
    unlockAgain(window);
    QVERIFY(banner->isVisible());

    // From the Key slots group this time; ticked and Continue: confirmed, the banner goes.
    QTest::mouseClick(child<QPushButton>(&window, "newRecoveryKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(overview->confirmation());
    child<QPushButton>(overview->confirmation(), "confirmNewRecoveryKeyButton")->click();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("recoveryKeyPage"));
    const QString thirdKey = shownRecoveryKey(&window);
    QVERIFY(parsesAsRecoveryKey(thirdKey));
    QVERIFY(thirdKey != firstKey && thirdKey != secondKey);
    saveScreenshot(&window, QStringLiteral("recovery-key-renewed"));
    child<QCheckBox>(&window, "storedCheckBox")->click();
    QTest::mouseClick(child<QPushButton>(&window, "continueButton"), Qt::LeftButton);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workspace"));
    QVERIFY(shownRecoveryKey(&window).isEmpty());
    QVERIFY(!banner->isVisible());
    const Result<bool> confirmed = window.vault()->recoveryKeyConfirmed();
    QVERIFY(confirmed.ok());
    QVERIFY(confirmed.value());
    // The slot table still has one recovery slot beside the password slot.
    QCOMPARE(overview->keySlotModel()->rowCount(), 2);
}

void TestFirstStart::demoOrdersOnFirstStart()
{
    QTemporaryDir dir;
    const VaultPaths paths(dir.filePath(QStringLiteral("c.db")));
    ui::MainWindow window(paths, {.watchScreenLock = false});
    window.resize(1200, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* demo = child<QCheckBox>(&window, "demoOrdersCheck");
    auto* hint = child<QLabel>(&window, "demoOrdersHint");
    QVERIFY(demo && hint);
    QVERIFY(!demo->isChecked());
    QVERIFY2(demo->text().contains(QStringLiteral("demo orders with made-up buyers")),
             qPrintable(demo->text()));
    QVERIFY(hint->isVisible() && hint->text().contains(QStringLiteral("real orders")));

    demo->click();
    QVERIFY(demo->isChecked());
    typeInto(child<QLineEdit>(&window, "userNameEdit"), QStringLiteral("jsmith"));
    typeInto(child<QLineEdit>(&window, "displayNameEdit"), QStringLiteral("Jane Smith"));
    typeInto(child<QLineEdit>(&window, "passwordEdit"), FirstPassword);
    auto* repeat = child<QLineEdit>(&window, "repeatPasswordEdit");
    typeInto(repeat, FirstPassword);
    QTest::keyClick(repeat, Qt::Key_Return);
    // Busy off the GUI thread, saying what it does; the choice cannot change meanwhile.
    auto* busy = child<QWidget>(&window, "busyIndicator");
    QVERIFY(busy->isVisible());
    QVERIFY(!demo->isEnabled());
    QVERIFY(visibleTexts(busy).contains(QStringLiteral("demo orders")));
    saveScreenshot(&window, QStringLiteral("first-start-demo-orders"));
    auto* pages = child<QStackedWidget>(&window, "pages");
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("recoveryKeyPage"),
                              120000);

    // The orders are in before the workspace shows: synthetic ones, with masked buyers.
    QCOMPARE(orderCount(window), qint64(ui::FirstStartPage::DemoOrderCount));
    OrderStore store(const_cast<Vault&>(*window.vault()));
    OrderPageRequest request;
    request.limit = 50;
    auto page = store.page(request);
    QVERIFY(page);
    QCOMPARE(page->rows.size(), 50);
    for (const OrderSummary& order : std::as_const(page->rows)) {
        QVERIFY2(order.orderId.startsWith(QLatin1String("999-")), qPrintable(order.orderId));
        QCOMPARE(order.pii, PiiState::Present);
        QVERIFY(!order.maskedName.contains(QLatin1String("Demo")));
    }
    QVERIFY(window.statusBar()->currentMessage().isEmpty()); // no problem to report

    child<QCheckBox>(&window, "storedCheckBox")->click();
    QTest::mouseClick(child<QPushButton>(&window, "continueButton"), Qt::LeftButton);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workspace"));

    // Locking forgets the choice: the next first start begins unchecked again.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!window.isUnlocked());
    QVERIFY(!demo->isChecked());
}

QTEST_MAIN(TestFirstStart)
#include "TestFirstStart.moc"
