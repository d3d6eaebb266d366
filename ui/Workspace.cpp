// Workspace: see the header. A view that does not work yet is not listed at all, rather than shown
// disabled: the navigation promises only what the console can do.
#include "Workspace.h"

#include "AccountState.h"
#include "AccountView.h"
#include "AlarmsView.h"
#include "AuditView.h"
#include "BackupsView.h"
#include "DeletionRequestsView.h"
#include "OrdersView.h"
#include "OverviewView.h"
#include "RetentionView.h"
#include "SettingsView.h"
#include "UsersView.h"
#include "VaultJob.h"
#include "audit/AuditLog.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QStackedWidget>
#include <QTimer>

namespace dpp::ui {

Workspace::Workspace(QWidget* parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_views(new QStackedWidget(this))
    , m_empty(new QWidget(m_views))
    , m_overview(new OverviewView(m_views))
    , m_settings(new SettingsView(m_views))
    , m_audit(new AuditView(m_views))
    , m_alarms(new AlarmsView(m_views))
    , m_orders(new OrdersView(m_views))
    , m_retention(new RetentionView(m_views))
    , m_deletionRequests(new DeletionRequestsView(m_views))
    , m_backups(new BackupsView(m_views))
    , m_users(new UsersView(m_views))
    , m_account(new AccountView(m_views))
{
    setObjectName(QStringLiteral("workspace"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(200);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // Only the list itself is styled: item rules would replace the style's own selection drawing.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(alternate-base); padding: 10px 8px; }"));
    m_navigation->setSpacing(2);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addWidget(m_empty);
    m_views->addWidget(m_overview);
    m_views->addWidget(m_settings);
    m_views->addWidget(m_audit);
    m_views->addWidget(m_alarms);
    m_views->addWidget(m_orders);
    m_views->addWidget(m_retention);
    m_views->addWidget(m_deletionRequests);
    m_views->addWidget(m_backups);
    m_views->addWidget(m_users);
    m_views->addWidget(m_account);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    setFocusProxy(m_navigation);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &Workspace::showEntry);
    connect(m_settings, &SettingsView::idleLockMinutesChanged, this, &Workspace::idleLockMinutesChanged);
    connect(m_overview, &OverviewView::newRecoveryKeyRequested, this, &Workspace::newRecoveryKeyRequested);
    connect(m_alarms, &AlarmsView::acknowledged, this, &Workspace::alarmsChanged);
    connect(m_overview, &OverviewView::secondFactorSetupRequested, this, &Workspace::showAccount);
    connect(m_account, &AccountView::changePasswordRequested, this, &Workspace::changePasswordRequested);
    connect(m_account, &AccountView::enrollmentRequested, this, &Workspace::enrollmentRequested);
    connect(m_account, &AccountView::recoveryCodesIssued, this, &Workspace::recoveryCodesIssued);
    connect(m_settings, &SettingsView::piiAccessChanged, this, &Workspace::piiAccessChanged);
    connect(m_backups, &BackupsView::expiryReported, this, &Workspace::backupsExpired);
    // While a job works on the vault off the GUI thread (a rekey, new recovery codes), no other view
    // may open and read it.
    connect(VaultJobs::notifier(), &VaultJobNotifier::busyChanged, m_navigation,
            [this](bool busy) { m_navigation->setEnabled(!busy); });
}

void Workspace::addView(const QString& title, QWidget* view)
{
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, m_views->indexOf(view));
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2));
}

void Workspace::open(Vault* vault)
{
    clear();
    m_vault = vault;
    const Session& session = vault->session();
    const QSignalBlocker blocker(m_navigation);
    if (session.can(Permission::StatusView))
        addView(tr("Overview"), m_overview);
    if (session.can(Permission::OrdersView) || session.can(Permission::UnshippedOrdersView))
        addView(tr("Orders"), m_orders);
    if (session.can(Permission::OrdersView))
        addView(tr("Retention"), m_retention);
    if (session.can(Permission::DeletionRequestsManage))
        addView(tr("Deletion requests"), m_deletionRequests);
    // The DPO and the administrator: backups hold buyer data, and the DPP keeps it at most 30 days.
    if (session.can(Permission::BackupRun))
        addView(tr("Backups"), m_backups);
    // Both may read alarms (AlarmService::openAlarms): auditors look, responders also acknowledge.
    if (session.can(Permission::AuditRead) || session.can(Permission::AlarmsAcknowledge))
        addView(tr("Alarms"), m_alarms);
    if (session.can(Permission::AuditRead))
        addView(tr("Audit log"), m_audit);
    if (session.can(Permission::UsersManage))
        addView(tr("Users"), m_users);
    // The kill switch lives on the Settings view too: an administrator may hold only that.
    if (session.can(Permission::SettingsManage) || session.can(Permission::KillSwitch)) {
        addView(tr("Settings"), m_settings);
        m_settings->load(vault);
    }
    if (!session.isService())
        addView(tr("My account"), m_account);
    m_navigation->setCurrentRow(m_navigation->count() > 0 ? 0 : -1);
    showEntry(m_navigation->currentRow());
}

