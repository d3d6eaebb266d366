// TestAuditChainState: after an unlock the console re-verifies the audit chain and the Overview
// shows "verified"; after a row was changed behind its back it shows the problem, as an error.
// With DPP_SCREENSHOT_DIR set (under Xvfb, QT_QPA_PLATFORM=xcb), screenshots() captures the
// screen with ImageMagick's import: the Overview's audit group and the audit view with a filter.
#include "AuditView.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProxyStyle>
#include <QScopeGuard>
#include <QScrollArea>
#include <QTest>
#include <QTranslator>

using namespace dpp;
using namespace dpp::test;

class TestAuditChainState final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verifiedAfterUnlock();
    void problemAfterTampering();
    void lockBeforeVerificationRuns();
    void stateWrapsInAnyStyle();
    void screenshots();

private:
    void unlockWindow();

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestAuditChainState::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    QVERIFY(m_fixture->create() != nullptr);
}

void TestAuditChainState::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestAuditChainState::unlockWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_fixture->paths,
                                                ui::MainWindow::Options{.watchScreenLock = false});
    m_window->resize(1200, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* user = child<QLineEdit>(m_window.get(), "unlockUserEdit");
    auto* secret = child<QLineEdit>(m_window.get(), "unlockPasswordEdit");
    QVERIFY(user && secret);
    typeInto(user, QStringLiteral("dpo"));
    typeInto(secret, QString::fromLatin1(TestPassword));
    QTest::keyClick(secret, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
}

void TestAuditChainState::verifiedAfterUnlock()
{
    unlockWindow();
    auto* state = child<QLabel>(m_window.get(), "overviewAuditState");
    QVERIFY(state);
    QTRY_VERIFY(state->text().startsWith(QStringLiteral("Verified")));
    QVERIFY(!child<QLabel>(m_window.get(), "overviewAuditRows")->text().isEmpty());
    QVERIFY(child<QLabel>(m_window.get(), "overviewAuditLastVerified")->text() != QStringLiteral("Never"));
    saveScreenshot(m_window.get(), QStringLiteral("overview-audit-verified"));
}

void TestAuditChainState::problemAfterTampering()
{
    {
        auto vault = m_fixture->unlock();
        QVERIFY(vault.ok());
        QVERIFY(vault.value()
                    ->database()
                    .exec(QStringLiteral("UPDATE audit_log SET outcome = 'denied' WHERE seq = 2"))
                    .ok());
    }
    unlockWindow();
    auto* state = child<QLabel>(m_window.get(), "overviewAuditState");
    QVERIFY(state);
    QTRY_VERIFY(state->text().startsWith(QStringLiteral("NOT verified")));
    QVERIFY2(state->text().contains(QLatin1Char('2')), qPrintable(state->text()));
    QVERIFY(state->styleSheet().contains(QStringLiteral("color")));
    saveScreenshot(m_window.get(), QStringLiteral("overview-audit-broken"));
}

void TestAuditChainState::lockBeforeVerificationRuns()
{
    unlockWindow();
    auto* state = child<QLabel>(m_window.get(), "overviewAuditState");
    QCOMPARE(state->text(), QStringLiteral("Verifying…"));
    m_window->lock(); // the queued verification must not touch the vault that is gone
    QTest::qWait(200);
    QVERIFY(state->text().isEmpty());
    QVERIFY(!m_window->isUnlocked());
}

void TestAuditChainState::stateWrapsInAnyStyle()
{
    // A style that keeps form fields at their size hint (as macOS does): the state must still get
    // the column's width and the height its wrapped text needs, not one line of it.
    class SizeHintFieldsStyle final : public QProxyStyle
    {
    public:
        int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                      QStyleHintReturn* returned) const override
        {
            if (hint == SH_FormLayoutFieldGrowthPolicy)
                return QFormLayout::FieldsStayAtSizeHint;
            return QProxyStyle::styleHint(hint, option, widget, returned);
        }
    };
    const QString styleName = QApplication::style()->name();
    QApplication::setStyle(new SizeHintFieldsStyle);
    const auto restore = qScopeGuard([&] { QApplication::setStyle(styleName); });

    unlockWindow();
    m_window->resize(900, 900);
    auto* state = child<QLabel>(m_window.get(), "overviewAuditState");
    QTRY_VERIFY(state->text().startsWith(QStringLiteral("Verified")));
    auto* rows = child<QLabel>(m_window.get(), "overviewAuditRows");
    QTRY_COMPARE(state->width(), rows->width());
    QTRY_COMPARE(state->height(), state->heightForWidth(state->width()));
    QVERIFY(state->height() > rows->height()); // wrapped: more than one line
}

