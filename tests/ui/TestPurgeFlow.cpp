// TestPurgeFlow: "Purge all due" in the Retention view (issue 6, item 3): the confirmation (count,
// oldest due date, Cancel as default; Cancel purges nothing), step-up, the progress dialog, the
// result panel with each check and the certificate, counts refreshed; Cancel in the progress
// dialog purges nothing; an order on tax hold waits until a tax archive key exists, then is
// archived and purged; the button is disabled with a reason when nothing is due and absent
// without purge.execute.
#include "AccountTestSupport.h"
#include "PurgeResultPanel.h"
#include "RetentionView.h"
#include "SecretLabel.h"
#include "Workspace.h"
#include "models/RetentionListModel.h"
#include "orders/DemoOrders.h"
#include "orders/OrderStore.h"
#include "purge/PurgeEngine.h"
#include "purge/TaxArchive.h"
#include "retention/Retention.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>

using namespace dpp;
using namespace dpp::test;

namespace {

//! count orders shipped 60 days ago (due 30 days ago), with made-up buyers.
std::vector<OrderRecord> dueOrders(int count)
{
    std::vector<OrderRecord> records;
    const QDateTime shipped = QDateTime::currentDateTimeUtc().addDays(-60);
    for (int i = 0; i < count; ++i) {
        OrderRecord r;
        r.orderId = QStringLiteral("999-0000030-%1").arg(i, 7, 10, QLatin1Char('0'));
        r.status = QStringLiteral("Shipped");
        r.purchaseDate = shipped.addDays(-2).addSecs(i);
        r.shipTime = shipped.addSecs(i);
        r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
        r.pii[PiiField::RecipientName] = QStringLiteral("Made-up Buyer %1").arg(i);
        r.pii[PiiField::AddressLine1] = QStringLiteral("1 Nowhere Lane");
        records.push_back(r);
    }
    return records;
}

//! Saves widget's grab now (saveScreenshot waits first, and the job may close the dialog meanwhile).
void grabNow(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("DPP_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestPurgeFlow final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void purgeAllDue();
    void cancelInConfirmationPurgesNothing();
    void cancelDuringPurgePurgesNothing();
    void taxHoldWaitsForTheArchiveKey();
    void nothingDueAndOperator();
    void failedVerificationIsAnError();

private:
    //! A database with dueCount due orders and demo orders (none of them due when demo is false).
    void prepare(int dueCount, bool demo);
    ui::RetentionView* openRetention(const QString& user, const char* password);
    template <typename T = QDialog> T* waitForDialog(const char* name, int timeout = 5000);
    //! Clicks Purge all due and answers the confirmation with button ("confirmPurgeButton" or
    //! "cancelPurgeButton"); returns the confirmation's text.
    QString answerConfirmation(ui::RetentionView* view, const char* button, const QString& screenshot = {});
    void stepUpIfAsked();
    Vault& consoleVault() { return const_cast<Vault&>(*m_window->vault()); }

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestPurgeFlow::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestPurgeFlow::prepare(int dueCount, bool demo)
{
    m_fixture = std::make_unique<VaultFixture>();
    std::unique_ptr<Vault> dpo = m_fixture->create();
    QVERIFY(dpo != nullptr);
    OrderStore store(*dpo);
    if (dueCount > 0) {
        auto imported = store.importRecords(dueOrders(dueCount));
        QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    }
    if (demo) {
        auto imported = store.importRecords(DemoOrders::generate(200, QDateTime::currentDateTimeUtc(), 3));
        QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    }
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("olivia"), {Role::Operator}).ok());
}

ui::RetentionView* TestPurgeFlow::openRetention(const QString& user, const char* password)
{
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), user, QString::fromLatin1(password));
    if (!QTest::qWaitFor([this] { return m_window->isUnlocked(); }, 20000))
        return nullptr;
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    const int row = int(workspace->navigationEntries().indexOf(QStringLiteral("Retention")));
    if (row < 0)
        return nullptr;
    child<QListWidget>(m_window.get(), "navigation")->setCurrentRow(row);
    auto* view = child<ui::RetentionView>(m_window.get(), "retentionView");
    return view && view->isVisible() ? view : nullptr;
}

