// PasswordChangePage: see the header. Live feedback as on the first-start page (PasswordPolicy and
// zxcvbn); the passwords leave the fields only into wiping buffers.
#include "PasswordChangePage.h"

#include "CapsLockWatcher.h"
#include "InlineMessage.h"
#include "NewPasswordFields.h"
#include "PageLayout.h"
#include "PasswordInput.h"
#include "VaultJob.h"
#include "vault/UserAccounts.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

PasswordChangePage::PasswordChangePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("passwordChangePage"));
    QWidget* card = makeCenteredCard(this, 640);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    m_title = makeTitle(QString(), card);
    layout->addWidget(m_title);
    m_intro = makeParagraph(QString(), card);
    m_intro->setObjectName(QStringLiteral("passwordChangeIntro"));
    layout->addWidget(m_intro);

    m_form = new QWidget(card);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);
    m_current = new QLineEdit(m_form);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    makePasswordField(m_current);
    addFieldRow(form, tr("C&urrent password:"), m_current);
    m_new = new NewPasswordFields(
        form,
        {.label = tr("&New password:"),
         .repeatLabel = tr("&Repeat new password:"),
         .passwordName = QStringLiteral("newPasswordEdit"),
         .meterName = QStringLiteral("newPasswordStrength"),
         .feedbackName = QStringLiteral("newPasswordFeedback"),
         .repeatName = QStringLiteral("repeatNewPasswordEdit"),
         .repeatFeedbackName = QStringLiteral("repeatNewPasswordFeedback"),
         .rule = tr("At least 12 characters with three of: lower-case letters, capitals, digits, other "
                    "characters. Several unrelated words make a strong password that is easy to remember."),
         .emptyProblem = tr("Choose a new password."),
         .mismatchProblem
         = tr("The two new passwords do not match. Type it again in “Repeat new password”.")});
    m_new->setUserName([this] { return m_vault ? m_vault->session().name() : QString(); });
    m_new->setUserWords([this] { return userWords(); });
    layout->addWidget(m_form);

    m_capsLock = new InlineMessage(card);
    m_capsLock->setObjectName(QStringLiteral("passwordChangeCapsLockWarning"));
    layout->addWidget(m_capsLock);
    m_capsWatcher = new CapsLockWatcher(this);
    for (QLineEdit* edit : {m_current, m_new->password(), m_new->repeat()})
        m_capsWatcher->watch(edit);
    connect(m_capsWatcher, &CapsLockWatcher::changed, this, [this](bool on) {
        m_capsLock->showMessage(InlineMessage::Kind::Warning, on ? tr("Caps Lock is on.") : QString());
    });

    m_error = new InlineMessage(card);
    m_error->setObjectName(QStringLiteral("passwordChangeError"));
    layout->addWidget(m_error);
    m_busyRow = makeBusyRow(tr("Changing the password; this takes a few seconds…"), card);
    layout->addWidget(m_busyRow);

    m_cancel = new QPushButton(tr("Cancel"), card);
    m_cancel->setObjectName(QStringLiteral("passwordChangeCancelButton"));
    m_change = new QPushButton(tr("C&hange password"), card);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_change);
    layout->addLayout(buttons);

    setTabOrder(m_current, m_new->password());
    setTabOrder(m_new->password(), m_new->repeat());
    setTabOrder(m_new->repeat(), m_change);
    setTabOrder(m_change, m_cancel);
    setFocusProxy(m_current);

    for (QLineEdit* edit : {m_current, m_new->password(), m_new->repeat()}) {
        connect(edit, &QLineEdit::returnPressed, this, &PasswordChangePage::submit);
        connect(edit, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
    }
    connect(m_change, &QPushButton::clicked, this, &PasswordChangePage::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy || m_mode != Mode::Voluntary)
            return;
        reset();
        emit cancelled();
    });
    reset();
}

PasswordChangePage::~PasswordChangePage() = default;

void PasswordChangePage::start(Vault* vault, Mode mode)
{
    reset();
    m_vault = vault;
    m_mode = mode;
    if (mode == Mode::Forced) {
        m_title->setText(tr("Choose a new password"));
        m_intro->setText(tr("Your password has to be changed before you continue: it was set by an "
                            "administrator, or it is older than %1 days.")
                             .arg(UserAccounts::PasswordMaximumAgeDays));
    } else {
        m_title->setText(tr("Change your password"));
        m_intro->setText(tr("The new password must differ from your last %1 passwords. It opens the "
                            "database for you; nobody else learns it.")
                             .arg(UserAccounts::PasswordHistoryDepth));
    }
    m_cancel->setVisible(mode == Mode::Voluntary);
    m_new->update();
}

void PasswordChangePage::reset()
{
    m_vault = nullptr;
    m_current->clear();
    m_new->clear();
    m_capsWatcher->reset();
    m_error->clearMessage();
    setBusy(false);
}

QStringList PasswordChangePage::userWords() const
{
    QStringList words{QStringLiteral("dpp"), QStringLiteral("console"), QStringLiteral("amazon")};
    if (m_vault)
        words << m_vault->session().name() << m_vault->session().displayName();
    return words;
}

void PasswordChangePage::showError(const QString& message)
{
    m_error->showMessage(InlineMessage::Kind::Error, message);
}

void PasswordChangePage::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_change->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_busyRow->setVisible(busy);
}

void PasswordChangePage::submit()
{
    if (m_busy || !m_vault)
        return;
    m_error->clearMessage();
    if (m_current->text().isEmpty()) {
        showError(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (const QString problem = m_new->problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    SecureBytes current = takePassword(m_current);
    SecureBytes next = m_new->take();
    setBusy(true);
    runVaultJob(
        this,
        [vault = m_vault, current = std::move(current), next = std::move(next)]() {
            return vault->users().changeOwnPassword(current, next);
        },
        [this](Result<void> result) {
            setBusy(false);
            if (!result) {
                // History, minimum age or a wrong current password: all typed again, the current first.
                showError(result.error().message());
                m_current->setFocus();
                return;
            }
            reset();
            emit changed();
        });
}

void PasswordChangePage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_mode == Mode::Voluntary && !m_busy) {
        m_cancel->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dpp::ui
