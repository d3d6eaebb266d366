// Helpers for the account tests of the console: a window over a fixture database, signing in
// through the unlock page, accounts made and enrolled through the core, and TOTP codes that the
// core accepts (each a later time step than the last one used, inside the ±1 step window).
#pragma once

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "auth/Totp.h"
#include "vault/UserAccounts.h"

#include <QApplication>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>
#include <QThread>
#include <QTranslator>
#include <memory>

namespace dpp::test {

//! An account's authenticator app: its key, and the last time step a code was used for.
struct Authenticator
{
    TotpSecret secret;
    qint64 lastStep = Totp::NoStepUsed;

    //! The code of the earliest step the core still accepts: after lastStep, not before now. Waits
    //! (at most one step) when lastStep is already the next step.
    QString nextCode()
    {
        qint64 now = Totp::stepAt(QDateTime::currentDateTimeUtc());
        qint64 step = std::max(lastStep + 1, now);
        while (step > now + 1) {
            QThread::msleep(250);
            now = Totp::stepAt(QDateTime::currentDateTimeUtc());
        }
        lastStep = step;
        return codeOf(step);
    }
    //! A code that no step in the window around now has: certainly wrong.
    QString wrongCode() const
    {
        const qint64 now = Totp::stepAt(QDateTime::currentDateTimeUtc());
        QStringList taken;
        for (qint64 s = now - 2; s <= now + 2; ++s)
            taken << codeOf(s);
        for (int i = 0;; ++i) {
            const QString candidate = QStringLiteral("%1").arg(i * 111111 % 1000000, 6, 10, QLatin1Char('0'));
            if (!taken.contains(candidate))
                return candidate;
        }
    }
    QString codeOf(qint64 step) const
    {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(step * Totp::StepSeconds + 1, Qt::UTC);
        return QString::fromLatin1(Totp::codeAt(secret, at).view());
    }
};

//! Enrolls the signed-in person of vault through the core; the recovery codes go to codes.
inline std::optional<Authenticator> enroll(Vault& vault, std::vector<SecureBytes>* codes = nullptr)
{
    auto begun = vault.users().beginTotpEnrollment();
    if (!begun) {
        qWarning("%s", qPrintable(begun.error().message()));
        return std::nullopt;
    }
    auto secret = TotpSecret::fromBase32(begun->base32Key.view());
    if (!secret)
        return std::nullopt;
    Authenticator app{std::move(secret).value()};
    auto confirmed = vault.users().confirmTotpEnrollment(app.nextCode());
    if (!confirmed) {
        qWarning("%s", qPrintable(confirmed.error().message()));
        return std::nullopt;
    }
    if (codes)
        *codes = std::move(confirmed).value();
    return app;
}

//! A console window over paths, 1280x800, shown and active.
inline std::unique_ptr<ui::MainWindow> makeWindow(const VaultPaths& paths)
{
    auto window = std::make_unique<ui::MainWindow>(paths, ui::MainWindow::Options{.watchScreenLock = false});
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

inline QString currentPage(QWidget* window)
{
    auto* pages = child<QStackedWidget>(window, "pages");
    return pages ? pages->currentWidget()->objectName() : QString();
}

//! Types user name and password on the unlock page and presses Enter (does not wait).
inline void typeCredentials(QWidget* window, const QString& user, const QString& password)
{
    typeInto(child<QLineEdit>(window, "unlockUserEdit"), user);
    auto* secret = child<QLineEdit>(window, "unlockPasswordEdit");
    typeInto(secret, password);
    QTest::keyClick(secret, Qt::Key_Return);
}

//! Waits until the unlock page is no longer busy.
inline bool waitUnlockIdle(QWidget* window)
{
    auto* busy = child<QWidget>(window, "unlockBusy");
    return QTest::qWaitFor([busy] { return !busy->isVisible(); }, 20000);
}

/*!
 * The console in German while it lives, as dpp-console runs it for a German desktop: the embedded
 * translation installed and the default locale German (dates). Windows made meanwhile are German.
 */
class GermanConsole final
{
public:
    GermanConsole()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/dppconsole_de.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~GermanConsole()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    GermanConsole(const GermanConsole&) = delete;
    GermanConsole& operator=(const GermanConsole&) = delete;
    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace dpp::test
