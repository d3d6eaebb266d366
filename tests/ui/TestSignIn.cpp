// TestSignIn: signing in through the unlock page with two factors (issue 4, item 7): password, then
// the code from the authenticator app or a recovery code; a wrong code; a locked account; a forced
// password change (an administrator's reset, a password from the history refused); the grace-period
// banner and enrollment through the console; the enrollment a sign-in is held at once the grace
// period is over. Accounts are made through the core with the cheapest Argon2id parameters.
#include "AccountTestSupport.h"
#include "AccountView.h"
#include "OverviewView.h"
#include "QrCodeWidget.h"
#include "TotpEnrollmentPage.h"
#include "Workspace.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace dpp;
using namespace dpp::test;

class TestSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passwordThenCode();
    void recoveryCodeInstead();
    void lockedAccount();
    void forcedPasswordChange();
    void graceBannerAndEnrollment();
    void ownPasswordChangeFromAccount();
    void enrollmentRequiredAfterGrace();
    void inGerman();

private:
    //! A new account (TemporaryPassword changed to UserPassword), closed again.
    bool addAccount(const QString& name, const std::set<Role>& roles,
                    std::optional<Authenticator>* app = nullptr, std::vector<SecureBytes>* codes = nullptr);
    //! Signs in with the right password and expects the code step.
    void reachCodeStep(const QString& user);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Vault> m_admin;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestSignIn::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    m_admin = m_fixture->create();
    QVERIFY(m_admin != nullptr);
}

void TestSignIn::cleanup()
{
    m_window.reset();
    m_admin.reset();
    m_fixture.reset();
}

bool TestSignIn::addAccount(const QString& name, const std::set<Role>& roles,
                            std::optional<Authenticator>* app, std::vector<SecureBytes>* codes)
{
    auto user = addUser(*m_admin, m_fixture->paths, name, roles);
    if (!user) {
        qWarning("%s", qPrintable(user.error().message()));
        return false;
    }
    if (app) {
        *app = enroll(*user.value(), codes);
        if (!*app)
            return false;
    }
    return true;
}

void TestSignIn::reachCodeStep(const QString& user)
{
    QWidget* window = m_window.get();
    typeCredentials(window, user, QString::fromLatin1(UserPassword));
    QVERIFY(child<QLineEdit>(window, "unlockPasswordEdit")->text().isEmpty()); // taken at once
    QVERIFY(waitUnlockIdle(window));
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(child<QWidget>(window, "unlockCodeStep")->isVisible());
    QVERIFY(!child<QWidget>(window, "unlockPasswordStep")->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, "unlockCodeEdit"));
}

void TestSignIn::passwordThenCode()
{
    std::optional<Authenticator> app;
    QVERIFY(addAccount(QStringLiteral("olivia"), {Role::Operator}, &app));
    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    reachCodeStep(QStringLiteral("olivia"));
    QCOMPARE(child<QLabel>(window, "unlockCodePrompt")->text().remove(QLatin1Char('&')),
             QStringLiteral("Enter the 6-digit code from your authenticator app."));
    QVERIFY(child<QPushButton>(window, "unlockUseRecoveryButton")->isVisible());
    QVERIFY(child<QPushButton>(window, "unlockBackButton")->isVisible());
    saveScreenshot(window, QStringLiteral("sign-in-code-step"));

    // A wrong code: the core's message inline, the field emptied, still at the code step.
    auto* code = child<QLineEdit>(window, "unlockCodeEdit");
    typeInto(code, app->wrongCode());
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(waitUnlockIdle(window));
    auto* error = child<QLabel>(window, "unlockError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("code")), qPrintable(error->text()));
    QVERIFY(code->text().isEmpty());
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(child<QWidget>(window, "unlockCodeStep")->isVisible());
    saveScreenshot(window, QStringLiteral("sign-in-wrong-code"));

    // Too short: said at once, without asking the core.
    typeInto(code, QStringLiteral("123"));
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(!child<QWidget>(window, "unlockBusy")->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("6 digits")));

    // The right code, with the password kept from the first step: the workspace.
    typeInto(code, app->nextCode());
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
    QCOMPARE(m_window->vault()->session().name(), QStringLiteral("olivia"));
    QCOMPARE(m_window->vault()->session().gate(), SessionGate::None);
    QVERIFY(!m_window->vault()->session().secondFactorGraceEnds().isValid());
    QVERIFY(!child<QWidget>(window, "secondFactorGraceBanner")->isVisible());
    // An operator: no Users view, but their own account.
    const QStringList entries = child<ui::Workspace>(window, "workspace")->navigationEntries();
    QVERIFY(!entries.contains(QStringLiteral("Users")));
    QVERIFY(entries.contains(QStringLiteral("My account")));

    // Locked again: back at the password step, nothing kept.
    m_window->lock();
    QVERIFY(child<QWidget>(window, "unlockPasswordStep")->isVisible());
    QVERIFY(!child<QWidget>(window, "unlockCodeStep")->isVisible());

    // Back from the code step forgets the password too.
    reachCodeStep(QStringLiteral("olivia"));
    QTest::keyClick(child<QWidget>(window, "unlockCodeEdit"), Qt::Key_Escape);
    QVERIFY(child<QWidget>(window, "unlockPasswordStep")->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, "unlockPasswordEdit"));
}

