// TotpEnrollmentPage: see the header.
#include "TotpEnrollmentPage.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "QrCodeWidget.h"
#include "SecretLabel.h"
#include "VaultJob.h"
#include "auth/QrCode.h"
#include "vault/UserAccounts.h"
#include "vault/Vault.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace dpp::ui {

TotpEnrollmentPage::TotpEnrollmentPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("totpEnrollmentPage"));
    QWidget* card = makeCenteredCard(this, 880);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    layout->addWidget(makeTitle(tr("Set up two-factor sign-in"), card));
    m_intro = makeParagraph(QString(), card); // set by start()
    m_intro->setObjectName(QStringLiteral("totpEnrollmentIntro"));
    layout->addWidget(m_intro);

    // The code on the left, the steps beside it: the page fits a laptop screen without scrolling.
    auto* row = new QHBoxLayout;
    row->setSpacing(24);
    m_qr = new QrCodeWidget(card);
    m_qr->setObjectName(QStringLiteral("totpQrCode"));
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    row->addWidget(m_qr, 0, Qt::AlignTop);
    auto* steps = new QVBoxLayout;
    steps->setSpacing(10);
    steps->addWidget(
        makeBoldParagraph(tr("1. Scan the QR code with the authenticator app on your phone."), card));
    steps->addWidget(makeParagraph(tr("Cannot scan it? Choose “Enter a setup key” in the app, use the "
                                      "time-based type, and type this key:"),
                                   card));
    m_keyLabel = new SecretLabel(tr("Setup key"), 1.15, 8, 12, card);
    m_keyLabel->setObjectName(QStringLiteral("totpKeyLabel"));
    steps->addWidget(m_keyLabel, 0, Qt::AlignLeft);
    m_copy = new QPushButton(tr("Co&py key"), card);
    m_copy->setObjectName(QStringLiteral("totpCopyKeyButton"));
    m_copy->setToolTip(tr("Copy the key to the clipboard. It is taken off again when you leave this page."));
    steps->addWidget(m_copy, 0, Qt::AlignLeft);
    m_copied = new InlineMessage(card);
    m_copied->setObjectName(QStringLiteral("totpCopiedMessage"));
    steps->addWidget(m_copied);
    steps->addSpacing(8);

    auto* confirmStep
        = makeBoldParagraph(tr("2. Enter the 6-digit code the app now shows for DPP Console."), card);
    steps->addWidget(confirmStep);
    auto* codeRow = new QHBoxLayout;
    auto* codeLabel = new QLabel(tr("&Code:"), card);
    m_code = new QLineEdit(card);
    m_code->setObjectName(QStringLiteral("totpConfirmCodeEdit"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,8}")), m_code));
    m_code->setPlaceholderText(tr("123456"));
    m_code->setContextMenuPolicy(Qt::NoContextMenu);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(std::max(codeFont.pointSizeF(), 10.0) * 1.4);
    m_code->setFont(codeFont);
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 24);
    codeLabel->setBuddy(m_code);
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_code);
    codeRow->addStretch(1);
    steps->addLayout(codeRow);
    steps->addStretch(1);
    row->addLayout(steps, 1);
    layout->addLayout(row);

    m_error = new InlineMessage(card);
    m_error->setObjectName(QStringLiteral("totpEnrollmentError"));
    layout->addWidget(m_error);
    m_busyRow = makeBusyRow(tr("Confirming and making your recovery codes…"), card);
    layout->addWidget(m_busyRow);

    m_cancel = new QPushButton(tr("Cancel"), card);
    m_cancel->setObjectName(QStringLiteral("totpCancelButton"));
    m_confirm = new QPushButton(tr("Con&firm"), card);
    m_confirm->setObjectName(QStringLiteral("totpConfirmButton"));
    m_confirm->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);

    setTabOrder(m_code, m_confirm);
    setTabOrder(m_confirm, m_cancel);
    setTabOrder(m_cancel, m_copy);
    setFocusProxy(m_code);

    connect(m_copy, &QPushButton::clicked, this, &TotpEnrollmentPage::copyKey);
    connect(m_code, &QLineEdit::returnPressed, this, &TotpEnrollmentPage::confirm);
    connect(m_code, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
    connect(m_confirm, &QPushButton::clicked, this, &TotpEnrollmentPage::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy || m_mode != Mode::Voluntary)
            return;
        reset();
        emit cancelled();
    });
}

TotpEnrollmentPage::~TotpEnrollmentPage()
{
    reset();
}

