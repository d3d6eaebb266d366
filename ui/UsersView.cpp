// UsersView: see the header. The dialogs collect and check input; the calls into the core run
// here, behind step-up, and their errors go back into the dialog that asked.
#include "UsersView.h"

#include "ActionDialog.h"
#include "Banner.h"
#include "DisableUserDialog.h"
#include "GuardedAction.h"
#include "InlineMessage.h"
#include "NewUserDialog.h"
#include "PageLayout.h"
#include "ResetPasswordDialog.h"
#include "RolesDialog.h"
#include "models/UserListModel.h"
#include "vault/UserAccounts.h"
#include "vault/Vault.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace dpp::ui {

UsersView::UsersView(QWidget* parent)
    : QWidget(parent)
    , m_model(new UserListModel(this))
{
    setObjectName(QStringLiteral("usersView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Users"), this));

    m_piiBanner = new Banner(Banner::Kind::Warning, tr("&Grant the PII key"), this);
    m_piiBanner->setObjectName(QStringLiteral("piiGrantBanner"));
    m_piiBanner->button()->setObjectName(QStringLiteral("grantPiiKeyButton"));
    layout->addWidget(m_piiBanner);
    connect(m_piiBanner, &Banner::buttonClicked, this, &UsersView::grantPiiKeys);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    layout->addWidget(m_message);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    auto addAction = [this, actions](const QString& text, const char* name, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setToolTip(tip);
        actions->addWidget(button);
        return button;
    };
    m_new = addAction(tr("&New user…"), "newUserButton", tr("Make an account for a person"));
    m_roles = addAction(tr("&Roles…"), "rolesButton", tr("Change what the selected account may do"));
    m_resetPassword = addAction(tr("Reset &password…"), "resetPasswordButton",
                                tr("Set a temporary password for someone who forgot theirs"));
    m_resetSecondFactor
        = addAction(tr("Reset &two-factor"), "resetTwoFactorButton",
                    tr("For someone who lost their phone: they set up two-factor sign-in again"));
    m_unlock = addAction(tr("&Unlock"), "unlockUserButton",
                         tr("Let the selected account sign in again after too many failed attempts"));
    m_disable = addAction(tr("&Disable…"), "disableUserButton",
                          tr("Disable the selected account now or from a leaving date"));
    actions->addStretch(1);
    layout->addLayout(actions);

    m_table = makeRecordTable(m_model, QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    // Every column as wide as its contents but the roles, which take the rest and elide (the
    // tooltip has them all): the table fits the window without scrolling sideways.
    fitColumnsToContents(m_table, UserListModel::RolesColumn);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_table, 1);

    m_busyRow = makeBusyRow(QString(), this);
    m_busyRow->setObjectName(QStringLiteral("usersBusy"));
    m_busyText = m_busyRow->findChild<QLabel*>();
    layout->addWidget(m_busyRow);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateActions);
    connect(m_new, &QPushButton::clicked, this, &UsersView::newUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersView::disableUser);
    connect(m_unlock, &QPushButton::clicked, this, &UsersView::unlockUser);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersView::resetPassword);
    connect(m_resetSecondFactor, &QPushButton::clicked, this, &UsersView::resetSecondFactor);
    connect(m_roles, &QPushButton::clicked, this, &UsersView::editRoles);
    connect(m_table, &QTableView::doubleClicked, this, &UsersView::editRoles);
    updateActions();
}

void UsersView::load(Vault* vault)
{
    m_vault = vault;
    m_message->clearMessage();
    refresh();
}

void UsersView::clear()
{
    GuardedAction::closeDialogs(this);
    if (m_rekeyOffer)
        m_rekeyOffer->close();
    m_vault = nullptr;
    m_model->clear();
    m_message->clearMessage();
    m_piiBanner->setText(QString());
    setBusy(false);
}

