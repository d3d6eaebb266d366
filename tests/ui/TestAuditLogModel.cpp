// TestAuditLogModel: the audit view's model passes QAbstractItemModelTester, pages by key (never
// more rows than the pages fetched) and narrows its rows by action, user, outcome and time.
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "models/AuditLogModel.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QDateTime Base(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestAuditLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesModelTester();
    void pagesByKey();
    void filters_data();
    void filters();
    void labels();

private:
    //! Appends count rows in one transaction (one fsync of the head, not count).
    void appendRows(int count);
    //! Fetches every page; returns the row count.
    static int fetchAll(ui::AuditLogModel& model);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Vault> m_vault;
};

void TestAuditLogModel::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    m_vault = m_fixture->create();
    QVERIFY(m_vault != nullptr);
}

void TestAuditLogModel::cleanup()
{
    m_vault.reset();
    m_fixture.reset();
}

void TestAuditLogModel::appendRows(int count)
{
    auto tx = Transaction::begin(m_vault->database());
    QVERIFY(tx.ok());
    AuditLog log = m_vault->audit();
    for (int i = 0; i < count; ++i)
        QVERIFY(log.append(AuditActor::of(m_vault->session()),
                           {AuditAction::SettingChanged, AuditOutcome::Allowed, QStringLiteral("setting"),
                            QStringLiteral("idle_lock_minutes"),
                            AuditDetails().setting(QStringLiteral("idle_lock_minutes"))})
                    .ok());
    QVERIFY(tx->commit().ok());
    QVERIFY(log.publishHead().ok());
}

int TestAuditLogModel::fetchAll(ui::AuditLogModel& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    return model.rowCount();
}

void TestAuditLogModel::passesModelTester()
{
    appendRows(25);
    ui::AuditLogModel model;
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(m_vault.get());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), int(ui::AuditLogModel::ColumnCount));
    const int all = fetchAll(model);
    QCOMPARE(all, int(m_vault->audit().count({}).value()));
    AuditFilter denied;
    denied.outcome = QStringLiteral("denied");
    model.setFilter(denied);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.setFilter({});
    QCOMPARE(model.rowCount(), 10);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestAuditLogModel::pagesByKey()
{
    appendRows(1000);
    const qint64 total = m_vault->audit().count({}).value();
    QVERIFY(total >= 1000);
    ui::AuditLogModel model;
    QCOMPARE(model.pageSize(), int(ui::AuditLogModel::DefaultPageSize));
    model.setVault(m_vault.get());
    int pages = 1;
    QCOMPARE(model.rowCount(), 200);
    qint64 previousSeq = std::numeric_limits<qint64>::max();
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        ++pages;
        QVERIFY(model.rowCount() <= pages * 200);
    }
    QCOMPARE(model.rowCount(), int(total));
    QCOMPARE(pages, int((total + 199) / 200));
    // Newest first, each row once.
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.auditRow(row).seq < previousSeq);
        previousSeq = model.auditRow(row).seq;
    }
    QCOMPARE(model.auditRow(0).seq, total);
    QCOMPARE(model.auditRow(model.rowCount() - 1).seq, qint64(1));
}

void TestAuditLogModel::filters_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("expected");

    // The rows below: alice 3 (2 denied), bob 2 (1 failed), one an hour apart from Base.
    const QString any;
    const QDateTime open;
    QTest::newRow("by user alice") << "alice" << any << any << open << open << 3;
    QTest::newRow("by user bob") << "bob" << any << any << open << open << 2;
    QTest::newRow("by action denied") << any << "permission.denied" << any << open << open << 2;
    QTest::newRow("by action lock") << any << "session.lock" << any << open << open << 1;
    QTest::newRow("by outcome denied") << any << any << "denied" << open << open << 2;
    QTest::newRow("by outcome failed") << any << any << "failed" << open << open << 1;
    QTest::newRow("from is inclusive") << any << any << any << Base.addSecs(3 * 3600) << Base.addDays(1) << 2;
    QTest::newRow("to is exclusive") << any << any << any << Base << Base.addSecs(2 * 3600) << 2;
    QTest::newRow("user and outcome") << "alice" << any << "denied" << open << open << 2;
    QTest::newRow("user and time") << "bob" << any << any << Base << Base.addSecs(4 * 3600) << 1;
    QTest::newRow("nobody") << "carol" << any << any << open << open << 0;
}

