// A scripted console session — a wrong password, a password typed into the user field, the right
// password, a settings change, Ctrl+L — with everything the process writes to standard error
// (Qt's messages, SQLCipher's log lines) captured at the file descriptor. Neither password, nor
// what was typed by mistake, may appear in it, nor in any decrypted page or file afterwards.
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryFile>
#include <QTest>
#include <unistd.h>

using namespace dpp;
using namespace dpp::test;

namespace {

// Sends the process's standard error into a file until stop(); returns what was written.
class StderrCapture final
{
public:
    StderrCapture()
    {
        m_file.open();
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        ::dup2(m_file.handle(), STDERR_FILENO);
    }
    QByteArray stop()
    {
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
        m_file.seek(0);
        return m_file.readAll();
    }

private:
    QTemporaryFile m_file;
    int m_saved = -1;
};

} // namespace

class TestConsoleOutput final : public QObject
{
    Q_OBJECT

private slots:
    void scriptedSessionPrintsNoSecret()
    {
        const QString wrongPassword = QStringLiteral("Wrong-But-Close-Passw0rd");
        const QString typedAsName = QStringLiteral("secret-typed-as-name-7");
        VaultFixture f;
        QVERIFY(f.create());
        // Qt's messages go to stderr; make sure the handler does not swallow them in this test.
        qInstallMessageHandler(nullptr);
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        StderrCapture capture;
        qWarning("capture-marker"); // proves below that the capture sees Qt's messages
        {
            ui::MainWindow window(f.paths, ui::MainWindow::Options{.watchScreenLock = false});
            window.resize(1200, 800);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto* user = child<QLineEdit>(&window, "unlockUserEdit");
            auto* secret = child<QLineEdit>(&window, "unlockPasswordEdit");
            auto* button = child<QPushButton>(&window, "unlockButton");
            QVERIFY(user && secret && button);
            for (const auto& [name, password] :
                 {std::pair{QStringLiteral("dpo"), wrongPassword},
                  std::pair{typedAsName, QString::fromLatin1(TestPassword)},
                  std::pair{QStringLiteral("dpo"), QString::fromLatin1(TestPassword)}}) {
                typeInto(user, name);
                typeInto(secret, password);
                QTest::keyClick(secret, Qt::Key_Return);
                QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() || window.isUnlocked(), 20000);
            }
            QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), 20000);
            auto* spin = child<QSpinBox>(&window, "idleMinutesSpin");
            QVERIFY(spin);
            spin->setValue(9);
            QTest::mouseClick(child<QPushButton>(&window, "saveSettingsButton"), Qt::LeftButton);
            QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
            QTRY_VERIFY(!window.isUnlocked());
        }
        const QByteArray output = capture.stop();
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(output.contains("capture-marker"),
                 "standard error was not captured; the search proves nothing");
        QVERIFY(QFile::exists(f.paths.attempts())); // the wrong attempts really happened
        for (const QString& needle : {QString::fromLatin1(TestPassword), wrongPassword, typedAsName})
            QVERIFY2(!output.contains(needle.toUtf8()), qPrintable(QStringLiteral("stderr holds ") + needle));
        for (const QString& file : QDir(f.dir.path()).entryList(QDir::Files))
            for (const QString& needle : {QString::fromLatin1(TestPassword), wrongPassword, typedAsName})
                QVERIFY2(!fileContains(f.dir.filePath(file), needle.toUtf8()), qPrintable(file));
        // The session did write to the audit log (so there was something to leak).
        auto vault = f.unlock();
        QVERIFY(vault.ok());
        QVERIFY(vault.value()->audit().rows(0, 100)->size() >= 6);
    }
};

QTEST_MAIN(TestConsoleOutput)
#include "TestConsoleOutput.moc"
