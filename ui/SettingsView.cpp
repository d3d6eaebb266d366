// SettingsView: see the header.
#include "SettingsView.h"

#include "GuardedAction.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dpp::ui {

const char* const SettingsView::IdleLockKey = "console.idle_lock_minutes";

SettingsView::SettingsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);

    auto* title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    // A settings page reads best at the width of a form, not across a wide window.
    QVBoxLayout* columnLayout = addColumn(layout, this, 760, 14);
    QWidget* column = columnLayout->parentWidget();

    m_lockBox = new QGroupBox(tr("Locking"), column);
    QGroupBox* lockBox = m_lockBox;
    auto* form = new QFormLayout(lockBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_idleMinutes = new QSpinBox(lockBox);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
    m_idleMinutes->setRange(MinimumIdleMinutes, MaximumIdleMinutes);
    m_idleMinutes->setValue(DefaultIdleMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setEnabled(false);
    m_idleMinutes->setMinimumWidth(m_idleMinutes->fontMetrics().horizontalAdvance(QStringLiteral("00000 min"))
                                   + 40);
    auto* label = new QLabel(tr("&Lock after this long without input:"), lockBox);
    label->setBuddy(m_idleMinutes);
    form->addRow(label, m_idleMinutes);
    auto* help = new QLabel(tr("The console also locks when the screen locks and with Ctrl+L. Locking closes "
                               "the database and clears every view. 1 to 60 minutes; applies to everyone "
                               "who uses this database."),
                            lockBox);
    help->setWordWrap(true);
    form->addRow(help);
    m_message = new InlineMessage(lockBox);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    form->addRow(m_message);
    m_save = new QPushButton(tr("&Save"), lockBox);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    columnLayout->addWidget(lockBox);

    // The kill switch (issue 4, item 6): the emergency brake for all PII access.
    m_piiBox = new QGroupBox(tr("Personal data (PII)"), column);
    m_piiBox->setObjectName(QStringLiteral("piiAccessGroup"));
    auto* piiLayout = new QVBoxLayout(m_piiBox);
    piiLayout->setSpacing(10);
    m_piiState = new QLabel(m_piiBox);
    m_piiState->setObjectName(QStringLiteral("piiAccessState"));
    m_piiState->setWordWrap(true);
    m_piiState->setTextFormat(Qt::PlainText);
    piiLayout->addWidget(m_piiState);
    auto* piiHelp
        = new QLabel(tr("Turn PII access off at once when you suspect misuse or a breach: nobody can "
                        "reveal, print or export buyers' personal data until it is turned on again, "
                        "in every open console. Turning it back on asks you to confirm your identity."),
                     m_piiBox);
    piiHelp->setWordWrap(true);
    piiLayout->addWidget(piiHelp);
    m_piiMessage = new InlineMessage(m_piiBox);
    m_piiMessage->setObjectName(QStringLiteral("piiAccessMessage"));
    piiLayout->addWidget(m_piiMessage);
    m_piiToggle = new QPushButton(m_piiBox);
    m_piiToggle->setObjectName(QStringLiteral("piiAccessButton"));
    auto* piiButtons = new QHBoxLayout;
    piiButtons->addStretch(1);
    piiButtons->addWidget(m_piiToggle);
    piiLayout->addLayout(piiButtons);
    columnLayout->addWidget(m_piiBox);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_piiToggle, &QPushButton::clicked, this, &SettingsView::togglePiiAccess);
    connect(m_idleMinutes, &QSpinBox::valueChanged, m_message, &InlineMessage::clearMessage);
}

int SettingsView::idleLockMinutes(const Vault& vault)
{
    const auto stored = vault.setting(QLatin1String(IdleLockKey), QString::number(DefaultIdleMinutes));
    bool ok = false;
    const int minutes = stored ? stored->toInt(&ok) : DefaultIdleMinutes;
    if (!ok)
        return DefaultIdleMinutes;
    return std::clamp(minutes, MinimumIdleMinutes, MaximumIdleMinutes);
}

void SettingsView::load(Vault* vault)
{
    m_vault = vault;
    m_message->clearMessage();
    m_piiMessage->clearMessage();
    m_idleMinutes->setValue(vault ? idleLockMinutes(*vault) : DefaultIdleMinutes);
    const bool editable = vault && vault->session().can(Permission::SettingsManage);
    m_idleMinutes->setEnabled(editable);
    m_save->setEnabled(editable);
    m_lockBox->setVisible(!vault || editable);
    m_piiBox->setVisible(vault && vault->session().can(Permission::KillSwitch));
    showPiiAccess();
}

