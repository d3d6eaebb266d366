// TestDeletionRequestsView: the console view of Amazon's deletion requests (issue 6, item 5): the
// navigation entry (dpo only, after Retention), recording through the dialog (a bad reference and
// a core error refused inline, nothing recorded), the list's countdowns on a fake clock, fulfilling
// a deletion and a return end to end (confirmation, step-up, busy dialog, result; the return's
// key shown once and opening the export), Cancel at the confirmation and at step-up changing
// nothing, and the lock clearing everything, a key on screen included. Its model passes the tester.
#include "AccountTestSupport.h"
#include "DeletionFulfilmentDialog.h"
#include "DeletionRequestsView.h"
#include "InlineMessage.h"
#include "NewDeletionRequestDialog.h"
#include "PageLayout.h"
#include "SecretLabel.h"
#include "Workspace.h"
#include "models/DeletionRequestModel.h"
#include "models/OrdersModel.h"
#include "orders/OrderStore.h"
#include "purge/DeletionRequests.h"
#include "purge/PurgeEngine.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QColor>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimeZone>

using namespace dpp;
using namespace dpp::test;

namespace {

const QString kA = QStringLiteral("999-0000060-0000001");
const QString kB = QStringLiteral("999-0000060-0000002");
const QString kC = QStringLiteral("999-0000060-0000003");
const QString kD = QStringLiteral("999-0000060-0000004");

//! Orders with made-up buyers, bought in January 2026 and shipped the next day.
std::vector<OrderRecord> syntheticOrders()
{
    std::vector<OrderRecord> records;
    int day = 5;
    for (const QString& id : {kA, kB, kC, kD}) {
        OrderRecord r;
        r.orderId = id;
        r.status = QStringLiteral("Shipped");
        const QDateTime purchased(QDate(2026, 1, day), QTime(10, 0), QTimeZone::utc());
        r.purchaseDate = purchased;
        r.shipTime = purchased.addDays(1);
        r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
        r.orderTotal = QStringLiteral("12.50");
        r.currency = QStringLiteral("USD");
        r.pii[PiiField::RecipientName] = QStringLiteral("Made-up Buyer ") + id.right(1);
        r.pii[PiiField::AddressLine1] = QStringLiteral("7 Nowhere Lane");
        records.push_back(r);
        day += 3;
    }
    return records;
}

NewDeletionRequest ordersRequest(const QString& reference, const QStringList& ids, const QDateTime& received,
                                 DeletionAction action = DeletionAction::Delete)
{
    NewDeletionRequest r;
    r.reference = reference;
    r.receivedAt = received;
    r.action = action;
    r.scope = DeletionScope::Orders;
    r.orderIds = ids;
    return r;
}

QDateTime g_now;
const Clock fakeClock = [] { return g_now; };

//! The key as the person would copy it off the screen: the hex digits only.
SecureBytes keyOffScreen(const QString& shown)
{
    QString digits = shown;
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('\n'));
    return SecureBytes::fromUtf8(digits);
}

} // namespace

class TestDeletionRequestsView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void navigationForDpoOnly();
    void recordThroughTheDialog();
    void countdownTexts_data();
    void countdownTexts();
    void listInSeveralStates();
    void fulfilDeletion();
    void fulfilReturnShowsKeyOnce();
    void cancelAtConfirmationChangesNothing();
    void cancelAtStepUpChangesNothing();
    void lockClearsEverything();

private:
    ui::DeletionRequestsView* openView(const QString& user = QStringLiteral("dpo"),
                                       const char* password = TestPassword);
    template <typename T = QDialog> T* waitForDialog(const char* name, int timeout = 5000);
    //! Clicks Fulfil… on the request with id and answers the confirmation with button; returns its text.
    QString answerConfirmation(ui::DeletionRequestsView* view, qint64 id, const char* button,
                               const QString& screenshot = {});
    void stepUp();
    //! What is on screen (visible dialogs, the view's message), for a failure's message.
    QString describeState();
    Vault& consoleVault() { return const_cast<Vault&>(*m_window->vault()); }
    qint64 recordInConsole(const NewDeletionRequest& request);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestDeletionRequestsView::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    std::unique_ptr<Vault> dpo = m_fixture->create();
    QVERIFY(dpo != nullptr);
    auto imported = OrderStore(*dpo).importRecords(syntheticOrders());
    QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    QVERIFY(addUser(*dpo, m_fixture->paths, QStringLiteral("olivia"), {Role::Operator}).ok());
}

