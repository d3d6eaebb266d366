// PasswordChangePage: see the header. Live feedback as on the first-start page (PasswordPolicy and
// zxcvbn); the passwords leave the fields only into wiping buffers.
#include "PasswordChangePage.h"

#include "CapsLockWatcher.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "PasswordInput.h"
#include "PasswordStrengthMeter.h"
#include "VaultJob.h"
#include "auth/PasswordPolicy.h"
#include "auth/PasswordStrength.h"
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
    m_new = new QLineEdit(m_form);
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    makePasswordField(m_new);
    m_meter = new PasswordStrengthMeter(m_form);
    m_meter->setObjectName(QStringLiteral("newPasswordStrength"));
    m_newFeedback = makeHint(m_form);
    m_newFeedback->setObjectName(QStringLiteral("newPasswordFeedback"));
    addFieldRow(form, tr("&New password:"), m_new, {m_meter, m_newFeedback});
    m_repeat = new QLineEdit(m_form);
    m_repeat->setObjectName(QStringLiteral("repeatNewPasswordEdit"));
    makePasswordField(m_repeat);
    m_repeatFeedback = makeHint(m_form);
    m_repeatFeedback->setObjectName(QStringLiteral("repeatNewPasswordFeedback"));
    addFieldRow(form, tr("&Repeat new password:"), m_repeat, {m_repeatFeedback});
    layout->addWidget(m_form);

    m_capsLock = new InlineMessage(card);
    m_capsLock->setObjectName(QStringLiteral("passwordChangeCapsLockWarning"));
    layout->addWidget(m_capsLock);
    m_capsWatcher = new CapsLockWatcher(this);
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
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

    setTabOrder(m_current, m_new);
    setTabOrder(m_new, m_repeat);
    setTabOrder(m_repeat, m_change);
    setTabOrder(m_change, m_cancel);
    setFocusProxy(m_current);

    connect(m_new, &QLineEdit::textChanged, this, &PasswordChangePage::updatePasswordFeedback);
    connect(m_new, &QLineEdit::textChanged, this, &PasswordChangePage::updateRepeatFeedback);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordChangePage::updateRepeatFeedback);
    for (QLineEdit* edit : {m_current, m_new, m_repeat}) {
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
    updatePasswordFeedback();
}

void PasswordChangePage::reset()
{
    m_vault = nullptr;
    for (QLineEdit* edit : {m_current, m_new, m_repeat})
        edit->clear();
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

void PasswordChangePage::updatePasswordFeedback()
{
    const SecureBytes password = peekPassword(m_new);
    if (password.isEmpty()) {
        m_meter->setStrength(std::nullopt);
        setHint(m_newFeedback,
                tr("At least 12 characters with three of: lower-case letters, capitals, digits, other "
                   "characters. Several unrelated words make a strong password that is easy to remember."),
                HintState::Neutral);
        return;
    }
    const PasswordStrength strength = PasswordStrength::estimate(password, userWords());
    m_meter->setStrength(strength);
    const auto policy = PasswordPolicy::check(password, m_vault ? m_vault->session().name() : QString());
    if (!policy)
        setHint(m_newFeedback, policy.error().message(), HintState::Error);
    else if (!strength.isAcceptable())
        setHint(m_newFeedback, PasswordStrength::poorAdvice(), HintState::Error);
    else
        setHint(m_newFeedback, tr("✓ The password meets the rules."), HintState::Good);
}

void PasswordChangePage::updateRepeatFeedback()
{
    if (m_repeat->text().isEmpty())
        setHint(m_repeatFeedback, QString(), HintState::Neutral);
    else if (peekPassword(m_repeat).equals(peekPassword(m_new)))
        setHint(m_repeatFeedback, tr("✓ The passwords match."), HintState::Good);
    else
        setHint(m_repeatFeedback, tr("The passwords do not match yet."), HintState::Neutral);
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
    {
        const SecureBytes next = peekPassword(m_new);
        if (next.isEmpty()) {
            showError(tr("Choose a new password."));
            m_new->setFocus();
            return;
        }
        const auto policy = PasswordPolicy::check(next, m_vault->session().name());
        if (!policy) {
            showError(policy.error().message());
            m_new->setFocus();
            m_new->selectAll();
            return;
        }
        if (!PasswordStrength::estimate(next, userWords()).isAcceptable()) {
            showError(PasswordStrength::poorAdvice());
            m_new->setFocus();
            m_new->selectAll();
            return;
        }
        if (!next.equals(peekPassword(m_repeat))) {
            showError(tr("The two new passwords do not match. Type it again in “Repeat new password”."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
    }
    SecureBytes current = takePassword(m_current);
    SecureBytes next = takePassword(m_new);
    m_repeat->clear();
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
