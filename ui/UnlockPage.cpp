// UnlockPage: see the header.
#include "UnlockPage.h"

#include "BackgroundJob.h"
#include "CapsLockWatcher.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "PasswordInput.h"

#include <QFormLayout>
#include <QHBoxLayout>
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

    m_form = new QWidget(card);
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
    layout->addWidget(m_form);

    m_capsLock = new InlineMessage(card);
    m_capsLock->setObjectName(QStringLiteral("unlockCapsLockWarning"));
    layout->addWidget(m_capsLock);
    m_capsWatcher = new CapsLockWatcher(this);
    m_capsWatcher->watch(m_password);
    connect(m_capsWatcher, &CapsLockWatcher::changed, this, [this](bool on) {
        m_capsLock->showMessage(InlineMessage::Kind::Warning, on ? tr("Caps Lock is on.") : QString());
    });

    m_error = new InlineMessage(card);
    m_error->setObjectName(QStringLiteral("unlockError"));
    layout->addWidget(m_error);

    m_busyRow = makeBusyRow(tr("Unlocking…"), card);
    m_busyRow->setObjectName(QStringLiteral("unlockBusy"));
    m_busyRow->setVisible(false);
    layout->addWidget(m_busyRow);

    m_unlock = new QPushButton(tr("Un&lock"), card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);

    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_unlock);

    // No dialog here, so Enter does not reach a default button by itself.
    connect(m_userName, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
}

UnlockPage::~UnlockPage() = default;

void UnlockPage::reset(const QString& userName, const QString& notice)
{
    ++m_generation;
    m_vault.reset();
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

void UnlockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_busyRow->setVisible(busy);
}

void UnlockPage::submit()
{
    if (m_busy)
        return;
    m_error->clearMessage();
    m_notice->clearMessage();
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
    setBusy(true);
    const quint64 generation = m_generation;
    runInBackground(
        this,
        [paths = m_paths, userName, password = std::move(password)]() {
            return Vault::unlock(paths, userName, password);
        },
        [this, generation](Result<std::unique_ptr<Vault>> result) {
            if (generation != m_generation)
                return; // reset() (a lock) came first: the vault is dropped and its keys wiped
            setBusy(false);
            if (!result) {
                m_error->showMessage(InlineMessage::Kind::Error, result.error().message());
                m_password->setFocus();
                return;
            }
            m_vault = std::move(result).value();
            // Success: the form forgets everything before the workspace opens.
            m_userName->clear();
            m_capsWatcher->reset();
            emit unlocked();
        });
}

} // namespace dpp::ui