void TestDeletionRequestsView::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    QApplication::clipboard()->clear();
}

ui::DeletionRequestsView* TestDeletionRequestsView::openView(const QString& user, const char* password)
{
    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), user, QString::fromLatin1(password));
    if (!QTest::qWaitFor([this] { return m_window->isUnlocked(); }, 20000))
        return nullptr;
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    const int row = int(workspace->navigationEntries().indexOf(QStringLiteral("Deletion requests")));
    if (row < 0)
        return nullptr;
    child<QListWidget>(m_window.get(), "navigation")->setCurrentRow(row);
    auto* view = child<ui::DeletionRequestsView>(m_window.get(), "deletionRequestsView");
    return view && view->isVisible() ? view : nullptr;
}

template <typename T> T* TestDeletionRequestsView::waitForDialog(const char* name, int timeout)
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

qint64 TestDeletionRequestsView::recordInConsole(const NewDeletionRequest& request)
{
    const Result<qint64> id = DeletionRequests(consoleVault()).record(request);
    if (!id)
        qWarning("%s", qPrintable(id.error().message()));
    return id ? id.value() : 0;
}

QString TestDeletionRequestsView::answerConfirmation(ui::DeletionRequestsView* view, qint64 id,
                                                     const char* button, const QString& screenshot)
{
    if (!view->selectRequest(id))
        return QStringLiteral("the request is not listed");
    auto* fulfil = child<QPushButton>(view, "fulfilDeletionRequestButton");
    if (!fulfil->isEnabled())
        return QStringLiteral("Fulfil is disabled: ") + fulfil->toolTip();
    QTest::mouseClick(fulfil, Qt::LeftButton);
    QPointer<QMessageBox> question = waitForDialog<QMessageBox>("fulfilConfirmation");
    if (!question)
        return QStringLiteral("no confirmation");
    // Enter must not purge: Cancel is the default.
    if (question->defaultButton() != child<QPushButton>(question, "cancelFulfilButton"))
        return QStringLiteral("the default button is not Cancel");
    const QString text = question->text() + QLatin1Char('\n') + question->informativeText();
    if (!screenshot.isEmpty())
        saveScreenshot(question, screenshot);
    QTest::mouseClick(child<QPushButton>(question, button), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !question || !question->isVisible(); }, 5000))
        return QStringLiteral("the confirmation stayed open");
    return text;
}

void TestDeletionRequestsView::stepUp()
{
    QPointer<QDialog> dialog = waitForDialog("stepUpDialog");
    QVERIFY(dialog);
    auto* password = child<QLineEdit>(dialog, "stepUpPasswordEdit");
    typeInto(password, QString::fromLatin1(TestPassword));
    QTest::keyClick(password, Qt::Key_Return);
}

QString TestDeletionRequestsView::describeState()
{
    QStringList state;
    for (const QDialog* dialog : m_window->findChildren<QDialog*>())
        if (dialog->isVisible())
            state << QStringLiteral("dialog ") + dialog->objectName();
    if (auto* error = m_window->findChild<QLabel*>(QStringLiteral("stepUpError"));
        error && error->isVisible())
        state << QStringLiteral("step-up error: ") + error->text();
    if (auto* message = m_window->findChild<QLabel*>(QStringLiteral("deletionRequestsMessage")))
        state << QStringLiteral("message: ") + message->text();
    return state.join(QStringLiteral("; "));
}

