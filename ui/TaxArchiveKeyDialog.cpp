// TaxArchiveKeyDialog: see the header.
#include "TaxArchiveKeyDialog.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "SecretOnceBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

TaxArchiveKeyDialog::TaxArchiveKeyDialog(SecureBytes key, const QString& fingerprint, QWidget* parent)
    : QDialog(parent)
    , m_key(std::move(key))
    , m_message(new InlineMessage(this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("taxArchiveKeyDialog"));
    setWindowTitle(tr("Tax archive key"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(12);
    m_message->setObjectName(QStringLiteral("taxArchiveKeyMessage"));
    const QString text = QString::fromLatin1(m_key.chars(), static_cast<qsizetype>(m_key.size()));
    m_box = new SecretOnceBox(
        tr("Tax archive key: shown only this once"),
        tr("The invoice fields of orders on tax hold are sealed to this key before their buyer data is "
           "purged. "
           "DPP Console keeps only its public half (fingerprint %1): it can write tax archives but never "
           "read "
           "them. Store the key offline, for example on paper in a safe, for as long as the tax office may "
           "ask "
           "for the records; without it no archive can be opened. It opens archives with dppctl tax-archive "
           "open.")
            .arg(fingerprint),
        tr("Tax archive key"), tr("I have &stored the key offline"), QStringLiteral("taxArchiveKey"),
        m_message, this);
    // Four groups a line, as on the recovery key page: easier to copy onto paper.
    QString shown = text;
    for (qsizetype at = 19; at < shown.size(); at += 20)
        shown[at] = QLatin1Char('\n');
    m_box->showSecret(shown, text);
    layout->addWidget(m_box);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close->setObjectName(QStringLiteral("taxArchiveKeyCloseButton"));
    m_close->setDefault(true);
    m_close->setEnabled(false);
    m_close->setToolTip(tr("First confirm that you stored the key: it cannot be shown again."));
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_box, &SecretOnceBox::storedChanged, this, [this](bool stored) {
        m_close->setEnabled(stored);
        m_close->setToolTip(stored ? QString()
                                   : tr("First confirm that you stored the key: it cannot be shown again."));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    setTabOrder(m_box->storedCheckBox(), m_close);
    m_box->storedCheckBox()->setFocus();
}

TaxArchiveKeyDialog::~TaxArchiveKeyDialog()
{
    wipe();
}

void TaxArchiveKeyDialog::reject()
{
    if (!m_box->stored()) {
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("Store the key first and tick the box: it cannot be shown again."));
        return;
    }
    QDialog::reject();
}

void TaxArchiveKeyDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

void TaxArchiveKeyDialog::wipe()
{
    m_box->wipe();
    m_key.clear();
}

} // namespace dpp::ui
