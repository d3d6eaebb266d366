// TestRestoreOnFirstStart: the database is lost and only its purge ledger is left; the console
// starts on the first-start page and restores it from a backup through the form (issue 6, item 6).
// Tried: the backup's header shown before any password; a wrong password refused inline with
// nothing created beside the ledger; then the right password and a recovery code (the account has
// two-factor sign-in) lead to the unlock page, whose notice says which backup and how many orders
// were purged again; the person signs in as usual, and the order purged by hand after the backup
// was made (not due by the rules: only the ledger knows) is still purged, the due one too, while
// the last kept its buyer data.
#include "AccountTestSupport.h"
#include "FirstStartPage.h"
#include "InlineMessage.h"
#include "RestoreForm.h"
#include "backup/Backups.h"
#include "orders/OrderStore.h"
#include "purge/PurgeEngine.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace dpp;
using namespace dpp::test;

namespace {

const QString kKept = QStringLiteral("999-0000080-0000001");
const QString kPurged = QStringLiteral("999-0000080-0000002");
const QString kDue = QStringLiteral("999-0000080-0000003");

//! Orders with made-up buyers: two shipped days ago (not due), one 40 days ago (due 10 days ago).
std::vector<OrderRecord> syntheticOrders()
{
    std::vector<OrderRecord> records;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& [id, shippedDaysAgo] :
         {std::pair{kKept, 2}, std::pair{kPurged, 5}, std::pair{kDue, 40}}) {
        OrderRecord r;
        r.orderId = id;
        r.status = QStringLiteral("Shipped");
        const QDateTime shipped = now.addDays(-shippedDaysAgo);
        r.shipTime = shipped;
        r.purchaseDate = shipped.addDays(-1);
        r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
        r.pii[PiiField::RecipientName] = QStringLiteral("Made-up Buyer ") + id.right(1);
        records.push_back(r);
    }
    return records;
}

QStringList entriesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestRestoreOnFirstStart final : public QObject
{
    Q_OBJECT

private slots:
    void restoreThroughTheFirstStartForm();
};

