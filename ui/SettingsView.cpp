// SettingsView: see the header.
#include "SettingsView.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
    QWidget* column = makeColumn(this, 760);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(14);
    layout->addWidget(column, 0, Qt::AlignLeft);

    auto* lockBox = new QGroupBox(tr("Locking"), column);
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
    columnLayout->addWidget(lockBox);

    m_message = new InlineMessage(column);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    columnLayout->addWidget(m_message);

    m_save = new QPushButton(tr("&Save"), column);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    columnLayout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
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
    m_idleMinutes->setValue(vault ? idleLockMinutes(*vault) : DefaultIdleMinutes);
    m_message->clearMessage();
    const bool editable = vault && vault->session().can(Permission::SettingsManage);
    m_idleMinutes->setEnabled(editable);
    m_save->setEnabled(editable);
}

void SettingsView::clear()
{
    load(nullptr);
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

} // namespace dpp::ui
