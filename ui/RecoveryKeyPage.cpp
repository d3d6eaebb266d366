// RecoveryKeyPage: see the header.
#include "RecoveryKeyPage.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "SecretLabel.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryKeyPage"));
    QWidget* card = makeCenteredCard(this, 720);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);

    layout->addWidget(makeTitle(tr("Store your recovery key"), card));
    m_intro = makeParagraph(QString(), card); // set by showKey()
    m_intro->setObjectName(QStringLiteral("recoveryKeyIntro"));
    layout->addWidget(m_intro);
    // No "or print it": the console has no print function, and a print spool is one more copy.
    layout->addWidget(
        makeBoldParagraph(tr("It is shown only this once and is not stored on this computer. Write it "
                             "down and keep it in a safe place, away from this computer."),
                          card));

    m_keyLabel = new SecretLabel(tr("Recovery key"), 1.6, 14, 24, card);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_keyLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // A box just around the key, centred; its lines stay aligned on the left.
    layout->addWidget(m_keyLabel, 0, Qt::AlignHCenter);

    m_stored = new QCheckBox(tr("I have &stored the recovery key in a safe place"), card);
    m_stored->setObjectName(QStringLiteral("storedCheckBox"));
    layout->addWidget(m_stored);

    m_error = new InlineMessage(card);
    m_error->setObjectName(QStringLiteral("recoveryKeyError"));
    layout->addWidget(m_error);

    m_continue = new QPushButton(tr("C&ontinue"), card);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setEnabled(false);
    m_continue->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);
    setFocusProxy(m_stored);

    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &RecoveryKeyPage::confirmStored);
}

RecoveryKeyPage::~RecoveryKeyPage()
{
    m_keyLabel->wipe();
}

QString RecoveryKeyPage::layoutKey(const SecureBytes& key)
{
    // "AAAA-BBBB-…" in lines of five groups; the dashes at the line ends become line breaks.
    // Parsing ignores dashes and white space, so the key reads back the same either way.
    QString text;
    text.reserve(static_cast<qsizetype>(key.size()) + 8);
    int groups = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key.chars()[i];
        if (c == '-') {
            ++groups;
            text.append(groups % 5 == 0 ? QLatin1Char('\n') : QLatin1Char('-'));
        } else {
            text.append(QLatin1Char(c));
        }
    }
    return text;
}

void RecoveryKeyPage::showKey(SecureBytes key, Vault* vault, Origin origin)
{
    m_keyLabel->wipe();
    m_error->clearMessage();
    m_intro->setText(origin == Origin::Created
                         ? tr("The database has been created. Below is its recovery key. It opens the "
                              "database if every password is lost, so anyone who holds it can read all "
                              "the data.")
                         : tr("A new recovery key has been issued; the previous one no longer opens the "
                              "database. Below is the new key. It opens the database if every password "
                              "is lost, so anyone who holds it can read all the data."));
    m_vault = vault;
    m_key = std::move(key);
    m_keyLabel->showSecret(layoutKey(m_key));
    m_stored->setChecked(false);
    m_continue->setEnabled(false);
}

void RecoveryKeyPage::confirmStored()
{
    if (!m_vault || !m_stored->isChecked())
        return;
    // Recorded before the key is wiped: when it fails the person still has the key in front of them.
    const Result<void> confirmed = m_vault->confirmRecoveryKeyStored();
    if (!confirmed) {
        m_error->showMessage(InlineMessage::Kind::Error, confirmed.error().message());
        return;
    }
    reset();
    emit continued();
}

void RecoveryKeyPage::reset()
{
    m_keyLabel->wipe();
    m_key.clear();
    m_vault = nullptr;
    m_error->clearMessage();
    m_stored->setChecked(false);
    m_continue->setEnabled(false);
}

} // namespace dpp::ui