void TestSignIn::recoveryCodeInstead()
{
    std::optional<Authenticator> app;
    std::vector<SecureBytes> codes;
    QVERIFY(addAccount(QStringLiteral("rita"), {Role::Auditor}, &app, &codes));
    QCOMPARE(codes.size(), std::size_t(10));
    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    reachCodeStep(QStringLiteral("rita"));
    QTest::mouseClick(child<QPushButton>(window, "unlockUseRecoveryButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(window, "unlockCodePrompt")->text().contains(QStringLiteral("recovery codes")));
    auto* code = child<QLineEdit>(window, "unlockCodeEdit");
    typeInto(code, QString::fromLatin1(codes.front().view()));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));

    // Used once: the same code no longer works.
    m_window->lock();
    reachCodeStep(QStringLiteral("rita"));
    QTest::mouseClick(child<QPushButton>(window, "unlockUseRecoveryButton"), Qt::LeftButton);
    typeInto(code, QString::fromLatin1(codes.front().view()));
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(waitUnlockIdle(window));
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(child<QLabel>(window, "unlockError")->text().contains(QStringLiteral("recovery code")));
}

void TestSignIn::lockedAccount()
{
    QVERIFY(addAccount(QStringLiteral("lars"), {Role::Warehouse}));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!Vault::unlock(m_fixture->paths, QStringLiteral("lars"), bytesOf("Not-His-Passw0rd!")));
    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    typeCredentials(window, QStringLiteral("lars"), QString::fromLatin1(UserPassword));
    QVERIFY(waitUnlockIdle(window));
    QVERIFY(!m_window->isUnlocked());
    auto* error = child<QLabel>(window, "unlockError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    QVERIFY(child<QWidget>(window, "unlockPasswordStep")->isVisible());
    saveScreenshot(window, QStringLiteral("sign-in-locked"));
}

void TestSignIn::forcedPasswordChange()
{
    QVERIFY(addAccount(QStringLiteral("pia"), {Role::Responder}));
    QVERIFY(m_admin->stepUp(bytesOf(TestPassword), {}).ok());
    const QString temporary = QStringLiteral("Reset-By-Admin-2026");
    QVERIFY(m_admin->users().resetPassword(QStringLiteral("pia"), SecureBytes::fromUtf8(temporary)).ok());

    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    typeCredentials(window, QStringLiteral("pia"), temporary);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    // Before anything else: the change page, without Cancel; the workspace shows nothing.
    QCOMPARE(currentPage(window), QStringLiteral("passwordChangePage"));
    QVERIFY(!child<QWidget>(window, "passwordChangeCancelButton")->isVisible());
    QVERIFY(child<ui::Workspace>(window, "workspace")->navigationEntries().isEmpty());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, "currentPasswordEdit"));

    auto* current = child<QLineEdit>(window, "currentPasswordEdit");
    auto* next = child<QLineEdit>(window, "newPasswordEdit");
    auto* repeat = child<QLineEdit>(window, "repeatNewPasswordEdit");
    auto* error = child<QLabel>(window, "passwordChangeError");
    // The temporary password again: in the history, refused by the core.
    typeInto(current, temporary);
    typeInto(next, temporary);
    typeInto(repeat, temporary);
    QTest::keyClick(repeat, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("not used before")), qPrintable(error->text()));
    QCOMPARE(currentPage(window), QStringLiteral("passwordChangePage"));
    QVERIFY(current->text().isEmpty() && next->text().isEmpty() && repeat->text().isEmpty());
    saveScreenshot(window, QStringLiteral("password-change-history"));

    // A weak one: refused before the core is asked, with the policy's words.
    typeInto(current, temporary);
    typeInto(next, QStringLiteral("short1A"));
    typeInto(repeat, QStringLiteral("short1A"));
    QTest::keyClick(repeat, Qt::Key_Return);
    QVERIFY(error->text().contains(QStringLiteral("12 characters")));

    // A good one: the workspace, in the grace period of two-factor sign-in (the reset started it again).
    const QString fresh = QStringLiteral("Copper-Meadow-Violin-83");
    typeInto(next, fresh);
    typeInto(repeat, fresh);
    QTest::keyClick(repeat, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), 20000);
    QCOMPARE(m_window->vault()->session().gate(), SessionGate::None);
    QVERIFY(child<QWidget>(window, "secondFactorGraceBanner")->isVisible());

    // The new password is the one that opens the database now.
    m_window->lock();
    typeCredentials(window, QStringLiteral("pia"), fresh);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
}