void TestAuditChainState::screenshots()
{
    const QString dir = qEnvironmentVariable("DPP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("DPP_SCREENSHOT_DIR is not set");
    const QString suffix = qEnvironmentVariable("DPP_SCREENSHOT_SUFFIX");
    QTranslator german;
    if (qEnvironmentVariable("LANGUAGE").startsWith(QStringLiteral("de"))) {
        QVERIFY(german.load(QStringLiteral(":/i18n/dppconsole_de.qm")));
        QCoreApplication::installTranslator(&german);
    }
    QDir().mkpath(dir);
    auto shoot = [&](const QString& name) {
        QTest::qWait(300);
        const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
        QCOMPARE(QProcess::execute(QStringLiteral("import"),
                                   {QStringLiteral("-window"), QStringLiteral("root"), path}),
                 0);
    };

    unlockWindow();
    m_window->setGeometry(0, 0, 1600, 1000);
    auto* state = child<QLabel>(m_window.get(), "overviewAuditState");
    QTRY_VERIFY(!state->text().startsWith(tr("Verifying…")) && !state->text().isEmpty());
    auto* scroll = m_window->findChild<QScrollArea*>();
    scroll->ensureWidgetVisible(child<QWidget>(m_window.get(), "overviewAuditGroup"));
    shoot(QStringLiteral("overview-audit"));

    // A few realistic rows: another user's denials, a failed rotation, settings changes.
    AuditLog log = m_window->vault()->audit();
    const AuditActor alice{std::nullopt, QStringLiteral("alice")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // In time order, as the log is written.
    QVERIFY(log.append(alice,
                       {AuditAction::Unlock, AuditOutcome::Allowed, QStringLiteral("database"), {}, {}},
                       now.addSecs(-3700))
                .ok());
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.append(alice,
                           {AuditAction::PermissionDenied, AuditOutcome::Denied, QStringLiteral("permission"),
                            QStringLiteral("keys.manage"),
                            AuditDetails().permission(QStringLiteral("keys.manage"))},
                           now.addSecs(-3600 + i * 40))
                    .ok());
    QVERIFY(log.append(alice,
                       {AuditAction::DatabaseKeyRotated,
                        AuditOutcome::Failed,
                        QStringLiteral("database"),
                        {},
                        AuditDetails().reason(QStringLiteral("disk-full"))},
                       now.addSecs(-1800))
                .ok());
    QVERIFY(log.append(alice,
                       {AuditAction::SettingChanged, AuditOutcome::Allowed, QStringLiteral("setting"),
                        QStringLiteral("idle_lock_minutes"),
                        AuditDetails().setting(QStringLiteral("idle_lock_minutes"))},
                       now.addSecs(-600))
                .ok());
    auto* navigation = child<QListWidget>(m_window.get(), "navigation");
    navigation->setCurrentRow(1);
    auto* user = child<QComboBox>(m_window.get(), "auditUserCombo");
    user->setCurrentIndex(user->findData(QStringLiteral("alice")));
    shoot(QStringLiteral("audit-view-filtered"));
}

QTEST_MAIN(TestAuditChainState)
#include "TestAuditChainState.moc"