template <typename T> T* TestPurgeFlow::waitForDialog(const char* name, int timeout)
{
    T* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<T*>(QLatin1String(name));
            return dialog && dialog->isVisible();
        },
        timeout);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QString TestPurgeFlow::answerConfirmation(ui::RetentionView* view, const char* button,
                                          const QString& screenshot)
{
    QTest::mouseClick(child<QPushButton>(view, "purgeAllDueButton"), Qt::LeftButton);
    QPointer<QMessageBox> question = waitForDialog<QMessageBox>("purgeConfirmation");
    if (!question)
        return {};
    // Enter must not purge: Cancel is the default.
    if (question->defaultButton() != child<QPushButton>(question, "cancelPurgeButton"))
        return QStringLiteral("the default button is not Cancel");
    const QString text = question->text() + QLatin1Char('\n') + question->informativeText();
    if (!screenshot.isEmpty())
        saveScreenshot(question, screenshot);
    QTest::mouseClick(child<QPushButton>(question, button), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !question || !question->isVisible(); }, 5000))
        return QStringLiteral("the confirmation stayed open");
    return text;
}

void TestPurgeFlow::stepUpIfAsked()
{
    if (m_window->vault()->hasStepUp())
        return;
    QPointer<QDialog> stepUp = waitForDialog("stepUpDialog");
    QVERIFY(stepUp);
    auto* password = child<QLineEdit>(stepUp, "stepUpPasswordEdit");
    typeInto(password, QString::fromLatin1(TestPassword));
    QTest::keyClick(password, Qt::Key_Return);
}

void TestPurgeFlow::purgeAllDue()
{
    prepare(40, true);
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    auto* button = child<QPushButton>(view, "purgeAllDueButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    const QStringList due = PurgeEngine(consoleVault()).dueOrders().value();
    QVERIFY(due.size() >= 40);
    QCOMPARE(view->counts().overdue, qint64(due.size()));
    const QDateTime oldest = OrderStore(consoleVault()).detail(due.first())->summary.due;

    const QString text = answerConfirmation(view, "confirmPurgeButton", QStringLiteral("purge-confirmation"));
    QVERIFY2(text.contains(QStringLiteral("%1 orders").arg(due.size())), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(oldest.toLocalTime().date(), QLocale::LongFormat)),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("legal hold")));
    stepUpIfAsked();

    QPointer<QProgressDialog> progress = waitForDialog<QProgressDialog>("purgeProgress", 20000);
    grabNow(progress, QStringLiteral("purge-progress"));
    auto* panel = view->purgeResultPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 120000);
    QTRY_VERIFY(!progress || !progress->isVisible());
    saveScreenshot(m_window.get(), QStringLiteral("purge-result"));

    QVERIFY2(!panel->isError(), qPrintable(child<QLabel>(panel, "purgeCertificateNote")->text()));
    QCOMPARE(child<QLabel>(panel, "purgeResultTitle")->text(),
             QStringLiteral("%1 orders purged. Verification passed.").arg(due.size()));
    const QString checks = child<QLabel>(panel, "purgeResultChecks")->text();
    for (const char* check :
         {"No PII or data-key row", "pages read decrypted", "write-ahead log is empty", "No free pages"})
        QVERIFY2(checks.contains(QLatin1String(check)), check);
    const QString certificate = panel->certificatePath();
    QVERIFY(QFileInfo(certificate).isAbsolute());
    QVERIFY2(QFileInfo::exists(certificate), qPrintable(certificate));
    QCOMPARE(child<QLineEdit>(panel, "purgeCertificatePath")->text(), certificate);
    QVERIFY(PurgeEngine(consoleVault()).verifyCertificate(certificate).ok());

    QList<QUrl> opened;
    panel->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(child<QPushButton>(panel, "openCertificateButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(panel, "showCertificateFolderButton"), Qt::LeftButton);
    QCOMPARE(opened,
             (QList<QUrl>{QUrl::fromLocalFile(certificate),
                          QUrl::fromLocalFile(QFileInfo(certificate).absolutePath())}));

    // Counts and lists refreshed: nothing is due any more, and the button says so.
    QCOMPARE(view->counts().overdue, 0);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(PurgeEngine(consoleVault()).dueOrders()->isEmpty());
    QCOMPARE(PurgeEngine(consoleVault()).purgedOrderIds()->size(), due.size());
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QStringLiteral("Nothing is due")));

    QTest::mouseClick(child<QPushButton>(panel, "purgeResultDismissButton"), Qt::LeftButton);
    QVERIFY(!panel->isVisible());
}