void TestDeletionRequestsView::navigationForDpoOnly()
{
    // The DPO (every role) has the entry right after Retention; an operator, without
    // deletion-requests.manage, does not have it at all.
    QVERIFY(openView());
    const QStringList entries = child<ui::Workspace>(m_window.get(), "workspace")->navigationEntries();
    QCOMPARE(entries.indexOf(QStringLiteral("Deletion requests")),
             entries.indexOf(QStringLiteral("Retention")) + 1);
    m_window.reset();

    m_window = makeWindow(m_fixture->paths);
    typeCredentials(m_window.get(), QStringLiteral("olivia"), QString::fromLatin1(UserPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    const QStringList operatorEntries
        = child<ui::Workspace>(m_window.get(), "workspace")->navigationEntries();
    QVERIFY(operatorEntries.contains(QStringLiteral("Orders")));
    QVERIFY2(!operatorEntries.contains(QStringLiteral("Deletion requests")),
             qPrintable(operatorEntries.join(QLatin1Char(','))));
}

void TestDeletionRequestsView::recordThroughTheDialog()
{
    // A reference with a space is refused in the dialog, the hint in red, and nothing is recorded;
    // an order id the core refuses (too long) shows the core's message inline, the dialog still
    // open with what was typed; then a good request is recorded and selected in the list.
    ui::DeletionRequestsView* view = openView();
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(view, "deletionRequestsSummary")->text().contains(QStringLiteral("No deletion")));

    // From the keyboard: Alt+R is "Record request…".
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QPointer<ui::NewDeletionRequestDialog> dialog
        = waitForDialog<ui::NewDeletionRequestDialog>("newDeletionRequestDialog");
    QVERIFY(dialog);
    auto* reference = child<QLineEdit>(dialog, "deletionReferenceEdit");
    QTRY_VERIFY(reference->hasFocus());
    auto* ids = child<QPlainTextEdit>(dialog, "deletionOrderIdsEdit");
    auto* error = child<ui::InlineMessage>(dialog, "dialogError");
    auto* confirm = child<QPushButton>(dialog, "dialogConfirmButton");
    QVERIFY(confirm->isDefault());
    // Received defaults to now (the vault's clock, to the minute), in UTC.
    auto* received = child<QDateTimeEdit>(dialog, "deletionReceivedEdit");
    QCOMPARE(received->timeSpec(), Qt::UTC);
    QVERIFY(qAbs(received->dateTime().secsTo(QDateTime::currentDateTimeUtc())) < 120);

    typeInto(reference, QStringLiteral("AMZ 2026/17"));
    QCOMPARE(child<QLabel>(dialog, "deletionReferenceHint")->property("hintState").toInt(),
             int(ui::HintState::Error));
    ids->setPlainText(kA + QStringLiteral("\n") + kB + QStringLiteral(", ") + kC);
    child<QPlainTextEdit>(dialog, "deletionNoteEdit")
        ->setPlainText(QStringLiteral("Case handled by DPO desk"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(error->kind(), ui::InlineMessage::Kind::Error);
    QVERIFY2(error->text().contains(QStringLiteral("no spaces")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    saveScreenshot(dialog, QStringLiteral("deletion-record-invalid-reference"));
    QVERIFY(DeletionRequests(consoleVault()).list()->isEmpty());

    // The core's refusal, inline.
    typeInto(reference, QStringLiteral("AMZ-DR/2026:17"));
    QVERIFY(!error->isVisible());
    ids->setPlainText(kA + QStringLiteral(", ") + QString(70, QLatin1Char('9')));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("is not an order id")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(DeletionRequests(consoleVault()).list()->isEmpty());

    // A good one.
    ids->setPlainText(kA + QStringLiteral("\n") + kB + QStringLiteral(", ") + kC);
    const QDateTime receivedAt = QDateTime(QDate::currentDate(), QTime(), QTimeZone::utc()).addDays(-1);
    received->setDateTime(receivedAt);
    child<QRadioButton>(dialog, "deletionActionReturn")->click();
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    const QList<DeletionRequest> requests = DeletionRequests(consoleVault()).list().value();
    QCOMPARE(requests.size(), 1);
    const DeletionRequest& r = requests.first();
    QCOMPARE(r.reference, QStringLiteral("AMZ-DR/2026:17"));
    QCOMPARE(r.receivedAt, receivedAt);
    QCOMPARE(r.action, DeletionAction::Return);
    QCOMPARE(r.scope, DeletionScope::Orders);
    QCOMPARE(r.orderIds, (QStringList{kA, kB, kC}));
    QCOMPARE(r.note, QStringLiteral("Case handled by DPO desk"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->selectedId(), r.id);
    auto* message = child<ui::InlineMessage>(view, "deletionRequestsMessage");
    QCOMPARE(message->kind(), ui::InlineMessage::Kind::Success);
    QVERIFY(message->text().contains(QStringLiteral("AMZ-DR/2026:17")));
    QVERIFY(child<QLabel>(view, "deletionRequestNote")->text().contains(QStringLiteral("DPO desk")));
    QVERIFY(child<QLabel>(view, "deletionRequestOrdersNow")->text().contains(kC));
    QVERIFY(child<QLabel>(view, "deletionRequestRecorded")->text().contains(QStringLiteral("dpo")));
}

void TestDeletionRequestsView::countdownTexts_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<QString>("countdown");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("colour");
    QTest::addColumn<QString>("detail");
    QTest::newRow("0 h") << qint64(0) << QStringLiteral("72 h left of 72 h") << QStringLiteral("Open")
                         << int(ui::OrdersModel::DueState::Later)
                         << QStringLiteral("Open: 72 h left of 72 h");
    QTest::newRow("71 h") << qint64(71 * 3600) << QStringLiteral("1 h left of 72 h") << QStringLiteral("Open")
                          << int(ui::OrdersModel::DueState::Soon) << QStringLiteral("Open: 1 h left of 72 h");
    QTest::newRow("73 h") << qint64(73 * 3600) << QStringLiteral("overdue by 1 h")
                          << QStringLiteral("Overdue") << int(ui::OrdersModel::DueState::Overdue)
                          << QStringLiteral("Overdue: 1 h past the 72 hours.");
}

void TestDeletionRequestsView::countdownTexts()
{
    // A request received at t0, the view read at t0 + elapsed on the vault's (fake) clock: the
    // countdown says it in words, in the colour of the Orders view's due dates, bold once late.
    QFETCH(qint64, elapsed);
    QFETCH(QString, countdown);
    QFETCH(QString, status);
    QFETCH(int, colour);
    QFETCH(QString, detail);
    g_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, QTimeZone::utc());
    auto vault = Vault::unlock(m_fixture->paths, QStringLiteral("dpo"), bytesOf(TestPassword), {}, fakeClock);
    QVERIFY(vault.ok());
    const QDateTime t0 = g_now;
    QVERIFY(DeletionRequests(*vault.value()).record(ordersRequest(QStringLiteral("AMZ-1"), {kA}, t0)).ok());

    ui::DeletionRequestsView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1080, 640);
    view.show();
    view.load(vault.value().get());
    g_now = t0.addSecs(elapsed);
    view.refresh();
    ui::DeletionRequestModel* model = view.model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex cell = model->index(0, ui::DeletionRequestModel::CountdownColumn);
    QCOMPARE(cell.data().toString(), countdown);
    QCOMPARE(model->index(0, ui::DeletionRequestModel::StatusColumn).data().toString(), status);
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(),
             ui::OrdersModel::dueColor(static_cast<ui::OrdersModel::DueState>(colour)));
    QCOMPARE(cell.data(Qt::FontRole).value<QFont>().bold(), status == QStringLiteral("Overdue"));
    QCOMPARE(model->index(0, ui::DeletionRequestModel::ScopeColumn).data().toString(),
             QStringLiteral("1 order"));
    QCOMPARE(model->index(0, ui::DeletionRequestModel::ActionColumn).data().toString(),
             QStringLiteral("Delete"));
    // The detail pane says the same, and the summary counts it.
    QCOMPARE(child<QLabel>(&view, "deletionRequestStatus")->text(), detail);
    QCOMPARE(child<QLabel>(&view, "deletionRequestsSummary")->text().contains(QStringLiteral("OVERDUE")),
             status == QStringLiteral("Overdue"));
    view.clear();
}

void TestDeletionRequestsView::listInSeveralStates()
{
    // Four requests (open and fresh, open with hours left, overdue, fulfilled) as the DPO sees them,
    // newest first; the fulfilled one shows its certificates and cannot be fulfilled again.
    ui::DeletionRequestsView* view = openView();
    QVERIFY(view);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 done
        = recordInConsole(ordersRequest(QStringLiteral("AMZ-DR-0140"), {kD}, now.addSecs(-30 * 3600)));
    QVERIFY(consoleVault().stepUp(bytesOf(TestPassword), {}).ok());
    QVERIFY(DeletionRequests(consoleVault()).fulfil(done).ok());
    NewDeletionRequest range
        = ordersRequest(QStringLiteral("AMZ-DR-0141"), {}, now.addSecs(-(80 * 3600 - 1800)));
    range.scope = DeletionScope::PurchaseRange;
    range.from = QDate(2026, 1, 1);
    range.to = QDate(2026, 1, 10);
    const qint64 overdue = recordInConsole(range);
    NewDeletionRequest everything = ordersRequest(QStringLiteral("AMZ-DR-0142"), {},
                                                  now.addSecs(-(60 * 3600 + 1800)), DeletionAction::Return);
    everything.scope = DeletionScope::Everything;
    const qint64 soon = recordInConsole(everything);
    const qint64 fresh
        = recordInConsole(ordersRequest(QStringLiteral("AMZ-DR-0143"), {kA, kB}, now.addSecs(-600)));
    QVERIFY(done && overdue && soon && fresh);
    view->refresh();

    ui::DeletionRequestModel* model = view->model();
    QCOMPARE(model->rowCount(), 4);
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    using M = ui::DeletionRequestModel;
    QCOMPARE(model->request(0).id, fresh);
    QCOMPARE(text(0, M::CountdownColumn), QStringLiteral("71 h left of 72 h"));
    QCOMPARE(text(0, M::ScopeColumn), QStringLiteral("2 orders"));
    QCOMPARE(model->request(1).id, done);
    QCOMPARE(text(1, M::StatusColumn), QStringLiteral("Complete"));
    QCOMPARE(text(1, M::CountdownColumn), QStringLiteral("none: complete"));
    QCOMPARE(model->request(2).id, soon);
    QCOMPARE(text(2, M::CountdownColumn), QStringLiteral("11 h left of 72 h"));
    QCOMPARE(text(2, M::ScopeColumn), QStringLiteral("everything"));
    QCOMPARE(text(2, M::ActionColumn), QStringLiteral("Return"));
    QCOMPARE(model->request(3).id, overdue);
    QCOMPARE(text(3, M::StatusColumn), QStringLiteral("Overdue"));
    QCOMPARE(text(3, M::CountdownColumn), QStringLiteral("overdue by 8 h"));
    QCOMPARE(text(3, M::ScopeColumn),
             QStringLiteral("%1 – %2").arg(QLocale().toString(range.from, QLocale::ShortFormat),
                                           QLocale().toString(range.to, QLocale::ShortFormat)));
    QVERIFY(model->index(3, M::ScopeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("purchased")));
    QCOMPARE(text(0, M::ReceivedColumn), ui::OrdersModel::timeText(now.addSecs(-600)));
    QVERIFY(child<QLabel>(view, "deletionRequestsSummary")->text().contains(QStringLiteral("1 OVERDUE")));

    QVERIFY(view->selectRequest(overdue));
    QVERIFY(child<QLabel>(view, "deletionRequestOrdersNow")->text().contains(kA));
    QVERIFY(!child<QLabel>(view, "deletionRequestOrdersNow")->text().contains(kD));
    QVERIFY(child<QPushButton>(view, "fulfilDeletionRequestButton")->isEnabled());
    saveScreenshot(m_window.get(), QStringLiteral("deletion-requests-list"));

    QVERIFY(view->selectRequest(done));
    auto* fulfil = child<QPushButton>(view, "fulfilDeletionRequestButton");
    QVERIFY(!fulfil->isEnabled());
    QVERIFY2(fulfil->toolTip().contains(QStringLiteral("fulfilled only once")),
             qPrintable(fulfil->toolTip()));
    const DeletionRequest fulfilled = DeletionRequests(consoleVault()).get(done).value();
    QCOMPARE(child<QLineEdit>(view, "deletionCertificatePath")->text(), fulfilled.certificatePath);
    QCOMPARE(child<QLineEdit>(view, "deletionCertificationPath")->text(), fulfilled.certificationPath);
    QVERIFY(
        child<QLabel>(view, "deletionRequestFulfilledAt")->text().contains(QStringLiteral("within the 72")));
    QCOMPARE(child<QLabel>(view, "deletionRequestPurged")->text(), QStringLiteral("1"));
    QList<QUrl> opened;
    view->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(child<QPushButton>(view, "openDeletionCertificateButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(view, "openDeletionCertificationButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(view, "showDeletionCertificateFolderButton"), Qt::LeftButton);
    QCOMPARE(opened,
             (QList<QUrl>{QUrl::fromLocalFile(fulfilled.certificatePath),
                          QUrl::fromLocalFile(fulfilled.certificationPath),
                          QUrl::fromLocalFile(QFileInfo(fulfilled.certificationPath).absolutePath())}));
    saveScreenshot(m_window.get(), QStringLiteral("deletion-requests-fulfilled"));
}

void TestDeletionRequestsView::fulfilDeletion()
{
    // Fulfil a deletion of two orders: the confirmation names them and what cannot be undone,
    // step-up, then the result; afterwards the core has purged exactly them under the request.
    ui::DeletionRequestsView* view = openView();
    QVERIFY(view);
    const qint64 id = recordInConsole(ordersRequest(QStringLiteral("AMZ-DR-0200"), {kA, kB},
                                                    QDateTime::currentDateTimeUtc().addSecs(-7200)));
    QVERIFY(id);
    view->refresh();
    const QString text
        = answerConfirmation(view, id, "confirmFulfilButton", QStringLiteral("deletion-fulfil-confirmation"));
    QVERIFY2(text.contains(QStringLiteral("2 orders")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("AMZ-DR-0200")));
    QVERIFY(text.contains(QStringLiteral("cannot be undone")));
    QVERIFY(text.contains(QStringLiteral("certificate of sanitization")));
    QVERIFY(!text.contains(QStringLiteral("export")));
    stepUp();

    QPointer<ui::DeletionFulfilmentDialog> result
        = waitForDialog<ui::DeletionFulfilmentDialog>("deletionFulfilmentDialog", 60000);
    QVERIFY2(result, qPrintable(describeState()));
    const QDialog* progress = m_window->findChild<QDialog*>(QStringLiteral("fulfilProgress"));
    QVERIFY(!progress || !progress->isVisible());
    const QString title = child<QLabel>(result, "fulfilmentTitle")->text();
    QVERIFY2(title.contains(QStringLiteral("2 orders purged")), qPrintable(title));
    auto* verification = child<ui::InlineMessage>(result, "fulfilmentVerification");
    QCOMPARE(verification->kind(), ui::InlineMessage::Kind::Success);
    QVERIFY(verification->text().contains(QStringLiteral("Verification passed")));
    const QString certificate = child<QLineEdit>(result, "fulfilmentCertificatePath")->text();
    const QString certification = child<QLineEdit>(result, "fulfilmentCertificationPath")->text();
    QVERIFY2(QFileInfo::exists(certificate), qPrintable(certificate));
    QVERIFY2(QFileInfo::exists(certification), qPrintable(certification));
    QVERIFY(!result->findChild<ui::SecretLabel*>());
    saveScreenshot(result, QStringLiteral("deletion-fulfil-result"));
    QTest::mouseClick(child<QPushButton>(result, "fulfilmentCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(!result);

    // In the core: purged under this request, and complete; a second fulfilment is not offered.
    QCOMPARE(PurgeEngine(consoleVault()).purgedOrderIds().value(), (QStringList{kA, kB}));
    const DeletionRequest done = DeletionRequests(consoleVault()).get(id).value();
    QCOMPARE(done.status, DeletionStatus::Complete);
    QCOMPARE(done.purgedCount, 2);
    QCOMPARE(done.certificatePath, certificate);
    QCOMPARE(PurgeEngine(consoleVault()).verifyCertificate(certificate).ok(), true);
    QCOMPARE(view->selectedId(), id);
    QCOMPARE(view->model()->index(0, ui::DeletionRequestModel::StatusColumn).data().toString(),
             QStringLiteral("Complete"));
    auto* message = child<ui::InlineMessage>(view, "deletionRequestsMessage");
    QCOMPARE(message->kind(), ui::InlineMessage::Kind::Success);
    QVERIFY(!child<QPushButton>(view, "fulfilDeletionRequestButton")->isEnabled());
    QCOMPARE(child<QLineEdit>(view, "deletionCertificatePath")->text(), certificate);
}

void TestDeletionRequestsView::fulfilReturnShowsKeyOnce()
{
    // Fulfil a return of one order: the confirmation speaks of the export; the result shows the
    // export and its key, which opens the export with DeletionRequests::openExport; Copy marks the
    // clipboard entry secret; the dialog does not close before "stored" is ticked, and afterwards
    // the key is nowhere in the window's widgets or on the clipboard.
    ui::DeletionRequestsView* view = openView();
    QVERIFY(view);
    const qint64 id = recordInConsole(ordersRequest(QStringLiteral("AMZ-DR-0300"), {kC},
                                                    QDateTime::currentDateTimeUtc().addSecs(-3600),
                                                    DeletionAction::Return));
    QVERIFY(id);
    view->refresh();
    const QString text = answerConfirmation(view, id, "confirmFulfilButton");
    QVERIFY2(text.contains(QStringLiteral("Return 1 order to Amazon")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("separate channels")));
    stepUp();

    QPointer<ui::DeletionFulfilmentDialog> result
        = waitForDialog<ui::DeletionFulfilmentDialog>("deletionFulfilmentDialog", 60000);
    QVERIFY2(result, qPrintable(describeState()));
    auto* keyLabel = child<ui::SecretLabel>(result, "exportKeyLabel");
    QVERIFY(keyLabel);
    const QString shown = keyLabel->secret();
    QCOMPARE(shown.size(), 64 + 7); // 8 groups of 8, a space or a line break between them
    QVERIFY(shown.contains(QLatin1Char('\n')));
    const QString exportPath = child<QLineEdit>(result, "fulfilmentExportPath")->text();
    QVERIFY2(QFileInfo::exists(exportPath), qPrintable(exportPath));
    QCOMPARE(DeletionRequests(consoleVault()).get(id)->exportPath, exportPath);
    const Result<SecureBytes> plain = DeletionRequests::openExport(exportPath, keyOffScreen(shown));
    QVERIFY2(plain.ok(), qPrintable(plain.error().message()));
    const QJsonObject json
        = QJsonDocument::fromJson(QByteArray(plain->chars(), static_cast<qsizetype>(plain->size()))).object();
    const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().toObject().value(QStringLiteral("order_id")).toString(), kC);

    QTest::mouseClick(child<QPushButton>(result, "exportKeyCopyButton"), Qt::LeftButton);
    QString digits = shown;
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('\n'));
    QCOMPARE(QApplication::clipboard()->text(), digits);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    saveScreenshot(result, QStringLiteral("deletion-return-key"));
    QList<QUrl> opened;
    view->setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(child<QPushButton>(result, "fulfilmentShowExportButton"), Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(exportPath).absolutePath())});

    // Not before it is confirmed as stored: Close is disabled, Escape refused with a word why.
    auto* close = child<QPushButton>(result, "fulfilmentCloseButton");
    QVERIFY(!close->isEnabled());
    QTest::keyClick(result, Qt::Key_Escape);
    QVERIFY(result && result->isVisible());
    QVERIFY(
        child<QLabel>(result, "fulfilmentMessage")->text().contains(QStringLiteral("cannot be shown again")));
    QTest::mouseClick(child<QAbstractButton>(result, "exportKeyStoredCheckBox"), Qt::LeftButton);
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!result);

    const QString everything = visibleTexts(m_window.get());
    for (const QString& group : shown.split(QRegularExpression(QStringLiteral("[ \\n]"))))
        QVERIFY2(!everything.contains(group), "a group of the key is still shown");
    for (const ui::SecretLabel* label : m_window->findChildren<ui::SecretLabel*>())
        QVERIFY(!label->secret().contains(shown.left(8)));
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    // Shown once: the request's details name the export, never the key.
    QVERIFY(view->selectRequest(id));
    QCOMPARE(child<QLineEdit>(view, "deletionExportPath")->text(), exportPath);
    QVERIFY(!visibleTexts(m_window.get()).contains(shown.left(8)));
    QCOMPARE(PurgeEngine(consoleVault()).purgedOrderIds().value(), (QStringList{kC}));
}

