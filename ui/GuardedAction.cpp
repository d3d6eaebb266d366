// GuardedAction: see the header.
#include "GuardedAction.h"

#include "AccountState.h"
#include "StepUpDialog.h"
#include "VaultJob.h"
#include "vault/Vault.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QWidget>

namespace dpp::ui {

namespace {

struct Attempt
{
    QPointer<QWidget> parent;
    Vault* vault;
    GuardedAction::Where where;
    GuardedAction::Call call;
    GuardedAction::Done done;
    GuardedAction::Cancelled cancelled;
};

void attempt(const Attempt& a, bool askedAlready)
{
    auto finish = [a, askedAlready](const Result<void>& result) {
        if (!result && result.error().code() == ErrorCode::StepUpRequired && !askedAlready && a.parent) {
            // The step-up ran out (5 minutes) or was never there: ask, then try once more.
            GuardedAction::askStepUp(
                a.parent, a.vault, [a] { attempt(a, true); }, a.cancelled);
            return;
        }
        if (a.done)
            a.done(result);
    };
    if (a.where == GuardedAction::Where::GuiThread || !a.parent) {
        finish(a.call());
        return;
    }
    runVaultJob(
        a.parent, [call = a.call] { return call(); }, finish);
}

} // namespace

void GuardedAction::run(QWidget* parent, Vault* vault, Where where, StepUp stepUp, Call call, Done done,
                        Cancelled cancelled)
{
    const Attempt a{parent, vault, where, std::move(call), std::move(done), std::move(cancelled)};
    if (stepUp == StepUp::UpFront && !vault->hasStepUp()) {
        askStepUp(
            parent, vault, [a] { attempt(a, true); }, a.cancelled);
        return;
    }
    attempt(a, false);
}

void GuardedAction::confirmThenStepUp(QWidget* parent, std::function<Vault*()> vault, QMessageBox* question,
                                      QAbstractButton* confirm, QAbstractButton* cancel,
                                      std::function<void()> confirmed, Cancelled cancelled)
{
    question->setDefaultButton(qobject_cast<QPushButton*>(cancel));
    question->setEscapeButton(cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> context(parent);
    QObject::connect(question, &QMessageBox::buttonClicked, parent,
                     [context, vault, confirm, confirmed = std::move(confirmed),
                      cancelled = std::move(cancelled)](QAbstractButton* button) {
                         if (button != confirm || !context)
                             return;
                         QMetaObject::invokeMethod(
                             context.data(),
                             [context, vault, confirmed, cancelled] {
                                 Vault* current = context ? vault() : nullptr;
                                 if (!current)
                                     return;
                                 if (current->hasStepUp())
                                     confirmed();
                                 else
                                     askStepUp(context, current, confirmed, cancelled);
                             },
                             Qt::QueuedConnection);
                     });
    QObject::connect(question, &QDialog::finished, parent, [parent] { parent->window()->activateWindow(); });
    question->open();
}

void GuardedAction::askStepUp(QWidget* parent, Vault* vault, std::function<void()> confirmed,
                              Cancelled cancelled)
{
    auto* dialog = new StepUpDialog(vault, stepUpAsksForCode(*vault), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The callbacks run once the dialog has closed, so a dialog they open is not stacked on it.
    QObject::connect(dialog, &QDialog::finished, parent,
                     [confirmed = std::move(confirmed), cancelled = std::move(cancelled)](int result) {
                         if (result == QDialog::Accepted) {
                             if (confirmed)
                                 confirmed();
                         } else if (cancelled) {
                             cancelled();
                         }
                     });
    dialog->open();
}

void GuardedAction::closeDialogs(QWidget* root)
{
    QList<QPointer<QDialog>> dialogs;
    for (QDialog* dialog : root->findChildren<QDialog*>())
        dialogs.append(dialog);
    // Children first would be closed twice through their parent; QPointer skips what is gone.
    for (const QPointer<QDialog>& dialog : dialogs)
        if (dialog && dialog->isVisible())
            dialog->done(QDialog::Rejected);
}

bool GuardedAction::stepUpAsksForCode(Vault& vault)
{
    return AccountState::read(vault).secondFactorEnrolled;
}

} // namespace dpp::ui
