// TestAuditView: the audit view's filters narrow the table and the count line; "Export CSV…"
// writes a header and the filtered rows (no password among them) and is itself audited; the view
// is listed only for sessions with audit.read.
#include "AuditView.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VaultFixture.h"
#include "Workspace.h"
#include "audit/AuditLog.h"
#include "models/AuditLogModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

class TestAuditView final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filterNarrowsTableAndCount();
    void exportWritesFilteredRowsAndIsAudited();
    void exportFailureShowsInline();
    void listedOnlyWithAuditRead();

private:
    static void choose(QComboBox* combo, const QVariant& data);

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Vault> m_vault;
};

void TestAuditView::init()
{
    m_fixture = std::make_unique<VaultFixture>();
    m_vault = m_fixture->create();
    QVERIFY(m_vault != nullptr);
    AuditLog log = m_vault->audit();
    const AuditActor alice{std::nullopt, QStringLiteral("alice")};
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.append(alice,
                           {AuditAction::PermissionDenied, AuditOutcome::Denied, QStringLiteral("permission"),
                            QStringLiteral("keys.manage"),
                            AuditDetails().permission(QStringLiteral("keys.manage"))})
                    .ok());
    QVERIFY(m_vault->setSetting(QStringLiteral("idle_lock_minutes"), QStringLiteral("7")).ok());
}

void TestAuditView::cleanup()
{
    m_vault.reset();
    m_fixture.reset();
}

void TestAuditView::choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void TestAuditView::filterNarrowsTableAndCount()
{
    ui::AuditView view;
    view.load(m_vault.get());
    auto* count = child<QLabel>(&view, "auditCountLabel");
    auto* user = child<QComboBox>(&view, "auditUserCombo");
    auto* outcome = child<QComboBox>(&view, "auditOutcomeCombo");
    auto* action = child<QComboBox>(&view, "auditActionCombo");
    auto* table = child<QTableView>(&view, "auditTable");
    QVERIFY(count && user && outcome && action && table);
    const qint64 all = m_vault->audit().count(view.currentFilter()).value();
    QCOMPARE(count->text(), QStringLiteral("%1 rows").arg(all));
    QVERIFY(user->findData(QStringLiteral("alice")) > 0);
    QVERIFY(user->findData(QStringLiteral("dpo")) > 0);

    choose(outcome, QStringLiteral("denied"));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(count->text(), QStringLiteral("3 rows"));
    choose(outcome, QString());
    choose(action, QStringLiteral("settings.changed"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("1 row"));
    choose(action, QString());
    choose(user, QStringLiteral("alice"));
    QCOMPARE(table->model()->rowCount(), 3);

    // "Last 24 hours" versus a custom range that ended yesterday.
    view.setRange(ui::AuditView::Range::LastDay);
    QCOMPARE(table->model()->rowCount(), 3);
    auto* to = child<QDateTimeEdit>(&view, "auditToEdit");
    auto* from = child<QDateTimeEdit>(&view, "auditFromEdit");
    from->setDateTime(QDateTime::currentDateTime().addDays(-3));
    to->setDateTime(QDateTime::currentDateTime().addDays(-1));
    QCOMPARE(child<QComboBox>(&view, "auditRangeCombo")->currentData().value<ui::AuditView::Range>(),
             ui::AuditView::Range::Custom);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("0 rows"));
    QVERIFY(!child<QPushButton>(&view, "auditExportButton")->isEnabled());
}

void TestAuditView::exportWritesFilteredRowsAndIsAudited()
{
    ui::AuditView view;
    view.load(m_vault.get());
    choose(child<QComboBox>(&view, "auditOutcomeCombo"), QStringLiteral("denied"));
    const QString path = m_fixture->dir.filePath(QStringLiteral("export.csv"));
    view.setExportPathProvider([path] { return path; });
    QTest::mouseClick(child<QPushButton>(&view, "auditExportButton"), Qt::LeftButton);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first().trimmed(),
             QByteArray("seq,time_utc,actor,action,object_type,object_id,outcome,details"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QVERIFY(lines.at(i).contains(",alice,permission.denied,permission,keys.manage,denied,"));
        QVERIFY(lines.at(i).contains("\"{\"\"permission\"\":\"\"keys.manage\"\"}\"")); // quoted
    }
    QVERIFY(!csv.contains(TestPassword));
    QVERIFY(!csv.contains("settings.changed")); // outside the filter

    // The export is recorded with the count, never the content.
    AuditFilter exported;
    exported.action = QStringLiteral("audit.exported");
    auto rows = m_vault->audit().query(exported, 0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), std::size_t(1));
    QCOMPARE(rows->front().actor, QStringLiteral("dpo"));
    QCOMPARE(rows->front().outcome, QStringLiteral("allowed"));
    QCOMPARE(rows->front().details, QStringLiteral("{\"count\":3}"));
    QVERIFY(m_vault->audit().verify()->intact);
    QVERIFY(child<QWidget>(&view, "auditMessage")->isVisible() || !view.isVisible());
}

void TestAuditView::exportFailureShowsInline()
{
    ui::AuditView view;
    view.load(m_vault.get());
    view.show();
    view.setExportPathProvider(
        [this] { return m_fixture->dir.filePath(QStringLiteral("missing/dir/x.csv")); });
    QTest::mouseClick(child<QPushButton>(&view, "auditExportButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>(&view, "auditMessage")->isVisible());
    AuditFilter exported;
    exported.action = QStringLiteral("audit.exported");
    QCOMPARE(m_vault->audit().count(exported).value(), qint64(0)); // nothing written, nothing recorded
}

void TestAuditView::listedOnlyWithAuditRead()
{
    ui::Workspace workspace;
    workspace.open(m_vault.get());
    QVERIFY(workspace.navigationEntries().contains(QStringLiteral("Audit log")));
    workspace.clear();

    // The scheduler's session (keychain slot) has no audit.read.
    auto scheduler = switchToScheduler(m_vault, m_fixture->paths);
    QVERIFY2(scheduler.ok(), scheduler ? "" : qPrintable(scheduler.error().message()));
    QVERIFY(!scheduler.value()->session().can(Permission::AuditRead));
    workspace.open(scheduler.value().get());
    QVERIFY(!workspace.navigationEntries().contains(QStringLiteral("Audit log")));
    workspace.clear();
}

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"