QString TotpEnrollmentPage::layoutKey(const SecureBytes& base32Key)
{
    // 32 characters for a 160-bit key: eight groups on one line, as apps show it back.
    QString text;
    text.reserve(static_cast<qsizetype>(base32Key.size() + base32Key.size() / 4 + 2));
    for (std::size_t i = 0; i < base32Key.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            text.append(QLatin1Char(' '));
        text.append(QLatin1Char(base32Key.chars()[i]));
    }
    return text;
}

bool TotpEnrollmentPage::start(Vault* vault, Mode mode)
{
    reset();
    m_vault = vault;
    m_mode = mode;
    m_cancel->setVisible(mode == Mode::Voluntary);
    // Only someone replacing a working authenticator is told that the old one stops working.
    const Result<UserRecord> me = vault->users().find(vault->session().name());
    const bool replacing = me && me->secondFactorEnrolled;
    m_intro->setText(mode == Mode::Required
                         ? tr("From now on you sign in with your password and a code from an authenticator "
                              "app on your phone (for example FreeOTP, Aegis, Google or Microsoft "
                              "Authenticator). Set it up to continue.")
                         : replacing
                         ? tr("You will sign in with your password and a code from an authenticator app on "
                              "your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator). "
                              "A second factor you set up before stops working once you confirm this one.")
                         : tr("You will sign in with your password and a code from an authenticator app on "
                              "your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator)."));
    Result<TotpEnrollment> enrollment = vault->users().beginTotpEnrollment();
    if (!enrollment) {
        m_error->showMessage(InlineMessage::Kind::Error, enrollment.error().message());
        m_confirm->setEnabled(false);
        m_code->setEnabled(false);
        m_copy->setEnabled(false);
        return false;
    }
    Result<QrCode> qr = QrCode::encode(enrollment->otpauthUri);
    if (qr)
        m_qr->setCode(qr.value());
    else
        m_error->showMessage(
            InlineMessage::Kind::Warning,
            tr("The QR code could not be drawn (%1). Type the key below into the app instead.")
                .arg(qr.error().message()));
    m_keyLabel->showSecret(layoutKey(enrollment->base32Key));
    m_confirm->setEnabled(true);
    m_code->setEnabled(true);
    m_copy->setEnabled(true);
    return true;
}

QString TotpEnrollmentPage::shownKey() const
{
    return m_keyLabel->text();
}

void TotpEnrollmentPage::copyKey()
{
    if (m_keyLabel->secret().isEmpty())
        return;
    QString plain = m_keyLabel->secret();
    plain.remove(QLatin1Char(' '));
    m_keyLabel->copyToClipboard(std::move(plain));
    m_copied->showMessage(InlineMessage::Kind::Info,
                          tr("The key is on the clipboard. It is taken off again when you leave this page."));
}

void TotpEnrollmentPage::reset()
{
    m_keyLabel->wipe();
    m_qr->clear();
    m_codes.clear();
    m_vault = nullptr;
    m_code->clear();
    m_error->clearMessage();
    m_copied->clearMessage();
    setBusy(false);
}

std::vector<SecureBytes> TotpEnrollmentPage::takeRecoveryCodes()
{
    return std::exchange(m_codes, {});
}

void TotpEnrollmentPage::setBusy(bool busy)
{
    m_busy = busy;
    m_code->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_busyRow->setVisible(busy);
}

void TotpEnrollmentPage::confirm()
{
    if (m_busy || !m_vault)
        return;
    m_error->clearMessage();
    QString code = m_code->text();
    code.remove(QLatin1Char(' '));
    if (code.size() != 6) {
        m_error->showMessage(InlineMessage::Kind::Error,
                             tr("Enter the 6-digit code that the app shows for DPP Console."));
        m_code->setFocus();
        return;
    }
    m_code->clear();
    setBusy(true);
    runVaultJob(
        this, [vault = m_vault, code]() { return vault->users().confirmTotpEnrollment(code); },
        [this](Result<std::vector<SecureBytes>> result) {
            setBusy(false);
            if (!result) {
                m_error->showMessage(InlineMessage::Kind::Error, result.error().message());
                m_code->setFocus();
                return;
            }
            std::vector<SecureBytes> codes = std::move(result).value();
            reset();
            m_codes = std::move(codes);
            emit enrolled();
        });
}

void TotpEnrollmentPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_mode == Mode::Voluntary && !m_busy) {
        m_cancel->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dpp::ui