void UsersView::refresh()
{
    if (!m_vault) {
        m_model->clear();
        return;
    }
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const QString keep
        = selected.isEmpty() ? QString() : selected.first().data(UserListModel::UserNameRole).toString();
    Result<QList<UserRecord>> users = m_vault->users().list();
    if (!users) {
        m_model->clear();
        showMessage(InlineMessage::Kind::Error, users.error().message());
        return;
    }
    m_model->setUsers(users.value(), m_vault->clock()());
    if (!keep.isEmpty())
        select(keep);

    // Only a PII holder can grant; asking otherwise would only show what nobody here can fix.
    QString banner;
    if (m_vault->holdsPiiKey()) {
        Result<QStringList> pending = m_vault->users().pendingPiiGrants();
        if (pending && !pending->isEmpty())
            banner = pending->size() == 1
                ? tr("1 account waits for the PII key: %1. Its roles need personal data, and only someone "
                     "who "
                     "holds the key can give it.")
                      .arg(pending->first())
                : tr("%1 accounts wait for the PII key: %2. Their roles need personal data, and only someone "
                     "who holds the key can give it.")
                      .arg(QLocale().toString(pending->size()),
                           QLocale().createSeparatedList(pending.value()));
    }
    m_piiBanner->setText(banner);
}

void UsersView::select(const QString& userName)
{
    const int row = m_model->rowOf(userName);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

const UserRecord* UsersView::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_model->rowOf(rows.first().data(UserListModel::UserNameRole).toString());
    return row < 0 ? nullptr : &m_model->user(row);
}

void UsersView::updateActions()
{
    const UserRecord* user = selectedRecord();
    const bool ready = m_vault && !m_busy;
    const bool active = user && user->status != QLatin1String("disabled");
    const bool self = user && m_vault && user->username == m_vault->session().name();
    m_new->setEnabled(ready);
    m_roles->setEnabled(ready && active);
    m_resetPassword->setEnabled(ready && active && !self);
    m_resetSecondFactor->setEnabled(ready && active && user->secondFactorEnrolled);
    m_unlock->setEnabled(ready && user && user->lockedOut);
    m_disable->setEnabled(ready && active && !self);
}

void UsersView::showMessage(InlineMessage::Kind kind, const QString& text)
{
    m_message->showMessage(kind, text);
}

void UsersView::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_busyText->setText(text);
    m_busyRow->setVisible(busy);
    m_table->setEnabled(!busy);
    updateActions();
}

void UsersView::withStepUp(QWidget* parent, std::function<void()> then, std::function<void()> cancelled)
{
    if (m_vault->hasStepUp()) {
        then();
        return;
    }
    GuardedAction::askStepUp(parent, m_vault, std::move(then), std::move(cancelled));
}

void UsersView::openDialog(ActionDialog* dialog, std::function<void(ActionDialog*)> submit)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ActionDialog> guard(dialog);
    connect(dialog, &ActionDialog::submitted, this, [this, guard, submit = std::move(submit)] {
        if (!guard || !m_vault)
            return;
        // Step-up first, so that the fields (passwords) are taken only when the call can run.
        withStepUp(guard,
                   [guard, submit] {
                       if (guard)
                           submit(guard);
                   },
                   {});
    });
    // Without a window manager (kiosk sessions, the offscreen platform) nothing makes the window
    // active again when the dialog closes, and its shortcuts (Ctrl+L) would not fire.
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
}

void UsersView::runFromDialog(ActionDialog* dialog, GuardedAction::Call call,
                              std::function<void(ActionDialog*, const Result<void>&)> done)
{
    QPointer<ActionDialog> guard(dialog);
    dialog->setBusy(true);
    GuardedAction::run(
        dialog, m_vault, GuardedAction::Where::Background, GuardedAction::StepUp::WhenAsked, std::move(call),
        [guard, done = std::move(done)](const Result<void>& result) { done(guard, result); },
        [guard] {
            if (guard)
                guard->setBusy(false);
        });
}

void UsersView::finishChange(ActionDialog* dialog, bool ok, const QString& error, const QString& success,
                             const QString& userName)
{
    if (!ok) {
        if (dialog) {
            dialog->setBusy(false);
            dialog->showError(error);
        } else {
            showMessage(InlineMessage::Kind::Error, error);
        }
        refresh(); // a lockout or a half-done change shows as it is
        return;
    }
    if (dialog)
        dialog->succeed();
    refresh();
    select(userName);
    showMessage(InlineMessage::Kind::Success, success);
    emit usersChanged();
}

