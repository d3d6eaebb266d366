// BackupsView: see the header. Destroying and expiring run on the GUI thread: a backup's destruction
// overwrites its header (a few kilobytes), syncs and removes the file. The backup (it copies the
// whole database and hashes it) and the restore drill (Argon2id, the copy, the replayed purges) run
// as vault jobs, so the window paints, the navigation waits and the lock path waits for them.
#include "BackupsView.h"

#include "BackupDialog.h"
#include "GuardedAction.h"
#include "JobProgressDialog.h"
#include "PageLayout.h"
#include "RestoreDialog.h"
#include "RestoreForm.h"
#include "VaultJob.h"
#include "backup/Backups.h"
#include "models/BackupListModel.h"
#include "models/OrdersModel.h"
#include "vault/Vault.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>
#include <memory>
#include <optional>

namespace dpp::ui {

namespace {

QString madeText(const BackupRecord& b)
{
    return BackupsView::tr("the backup made %1").arg(OrdersModel::timeText(b.createdAt));
}

} // namespace

BackupsView::BackupsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new BackupListModel(this))
{
    setObjectName(QStringLiteral("backupsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(makeTitle(tr("Backups"), this), 1);
    m_restore = new QPushButton(tr("Restore to &another file…"), this);
    m_restore->setObjectName(QStringLiteral("restoreDrillButton"));
    m_restore->setToolTip(
        tr("A restore drill: restore a backup to a new database file, to prove that it works; "
           "the open database is not touched"));
    m_recordGone = new QPushButton(tr("Record as &gone…"), this);
    m_recordGone->setObjectName(QStringLiteral("recordGoneButton"));
    m_recordGone->setToolTip(tr("The backup's file was destroyed by other means: record it so"));
    m_destroy = new QPushButton(tr("&Destroy now…"), this);
    m_destroy->setObjectName(QStringLiteral("destroyBackupButton"));
    m_destroy->setToolTip(tr("Destroy the selected backup before it expires; asks you to confirm and for "
                             "your password again"));
    m_backUp = new QPushButton(tr("&Back up now…"), this);
    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_backUp->setToolTip(tr("Write an encrypted backup of the database to a folder"));
    for (QPushButton* button : {m_restore, m_recordGone, m_destroy, m_backUp})
        titleRow->addWidget(button, 0, Qt::AlignBottom);
    layout->addLayout(titleRow);
    layout->addWidget(makeParagraph(
        tr("A backup is an encrypted copy of the database, to recover buyer data that was lost. It is kept "
           "at "
           "most 30 days, as the DPP keeps buyer data at most 30 days after shipment, and destroyed when it "
           "expires. A restore purges again everything purged since the backup was made."),
        this));

    m_expiryMessage = new InlineMessage(this);
    m_expiryMessage->setObjectName(QStringLiteral("backupsExpiryMessage"));
    layout->addWidget(m_expiryMessage);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("backupsMessage"));
    layout->addWidget(m_message);

    // The backup just made: where it went, until when, and a way to the folder.
    auto* result = new QFrame(this);
    result->setObjectName(QStringLiteral("backupResult"));
    result->setStyleSheet(
        QStringLiteral("QFrame#backupResult { background: #e7f5ea; border: 1px solid #9fd0a8; "
                       "border-radius: 4px; } QLabel { color: #1b5e20; }"));
    m_result = result;
    auto* resultLayout = new QHBoxLayout(result);
    resultLayout->setContentsMargins(12, 8, 12, 8);
    resultLayout->setSpacing(8);
    m_resultText = makeParagraph(QString(), result);
    m_resultText->setObjectName(QStringLiteral("backupResultText"));
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_resultText, 1);
    m_showFolder = new QPushButton(tr("Show in &folder"), result);
    m_showFolder->setObjectName(QStringLiteral("showBackupFolderButton"));
    m_dismiss = new QPushButton(tr("Dis&miss"), result);
    m_dismiss->setObjectName(QStringLiteral("dismissBackupResultButton"));
    resultLayout->addWidget(m_showFolder, 0, Qt::AlignTop);
    resultLayout->addWidget(m_dismiss, 0, Qt::AlignTop);
    layout->addWidget(result);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("backupsSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_table = makeRecordTable(m_model, QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setTextElideMode(Qt::ElideMiddle); // the file name at the end of a path tells them apart
    m_table->setAccessibleName(tr("Backups"));
    fitColumnsToContents(m_table, BackupListModel::PathColumn);
    layout->addWidget(m_table, 1);

    setTabOrder(m_backUp, m_destroy);
    setTabOrder(m_destroy, m_recordGone);
    setTabOrder(m_recordGone, m_restore);
    setTabOrder(m_restore, m_showFolder);
    setTabOrder(m_showFolder, m_dismiss);
    setTabOrder(m_dismiss, m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsView::updateButtons);
    connect(m_model, &BackupListModel::errorOccurred, this,
            [this](const QString& message) { showMessage(InlineMessage::Kind::Error, message); });
    connect(m_backUp, &QPushButton::clicked, this, &BackupsView::backUpNow);
    connect(m_destroy, &QPushButton::clicked, this, &BackupsView::destroySelected);
    connect(m_recordGone, &QPushButton::clicked, this, &BackupsView::recordSelectedAsGone);
    connect(m_restore, &QPushButton::clicked, this, &BackupsView::restoreToAnotherFile);
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { open(QUrl::fromLocalFile(QFileInfo(m_resultPath).absolutePath())); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_resultPath.clear();
        m_result->setVisible(false);
        m_backUp->setFocus();
    });
    clear();
}

