// SecretOnceBox: see the header.
#include "SecretOnceBox.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "SecretLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

SecretOnceBox::SecretOnceBox(const QString& heading, const QString& explanation,
                             const QString& accessibleName, const QString& storedText,
                             const QString& objectPrefix, InlineMessage* message, QWidget* parent)
    : QWidget(parent)
    , m_label(new SecretLabel(accessibleName, 1.3, 12, 20, this))
    , m_stored(new QCheckBox(storedText, this))
    , m_message(message)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeBoldParagraph(heading, this));
    layout->addWidget(makeParagraph(explanation, this));
    m_label->setObjectName(objectPrefix + QStringLiteral("Label"));
    layout->addWidget(m_label, 0, Qt::AlignHCenter);
    auto* copy = new QPushButton(tr("Co&py key"), this);
    copy->setObjectName(objectPrefix + QStringLiteral("CopyButton"));
    copy->setToolTip(
        tr("Copy the key to the clipboard, marked secret for clipboard managers. It is taken off "
           "again when this window closes."));
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(copy);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);
    m_stored->setObjectName(objectPrefix + QStringLiteral("StoredCheckBox"));
    layout->addWidget(m_stored);
    setTabOrder(copy, m_stored);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (m_copyText.isEmpty())
            return;
        m_label->copyToClipboard(m_copyText);
        m_message->showMessage(
            InlineMessage::Kind::Info,
            tr("The key is on the clipboard. It is taken off again when this window closes."));
    });
    connect(m_stored, &QCheckBox::toggled, this, [this](bool stored) {
        if (stored)
            m_message->clearMessage();
        emit storedChanged(stored);
    });
}

void SecretOnceBox::showSecret(const QString& shown, const QString& copied)
{
    m_label->showSecret(shown);
    m_copyText = copied;
}

bool SecretOnceBox::stored() const
{
    return m_stored->isChecked();
}

void SecretOnceBox::wipe()
{
    m_label->wipe();
    m_copyText.fill(QLatin1Char('\0'));
    m_copyText.clear();
}

} // namespace dpp::ui