void TestDeletionRequestsView::cancelAtConfirmationChangesNothing()
{
    // Cancel in the confirmation, once with the mouse and once from the keyboard (Alt+U opens it,
    // Enter answers the default, Cancel): no step-up asked, nothing purged, the request still open.
    ui::DeletionRequestsView* view = openView();
    QVERIFY(view);
    const qint64 id = recordInConsole(
        ordersRequest(QStringLiteral("AMZ-DR-0400"), {kA}, QDateTime::currentDateTimeUtc().addSecs(-60)));
    QVERIFY(id);
    view->refresh();
    const QString text = answerConfirmation(view, id, "cancelFulfilButton");
    QVERIFY2(text.contains(QStringLiteral("1 order")), qPrintable(text));
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("stepUpDialog")));

    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
    QPointer<QMessageBox> question = waitForDialog<QMessageBox>("fulfilConfirmation");
    QVERIFY(question);
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(!question || !question->isVisible());
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("stepUpDialog")));
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("fulfilProgress")));
    QVERIFY(PurgeEngine(consoleVault()).purgedOrderIds()->isEmpty());
    QCOMPARE(DeletionRequests(consoleVault()).get(id)->status, DeletionStatus::Open);
    QVERIFY(child<QPushButton>(view, "fulfilDeletionRequestButton")->isEnabled());
}

