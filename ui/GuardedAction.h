// GuardedAction: runs a core call that may need step-up re-authentication (user changes, PII
// access back on, new recovery codes). It asks for step-up first when none holds and the call is
// known to need it, and again whenever the core answers StepUpRequired, then tries once more.
#pragma once

#include "common/Result.h"

#include <functional>

class QAbstractButton;
class QMessageBox;
class QWidget;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class GuardedAction final
{
public:
    using Call = std::function<Result<void>()>;
    using Done = std::function<void(const Result<void>& result)>;
    using Cancelled = std::function<void()>;

    enum class Where
    {
        GuiThread, //!< milliseconds of work (no Argon2id)
        Background, //!< Argon2id or a rekey: a vault job (VaultJob.h)
    };
    enum class StepUp
    {
        UpFront, //!< the core documents the call as needing step-up: ask before trying
        WhenAsked, //!< ask only if the core answers StepUpRequired
    };

    /*!
     * Calls call() (which may run several times: it must be repeatable) and then done(result);
     * cancelled() instead when the person closes the step-up dialog. Dialogs open over parent,
     * which must outlive the action or take its callbacks with it.
     */
    static void run(QWidget* parent, Vault* vault, Where where, StepUp stepUp, Call call, Done done,
                    Cancelled cancelled = {});

    //! Opens the step-up dialog over parent, then calls confirmed() or cancelled().
    static void askStepUp(QWidget* parent, Vault* vault, std::function<void()> confirmed,
                          Cancelled cancelled = {});

    /*!
     * Opens question (deleted once closed) for a guarded action the person must confirm first (a
     * purge, a fulfilment, a new key). Its Cancel becomes the default and Escape button, so Enter
     * never destroys data. When confirm is clicked, and after the question has closed (so the
     * dialogs do not stack), asks for step-up unless one holds, then calls confirmed(); nothing
     * when vault() says the console locked meanwhile (nullptr); cancelled() when the person backs
     * out of the step-up.
     */
    static void confirmThenStepUp(QWidget* parent, std::function<Vault*()> vault, QMessageBox* question,
                                  QAbstractButton* confirm, QAbstractButton* cancel,
                                  std::function<void()> confirmed, Cancelled cancelled = {});

    /*!
     * Closes every dialog under root at once, busy or not (the console locked: the vault jobs have
     * been waited for and their results dropped, so nothing is left to wait for).
     */
    static void closeDialogs(QWidget* root);

    //! Whether step-up asks this session's person for a code (a second factor is enrolled).
    static bool stepUpAsksForCode(Vault& vault);
};

} // namespace dpp::ui
