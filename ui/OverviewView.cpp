// OverviewView: see the header.
#include "OverviewView.h"

#include "Banner.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "audit/AuditLog.h"
#include "models/AuditLogModel.h"
#include "models/KeySlotModel.h"
#include "models/OrdersModel.h"
#include "retention/Retention.h"
#include "vault/BackupRegistry.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace dpp::ui {

OverviewView::OverviewView(QWidget* parent)
    : QWidget(parent)
    , m_slots(new KeySlotModel(this))
{
    setObjectName(QStringLiteral("overviewView"));
    m_scroll = fillWithScrollArea(this);
    auto* content = new QWidget(m_scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);

    auto* title = new QLabel(tr("Overview"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_error = new InlineMessage(content);
    m_error->setObjectName(QStringLiteral("overviewError"));
    layout->addWidget(m_error);

    m_graceBanner = new Banner(Banner::Kind::Warning, tr("Set it &up now"), content);
    m_graceBanner->setObjectName(QStringLiteral("secondFactorGraceBanner"));
    m_graceBanner->button()->setObjectName(QStringLiteral("graceSetUpButton"));
    layout->addWidget(m_graceBanner);
    connect(m_graceBanner, &Banner::buttonClicked, this, &OverviewView::secondFactorSetupRequested);

    // The warning colours of InlineMessage, with room for a button.
    m_recoveryBanner = new QFrame(content);
    m_recoveryBanner->setObjectName(QStringLiteral("recoveryKeyBanner"));
    m_recoveryBanner->setStyleSheet(
        QStringLiteral("QFrame#recoveryKeyBanner { background: #fff4e0; border: 1px solid #e8c07a;"
                       " border-radius: 4px; }"
                       " QFrame#recoveryKeyBanner > QLabel { color: #6b4200; }"));
    auto* bannerLayout = new QHBoxLayout(m_recoveryBanner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    bannerLayout->setSpacing(10);
    auto* bannerIcon = new QLabel(m_recoveryBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignVCenter);
    m_recoveryBannerText = new QLabel(m_recoveryBanner);
    m_recoveryBannerText->setObjectName(QStringLiteral("recoveryKeyBannerText"));
    m_recoveryBannerText->setTextFormat(Qt::PlainText);
    m_recoveryBannerText->setWordWrap(true);
    bannerLayout->addWidget(m_recoveryBannerText, 1);
    m_bannerNewRecoveryKey = new QPushButton(tr("New recovery key…"), m_recoveryBanner);
    m_bannerNewRecoveryKey->setObjectName(QStringLiteral("bannerNewRecoveryKeyButton"));
    bannerLayout->addWidget(m_bannerNewRecoveryKey, 0, Qt::AlignVCenter);
    m_recoveryBanner->setVisible(false);
    layout->addWidget(m_recoveryBanner);
    connect(m_bannerNewRecoveryKey, &QPushButton::clicked, this, &OverviewView::confirmNewRecoveryKey);

    auto* sessionBox = new QGroupBox(tr("Signed in"), content);
    auto* sessionForm = new QFormLayout(sessionBox);
    m_user = addValueRow(sessionForm, tr("User:"), QStringLiteral("overviewUser"));
    m_roles = addValueRow(sessionForm, tr("Roles:"), QStringLiteral("overviewRoles"));
    m_piiKey = addValueRow(sessionForm, tr("Personal data:"), QStringLiteral("overviewPiiKey"));
    layout->addWidget(sessionBox);

    auto* databaseBox = new QGroupBox(tr("Database"), content);
    auto* databaseForm = new QFormLayout(databaseBox);
    m_path = addValueRow(databaseForm, tr("File:"), QStringLiteral("overviewDatabasePath"));
    m_databaseId = addValueRow(databaseForm, tr("Database ID:"), QStringLiteral("overviewDatabaseId"));
    m_cipherVersion
        = addValueRow(databaseForm, tr("SQLCipher version:"), QStringLiteral("overviewCipherVersion"));
    m_schemaVersion
        = addValueRow(databaseForm, tr("Schema version:"), QStringLiteral("overviewSchemaVersion"));
    m_pageSize = addValueRow(databaseForm, tr("Page size:"), QStringLiteral("overviewPageSize"));
    m_cipherSettings = addValueRow(databaseForm, tr("Encryption:"), QStringLiteral("overviewCipherSettings"));
    m_keysGeneration
        = addValueRow(databaseForm, tr("Key file generation:"), QStringLiteral("overviewKeysGeneration"));
    m_failedUnlocks = addValueRow(databaseForm, tr("Failed unlock attempts recorded:"),
                                  QStringLiteral("overviewFailedUnlocks"));
    layout->addWidget(databaseBox);

    auto* auditBox = new QGroupBox(tr("Audit log"), content);
    auditBox->setObjectName(QStringLiteral("overviewAuditGroup"));
    auto* auditForm = new QFormLayout(auditBox);
    m_auditRows = addValueRow(auditForm, tr("Rows:"), QStringLiteral("overviewAuditRows"));
    m_auditLastVerified
        = addValueRow(auditForm, tr("Last checked:"), QStringLiteral("overviewAuditLastVerified"));
    m_auditState = addValueRow(auditForm, tr("State:"), QStringLiteral("overviewAuditState"));
    layout->addWidget(auditBox);

    m_retentionBox = new QGroupBox(tr("Retention"), content);
    m_retentionBox->setObjectName(QStringLiteral("overviewRetentionGroup"));
    auto* retentionForm = new QFormLayout(m_retentionBox);
    m_retentionOverdue
        = addValueRow(retentionForm, tr("Overdue:"), QStringLiteral("overviewRetentionOverdue"));
    m_retentionDueSoon
        = addValueRow(retentionForm, tr("Due within 7 days:"), QStringLiteral("overviewRetentionDueSoon"));
    m_retentionOnHold = addValueRow(retentionForm, tr("On hold:"), QStringLiteral("overviewRetentionOnHold"));
    m_retentionBox->setVisible(false);
    layout->addWidget(m_retentionBox);

    m_backupsBox = new QGroupBox(tr("Backups"), content);
    m_backupsBox->setObjectName(QStringLiteral("overviewBackupsGroup"));
    auto* backupsForm = new QFormLayout(m_backupsBox);
    m_lastBackup = addValueRow(backupsForm, tr("Last backup:"), QStringLiteral("overviewLastBackup"));
    m_liveBackups = addValueRow(backupsForm, tr("Kept now:"), QStringLiteral("overviewLiveBackups"));
    m_backupsBox->setVisible(false);
    layout->addWidget(m_backupsBox);

    // The forms put their values in one column, so the eye does not jump between the groups.
    alignFormLabels({sessionForm, databaseForm, auditForm, retentionForm, backupsForm},
                    Qt::AlignLeft | Qt::AlignTop);

    auto* slotsBox = new QGroupBox(tr("Key slots"), content);
    auto* slotsLayout = new QVBoxLayout(slotsBox);
    auto* slotsHelp
        = new QLabel(tr("Each slot opens the database with its own secret. Only slots that hold the "
                        "PII key can decrypt buyers' personal data."),
                     slotsBox);
    slotsHelp->setWordWrap(true);
    slotsLayout->addWidget(slotsHelp);
    m_slotTable = new QTableView(slotsBox);
    m_slotTable->setObjectName(QStringLiteral("keySlotTable"));
    m_slotTable->setModel(m_slots);
    m_slotTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slotTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slotTable->setAlternatingRowColors(true);
    m_slotTable->verticalHeader()->setVisible(false);
    m_slotTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_slotTable->horizontalHeader()->setStretchLastSection(true);
    m_slotTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_slotTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slotTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slotTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_slotTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    slotsLayout->addWidget(m_slotTable);

    // Only for sessions that may issue one: keys.manage and the PII key (Vault::renewRecoveryKey).
    m_newRecoveryKeyRow = new QWidget(slotsBox);
    auto* renewLayout = new QHBoxLayout(m_newRecoveryKeyRow);
    renewLayout->setContentsMargins(0, 4, 0, 0);
    renewLayout->setSpacing(12);
    auto* newRecoveryKey = new QPushButton(tr("New recovery key…"), m_newRecoveryKeyRow);
    newRecoveryKey->setObjectName(QStringLiteral("newRecoveryKeyButton"));
    renewLayout->addWidget(newRecoveryKey, 0, Qt::AlignTop);
    auto* renewHelp = new QLabel(tr("Issue a new recovery key when the current one may be lost or "
                                    "seen by someone else. The current one stops working."),
                                 m_newRecoveryKeyRow);
    renewHelp->setWordWrap(true);
    renewLayout->addWidget(renewHelp, 1);
    m_newRecoveryKeyRow->setVisible(false);
    slotsLayout->addWidget(m_newRecoveryKeyRow);
    connect(newRecoveryKey, &QPushButton::clicked, this, &OverviewView::confirmNewRecoveryKey);

    layout->addWidget(slotsBox);
    layout->addStretch(1);
    m_scroll->setWidget(content);
}

void OverviewView::confirmNewRecoveryKey()
{
    if (m_confirmation)
        return;
    // Window-modal and opened with open(), not exec(): nothing waits on it, so a lock can close
    // it and a test can answer it (confirmation(), or its objectName).
    m_confirmation = new QMessageBox(QMessageBox::Warning, tr("New recovery key"),
                                     tr("Issue a new recovery key?"), QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("newRecoveryKeyConfirmation"));
    m_confirmation->setInformativeText(tr("The current recovery key stops working at once. The new one is "
                                          "shown only once; store it before you continue."));
    QPushButton* issue = m_confirmation->addButton(tr("&Issue new key"), QMessageBox::AcceptRole);
    issue->setObjectName(QStringLiteral("confirmNewRecoveryKeyButton"));
    QPushButton* cancel = m_confirmation->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelNewRecoveryKeyButton"));
    m_confirmation->setDefaultButton(cancel);
    m_confirmation->setEscapeButton(cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::buttonClicked, this, [this, issue](QAbstractButton* button) {
        if (button == issue)
            emit newRecoveryKeyRequested();
    });
    // Without a window manager (kiosk sessions, the offscreen platform) nothing makes the window
    // active again when the question closes, and its shortcuts (Ctrl+L) would not fire.
    connect(m_confirmation, &QDialog::finished, this, [this] { window()->activateWindow(); });
    m_confirmation->open();
}

QMessageBox* OverviewView::confirmation() const
{
    return m_confirmation;
}

void OverviewView::showError(const QString& message)
{
    m_error->showMessage(InlineMessage::Kind::Error, message);
    m_scroll->ensureWidgetVisible(m_error);
}

void OverviewView::refresh(const Vault& vault)
{
    const QLocale locale;
    const Session& session = vault.session();
    m_user->setText(tr("%1 (%2)", "display name (user name)").arg(session.displayName(), session.name()));
    QStringList roles;
    for (Role role : session.roles())
        roles.append(Roles::displayName(role));
    m_roles->setText(roles.join(QStringLiteral(", ")));
    m_piiKey->setText(vault.holdsPiiKey() ? tr("This session holds the PII key and can decrypt buyers' "
                                               "personal data.")
                                          : tr("This session cannot decrypt buyers' personal data."));

    const bool canRenew = session.can(Permission::KeysManage) && vault.holdsPiiKey();
    m_newRecoveryKeyRow->setVisible(canRenew);
    m_bannerNewRecoveryKey->setVisible(canRenew);
    m_recoveryBannerText->setText(
        canRenew ? tr("The recovery key was never confirmed as stored. Issue a new one and store it.")
                 : tr("The recovery key was never confirmed as stored. Ask someone who manages the keys "
                      "and holds the PII key to issue a new one."));
    // Only for those who look after the keys: to anyone else it is a worry they cannot act on.
    const Result<bool> confirmed = vault.recoveryKeyConfirmed();
    m_recoveryBanner->setVisible(session.can(Permission::KeysManage) && confirmed.ok() && !confirmed.value());

    const Result<VaultStatus> status = vault.status();
    if (!status) {
        m_error->showMessage(InlineMessage::Kind::Error, status.error().message());
        for (QLabel* label : {m_path, m_databaseId, m_cipherVersion, m_schemaVersion, m_pageSize,
                              m_cipherSettings, m_keysGeneration, m_failedUnlocks})
            label->clear();
        m_slots->clear();
        return;
    }
    m_error->clearMessage();
    m_path->setText(status->databasePath);
    m_databaseId->setText(status->databaseId);
    m_cipherVersion->setText(status->cipherVersion);
    m_schemaVersion->setText(locale.toString(status->schemaVersion));
    m_pageSize->setText(tr("%1 bytes").arg(locale.toString(status->pageSize)));
    // SQLCipher names the HMAC "HMAC_SHA512"; people write "HMAC-SHA512".
    QString pageHmac = status->pageHmac;
    pageHmac.replace(QLatin1Char('_'), QLatin1Char('-'));
    m_cipherSettings->setText(tr("%1 with %2 per page, pages of %3 bytes, raw 256-bit key")
                                  .arg(status->cipher, pageHmac, locale.toString(status->pageSize)));
    m_keysGeneration->setText(locale.toString(status->keysGeneration));
    m_failedUnlocks->setText(locale.toString(status->failedUnlocksRecorded));
    m_slots->setKeySlots(status->keySlots);
    refreshAudit(vault);
    if (!confirmed)
        m_error->showMessage(InlineMessage::Kind::Error, confirmed.error().message());
}

void OverviewView::showAuditChecking()
{
    m_auditState->setStyleSheet(QString());
    m_auditState->setText(tr("Verifying…"));
}

void OverviewView::showAuditVerified(const QDateTime& checkedAt)
{
    m_auditCheckedAt = checkedAt;
    m_auditState->setStyleSheet(QStringLiteral("color: #1e6b2e;"));
    // No row count here: the check's own audit.verified row would make it one less than "Rows".
    m_auditState->setText(
        tr("Verified: every row is unchanged and in order, and the log ends where the head kept "
           "outside the database says."));
}

void OverviewView::showAuditProblem(const QString& problem)
{
    m_auditCheckedAt = {};
    // The colours of InlineMessage's errors: a broken chain must not read like a detail.
    m_auditState->setStyleSheet(QStringLiteral("color: #8a1020; font-weight: bold;"));
    m_auditState->setText(tr("NOT verified: %1").arg(problem));
}

void OverviewView::refreshAudit(const Vault& vault)
{
    AuditLog log = vault.audit();
    const QLocale locale;
    auto rows = log.count({});
    m_auditRows->setText(rows ? locale.toString(rows.value()) : rows.error().message());
    AuditFilter verified;
    verified.action = auditActionName(AuditAction::AuditVerified);
    auto last = log.query(verified, 0, 1);
    QDateTime lastVerified;
    QString lastOutcome;
    if (last && !last->empty()) {
        lastVerified = last->front().at;
        lastOutcome = last->front().outcome;
    }
    // A session without audit.verify checks read-only and records nothing: its own check counts.
    if (m_auditCheckedAt.isValid() && (!lastVerified.isValid() || m_auditCheckedAt > lastVerified)) {
        lastVerified = m_auditCheckedAt;
        lastOutcome = auditOutcomeName(AuditOutcome::Allowed);
    }
    if (!lastVerified.isValid())
        m_auditLastVerified->setText(tr("Never"));
    else if (lastOutcome == auditOutcomeName(AuditOutcome::Allowed))
        m_auditLastVerified->setText(AuditLogModel::timeText(lastVerified));
    else
        m_auditLastVerified->setText(
            tr("%1 (the chain did not verify)").arg(AuditLogModel::timeText(lastVerified)));
}

void OverviewView::showSecondFactorGrace(const QDateTime& graceEnds)
{
    if (!graceEnds.isValid()) {
        m_graceBanner->setText(QString());
        return;
    }
    const QLocale locale;
    const QDateTime local = graceEnds.toLocalTime();
    //: %1 is a date, %2 a time
    // Hours and minutes: the seconds of a deadline a week away are noise.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    const QString when = tr("%1 at %2")
                             .arg(locale.toString(local.date(), QLocale::LongFormat),
                                  locale.toString(local.time(), timeFormat));
    m_graceBanner->setText(
        tr("Two-factor sign-in is not set up. From %1 you will need it to sign in.").arg(when));
}

void OverviewView::refreshRetention(Vault& vault)
{
    const bool shown = vault.session().can(Permission::OrdersView);
    m_retentionBox->setVisible(shown);
    if (!shown)
        return;
    Retention retention(vault);
    const Result<RetentionCounts> counts = retention.counts();
    if (!counts) {
        for (QLabel* label : {m_retentionOverdue, m_retentionDueSoon, m_retentionOnHold})
            label->setText(counts.error().message());
        return;
    }
    const QLocale locale;
    // The words carry the state; the colour of the Orders view's countdown only repeats it.
    auto show = [&](QLabel* label, const QString& text, qint64 count, OrdersModel::DueState state) {
        label->setText(text);
        const QColor color = count > 0 ? OrdersModel::dueColor(state) : QColor();
        label->setStyleSheet(
            color.isValid() ? QStringLiteral("color: %1; font-weight: bold;").arg(color.name()) : QString());
    };
    show(m_retentionOverdue,
         counts->overdue == 0 ? tr("None: no personal data is kept past its due date")
                              : OrdersModel::ordersText(counts->overdue) + QLatin1Char(' ')
                 + tr("with personal data past their due date: purge them"),
         counts->overdue, OrdersModel::DueState::Overdue);
    show(m_retentionDueSoon, OrdersModel::ordersText(counts->dueWithin7Days), counts->dueWithin7Days,
         OrdersModel::DueState::Soon);
    show(m_retentionOnHold, OrdersModel::ordersText(counts->onHold), 0, OrdersModel::DueState::NoDueDate);
}

void OverviewView::refreshBackups(Vault& vault)
{
    const bool shown = vault.session().can(Permission::BackupRun);
    m_backupsBox->setVisible(shown);
    if (!shown)
        return;
    const Result<QList<BackupRecord>> backups = BackupRegistry(vault.database()).all();
    if (!backups) {
        m_lastBackup->setText(backups.error().message());
        m_liveBackups->clear();
        return;
    }
    const QDateTime now = vault.clock()();
    const QLocale locale;
    const BackupRecord* last = nullptr;
    qint64 live = 0;
    for (const BackupRecord& b : backups.value()) {
        if (b.state != BackupRecord::State::Failed && b.state != BackupRecord::State::Writing && !last)
            last = &b;
        if (b.live(now))
            ++live;
    }
    // Words carry the state; the warning colour only repeats it.
    const bool stale = !last || last->createdAt.daysTo(now) > 7;
    m_lastBackup->setStyleSheet(stale ? QStringLiteral("color: %1; font-weight: bold;")
                                            .arg(OrdersModel::dueColor(OrdersModel::DueState::Soon).name())
                                      : QString());
    if (!last) {
        m_lastBackup->setText(tr("None yet: without a backup, buyer data lost with this computer cannot be "
                                 "recovered. Make one in Backups, onto another disk."));
    } else {
        const qint64 days = last->createdAt.daysTo(now);
        const QString when = locale.toString(last->createdAt.toLocalTime(), QLocale::ShortFormat);
        m_lastBackup->setText(
            days == 0 ? tr("%1, by %2 (today)").arg(when, last->createdBy)
                : days == 1
                ? tr("%1, by %2 (yesterday)").arg(when, last->createdBy)
                : tr("%1, by %2 (%3 days ago)").arg(when, last->createdBy, locale.toString(days)));
    }
    m_liveBackups->setText(
        live == 0       ? tr("none (each is destroyed when it expires, at most 30 days after it was made)")
            : live == 1 ? tr("1 backup, destroyed when it expires")
                        : tr("%1 backups, each destroyed when it expires").arg(locale.toString(live)));
}

void OverviewView::clear()
{
    m_backupsBox->setVisible(false);
    for (QLabel* label : {m_lastBackup, m_liveBackups}) {
        label->clear();
        label->setStyleSheet(QString());
    }
    m_retentionBox->setVisible(false);
    for (QLabel* label : {m_retentionOverdue, m_retentionDueSoon, m_retentionOnHold}) {
        label->clear();
        label->setStyleSheet(QString());
    }
    m_graceBanner->setText(QString());
    m_auditCheckedAt = {};
    m_auditState->setStyleSheet(QString());
    if (m_confirmation)
        m_confirmation->close(); // deletes itself; its answer can no longer reach a vault
    m_error->clearMessage();
    m_recoveryBanner->setVisible(false);
    m_recoveryBannerText->clear();
    m_newRecoveryKeyRow->setVisible(false);
    for (QLabel* label : {m_user, m_roles, m_piiKey, m_path, m_databaseId, m_cipherVersion, m_schemaVersion,
                          m_pageSize, m_cipherSettings, m_keysGeneration, m_failedUnlocks, m_auditRows,
                          m_auditLastVerified, m_auditState})
        label->clear();
    m_slots->clear();
}

} // namespace dpp::ui