void SettingsView::clear()
{
    GuardedAction::closeDialogs(this);
    load(nullptr);
}

void SettingsView::showPiiAccess()
{
    m_piiToggle->setEnabled(false);
    m_piiState->setStyleSheet(QString());
    if (!m_vault) {
        m_piiState->clear();
        m_piiToggle->setText(tr("Turn PII access &off…"));
        return;
    }
    const Result<bool> off = m_vault->piiAccessOff();
    if (!off) {
        m_piiState->setText(off.error().message());
        return;
    }
    m_piiOff = off.value();
    if (m_piiOff) {
        m_piiState->setText(tr("PII access: OFF. Nobody can reveal, print or export buyers' personal data."));
        m_piiState->setStyleSheet(QStringLiteral("QLabel { color: #8a1c14; font-weight: bold; }"));
        m_piiToggle->setText(tr("Turn PII access &on…"));
    } else {
        m_piiState->setText(tr("PII access: on. People whose roles need it can reveal, print and export "
                               "buyers' personal data."));
        m_piiToggle->setText(tr("Turn PII access &off…"));
    }
    m_piiToggle->setEnabled(true);
}

void SettingsView::togglePiiAccess()
{
    if (!m_vault)
        return;
    m_piiMessage->clearMessage();
    if (m_piiOff) {
        // Back on: a guarded change (step-up), so that a stolen session cannot undo the brake.
        GuardedAction::run(
            this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::UpFront,
            [vault = m_vault] { return vault->setPiiAccessOff(false); },
            [this](const Result<void>& result) {
                showPiiAccess();
                if (!result) {
                    m_piiMessage->showMessage(InlineMessage::Kind::Error, result.error().message());
                    return;
                }
                m_piiMessage->showMessage(InlineMessage::Kind::Success, tr("PII access is on again."));
                emit piiAccessChanged();
            });
        return;
    }
    if (m_piiOffConfirmation)
        return;
    // Off needs no step-up (it is the emergency brake), only a deliberate second click.
    m_piiOffConfirmation = new QMessageBox(QMessageBox::Warning, tr("Turn PII access off"),
                                           tr("Turn all PII access off now?"), QMessageBox::NoButton, this);
    m_piiOffConfirmation->setObjectName(QStringLiteral("piiOffConfirmation"));
    m_piiOffConfirmation->setInformativeText(
        tr("Nobody, in this console or any other, can reveal, print or export buyers' personal data until an "
           "administrator turns it on again. Everything else keeps working."));
    QPushButton* turnOff
        = m_piiOffConfirmation->addButton(tr("Turn PII access &off"), QMessageBox::AcceptRole);
    turnOff->setObjectName(QStringLiteral("confirmPiiOffButton"));
    QPushButton* cancel = m_piiOffConfirmation->addButton(tr("Cancel"), QMessageBox::RejectRole);
    m_piiOffConfirmation->setDefaultButton(cancel);
    m_piiOffConfirmation->setEscapeButton(cancel);
    m_piiOffConfirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_piiOffConfirmation, &QMessageBox::buttonClicked, this,
            [this, turnOff](QAbstractButton* button) {
                if (button == turnOff)
                    setPiiAccessOff(true);
            });
    connect(m_piiOffConfirmation, &QDialog::finished, this, [this] { window()->activateWindow(); });
    m_piiOffConfirmation->open();
}

void SettingsView::setPiiAccessOff(bool off)
{
    if (!m_vault)
        return;
    const Result<void> done = m_vault->setPiiAccessOff(off);
    showPiiAccess();
    if (!done) {
        m_piiMessage->showMessage(InlineMessage::Kind::Error, done.error().message());
        return;
    }
    m_piiMessage->showMessage(InlineMessage::Kind::Success,
                              tr("PII access is off for everyone until it is turned on again."));
    emit piiAccessChanged();
}

void SettingsView::save()
{
    if (!m_vault)
        return;
    const int minutes = m_idleMinutes->value();
    const auto saved = m_vault->setSetting(QLatin1String(IdleLockKey), QString::number(minutes));
    if (!saved) {
        m_message->showMessage(InlineMessage::Kind::Error, saved.error().message());
        return;
    }
    m_message->showMessage(
        InlineMessage::Kind::Success,
        tr("Saved: the console locks after %1 min without input.").arg(QLocale().toString(minutes)));
    emit idleLockMinutesChanged(minutes);
}

QMessageBox* SettingsView::piiOffConfirmation() const
{
    return m_piiOffConfirmation;
}

} // namespace dpp::ui