void TestPurgeFlow::cancelInConfirmationPurgesNothing()
{
    prepare(10, false);
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    const QString text = answerConfirmation(view, "cancelPurgeButton");
    QVERIFY2(text.contains(QStringLiteral("10 orders")), qPrintable(text));
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("stepUpDialog")));
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("purgeProgress")));
    QCOMPARE(PurgeEngine(consoleVault()).dueOrders()->size(), 10);
    QVERIFY(PurgeEngine(consoleVault()).purgedOrderIds()->isEmpty());
    QCOMPARE(view->counts().overdue, 10);
    QVERIFY(!view->purgeResultPanel()->isVisible());
}

void TestPurgeFlow::cancelDuringPurgePurgesNothing()
{
    // Enough orders that the first progress report (every 1,000) comes well after Cancel.
    prepare(3000, false);
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    QVERIFY(!answerConfirmation(view, "confirmPurgeButton").isEmpty());
    stepUpIfAsked();
    QPointer<QProgressDialog> progress = waitForDialog<QProgressDialog>("purgeProgress", 20000);
    QVERIFY(progress);
    QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
    // The dialog stays (the job owns the vault) and says what happens.
    QVERIFY(progress->isVisible());
    QVERIFY(progress->labelText().contains(QStringLiteral("Cancelling")));
    grabNow(progress, QStringLiteral("purge-progress-cancelling"));
    auto* message = child<QLabel>(view, "retentionMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 60000);
    QVERIFY2(message->text().contains(QStringLiteral("nothing was purged")), qPrintable(message->text()));
    QTRY_VERIFY(!progress);
    QVERIFY(!view->purgeResultPanel()->isVisible());
    QCOMPARE(PurgeEngine(consoleVault()).dueOrders()->size(), 3000);
    QVERIFY(PurgeEngine(consoleVault()).purgedOrderIds()->isEmpty());
    QCOMPARE(view->counts().overdue, 3000);
}

void TestPurgeFlow::taxHoldWaitsForTheArchiveKey()
{
    // Tried: Purge all due with an order on tax hold and no tax archive key: the others are purged,
    // the held one is named in a warning and stays due. Then the key is made in the view (shown
    // once, the dialog refuses to close until it is stored) and the next purge archives and purges it.
    prepare(5, false);
    ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
    QVERIFY(view);
    const QString held = PurgeEngine(consoleVault()).dueOrders()->first();
    QVERIFY(Retention(consoleVault()).placeHold(held, HoldKind::Tax, QStringLiteral("VAT return"), {}).ok());
    view->refresh();
    auto* state = child<QLabel>(view, "taxArchiveState");
    QVERIFY(state->text().contains(QStringLiteral("No tax archive key yet")));
    const QString text = answerConfirmation(view, "confirmPurgeButton");
    QVERIFY2(text.contains(QStringLiteral("tax archive")), qPrintable(text));
    stepUpIfAsked();
    auto* panel = view->purgeResultPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 60000);
    QCOMPARE(child<QLabel>(panel, "purgeResultTitle")->text(),
             QStringLiteral("4 orders purged. Verification passed."));
    auto* message = qobject_cast<ui::InlineMessage*>(child<QLabel>(view, "retentionMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), ui::InlineMessage::Kind::Warning);
    QVERIFY2(message->text().contains(held), qPrintable(message->text()));
    saveScreenshot(m_window.get(), QStringLiteral("purge-tax-hold-left"));
    QCOMPARE(PurgeEngine(consoleVault()).dueOrders().value(), QStringList{held});

    QTest::mouseClick(child<QPushButton>(view, "makeTaxArchiveKeyButton"), Qt::LeftButton);
    QPointer<QMessageBox> question = waitForDialog<QMessageBox>("taxArchiveKeyQuestion");
    QVERIFY(question);
    QTest::mouseClick(child<QPushButton>(question, "confirmTaxArchiveKeyButton"), Qt::LeftButton);
    stepUpIfAsked();
    QPointer<QDialog> keyDialog = waitForDialog("taxArchiveKeyDialog");
    QVERIFY(keyDialog);
    saveScreenshot(keyDialog, QStringLiteral("tax-archive-key"));
    const QString shown = child<ui::SecretLabel>(keyDialog, "taxArchiveKeyLabel")->secret();
    QCOMPARE(shown.size(), 64);
    QVERIFY(!child<QPushButton>(keyDialog, "taxArchiveKeyCloseButton")->isEnabled());
    QTest::keyClick(keyDialog, Qt::Key_Escape); // refused: not stored yet
    QVERIFY(keyDialog->isVisible());
    QVERIFY(child<QLabel>(keyDialog, "taxArchiveKeyMessage")
                ->text()
                .contains(QStringLiteral("cannot be shown again")));
    child<QAbstractButton>(keyDialog, "taxArchiveKeyStoredCheckBox")->click();
    QVERIFY(child<QAbstractButton>(keyDialog, "taxArchiveKeyStoredCheckBox")->isChecked());
    QVERIFY(child<QPushButton>(keyDialog, "taxArchiveKeyCloseButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(keyDialog, "taxArchiveKeyCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(!keyDialog || !keyDialog->isVisible());
    QVERIFY(state->text().contains(QStringLiteral("Archives are sealed to the key")));

    QVERIFY(!answerConfirmation(view, "confirmPurgeButton").isEmpty());
    stepUpIfAsked();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(panel, "purgeResultTitle")->text()
                                 == QStringLiteral("1 order purged. Verification passed."),
                             60000);
    QCOMPARE(OrderStore(consoleVault()).detail(held)->summary.pii, PiiState::Purged);
    auto archives = TaxArchive(consoleVault()).list();
    QVERIFY(archives.ok());
    QCOMPARE(archives->size(), 1);
    QString key = shown;
    key.replace(QLatin1Char('\n'), QLatin1Char('-'));
    const QByteArray keyUtf8 = key.toUtf8();
    auto opened = TaxArchive::open(archives->first().path,
                                   SecureBytes(keyUtf8.constData(), std::size_t(keyUtf8.size())));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
    QVERIFY(opened->view().toByteArray().contains(held.toUtf8()));
}

void TestPurgeFlow::nothingDueAndOperator()
{
    prepare(0, false);
    {
        ui::RetentionView* view = openRetention(QStringLiteral("dpo"), TestPassword);
        QVERIFY(view);
        auto* button = child<QPushButton>(view, "purgeAllDueButton");
        QVERIFY(button->isVisible());
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QStringLiteral("Nothing is due")));
    }
    m_window.reset();
    ui::RetentionView* view = openRetention(QStringLiteral("olivia"), UserPassword);
    QVERIFY(view);
    QVERIFY(!child<QPushButton>(view, "purgeAllDueButton")->isVisible());
}

void TestPurgeFlow::failedVerificationIsAnError()
{
    // A run whose checks did not all hold (the engine's own failure is hard to cause on purpose).
    PurgeRun run;
    run.runId = 7;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.orderIds = {QStringLiteral("999-0000030-0000001"), QStringLiteral("999-0000030-0000002")};
    run.verification.rowsGone = true;
    run.verification.pagesClean = true;
    run.verification.pagesScanned = 96;
    run.verification.needlesSearched = 8;
    run.verification.walBytes = 4096;
    run.verification.freePages = 0;
    ui::PurgeResultPanel panel;
    panel.showRun(run, QStringLiteral("/nonexistent/certificate.pdf"), {});
    panel.resize(620, panel.heightForWidth(620));
    QVERIFY(panel.isError());
    QCOMPARE(child<QLabel>(&panel, "purgeResultTitle")->text(),
             QStringLiteral("2 orders purged, but the verification FAILED."));
    QVERIFY(child<QLabel>(&panel, "purgeResultChecks")->text().contains(QStringLiteral("4,096 bytes")));
    QVERIFY(panel.styleSheet().contains(QStringLiteral("#fdecea"))); // the error colours
    saveScreenshot(&panel, QStringLiteral("purge-result-failed"));

    // Passed, but no certificate: an error too, with the reason, and nothing to open.
    run.verification.walBytes = 0;
    panel.showRun(run, {}, QStringLiteral("The disk is full."));
    QVERIFY(panel.isError());
    QVERIFY(
        child<QLabel>(&panel, "purgeCertificateNote")->text().contains(QStringLiteral("The disk is full.")));
    QVERIFY(!child<QPushButton>(&panel, "openCertificateButton")->isVisibleTo(&panel));
}

QTEST_MAIN(TestPurgeFlow)
#include "TestPurgeFlow.moc"