void TestAuditLogModel::filters()
{
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(QString, outcome);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, expected);

    AuditLog log = m_vault->audit();
    const AuditActor alice{std::nullopt, QStringLiteral("alice")};
    const AuditActor bob{std::nullopt, QStringLiteral("bob")};
    const AuditEvent denied{AuditAction::PermissionDenied, AuditOutcome::Denied, QStringLiteral("permission"),
                            QStringLiteral("audit.read"),
                            AuditDetails().permission(QStringLiteral("audit.read"))};
    QVERIFY(log.append(alice, denied, Base).ok());
    QVERIFY(log.append(alice,
                       {AuditAction::Unlock, AuditOutcome::Allowed, QStringLiteral("database"), {}, {}},
                       Base.addSecs(3600))
                .ok());
    QVERIFY(log.append(bob,
                       {AuditAction::DatabaseKeyRotated,
                        AuditOutcome::Failed,
                        QStringLiteral("database"),
                        {},
                        AuditDetails().reason(QStringLiteral("disk-full"))},
                       Base.addSecs(2 * 3600))
                .ok());
    QVERIFY(log.append(alice, denied, Base.addSecs(3 * 3600)).ok());
    QVERIFY(log.append(bob, {AuditAction::Lock, AuditOutcome::Allowed, QStringLiteral("database"), {}, {}},
                       Base.addSecs(4 * 3600))
                .ok());

    AuditFilter filter;
    filter.actor = actor;
    filter.action = action;
    filter.outcome = outcome;
    filter.from = from;
    filter.to = to;
    ui::AuditLogModel model;
    model.setPageSize(2); // the filter holds across pages
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(m_vault.get(), filter);
    QCOMPARE(fetchAll(model), expected);
    QCOMPARE(log.count(filter).value(), qint64(expected));
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditRow& r = model.auditRow(row);
        QVERIFY(actor.isEmpty() || r.actor == actor);
        QVERIFY(action.isEmpty() || r.action == action);
        QVERIFY(outcome.isEmpty() || r.outcome == outcome);
        QVERIFY(!from.isValid() || r.at >= from);
        QVERIFY(!to.isValid() || r.at < to);
    }
}

void TestAuditLogModel::labels()
{
    // Every action has its own label, not its stored name.
    for (AuditAction action : allAuditActions())
        QVERIFY2(ui::AuditLogModel::actionText(auditActionName(action)) != auditActionName(action),
                 qPrintable(auditActionName(action)));
    QCOMPARE(ui::AuditLogModel::actionText(QStringLiteral("future.action")), QStringLiteral("future.action"));
    QCOMPARE(ui::AuditLogModel::outcomeText(QStringLiteral("denied")), QStringLiteral("Denied"));
    QCOMPARE(
        ui::AuditLogModel::detailsText(QStringLiteral("{\"count\":3,\"setting\":\"idle_lock_minutes\"}")),
        QStringLiteral("count 3, setting idle_lock_minutes"));

    AuditLog log = m_vault->audit();
    QVERIFY(
        log.append({std::nullopt, QStringLiteral("alice")},
                   {AuditAction::PermissionDenied, AuditOutcome::Denied, QStringLiteral("permission"),
                    QStringLiteral("audit.read"), AuditDetails().permission(QStringLiteral("audit.read"))})
            .ok());
    ui::AuditLogModel model;
    model.setVault(m_vault.get());
    const QModelIndex outcome = model.index(0, ui::AuditLogModel::OutcomeColumn);
    QCOMPARE(outcome.data().toString(), QStringLiteral("Denied"));
    QVERIFY(outcome.data(Qt::ForegroundRole).isValid()); // coloured
    QCOMPARE(model.index(0, ui::AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Permission denied"));
    QCOMPARE(model.index(0, ui::AuditLogModel::ObjectColumn).data().toString(),
             QStringLiteral("permission audit.read"));
    QCOMPARE(model.index(0, ui::AuditLogModel::UserColumn).data().toString(), QStringLiteral("alice"));
}

QTEST_MAIN(TestAuditLogModel)
#include "TestAuditLogModel.moc"
