// UnlockPage: see the header.
#include "UnlockPage.h"

#include "BackgroundJob.h"
#include "CapsLockWatcher.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "PasswordInput.h"
#include "SecondFactorField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

UnlockPage::UnlockPage(VaultPaths paths, QWidget* parent)
    : QWidget(parent)
    , m_paths(std::move(paths))
{
    setObjectName(QStringLiteral("unlockPage"));
    QWidget* card = makeCenteredCard(this, 520);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    layout->addWidget(makeTitle(tr("Unlock DPP Console"), card));
    auto* location = makeParagraph(tr("Database: %1").arg(m_paths.database()), card);
    location->setObjectName(QStringLiteral("unlockDatabasePath"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(location);
    m_notice = new InlineMessage(card);
    m_notice->setObjectName(QStringLiteral("unlockNotice"));
    layout->addWidget(m_notice);

    // Step 1: user name and password.
    m_passwordStep = new QWidget(card);
    m_passwordStep->setObjectName(QStringLiteral("unlockPasswordStep"));
    auto* passwordLayout = new QVBoxLayout(m_passwordStep);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->setSpacing(12);
    m_form = new QWidget(m_passwordStep);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    m_userName = new QLineEdit(m_form);
    m_userName->setObjectName(QStringLiteral("unlockUserEdit"));
    m_userName->setMaxLength(64);
    addFieldRow(form, tr("&User name:"), m_userName);
    m_password = new QLineEdit(m_form);
    m_password->setObjectName(QStringLiteral("unlockPasswordEdit"));
    makePasswordField(m_password);
    addFieldRow(form, tr("&Password:"), m_password);
    passwordLayout->addWidget(m_form);
    m_capsLock = new InlineMessage(m_passwordStep);
    m_capsLock->setObjectName(QStringLiteral("unlockCapsLockWarning"));
    passwordLayout->addWidget(m_capsLock);
    layout->addWidget(m_passwordStep);
    m_capsWatcher = new CapsLockWatcher(this);
    m_capsWatcher->watch(m_password);
    connect(m_capsWatcher, &CapsLockWatcher::changed, this, [this](bool on) {
        m_capsLock->showMessage(InlineMessage::Kind::Warning, on ? tr("Caps Lock is on.") : QString());
    });

    // Step 2: the second factor.
    m_codeStep = new QWidget(card);
    m_codeStep->setObjectName(QStringLiteral("unlockCodeStep"));
    auto* codeLayout = new QVBoxLayout(m_codeStep);
    codeLayout->setContentsMargins(0, 8, 0, 0);
    codeLayout->setSpacing(8);
    m_codeHeading = new QLabel(m_codeStep);
    m_codeHeading->setObjectName(QStringLiteral("unlockCodeHeading"));
    m_codeHeading->setTextFormat(Qt::PlainText);
    QFont bold = m_codeHeading->font();
    bold.setBold(true);
    m_codeHeading->setFont(bold);
    codeLayout->addWidget(m_codeHeading);
    m_codePrompt = new QLabel(m_codeStep);
    m_codePrompt->setObjectName(QStringLiteral("unlockCodePrompt"));
    m_codePrompt->setWordWrap(true);
    codeLayout->addWidget(m_codePrompt);
    m_code = new SecondFactorField(QStringLiteral("unlock"), m_codeStep);
    m_codePrompt->setBuddy(m_code->edit());
    codeLayout->addWidget(m_code);
    m_codeStep->setVisible(false);
    layout->addWidget(m_codeStep);
    connect(m_code, &SecondFactorField::modeChanged, this, [this](bool recovery) {
        m_error->clearMessage();
        m_codePrompt->setText(recovery ? tr("Enter one of your &recovery codes. Each code works only once.")
                                       : tr("Enter the 6-digit &code from your authenticator app."));
    });
    connect(m_code, &SecondFactorField::textEdited, this, [this] { m_error->clearMessage(); });

    m_error = new InlineMessage(card);
    m_error->setObjectName(QStringLiteral("unlockError"));
    layout->addWidget(m_error);

    m_busyRow = makeBusyRow(tr("Unlocking…"), card);
    m_busyRow->setObjectName(QStringLiteral("unlockBusy"));
    m_busyRow->setVisible(false);
    layout->addWidget(m_busyRow);

    m_back = new QPushButton(tr("&Back"), card);
    m_back->setObjectName(QStringLiteral("unlockBackButton"));
    m_back->setToolTip(tr("Sign in as someone else, or type the password again"));
    m_back->setVisible(false);
    m_verify = new QPushButton(tr("&Sign in"), card);
    m_verify->setObjectName(QStringLiteral("unlockVerifyButton"));
    m_verify->setVisible(false);
    m_unlock = new QPushButton(tr("Un&lock"), card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);

    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_code->edit(), m_code->switchButton());
    setTabOrder(m_code->switchButton(), m_verify);
    setTabOrder(m_verify, m_back);

    // No dialog here, so Enter does not reach a default button by itself.
    connect(m_userName, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_code, &SecondFactorField::returnPressed, this, &UnlockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_verify, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        m_error->clearMessage();
        showPasswordStep();
        m_password->setFocus();
    });
}

UnlockPage::~UnlockPage() = default;