void TestRestoreOnFirstStart::restoreThroughTheFirstStartForm()
{
    VaultFixture fixture;
    QTemporaryDir drive;
    std::vector<SecureBytes> codes;
    QString backupPath;
    {
        std::unique_ptr<Vault> dpo = fixture.create();
        QVERIFY(dpo != nullptr);
        QVERIFY(OrderStore(*dpo).importRecords(syntheticOrders()).ok());
        std::optional<Authenticator> app = enroll(*dpo, &codes);
        QVERIFY(app);
        QVERIFY(codes.size() >= 2);
        QVERIFY(dpo->stepUp(bytesOf(TestPassword), SecondFactor::totp(app->nextCode())).ok());
        auto made = Backups(*dpo).create(drive.path());
        QVERIFY2(made.ok(), qPrintable(made.error().message()));
        backupPath = made->path;
        // After the backup: an order not yet due is purged by hand (and written to c.ledger); the
        // due one is left for the restore's retention rules.
        PurgeRequest chosen;
        chosen.reason = PurgeReason::Selection;
        chosen.orderIds = {kPurged};
        auto run = PurgeEngine(*dpo).purge(chosen);
        QVERIFY2(run.ok(), qPrintable(run.error().message()));
        QCOMPARE(run->orderIds, QStringList{kPurged});
    }
    // The disk is lost but for the ledger: every file and folder beside it goes.
    const QString folder = QFileInfo(fixture.paths.database()).absolutePath();
    const QString ledger = QFileInfo(fixture.paths.ledger()).fileName();
    QVERIFY(QFileInfo::exists(fixture.paths.ledger()));
    for (const QString& name : entriesIn(folder)) {
        if (name == ledger)
            continue;
        const QFileInfo info(QDir(folder).filePath(name));
        QVERIFY(info.isDir() ? QDir(info.filePath()).removeRecursively() : QFile::remove(info.filePath()));
    }
    QCOMPARE(entriesIn(folder), QStringList{ledger});

    auto window = makeWindow(fixture.paths);
    QCOMPARE(currentPage(window.get()), QStringLiteral("firstStartPage"));
    auto* page = child<ui::FirstStartPage>(window.get(), "firstStartPage");
    QTest::mouseClick(child<QPushButton>(page, "firstStartRestoreButton"), Qt::LeftButton);
    QVERIFY(page->isAtRestore());
    QVERIFY(child<QWidget>(page, "firstStartRestoreStep")->isVisible());
    QVERIFY(child<QLabel>(page, "restoreIntro")->text().contains(fixture.paths.database()));

    typeInto(child<QLineEdit>(page, "restoreBackupEdit"), backupPath);
    const QString summary = child<QLabel>(page, "restoreBackupSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("by dpo")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("3 orders, 3 with buyer data")));
    typeInto(child<QLineEdit>(page, "restoreUserEdit"), QStringLiteral("dpo"));
    typeInto(child<QLineEdit>(page, "restorePasswordEdit"), QStringLiteral("Not-The-Passw0rd-9"));
    QTest::mouseClick(child<QPushButton>(page, "restoreUseRecoveryButton"), Qt::LeftButton);
    auto* code = child<QLineEdit>(page, "restoreCodeEdit");
    typeInto(code, QString::fromLatin1(codes.at(0).view()));
    QTest::mouseClick(child<QPushButton>(page, "firstStartRestoreConfirmButton"), Qt::LeftButton);

    // Refused inline; nothing but the ledger beside the database.
    auto* error = child<ui::InlineMessage>(page, "restoreError");
    QVERIFY(QTest::qWaitFor([&] { return error->isVisible(); }, 30000));
    QTRY_VERIFY(!page->isBusy());
    QCOMPARE(error->kind(), ui::InlineMessage::Kind::Error);
    QVERIFY2(error->text().contains(QStringLiteral("as they were when the backup was made")),
             qPrintable(error->text()));
    QCOMPARE(entriesIn(folder), QStringList{ledger});
    QCOMPARE(currentPage(window.get()), QStringLiteral("firstStartPage"));
    QVERIFY(child<QLineEdit>(page, "restorePasswordEdit")->text().isEmpty());
    saveScreenshot(window.get(), QStringLiteral("first-start-restore-error"));

    // The right password; the recovery code was not used by the refused attempt.
    typeInto(child<QLineEdit>(page, "restorePasswordEdit"), QString::fromLatin1(TestPassword));
    QVERIFY(!error->isVisible());
    typeInto(code, QString::fromLatin1(codes.at(0).view()));
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY2(
        QTest::qWaitFor([&] { return currentPage(window.get()) == QStringLiteral("unlockPage"); }, 60000),
        qPrintable(error->text()));
    QVERIFY(fixture.paths.exists());
    auto* notice = child<ui::InlineMessage>(window.get(), "unlockNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("restored from the backup made")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("by dpo")));
    QVERIFY(notice->text().contains(QStringLiteral("as purged after the backup was made: 1 order.")));
    QVERIFY(notice->text().contains(QStringLiteral("due now under the retention rules: 1 order.")));
    QVERIFY(notice->text().contains(QStringLiteral("Sign in as usual")));
    QCOMPARE(child<QLineEdit>(window.get(), "unlockUserEdit")->text(), QStringLiteral("dpo"));
    saveScreenshot(window.get(), QStringLiteral("unlock-after-restore"));

    // Signing in works as usual, with the second recovery code.
    typeCredentials(window.get(), QStringLiteral("dpo"), QString::fromLatin1(TestPassword));
    QVERIFY(waitUnlockIdle(window.get()));
    QVERIFY(child<QWidget>(window.get(), "unlockCodeStep")->isVisible());
    QTest::mouseClick(child<QPushButton>(window.get(), "unlockUseRecoveryButton"), Qt::LeftButton);
    auto* unlockCode = child<QLineEdit>(window.get(), "unlockCodeEdit");
    typeInto(unlockCode, QString::fromLatin1(codes.at(1).view()));
    QTest::keyClick(unlockCode, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->isUnlocked(), 20000);

    // The order purged after the backup stays purged, the due one is purged; the other kept its
    // buyer data.
    Vault& vault = const_cast<Vault&>(*window->vault());
    QCOMPARE(OrderStore(vault).detail(kPurged)->summary.pii, PiiState::Purged);
    QCOMPARE(OrderStore(vault).detail(kDue)->summary.pii, PiiState::Purged);
    QCOMPARE(OrderStore(vault).detail(kKept)->summary.pii, PiiState::Present);
}

QTEST_MAIN(TestRestoreOnFirstStart)
#include "TestRestoreOnFirstStart.moc"
