// ActionDialog: see the header.
#include "ActionDialog.h"

#include "InlineMessage.h"
#include "PageLayout.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace dpp::ui {

ActionDialog::ActionDialog(const QString& title, const QString& confirmText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    m_explanation = makeParagraph(QString(), this);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation);
    m_content = new QVBoxLayout;
    m_content->setSpacing(10);
    layout->addLayout(m_content);
    m_error = new InlineMessage(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    layout->addWidget(m_error);
    m_busyRow = makeBusyRow(tr("Working; this can take a few seconds…"), this);
    layout->addWidget(m_busyRow);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("dialogConfirmButton"));
    m_confirm->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("dialogCancelButton"));
    layout->addWidget(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &ActionDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &ActionDialog::reject);
}

void ActionDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (std::exchange(m_shown, true))
        return;
    // An error is about the last attempt: it goes as soon as the person changes anything.
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
    for (QAbstractButton* button :
         fields() ? fields()->findChildren<QAbstractButton*>() : QList<QAbstractButton*>())
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, m_error, &InlineMessage::clearMessage);
    growToFit();
}

bool ActionDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // An error or a hint that appears later needs room too, or the wrapped texts get squeezed.
    // Queued: resizing while the layout is being activated leaves its rows laid out for the old height.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        QMetaObject::invokeMethod(this, &ActionDialog::growToFit, Qt::QueuedConnection);
    return handled;
}

void ActionDialog::growToFit()
{
    // Wrapped text (the role meanings, the explanation) needs more height at the dialog's width than
    // its size hint assumed; QDialog does not ask its layout's height-for-width by itself.
    if (!layout() || !layout()->hasHeightForWidth())
        return;
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ActionDialog::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void ActionDialog::showError(const QString& message)
{
    m_error->showMessage(InlineMessage::Kind::Error, message);
}

void ActionDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (QWidget* widgets = fields())
        widgets->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_busyRow->setVisible(busy);
}

void ActionDialog::succeed()
{
    setBusy(false);
    accept();
}

void ActionDialog::reject()
{
    if (m_busy)
        return; // the core call is running on the vault; it ends in a moment
    QDialog::reject();
}

void ActionDialog::submit()
{
    if (m_busy)
        return;
    m_error->clearMessage();
    if (!validate())
        return;
    emit submitted();
}

} // namespace dpp::ui