void TestDeletionRequestsView::cancelAtStepUpChangesNothing()
{
    // Confirm, then Cancel in the step-up dialog: nothing exported or purged, and the view says so.
    ui::DeletionRequestsView* view = openView();
    QVERIFY(view);
    const qint64 id = recordInConsole(ordersRequest(QStringLiteral("AMZ-DR-0500"), {kB},
                                                    QDateTime::currentDateTimeUtc().addSecs(-60),
                                                    DeletionAction::Return));
    QVERIFY(id);
    view->refresh();
    QVERIFY(!answerConfirmation(view, id, "confirmFulfilButton").isEmpty());
    QPointer<QDialog> stepUp = waitForDialog("stepUpDialog");
    QVERIFY(stepUp);
    QTest::mouseClick(child<QPushButton>(stepUp, "stepUpCancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!stepUp || !stepUp->isVisible());
    auto* message = child<ui::InlineMessage>(view, "deletionRequestsMessage");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("nothing was exported or purged")),
             qPrintable(message->text()));
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("fulfilProgress")));
    QVERIFY(PurgeEngine(consoleVault()).purgedOrderIds()->isEmpty());
    const DeletionRequest r = DeletionRequests(consoleVault()).get(id).value();
    QCOMPARE(r.status, DeletionStatus::Open);
    QVERIFY(r.exportPath.isEmpty());
    QVERIFY(!QFileInfo::exists(
        QFileInfo(m_fixture->paths.database()).absoluteDir().filePath(QStringLiteral("returns"))));
}