void TestSignIn::graceBannerAndEnrollment()
{
    QVERIFY(addAccount(QStringLiteral("gina"), {Role::Auditor}));
    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    typeCredentials(window, QStringLiteral("gina"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    // No code step: not enrolled, within 7 days of the account's creation.
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
    const QDateTime graceEnds = m_window->vault()->session().secondFactorGraceEnds();
    QVERIFY(graceEnds.isValid());
    auto* banner = child<QWidget>(window, "secondFactorGraceBanner");
    QVERIFY(banner->isVisible());
    const QString bannerText = visibleTexts(banner);
    QVERIFY2(bannerText.contains(QStringLiteral("Two-factor sign-in is not set up. From ")),
             qPrintable(bannerText));
    QVERIFY(bannerText.contains(QLocale().toString(graceEnds.toLocalTime().date(), QLocale::LongFormat)));
    saveScreenshot(window, QStringLiteral("overview-grace-banner"));

    // "Set it up now" leads to My account, and from there to the enrollment page.
    QTest::mouseClick(child<QPushButton>(window, "graceSetUpButton"), Qt::LeftButton);
    QCOMPARE(child<QStackedWidget>(window, "views")->currentWidget()->objectName(),
             QStringLiteral("accountView"));
    QVERIFY(child<QLabel>(window, "accountSecondFactor")->text().startsWith(QStringLiteral("Not set up")));
    QTest::mouseClick(child<QPushButton>(window, "accountTotpButton"), Qt::LeftButton);
    QCOMPARE(currentPage(window), QStringLiteral("totpEnrollmentPage"));
    auto* page = child<ui::TotpEnrollmentPage>(window, "totpEnrollmentPage");
    QVERIFY(page->qrCode()->modules() >= 21);
    QTRY_VERIFY(page->qrCode()->modulePixels() >= 4); // large enough for a phone's camera, once laid out
    QVERIFY(child<QWidget>(window, "totpCancelButton")->isVisible());
    saveScreenshot(window, QStringLiteral("totp-enrollment"));

    // The typed key, as an authenticator app would read it.
    const QString shown = page->shownKey();
    QVERIFY(shown.contains(QLatin1Char(' ')));
    // The QR code as painted, read back by a real decoder: the URI of the key shown beside it.
    // Not a skip: installer/setup-debian.sh installs zbar-tools (as for TestQrCode).
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    QVERIFY2(!zbarimg.isEmpty(), "zbarimg not found: run installer/setup-debian.sh (it installs zbar-tools)");
    QTemporaryDir pictures;
    const QString png = pictures.filePath(QStringLiteral("qr.png"));
    QVERIFY(page->qrCode()->grab().save(png));
    QProcess zbar;
    zbar.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
    QVERIFY(zbar.waitForFinished(20000));
    QByteArray decoded = zbar.readAllStandardOutput().trimmed();
    QVERIFY(decoded.startsWith("otpauth://totp/DPP%20Console:gina?"));
    const QByteArray secretField
        = QByteArray("secret=").append(QString(shown).remove(QLatin1Char(' ')).toLatin1()).append('&');
    QVERIFY(decoded.contains(secretField));
    decoded.fill('\0');
    QByteArray typed = shown.toLatin1();
    auto secret = TotpSecret::fromBase32(typed);
    QVERIFY(secret.ok());
    Authenticator app{std::move(secret).value()};

    auto* code = child<QLineEdit>(window, "totpConfirmCodeEdit");
    typeInto(code, app.wrongCode());
    QTest::keyClick(code, Qt::Key_Return);
    auto* error = child<QLabel>(window, "totpEnrollmentError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QCOMPARE(currentPage(window), QStringLiteral("totpEnrollmentPage"));

    typeInto(code, app.nextCode());
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryCodesPage"), 20000);
    QVERIFY(page->shownKey().isEmpty()); // wiped once confirmed
    auto* codesLabel = child<QLabel>(window, "recoveryCodesLabel");
    const QStringList lines = codesLabel->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5); // ten codes in two columns
    QVERIFY(QFontInfo(codesLabel->font()).fixedPitch());
    saveScreenshot(window, QStringLiteral("recovery-codes"));
    auto* proceed = child<QPushButton>(window, "codesContinueButton");
    QVERIFY(!proceed->isEnabled());
    child<QCheckBox>(window, "codesStoredCheckBox")->click();
    QTest::mouseClick(proceed, Qt::LeftButton);
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
    QVERIFY(codesLabel->text().isEmpty());
    QCOMPARE(child<QStackedWidget>(window, "views")->currentWidget()->objectName(),
             QStringLiteral("accountView"));
    QVERIFY(child<QLabel>(window, "accountSecondFactor")->text().startsWith(QStringLiteral("Set up")));
    QCOMPARE(child<QLabel>(window, "accountRecoveryCodes")->text(), QStringLiteral("10 of 10"));
    QVERIFY(child<QLabel>(window, "accountMessage")->isVisible());

    // New recovery codes: step-up first, now with the code as well, then the codes once more.
    QTest::mouseClick(child<QPushButton>(window, "accountRecoveryCodesButton"), Qt::LeftButton);
    QPointer<QDialog> stepUp;
    QTRY_VERIFY((stepUp = m_window->findChild<QDialog*>(QStringLiteral("stepUpDialog")))
                && stepUp->isVisible());
    typeInto(child<QLineEdit>(stepUp, "stepUpPasswordEdit"), QString::fromLatin1(UserPassword));
    auto* stepUpCode = child<QLineEdit>(stepUp, "stepUpCodeEdit");
    QVERIFY(stepUpCode);
    typeInto(stepUpCode, app.nextCode());
    saveScreenshot(stepUp, QStringLiteral("step-up-with-code"));
    QTest::keyClick(stepUpCode, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryCodesPage"), 20000);
    QVERIFY(visibleTexts(child<QWidget>(window, "recoveryCodesPage"))
                .contains(QStringLiteral("New recovery codes have been issued")));
    child<QCheckBox>(window, "codesStoredCheckBox")->click();
    QTest::mouseClick(child<QPushButton>(window, "codesContinueButton"), Qt::LeftButton);
    QCOMPARE(child<QStackedWidget>(window, "views")->currentWidget()->objectName(),
             QStringLiteral("accountView"));
    QCOMPARE(child<QLabel>(window, "accountRecoveryCodes")->text(), QStringLiteral("10 of 10"));
    QVERIFY(!child<QWidget>(window, "secondFactorGraceBanner")->isVisible());
}

void TestSignIn::ownPasswordChangeFromAccount()
{
    QVERIFY(addAccount(QStringLiteral("vera"), {Role::Auditor}));
    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    typeCredentials(window, QStringLiteral("vera"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    child<ui::Workspace>(window, "workspace")->showAccount();
    QTest::mouseClick(child<QPushButton>(window, "accountChangePasswordButton"), Qt::LeftButton);
    QCOMPARE(currentPage(window), QStringLiteral("passwordChangePage"));
    QVERIFY(child<QWidget>(window, "passwordChangeCancelButton")->isVisible());

    // Changed this very day (at the first sign-in): the core's minimum age refuses another change.
    const QString fresh = QStringLiteral("Granite-Pelican-Orbit-61");
    typeInto(child<QLineEdit>(window, "currentPasswordEdit"), QString::fromLatin1(UserPassword));
    typeInto(child<QLineEdit>(window, "newPasswordEdit"), fresh);
    auto* repeat = child<QLineEdit>(window, "repeatNewPasswordEdit");
    typeInto(repeat, fresh);
    QTest::keyClick(repeat, Qt::Key_Return);
    auto* error = child<QLabel>(window, "passwordChangeError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("too recently")), qPrintable(error->text()));

    // Escape is Cancel here: back to My account, the password unchanged.
    QTest::keyClick(child<QWidget>(window, "currentPasswordEdit"), Qt::Key_Escape);
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
    QCOMPARE(child<QStackedWidget>(window, "views")->currentWidget()->objectName(),
             QStringLiteral("accountView"));
    m_window->lock();
    typeCredentials(window, QStringLiteral("vera"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
}

void TestSignIn::enrollmentRequiredAfterGrace()
{
    QVERIFY(addAccount(QStringLiteral("hugo"), {Role::Responder}));
    // The account was made 8 days ago (MainWindow has no clock to move forward; the state is set
    // in the database instead, the way the fixture sets its working hours).
    const QString past = QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODate);
    QVERIFY(m_admin->database()
                .exec(QStringLiteral("UPDATE principals SET created_at = '%1' WHERE name = 'hugo'").arg(past))
                .ok());
    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    typeCredentials(window, QStringLiteral("hugo"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QCOMPARE(m_window->vault()->session().gate(), SessionGate::SecondFactorEnrollment);
    QCOMPARE(currentPage(window), QStringLiteral("totpEnrollmentPage"));
    QVERIFY(!child<QWidget>(window, "totpCancelButton")->isVisible()); // no way around it
    QVERIFY(child<ui::Workspace>(window, "workspace")->navigationEntries().isEmpty());

    auto* page = child<ui::TotpEnrollmentPage>(window, "totpEnrollmentPage");
    QByteArray typed = page->shownKey().toLatin1();
    auto secret = TotpSecret::fromBase32(typed);
    QVERIFY(secret.ok());
    Authenticator app{std::move(secret).value()};
    auto* code = child<QLineEdit>(window, "totpConfirmCodeEdit");
    typeInto(code, app.nextCode());
    QTest::mouseClick(child<QPushButton>(window, "totpConfirmButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryCodesPage"), 20000);
    child<QCheckBox>(window, "codesStoredCheckBox")->click();
    QTest::mouseClick(child<QPushButton>(window, "codesContinueButton"), Qt::LeftButton);
    // The gate is cleared: the workspace, Overview first.
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
    QCOMPARE(m_window->vault()->session().gate(), SessionGate::None);
    QCOMPARE(child<QStackedWidget>(window, "views")->currentWidget()->objectName(),
             QStringLiteral("overviewView"));
}

void TestSignIn::inGerman()
{
    std::optional<Authenticator> app;
    QVERIFY(addAccount(QStringLiteral("olivia"), {Role::Operator}, &app));
    QVERIFY(addAccount(QStringLiteral("gina"), {Role::Auditor}));
    GermanConsole german;
    QVERIFY(german.isLoaded());
    m_window = makeWindow(m_fixture->paths);
    QWidget* window = m_window.get();
    reachCodeStep(QStringLiteral("olivia"));
    QCOMPARE(child<QLabel>(window, "unlockCodePrompt")->text().remove(QLatin1Char('&')),
             QStringLiteral("Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein."));
    saveScreenshot(window, QStringLiteral("de-sign-in-code-step"));
    auto* code = child<QLineEdit>(window, "unlockCodeEdit");
    typeInto(code, app->wrongCode());
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(waitUnlockIdle(window));
    saveScreenshot(window, QStringLiteral("de-sign-in-wrong-code"));
    QTest::mouseClick(child<QPushButton>(window, "unlockBackButton"), Qt::LeftButton);

    typeCredentials(window, QStringLiteral("gina"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    QVERIFY(visibleTexts(child<QWidget>(window, "secondFactorGraceBanner")).contains(QStringLiteral("Ab ")));
    saveScreenshot(window, QStringLiteral("de-overview-grace-banner"));
    QTest::mouseClick(child<QPushButton>(window, "graceSetUpButton"), Qt::LeftButton);
    saveScreenshot(window, QStringLiteral("de-my-account"));
    QTest::mouseClick(child<QPushButton>(window, "accountTotpButton"), Qt::LeftButton);
    QCOMPARE(currentPage(window), QStringLiteral("totpEnrollmentPage"));
    saveScreenshot(window, QStringLiteral("de-totp-enrollment"));
    auto* page = child<ui::TotpEnrollmentPage>(window, "totpEnrollmentPage");
    QByteArray typed = page->shownKey().toLatin1();
    auto secret = TotpSecret::fromBase32(typed);
    QVERIFY(secret.ok());
    Authenticator gina{std::move(secret).value()};
    typeInto(child<QLineEdit>(window, "totpConfirmCodeEdit"), gina.nextCode());
    QTest::keyClick(child<QLineEdit>(window, "totpConfirmCodeEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryCodesPage"), 20000);
    saveScreenshot(window, QStringLiteral("de-recovery-codes"));
}

QTEST_MAIN(TestSignIn)
#include "TestSignIn.moc"