void BackupsView::load(Vault* vault)
{
    if (vault != m_vault) {
        m_expiryMessage->clearMessage();
        m_message->clearMessage();
        m_expiredDestroyed = 0;
    }
    const qint64 selected = vault == m_vault ? selectedId() : 0;
    m_vault = vault;
    m_model->setVault(vault);
    updateSummary();
    if (!selectBackup(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    // After the list has painted: the expired ones go, and the list says so.
    QTimer::singleShot(0, this, [this, generation = m_generation] { expireWhenIdle(generation); });
}

void BackupsView::expireAtUnlock(Vault* vault)
{
    if (m_vault != vault) {
        m_expiryMessage->clearMessage();
        m_message->clearMessage();
        m_expiredDestroyed = 0;
    }
    m_vault = vault;
    expireWhenIdle(m_generation);
}

void BackupsView::expireWhenIdle(quint64 generation)
{
    if (!m_vault || generation != m_generation)
        return;
    // A vault job (a step-up, a purge) owns the connection: wait for it, as the other timers do.
    if (VaultJobs::isBusy()) {
        QTimer::singleShot(200, this, [this, generation] { expireWhenIdle(generation); });
        return;
    }
    expireNow();
}

void BackupsView::expireNow()
{
    if (!m_vault || !m_vault->session().can(Permission::BackupRun))
        return;
    const Result<Backups::Expiry> expiry = Backups(*m_vault).destroyExpired();
    if (!expiry) {
        m_expiryMessage->showMessage(
            InlineMessage::Kind::Error,
            tr("The expired backups could not be destroyed: %1").arg(expiry.error().message()));
        emit expiryReported(m_expiryMessage->text());
        return;
    }
    if (expiry->destroyed == 0 && expiry->unreachable.isEmpty() && expiry->failed.isEmpty())
        return; // nothing new: what the last run said stays
    // Counted since the unlock: the view's own run after the unlock's must not hide what that did.
    m_expiredDestroyed += expiry->destroyed;
    const QLocale locale;
    QStringList lines;
    QStringList brief; // for the status bar, which has room for a line
    if (m_expiredDestroyed > 0) {
        lines << (m_expiredDestroyed == 1
                      ? tr("1 expired backup destroyed.")
                      : tr("%1 expired backups destroyed.").arg(locale.toString(m_expiredDestroyed)));
        brief << lines.last();
    }
    for (const QString& path : expiry->unreachable)
        lines
            << tr("The expired backup %1 cannot be reached: connect the drive it is on, and it is destroyed "
                  "when this view opens or at the next sign-in.")
                   .arg(QDir::toNativeSeparators(path));
    if (!expiry->unreachable.isEmpty())
        brief << (expiry->unreachable.size() == 1
                      ? tr("1 expired backup cannot be reached: connect the drive (see Backups).")
                      : tr("%1 expired backups cannot be reached: connect the drives (see Backups).")
                            .arg(locale.toString(expiry->unreachable.size())));
    for (const QString& message : expiry->failed)
        lines << tr("An expired backup could not be destroyed: %1").arg(message);
    if (!expiry->failed.isEmpty())
        brief << tr("Expired backups could not be destroyed (see Backups).");
    const bool clean = expiry->unreachable.isEmpty() && expiry->failed.isEmpty();
    m_expiryMessage->showMessage(clean ? InlineMessage::Kind::Success : InlineMessage::Kind::Warning,
                                 lines.join(QLatin1Char('\n')));
    emit expiryReported(brief.join(QLatin1Char(' ')));
    if (expiry->destroyed > 0 && isVisible())
        refresh();
}

void BackupsView::refresh()
{
    if (!m_vault)
        return;
    const qint64 selected = selectedId();
    m_model->reload();
    updateSummary();
    if (!selectBackup(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void BackupsView::clear()
{
    GuardedAction::closeDialogs(this); // the dialogs, the questions, step-up, the progress
    ++m_generation;
    m_vault = nullptr;
    m_goneCandidate = 0;
    m_expiredDestroyed = 0;
    m_model->clear();
    m_expiryMessage->clearMessage();
    m_message->clearMessage();
    m_resultPath.clear();
    m_resultText->clear();
    m_result->setVisible(false);
    m_summary->clear();
    updateButtons();
}

bool BackupsView::selectBackup(qint64 id)
{
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

qint64 BackupsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(BackupListModel::IdRole).toLongLong();
}

void BackupsView::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const bool open = row >= 0 && BackupListModel::isOpen(m_model->backup(row));
    for (QPushButton* button : {m_backUp, m_restore})
        button->setEnabled(m_vault != nullptr);
    m_destroy->setEnabled(m_vault && open);
    m_recordGone->setVisible(m_vault && open && m_goneCandidate != 0 && m_goneCandidate == selectedId());
}

void BackupsView::updateSummary()
{
    if (!m_vault) {
        m_summary->clear();
        return;
    }
    int kept = 0;
    QDateTime next;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const BackupRecord& b = m_model->backup(row);
        if (!BackupListModel::isOpen(b))
            continue;
        ++kept;
        if (!next.isValid() || b.expiresAt < next)
            next = b.expiresAt;
    }
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No backup has been made yet."));
    else if (kept == 0)
        m_summary->setText(
            tr("No backup is kept now; every one listed is destroyed or failed. Newest first."));
    else
        m_summary->setText(
            kept == 1
                ? tr("1 backup kept; it is destroyed on %1. Newest first.").arg(OrdersModel::timeText(next))
                : tr("%1 backups kept; the next is destroyed on %2. Newest first.")
                      .arg(QLocale().toString(kept), OrdersModel::timeText(next)));
}

void BackupsView::showMessage(InlineMessage::Kind kind, const QString& text)
{
    m_message->showMessage(kind, text);
}

void BackupsView::open(const QUrl& url)
{
    if (m_urlOpener)
        m_urlOpener(url);
    else if (!QDesktopServices::openUrl(url))
        showMessage(InlineMessage::Kind::Error,
                    tr("No program could open %1.").arg(QDir::toNativeSeparators(url.toLocalFile())));
}

void BackupsView::showResult(const BackupRecord& b)
{
    m_resultPath = b.path;
    const QDateTime now = m_vault ? m_vault->clock()() : QDateTime::currentDateTimeUtc();
    m_resultText->setText(
        tr("Backup written to %1.\nKept until %2 (%3), then destroyed. It holds %4, %5 with buyer data.")
            .arg(QDir::toNativeSeparators(b.path), OrdersModel::timeText(b.expiresAt),
                 BackupListModel::expiryText(b, now), OrdersModel::ordersText(b.orders),
                 QLocale().toString(b.piiOrders)));
    m_result->setVisible(true);
}

// --- Back up now -------------------------------------------------------------------------------

void BackupsView::backUpNow()
{
    if (!m_vault || VaultJobs::isBusy())
        return;
    m_message->clearMessage();
    auto* dialog = new BackupDialog(m_vault->paths().database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_folderChooser)
        dialog->setFolderChooser(m_folderChooser);
    QPointer<BackupDialog> guard(dialog);
    connect(dialog, &ActionDialog::submitted, this, [this, guard] {
        if (!guard || !m_vault)
            return;
        const QString folder = guard->folder();
        const int days = guard->expiryDays();
        // backup.run needs step-up (Vault::authorizeGuarded): asked first, so that the progress
        // opens only for a backup that can start.
        if (m_vault->hasStepUp()) {
            startBackup(guard, folder, days);
            return;
        }
        GuardedAction::askStepUp(
            guard, m_vault, [this, guard, folder, days] { startBackup(guard, folder, days); },
            [this, guard] {
                if (guard)
                    guard->reject();
                showMessage(InlineMessage::Kind::Info, tr("Cancelled: no backup was written."));
            });
    });
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
}

void BackupsView::startBackup(QWidget* dialogWidget, const QString& folder, int days)
{
    QPointer<BackupDialog> dialog(qobject_cast<BackupDialog*>(dialogWidget));
    if (!m_vault || !dialog || VaultJobs::isBusy())
        return;
    dialog->setBusy(true);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto* progress = new JobProgressDialog(QString(), tr("Cancel"), 0, 0, dialog);
    progress->setObjectName(QStringLiteral("backupProgress"));
    auto* label = new QLabel(progress);
    label->setWordWrap(true);
    progress->setLabel(label);
    progress->setLabelText(tr("Copying the database under the backup's own key…"));
    progress->setWindowTitle(tr("Back up now"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(progress->fontMetrics().averageCharWidth() * 60);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    // Cancel must not hide the dialog: the job goes on until its next report (QProgressDialog
    // connects them by name; only a disconnect by name undoes it).
    QObject::disconnect(progress, SIGNAL(canceled()), progress, SLOT(cancel()));
    QPointer<QProgressDialog> bar(progress);
    connect(progress, &QProgressDialog::canceled, this, [bar, cancelled] {
        if (!bar)
            return;
        *cancelled = true;
        bar->setLabelText(tr("Cancelling: the backup's file is removed…"));
        if (auto* button = bar->findChild<QPushButton*>())
            button->setEnabled(false);
    });
    progress->setValue(0);
    progress->show();

    auto report = [bar, cancelled](qint64 done, qint64 total) {
        if (!bar || *cancelled)
            return;
        if (bar->maximum() == 0)
            bar->setRange(0, 1000);
        if (done >= total) {
            // Written and checked: what is left (the record, the audit row) cannot be cancelled.
            bar->setValue(1000);
            bar->setLabelText(tr("Written; recording the backup…"));
            if (auto* button = bar->findChild<QPushButton*>())
                button->setEnabled(false);
            return;
        }
        bar->setLabelText(tr("Writing the backup: %1 of %2…")
                              .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
        bar->setValue(total > 0 ? static_cast<int>(std::min<qint64>(1000, done * 1000 / total)) : 0);
    };
    auto made = std::make_shared<std::optional<BackupRecord>>();
    QPointer<BackupsView> self(this);
    GuardedAction::run(
        progress, m_vault, GuardedAction::Where::Background, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault, folder, days, cancelled, made, self, report]() -> Result<void> {
            Result<BackupRecord> record
                = Backups(*vault).create(folder, days, [cancelled, self, report](qint64 done, qint64 total) {
                      // The dialog lives on the GUI thread: the report goes there queued.
                      if (self)
                          QMetaObject::invokeMethod(
                              self.data(), [report, done, total] { report(done, total); },
                              Qt::QueuedConnection);
                      return !cancelled->load();
                  });
            if (!record)
                return record.error();
            *made = std::move(record).value();
            return success();
        },
        [this, bar, dialog, folder, made](const Result<void>& result) {
            if (bar)
                bar->close();
            if (dialog)
                dialog->setBusy(false);
            refresh();
            if (!result) {
                if (result.error().code() == ErrorCode::Cancelled) {
                    if (dialog)
                        dialog->reject();
                    showMessage(InlineMessage::Kind::Warning,
                                tr("The backup was cancelled: no file was written."));
                } else if (dialog) {
                    dialog->showError(result.error().message()); // next to the folder it is about
                } else {
                    showMessage(InlineMessage::Kind::Error, result.error().message());
                }
                return;
            }
            if (dialog)
                dialog->succeed();
            BackupDialog::rememberFolder(folder);
            const BackupRecord& record = made->value();
            selectBackup(record.id);
            showResult(record);
            m_showFolder->setFocus();
        },
        [bar, dialog] {
            if (bar)
                bar->close();
            if (dialog)
                dialog->setBusy(false);
        });
}

// --- Destroy now, record as gone ---------------------------------------------------------------

void BackupsView::destroySelected()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_vault || row < 0 || VaultJobs::isBusy())
        return;
    const BackupRecord b = m_model->backup(row);
    if (!BackupListModel::isOpen(b))
        return;
    m_message->clearMessage();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Destroy backup"),
                                tr("Destroy %1 now, before it expires?").arg(madeText(b)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("destroyBackupConfirmation"));
    box->setInformativeText(
        tr("Its key is overwritten with random bytes and the file is removed from %1, so the copy can "
           "never be read or restored again. This cannot be undone.")
            .arg(QDir::toNativeSeparators(b.path))
        + QStringLiteral("\n\n")
        + tr("Deletion requests count it as gone from now on. You will be asked for your password again."));
    QPushButton* confirm = box->addButton(tr("&Destroy backup"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDestroyButton"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelDestroyButton"));
    GuardedAction::confirmThenStepUp(
        this, [this] { return m_vault; }, box, confirm, cancel, [this, id = b.id] { destroy(id, false); },
        [this] { showMessage(InlineMessage::Kind::Info, tr("Cancelled: the backup was not destroyed.")); });
}

void BackupsView::recordSelectedAsGone()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_vault || row < 0 || VaultJobs::isBusy())
        return;
    const BackupRecord b = m_model->backup(row);
    if (!BackupListModel::isOpen(b))
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Record backup as gone"),
                                tr("Record %1 as gone?").arg(madeText(b)), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recordGoneConfirmation"));
    box->setInformativeText(
        tr("Do this only when the copy at %1 was destroyed by other means (the drive wiped or shredded). "
           "It is then recorded as destroyed, and deletion requests count it as gone.")
            .arg(QDir::toNativeSeparators(b.path))
        + QStringLiteral("\n\n")
        + tr("If the drive is only not connected, connect it and choose Destroy now… instead: a copy "
             "recorded as gone but still on a drive holds buyer data nobody watches."));
    QPushButton* confirm = box->addButton(tr("&Record as gone"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRecordGoneButton"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelRecordGoneButton"));
    GuardedAction::confirmThenStepUp(
        this, [this] { return m_vault; }, box, confirm, cancel, [this, id = b.id] { destroy(id, true); },
        [this] { showMessage(InlineMessage::Kind::Info, tr("Cancelled: the backup was not destroyed.")); });
}

void BackupsView::destroy(qint64 id, bool fileGone)
{
    if (!m_vault)
        return;
    auto outcome = std::make_shared<std::optional<BackupRecord>>();
    GuardedAction::run(
        this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::UpFront,
        [vault = m_vault, id, fileGone, outcome]() -> Result<void> {
            Result<BackupRecord> destroyed = Backups(*vault).destroy(id, fileGone);
            if (!destroyed)
                return destroyed.error();
            *outcome = std::move(destroyed).value();
            return success();
        },
        [this, id, fileGone, outcome](const Result<void>& result) {
            if (!result) {
                if (result.error().code() == ErrorCode::NotFound && !fileGone) {
                    // A drive not connected, or a copy destroyed by other means: say so, and offer
                    // to record it as gone (after its own confirmation).
                    m_goneCandidate = id;
                    refresh();
                    selectBackup(id);
                    showMessage(InlineMessage::Kind::Error, result.error().message());
                    updateButtons();
                    m_recordGone->setFocus();
                    return;
                }
                showMessage(InlineMessage::Kind::Error, result.error().message());
                refresh();
                return;
            }
            m_goneCandidate = 0;
            refresh();
            selectBackup(id);
            const BackupRecord& b = outcome->value();
            showMessage(
                InlineMessage::Kind::Success,
                fileGone
                    ? tr("%1 is recorded as gone.").arg(madeText(b))
                    : tr("%1 was destroyed: its key was overwritten and the file removed.").arg(madeText(b)));
            if (m_resultPath == b.path) {
                m_resultPath.clear();
                m_result->setVisible(false);
            }
        },
        [this] { showMessage(InlineMessage::Kind::Info, tr("Cancelled: the backup was not destroyed.")); });
}

// --- Restore to another file -------------------------------------------------------------------

void BackupsView::restoreToAnotherFile()
{
    if (!m_vault || VaultJobs::isBusy())
        return;
    m_message->clearMessage();
    auto* dialog = new RestoreDialog(m_vault->session().name(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_urlOpener)
        dialog->setUrlOpener(m_urlOpener);
    QPointer<RestoreDialog> guard(dialog);
    connect(dialog, &RestoreDialog::submitted, this, [this, guard] {
        if (!guard || !m_vault || VaultJobs::isBusy())
            return;
        RestoreRequest request = guard->form()->takeRequest();
        // A drill of this database's own backup replays this database's ledger too: the copy then
        // shows what a restore after losing this database would show.
        const std::optional<BackupHeader>& header = guard->form()->header();
        if (header && header->databaseId == m_vault->databaseId()
            && QFileInfo::exists(m_vault->paths().ledger()))
            request.ledgers << m_vault->paths().ledger();
        guard->setBusy(true);
        // A vault job although it does not use the open vault: the lock waits for it, the
        // navigation and the timers leave the vault alone meanwhile, as for any slow job.
        runVaultJob(
            guard,
            [request = std::move(request), clock = m_vault->clock()]() mutable {
                Result<RestoreOutcome> outcome = Backups::restore(request, clock);
                request.password.clear();
                return outcome;
            },
            [this, guard](Result<RestoreOutcome> outcome) {
                if (!guard)
                    return;
                guard->setBusy(false);
                if (!outcome) {
                    guard->form()->showError(outcome.error());
                    return;
                }
                guard->showOutcome(outcome.value());
                showMessage(InlineMessage::Kind::Success,
                            tr("Restore drill passed: the backup made %1 was restored to %2.")
                                .arg(OrdersModel::timeText(outcome->backup.createdAt),
                                     QDir::toNativeSeparators(outcome->target)));
            });
    });
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
}

} // namespace dpp::ui