void TestDeletionRequestsView::lockClearsEverything()
{
    // The console locks while a return's key is on screen and the record dialog has text in it:
    // the dialogs close, the key is gone, the list and the details are empty.
    ui::DeletionRequestsView* view = openView();
    QVERIFY(view);
    const qint64 id = recordInConsole(ordersRequest(QStringLiteral("AMZ-DR-0600"), {kD},
                                                    QDateTime::currentDateTimeUtc().addSecs(-60),
                                                    DeletionAction::Return));
    QVERIFY(id);
    view->refresh();
    QVERIFY(!answerConfirmation(view, id, "confirmFulfilButton").isEmpty());
    stepUp();
    QPointer<ui::DeletionFulfilmentDialog> result
        = waitForDialog<ui::DeletionFulfilmentDialog>("deletionFulfilmentDialog", 60000);
    QVERIFY2(result, qPrintable(describeState()));
    const QString key = child<ui::SecretLabel>(result, "exportKeyLabel")->secret();
    QVERIFY(!key.isEmpty());
    QPointer<ui::SecretLabel> keyLabel = child<ui::SecretLabel>(result, "exportKeyLabel");
    QTest::mouseClick(child<QPushButton>(result, "exportKeyCopyButton"), Qt::LeftButton);
    QVERIFY(!QApplication::clipboard()->text().isEmpty());

    m_window->lockAction()->trigger();
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(!result || !result->isVisible());
    QTRY_VERIFY(!result); // closed at once, deleted at the next turn of the event loop
    QVERIFY(!keyLabel || keyLabel->secret().isEmpty());
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(view->selectedId(), 0);
    const QString shown = visibleTexts(view);
    QVERIFY2(!shown.contains(QStringLiteral("AMZ-DR-0600")), qPrintable(shown));
    QVERIFY(!shown.contains(key.left(8)));
    QVERIFY(child<QLineEdit>(view, "deletionExportPath")->text().isEmpty());
    QVERIFY(child<QWidget>(view, "deletionRequestDetails")->isHidden());

    // The record dialog, half filled in, goes too.
    typeCredentials(m_window.get(), QStringLiteral("dpo"), QString::fromLatin1(TestPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 20000);
    auto* workspace = child<ui::Workspace>(m_window.get(), "workspace");
    child<QListWidget>(m_window.get(), "navigation")
        ->setCurrentRow(int(workspace->navigationEntries().indexOf(QStringLiteral("Deletion requests"))));
    QVERIFY(view->isVisible());
    view->recordRequest();
    QPointer<ui::NewDeletionRequestDialog> dialog
        = waitForDialog<ui::NewDeletionRequestDialog>("newDeletionRequestDialog");
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog, "deletionReferenceEdit"), QStringLiteral("AMZ-DR-0700"));
    m_window->lockAction()->trigger();
    QVERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(!dialog);
    QVERIFY(!visibleTexts(m_window.get()).contains(QStringLiteral("AMZ-DR-0700")));
}

QTEST_MAIN(TestDeletionRequestsView)
#include "TestDeletionRequestsView.moc"
