// UsersView: the accounts of this database for sessions with users.manage (issue 4): the list,
// and New user, Disable, Unlock, Reset password, Reset two-factor, Roles. Every change asks for
// step-up re-authentication first (GuardedAction). After a disable that takes effect now it offers
// to rotate the database key; a banner offers the PII key to accounts waiting for it.
#pragma once

#include "GuardedAction.h"
#include "InlineMessage.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace dpp {
class Vault;
struct UserRecord;
} // namespace dpp

namespace dpp::ui {

class ActionDialog;
class Banner;
class UserListModel;

class UsersView final : public QWidget
{
    Q_OBJECT

public:
    explicit UsersView(QWidget* parent = nullptr);

    //! Lists the accounts of vault (owned by the window).
    void load(Vault* vault);
    //! Forgets the vault and the list, and closes any dialog (the console locked).
    void clear();

    UserListModel* model() const { return m_model; }
    //! Selects the row of userName (tests, and after a change).
    void select(const QString& userName);
    //! The open question after a disable ("rekeyOffer"), null when none.
    QMessageBox* rekeyOffer() const;
    bool isBusy() const { return m_busy; }

signals:
    //! An account changed (the window refreshes what depends on it).
    void usersChanged();

private:
    void refresh();
    const UserRecord* selectedRecord() const;
    void updateActions();
    void showMessage(InlineMessage::Kind kind, const QString& text);

    void newUser();
    void disableUser();
    void unlockUser();
    void resetPassword();
    void resetSecondFactor();
    void editRoles();
    void grantPiiKeys();
    void offerRekey(const QString& userName);
    void rotateDatabaseKey();

    //! Opens dialog (owned by this view) and runs submit when it is confirmed.
    void openDialog(ActionDialog* dialog, std::function<void(ActionDialog*)> submit);
    //! Runs then() once a step-up holds (asking over parent if needed).
    void withStepUp(QWidget* parent, std::function<void()> then, std::function<void()> cancelled);
    /*!
     * Runs call for dialog in the background, asking for step-up when the core does; the dialog is
     * busy meanwhile, and usable again when the step-up is cancelled. Then done(dialog, result),
     * with dialog null when it was closed meanwhile.
     */
    void runFromDialog(ActionDialog* dialog, GuardedAction::Call call,
                       std::function<void(ActionDialog* dialog, const Result<void>& result)> done);
    //! The end of a change made from dialog: closes it and says what happened, or shows the error in it.
    void finishChange(ActionDialog* dialog, bool ok, const QString& error, const QString& success,
                      const QString& userName);
    void setBusy(bool busy, const QString& text = QString());

    Vault* m_vault = nullptr;
    Banner* m_piiBanner;
    InlineMessage* m_message;
    QTableView* m_table;
    UserListModel* m_model;
    QPushButton* m_new;
    QPushButton* m_disable;
    QPushButton* m_unlock;
    QPushButton* m_resetPassword;
    QPushButton* m_resetSecondFactor;
    QPushButton* m_roles;
    QWidget* m_busyRow;
    QLabel* m_busyText;
    QPointer<QMessageBox> m_rekeyOffer;
    bool m_busy = false;
};

} // namespace dpp::ui