void Workspace::showEntry(int row)
{
    QListWidgetItem* item = row >= 0 ? m_navigation->item(row) : nullptr;
    if (!item || !m_vault) {
        m_views->setCurrentWidget(m_empty);
        return;
    }
    QWidget* view = m_views->widget(item->data(Qt::UserRole).toInt());
    if (view == m_overview) {
        m_overview->refresh(*m_vault);
        const AccountState account = AccountState::read(*m_vault);
        m_overview->showSecondFactorGrace(account.secondFactorEnrolled ? QDateTime() : account.graceEnds);
        m_overview->refreshRetention(*m_vault);
        m_overview->refreshBackups(*m_vault);
    } else if (view == m_orders) {
        m_orders->load(m_vault);
    } else if (view == m_retention) {
        m_retention->load(m_vault);
    } else if (view == m_deletionRequests) {
        m_deletionRequests->load(m_vault);
    } else if (view == m_backups) {
        m_backups->load(m_vault); // and destroys those expired since
    } else if (view == m_users) {
        m_users->load(m_vault);
    } else if (view == m_account) {
        m_account->load(m_vault);
    } else if (view == m_audit) {
        m_audit->load(m_vault); // rows were added since it was last shown (unlock, settings, ...)
    } else if (view == m_alarms) {
        m_alarms->load(m_vault);
    }
    m_views->setCurrentWidget(view);
}

void Workspace::verifyAuditSoon()
{
    if (!m_vault)
        return;
    m_overview->showAuditChecking();
    // On the GUI thread, queued behind the first paint, not on a worker: the vault's SQLite
    // connection must not be used from two threads, and the GUI may use it at any moment (a view
    // shown, a setting saved, the idle lock destroying the vault) while a worker still walked the
    // chain. The walk is one HMAC-SHA256 per row, measured at about 6 ms per 1,000 rows (110 ms
    // for 20,000), so a busy year's log costs well under a second, once per unlock. The 50 ms
    // delay lets the window paint "Verifying…" first.
    QTimer::singleShot(50, this, [this, generation = m_generation] { verifyAuditWhenIdle(generation); });
}

void Workspace::expireBackupsSoon()
{
    if (!m_vault || !m_vault->session().can(Permission::BackupRun))
        return;
    // Queued behind the first paint, like the audit verification; the view waits for a vault job.
    QTimer::singleShot(80, this, [this, generation = m_generation] {
        if (m_vault && generation == m_generation)
            m_backups->expireAtUnlock(m_vault);
    });
}

void Workspace::verifyAuditWhenIdle(quint64 generation)
{
    if (!m_vault || generation != m_generation)
        return;
    // A vault job (a step-up, a purge) started before the timer fired owns the connection: reading
    // the log beside it made its VACUUM or checkpoint fail ("SQL statements in progress", "table is
    // locked"). Wait for it, as the other timers do.
    if (VaultJobs::isBusy()) {
        QTimer::singleShot(100, this, [this, generation] { verifyAuditWhenIdle(generation); });
        return;
    }
    verifyAudit();
}

void Workspace::verifyAudit()
{
    // With audit.verify the check is recorded (audit.verified); without, it only reads.
    Result<AuditVerification> verified = m_vault->session().can(Permission::AuditVerify)
        ? m_vault->verifyAudit()
        : m_vault->audit().verify();
    if (!verified)
        m_overview->showAuditProblem(verified.error().message());
    else if (!verified->intact)
        m_overview->showAuditProblem(verified->problem);
    else
        m_overview->showAuditVerified(QDateTime::currentDateTimeUtc());
    m_overview->refreshAudit(*m_vault);
}

void Workspace::clear()
{
    ++m_generation;
    m_vault = nullptr;
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->clear();
    }
    m_overview->clear();
    m_settings->clear();
    m_audit->clear();
    m_alarms->clear();
    m_orders->clear();
    m_retention->clear();
    m_deletionRequests->clear();
    m_backups->clear();
    m_users->clear();
    m_account->clear();
    m_views->setCurrentWidget(m_empty);
}

QListWidgetItem* Workspace::itemOf(QWidget* view) const
{
    const int index = m_views->indexOf(view);
    for (int i = 0; i < m_navigation->count(); ++i)
        if (m_navigation->item(i)->data(Qt::UserRole).toInt() == index)
            return m_navigation->item(i);
    return nullptr;
}

void Workspace::setOpenAlarmCount(qint64 count)
{
    QListWidgetItem* item = itemOf(m_alarms);
    if (!item)
        return;
    if (count <= 0) {
        item->setText(tr("Alarms"));
        item->setIcon(QIcon());
        item->setToolTip(QString());
        return;
    }
    item->setText(tr("Alarms (%1)").arg(QLocale().toString(count)));
    // A red dot: the badge reads at a glance, the number says how many.
    const int size = m_navigation->fontMetrics().height();
    QPixmap dot(size * 2, size * 2);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc0, 0x10, 0x20));
    painter.drawEllipse(QRectF(size * 0.5, size * 0.5, size, size));
    painter.end();
    item->setIcon(QIcon(dot));
    item->setToolTip(tr("Open alarms, not acknowledged yet"));
}

void Workspace::showAlarms()
{
    if (VaultJobs::isBusy())
        return;
    if (QListWidgetItem* item = itemOf(m_alarms))
        m_navigation->setCurrentItem(item);
}

void Workspace::showAccount()
{
    if (QListWidgetItem* item = itemOf(m_account))
        m_navigation->setCurrentItem(item);
}

QStringList Workspace::navigationEntries() const
{
    QStringList entries;
    for (int i = 0; i < m_navigation->count(); ++i)
        entries.append(m_navigation->item(i)->text());
    return entries;
}

} // namespace dpp::ui