void UsersView::newUser()
{
    if (!m_vault)
        return;
    openDialog(new NewUserDialog(this), [this](ActionDialog* base) {
        auto* dialog = static_cast<NewUserDialog*>(base);
        auto user = std::make_shared<NewUser>(dialog->takeUser());
        const std::set<Role> roles = dialog->roles();
        auto created = std::make_shared<UserRecord>();
        runFromDialog(
            dialog,
            [vault = m_vault, user, roles, created]() -> Result<void> {
                Result<UserRecord> added = vault->users().add(*user, roles);
                if (!added)
                    return added.error();
                *created = added.value();
                return success();
            },
            [this, user, created](ActionDialog* guard, const Result<void>& result) {
                QString text
                    = tr("The account %1 was made. Give %2 the initial password in person; they choose "
                         "their own at the first sign-in.")
                          .arg(user->username, user->displayName);
                if (created->piiKeyPending)
                    text
                        += QLatin1Char(' ') + tr("Their PII key waits for someone who holds it to grant it.");
                finishChange(guard, result.ok(), result.error().message(), text, user->username);
            });
    });
}

void UsersView::disableUser()
{
    const UserRecord* user = selectedRecord();
    if (!m_vault || !user)
        return;
    const QString name = user->username;
    openDialog(new DisableUserDialog(name, user->displayName, this), [this, name](ActionDialog* base) {
        auto* dialog = static_cast<DisableUserDialog*>(base);
        const QDateTime at = dialog->leavingAt();
        runFromDialog(
            dialog, [vault = m_vault, name, at] { return vault->users().disable(name, at); },
            [this, name, at](ActionDialog* guard, const Result<void>& result) {
                QString text = at.isValid()
                    ? tr("%1 will be disabled on %2.")
                          .arg(name, QLocale().toString(at.toLocalTime().date(), QLocale::LongFormat))
                    : tr("%1 is disabled: their password no longer opens the database.").arg(name);
                if (result && !at.isValid()) {
                    const Result<bool> due = m_vault->piiKeyRotationDue();
                    if (due && due.value())
                        text += QLatin1Char(' ')
                            + tr("They held the PII key: it is replaced at the next sign-in of someone who "
                                 "holds it.");
                }
                finishChange(guard, result.ok(), result.error().message(), text, name);
                if (result && !at.isValid() && m_vault->session().can(Permission::KeysManage))
                    offerRekey(name);
            });
    });
}

void UsersView::offerRekey(const QString& userName)
{
    if (m_rekeyOffer)
        return;
    m_rekeyOffer = new QMessageBox(QMessageBox::Question, tr("Rotate the database key"),
                                   tr("Rotate the database key now?"), QMessageBox::NoButton, this);
    m_rekeyOffer->setObjectName(QStringLiteral("rekeyOffer"));
    m_rekeyOffer->setInformativeText(
        tr("%1 can no longer open the database with a password. A copy of the database key they may have "
           "kept stops working once the key is replaced. Everyone else must close the database first.")
            .arg(userName));
    QPushButton* rotate
        = m_rekeyOffer->addButton(tr("&Rotate the database key now"), QMessageBox::AcceptRole);
    rotate->setObjectName(QStringLiteral("rekeyNowButton"));
    QPushButton* later = m_rekeyOffer->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("rekeyLaterButton"));
    m_rekeyOffer->setDefaultButton(rotate);
    m_rekeyOffer->setEscapeButton(later);
    m_rekeyOffer->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rekeyOffer, &QMessageBox::buttonClicked, this, [this, rotate](QAbstractButton* button) {
        if (button == rotate)
            QMetaObject::invokeMethod(this, &UsersView::rotateDatabaseKey, Qt::QueuedConnection);
    });
    connect(m_rekeyOffer, &QDialog::finished, this, [this] { window()->activateWindow(); });
    m_rekeyOffer->open();
}

void UsersView::rotateDatabaseKey()
{
    if (!m_vault || m_busy)
        return;
    m_message->clearMessage();
    setBusy(true, tr("Rotating the database key; every page of the database is encrypted again…"));
    GuardedAction::run(
        this, m_vault, GuardedAction::Where::Background, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault] { return vault->rotateDatabaseKey(); },
        [this](const Result<void>& result) {
            setBusy(false);
            if (!result) {
                showMessage(InlineMessage::Kind::Error, result.error().message());
                return;
            }
            showMessage(
                InlineMessage::Kind::Success,
                tr("The database key was rotated. Every remaining key slot opens the database with the "
                   "new key; the old one no longer does."));
            refresh();
        },
        [this] { setBusy(false); });
}

void UsersView::unlockUser()
{
    const UserRecord* user = selectedRecord();
    if (!m_vault || !user)
        return;
    const QString name = user->username;
    GuardedAction::run(
        this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault, name] { return vault->users().unlockAccount(name); },
        [this, name](const Result<void>& result) {
            finishChange(nullptr, result.ok(), result.error().message(),
                         tr("%1 can sign in again.").arg(name), name);
        });
}

