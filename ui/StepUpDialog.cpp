// StepUpDialog: see the header.
#include "StepUpDialog.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "PasswordInput.h"
#include "SecondFactorField.h"
#include "VaultJob.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

StepUpDialog::StepUpDialog(Vault* vault, bool askCode, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_askCode(askCode)
{
    setObjectName(QStringLiteral("stepUpDialog"));
    setWindowTitle(tr("Confirm it is you"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(makeParagraph(
        (askCode ? tr("This change needs you to confirm your identity again. Enter your password and a code "
                      "from your authenticator app. The confirmation holds for %1 minutes.")
                 : tr("This change needs you to confirm your identity again. Enter your password. The "
                      "confirmation holds for %1 minutes."))
            .arg(Vault::StepUpMinutes),
        this));

    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_password = new QLineEdit(formWidget);
    m_password->setObjectName(QStringLiteral("stepUpPasswordEdit"));
    makePasswordField(m_password);
    QLabel* passwordLabel = addFieldRow(form, tr("&Password:"), m_password);
    if (askCode) {
        m_code = new SecondFactorField(QStringLiteral("stepUp"), formWidget);
        QLabel* codeLabel = addFieldRow(form, tr("C&ode:"), m_code);
        // Level with the code field, not with the middle of the field and the link under it.
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        const auto levelWith = [](QLabel* label, QWidget* field) {
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setContentsMargins(
                0, std::max(0, (field->sizeHint().height() - label->sizeHint().height()) / 2), 0, 0);
        };
        levelWith(passwordLabel, m_password);
        levelWith(codeLabel, m_code->edit());
        connect(m_code, &SecondFactorField::modeChanged, this, [codeLabel](bool recovery) {
            codeLabel->setText(recovery ? tr("Rec&overy code:") : tr("C&ode:"));
        });
        connect(m_code, &SecondFactorField::returnPressed, this, &StepUpDialog::submit);
    }
    layout->addWidget(formWidget);

    m_error = new InlineMessage(this);
    m_error->setObjectName(QStringLiteral("stepUpError"));
    layout->addWidget(m_error);
    m_busyRow = makeBusyRow(tr("Checking…"), this);
    layout->addWidget(m_busyRow);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("stepUpConfirmButton"));
    m_confirm->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("stepUpCancelButton"));
    layout->addWidget(buttons);

    // Enter in the password field moves on to the code, as people expect from sign-in forms.
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_code && m_code->isEmpty())
            m_code->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
    connect(m_confirm, &QPushButton::clicked, this, &StepUpDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &StepUpDialog::reject);
    m_password->setFocus();
}

StepUpDialog::~StepUpDialog() = default;

void StepUpDialog::reject()
{
    if (m_busy)
        return; // the check is running on the vault; it ends in a moment
    QDialog::reject();
}

void StepUpDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_password->setEnabled(!busy);
    if (m_code)
        m_code->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_busyRow->setVisible(busy);
}

void StepUpDialog::submit()
{
    if (m_busy || !m_vault)
        return;
    m_error->clearMessage();
    if (m_password->text().isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (m_code && m_code->isEmpty()) {
        m_error->showMessage(InlineMessage::Kind::Error, m_code->emptyMessage());
        m_code->setFocus();
        return;
    }
    SecondFactor second = m_code ? m_code->take() : SecondFactor{};
    SecureBytes password = takePassword(m_password);
    setBusy(true);
    runVaultJob(
        this,
        [vault = m_vault, password = std::move(password), second = std::move(second)]() {
            return vault->stepUp(password, second);
        },
        [this](Result<void> result) {
            setBusy(false);
            if (result) {
                accept();
                return;
            }
            m_error->showMessage(InlineMessage::Kind::Error, result.error().message());
            m_password->setFocus();
        });
}

} // namespace dpp::ui