void UnlockPage::reset(const QString& userName, const QString& notice)
{
    ++m_generation;
    m_vault.reset();
    showPasswordStep();
    m_userName->setText(userName);
    m_password->clear();
    m_capsWatcher->reset();
    m_error->clearMessage();
    m_notice->showMessage(InlineMessage::Kind::Info, notice);
    setBusy(false);
    focusFirstEmpty();
}

void UnlockPage::focusFirstEmpty()
{
    if (m_userName->text().isEmpty())
        m_userName->setFocus();
    else
        m_password->setFocus();
}

std::unique_ptr<Vault> UnlockPage::takeVault()
{
    return std::move(m_vault);
}

void UnlockPage::keyPressEvent(QKeyEvent* event)
{
    // Escape at the code step is Back, as in a dialog.
    if (event->key() == Qt::Key_Escape && m_atCodeStep && !m_busy) {
        m_back->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void UnlockPage::showCodeStep()
{
    m_atCodeStep = true;
    m_codeHeading->setText(tr("Signing in as %1").arg(m_keptUser));
    m_code->setRecoveryMode(false);
    m_codePrompt->setText(tr("Enter the 6-digit &code from your authenticator app."));
    m_passwordStep->setVisible(false);
    m_unlock->setVisible(false);
    m_unlock->setDefault(false);
    m_codeStep->setVisible(true);
    m_back->setVisible(true);
    m_verify->setVisible(true);
    m_verify->setDefault(true);
    m_code->setFocus();
}

void UnlockPage::showPasswordStep()
{
    m_atCodeStep = false;
    m_keptPassword.clear();
    m_keptUser.clear();
    m_code->clear();
    m_codeStep->setVisible(false);
    m_back->setVisible(false);
    m_verify->setVisible(false);
    m_verify->setDefault(false);
    m_passwordStep->setVisible(true);
    m_unlock->setVisible(true);
    m_unlock->setDefault(true);
}

void UnlockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_verify->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_busyRow->setVisible(busy);
}

void UnlockPage::submit()
{
    if (m_busy)
        return;
    m_error->clearMessage();
    m_notice->clearMessage();
    if (m_atCodeStep)
        submitCode();
    else
        submitPassword();
}

void UnlockPage::submitPassword()
{
    const QString userName = m_userName->text().trimmed();
    if (userName.isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Enter your user name."));
        m_userName->setFocus();
        return;
    }
    SecureBytes password = takePassword(m_password);
    if (password.isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_keptUser = userName;
    setBusy(true);
    const quint64 generation = m_generation;
    runInBackground(
        this,
        [paths = m_paths, userName, password = std::move(password)]() mutable {
            auto vault = Vault::unlock(paths, userName, password, SecondFactor{});
            return Attempt{std::move(vault), std::move(password)};
        },
        [this, generation](Attempt attempt) {
            if (generation != m_generation)
                return; // reset() (a lock) came first: the vault is dropped and its keys wiped
            finished(std::move(attempt), false);
        });
}

void UnlockPage::submitCode()
{
    if (m_code->isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, m_code->emptyMessage());
        m_code->setFocus();
        return;
    }
    if (!m_code->isComplete()) {
        m_error->showMessage(
            InlineMessage::Kind::Error,
            m_code->isRecoveryMode()
                ? tr("A recovery code has 10 letters and digits, like ABCDE-FGHJK.")
                : tr("The code has 6 digits. Type the code your authenticator app shows now."));
        m_code->setFocus();
        return;
    }
    SecondFactor second = m_code->take();
    setBusy(true);
    const quint64 generation = m_generation;
    runInBackground(
        this,
        [paths = m_paths, userName = m_keptUser, password = std::move(m_keptPassword),
         second = std::move(second)]() mutable {
            auto vault = Vault::unlock(paths, userName, password, second);
            return Attempt{std::move(vault), std::move(password)};
        },
        [this, generation](Attempt attempt) {
            if (generation != m_generation)
                return;
            finished(std::move(attempt), true);
        });
}

void UnlockPage::finished(Attempt attempt, bool atCodeStep)
{
    setBusy(false);
    if (attempt.vault) {
        m_vault = std::move(attempt.vault).value();
        // Success: the form forgets everything before the workspace opens.
        showPasswordStep();
        m_userName->clear();
        m_capsWatcher->reset();
        emit unlocked();
        return;
    }
    const Error& error = attempt.vault.error();
    if (error.code() == ErrorCode::SecondFactorRequired) {
        // The password was right: keep it (wiping buffer) for the attempt with the code.
        m_keptPassword = std::move(attempt.password);
        showCodeStep();
        return;
    }
    if (atCodeStep
        && (error.code() == ErrorCode::WrongCredentials || error.code() == ErrorCode::InvalidInput)) {
        // A wrong or expired code: the password stays kept; type the next code.
        m_keptPassword = std::move(attempt.password);
        m_error->showMessage(InlineMessage::Kind::Error, error.message());
        m_code->clear();
        m_code->setFocus();
        return;
    }
    // Anything else (a wrong password, a locked or disabled account) starts again from the password.
    attempt.password.clear();
    showPasswordStep();
    m_error->showMessage(InlineMessage::Kind::Error, error.message());
    m_password->setFocus();
}

} // namespace dpp::ui