void UsersView::resetPassword()
{
    const UserRecord* user = selectedRecord();
    if (!m_vault || !user)
        return;
    const QString name = user->username;
    openDialog(new ResetPasswordDialog(name, user->displayName, this), [this, name](ActionDialog* base) {
        auto* dialog = static_cast<ResetPasswordDialog*>(base);
        auto password = std::make_shared<SecureBytes>(dialog->takePassword());
        runFromDialog(
            dialog,
            [vault = m_vault, name, password] { return vault->users().resetPassword(name, *password); },
            [this, name](ActionDialog* guard, const Result<void>& result) {
                finishChange(guard, result.ok(), result.error().message(),
                             tr("The password of %1 was reset. Give them the temporary password in person; "
                                "they choose their own at the next sign-in.")
                                 .arg(name),
                             name);
            });
    });
}

void UsersView::resetSecondFactor()
{
    const UserRecord* user = selectedRecord();
    if (!m_vault || !user)
        return;
    const QString name = user->username;
    auto* question
        = new QMessageBox(QMessageBox::Warning, tr("Reset two-factor sign-in"),
                          tr("Reset the two-factor sign-in of %1?").arg(name), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("resetTwoFactorConfirmation"));
    question->setInformativeText(
        tr("Do this when they lost their phone. Their authenticator app and recovery "
           "codes stop working; they set up two-factor sign-in again when they next "
           "sign in."));
    QPushButton* reset = question->addButton(tr("&Reset two-factor"), QMessageBox::AcceptRole);
    reset->setObjectName(QStringLiteral("confirmResetTwoFactorButton"));
    QPushButton* cancel = question->addButton(tr("Cancel"), QMessageBox::RejectRole);
    question->setDefaultButton(cancel);
    question->setEscapeButton(cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, reset, name](QAbstractButton* button) {
        if (button != reset || !m_vault)
            return;
        // Queued: the question closes first, so the step-up dialog is not stacked on it.
        QMetaObject::invokeMethod(
            this,
            [this, name] {
                if (!m_vault)
                    return;
                GuardedAction::run(
                    this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::UpFront,
                    [vault = m_vault, name] { return vault->users().resetSecondFactor(name); },
                    [this, name](const Result<void>& result) {
                        finishChange(
                            nullptr, result.ok(), result.error().message(),
                            tr("The two-factor sign-in of %1 was reset. They set it up again when they "
                               "next sign in.")
                                .arg(name),
                            name);
                    });
            },
            Qt::QueuedConnection);
    });
    connect(question, &QDialog::finished, this, [this] { window()->activateWindow(); });
    question->open();
}

void UsersView::editRoles()
{
    const UserRecord* user = selectedRecord();
    if (!m_vault || !user || user->status == QLatin1String("disabled") || m_busy)
        return;
    const QString name = user->username;
    openDialog(new RolesDialog(name, user->displayName, user->roles, this), [this, name](ActionDialog* base) {
        auto* dialog = static_cast<RolesDialog*>(base);
        const std::set<Role> roles = dialog->roles();
        runFromDialog(
            dialog, [vault = m_vault, name, roles] { return vault->users().setRoles(name, roles); },
            [this, name](ActionDialog* guard, const Result<void>& result) {
                finishChange(guard, result.ok(), result.error().message(),
                             tr("The roles of %1 were saved.").arg(name), name);
            });
    });
}

void UsersView::grantPiiKeys()
{
    if (!m_vault)
        return;
    auto granted = std::make_shared<int>(0);
    GuardedAction::run(
        this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault, granted]() -> Result<void> {
            Result<int> count = vault->users().grantPendingPiiKeys();
            if (!count)
                return count.error();
            *granted = count.value();
            return success();
        },
        [this, granted](const Result<void>& result) {
            if (!result) {
                showMessage(InlineMessage::Kind::Error, result.error().message());
                refresh();
                return;
            }
            refresh();
            showMessage(
                InlineMessage::Kind::Success,
                *granted == 1
                    ? tr("The PII key was granted to 1 account.")
                    : tr("The PII key was granted to %1 accounts.").arg(QLocale().toString(*granted)));
            emit usersChanged();
        });
}

QMessageBox* UsersView::rekeyOffer() const
{
    return m_rekeyOffer;
}

} // namespace dpp::ui
