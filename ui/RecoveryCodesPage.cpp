// RecoveryCodesPage: see the header.
#include "RecoveryCodesPage.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "SecretLabel.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dpp::ui {

RecoveryCodesPage::RecoveryCodesPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryCodesPage"));
    QWidget* card = makeCenteredCard(this, 680);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);

    layout->addWidget(makeTitle(tr("Store your recovery codes"), card));
    m_intro = makeParagraph(QString(), card); // set by showCodes()
    m_intro->setObjectName(QStringLiteral("recoveryCodesIntro"));
    layout->addWidget(m_intro);
    layout->addWidget(
        makeBoldParagraph(tr("They are shown only this once. Write them down or save them in your password "
                             "manager, and keep them away from this computer."),
                          card));

    m_codesLabel = new SecretLabel(tr("Recovery codes"), 1.4, 14, 28, card);
    m_codesLabel->setObjectName(QStringLiteral("recoveryCodesLabel"));
    layout->addWidget(m_codesLabel, 0, Qt::AlignHCenter);

    auto* copy = new QPushButton(tr("Co&py"), card);
    copy->setObjectName(QStringLiteral("recoveryCodesCopyButton"));
    copy->setToolTip(tr("Copy the codes to the clipboard. They are taken off again when you continue."));
    auto* save = new QPushButton(tr("Save as &text file…"), card);
    save->setObjectName(QStringLiteral("recoveryCodesSaveButton"));
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addStretch(1);
    fileButtons->addWidget(copy);
    fileButtons->addWidget(save);
    fileButtons->addStretch(1);
    layout->addLayout(fileButtons);

    m_message = new InlineMessage(card);
    m_message->setObjectName(QStringLiteral("recoveryCodesMessage"));
    layout->addWidget(m_message);

    m_stored = new QCheckBox(tr("I have &stored the recovery codes in a safe place"), card);
    m_stored->setObjectName(QStringLiteral("codesStoredCheckBox"));
    layout->addWidget(m_stored);

    m_continue = new QPushButton(tr("C&ontinue"), card);
    m_continue->setObjectName(QStringLiteral("codesContinueButton"));
    m_continue->setEnabled(false);
    m_continue->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);
    setTabOrder(copy, save);
    setTabOrder(save, m_stored);
    setTabOrder(m_stored, m_continue);
    setFocusProxy(m_stored);

    connect(copy, &QPushButton::clicked, this, &RecoveryCodesPage::copy);
    connect(save, &QPushButton::clicked, this, &RecoveryCodesPage::save);
    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (!m_stored->isChecked())
            return;
        reset();
        emit continued();
    });
}

RecoveryCodesPage::~RecoveryCodesPage()
{
    reset();
}

void RecoveryCodesPage::showCodes(std::vector<SecureBytes> codes, const QString& userName, Origin origin)
{
    reset();
    m_codes = std::move(codes);
    m_userName = userName;
    m_intro->setText(
        origin == Origin::Enrolled
            ? tr("Two-factor sign-in is set up. If you lose your phone, each of these recovery "
                 "codes signs you in once instead of a code from the app.")
            : tr("New recovery codes have been issued; the previous ones no longer work. Each of "
                 "these codes signs you in once instead of a code from the app."));
    // Two columns of five: short enough to copy by hand without losing the place.
    QString shown;
    const std::size_t half = (m_codes.size() + 1) / 2;
    for (std::size_t row = 0; row < half; ++row) {
        if (row > 0)
            shown.append(QLatin1Char('\n'));
        shown.append(QString::number(row + 1).rightJustified(2) + QStringLiteral(". "));
        shown.append(QString::fromLatin1(m_codes[row].view()));
        if (row + half < m_codes.size()) {
            shown.append(QStringLiteral("     ") + QString::number(row + half + 1).rightJustified(2)
                         + QStringLiteral(". "));
            shown.append(QString::fromLatin1(m_codes[row + half].view()));
        }
    }
    m_codesLabel->showSecret(std::move(shown));
}

QString RecoveryCodesPage::codesText() const
{
    QString text = tr("DPP Console recovery codes for %1, issued %2")
                       .arg(m_userName, QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    text.append(QLatin1Char('\n'));
    text.append(tr("Each code signs you in once instead of a code from the authenticator app."));
    text.append(QStringLiteral("\n\n"));
    for (const SecureBytes& code : m_codes) {
        text.append(QString::fromLatin1(code.view()));
        text.append(QLatin1Char('\n'));
    }
    return text;
}

void RecoveryCodesPage::copy()
{
    if (m_codes.empty())
        return;
    m_codesLabel->copyToClipboard(codesText());
    m_message->showMessage(InlineMessage::Kind::Info,
                           tr("The codes are on the clipboard. They are taken off again when you continue."));
}

void RecoveryCodesPage::save()
{
    if (m_codes.empty())
        return;
    QString path;
    if (m_chooser) {
        path = m_chooser();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this, tr("Save recovery codes"),
            QDir(folder).filePath(tr("dpp-console-recovery-codes-%1.txt").arg(m_userName)),
            tr("Text files (*.txt)"));
    }
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QByteArray bytes = codesText().toUtf8();
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.commit();
    bytes.fill('\0');
    if (!written) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("The codes could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Success,
                           tr("Saved to %1. Move the file somewhere safe, away from this computer.")
                               .arg(QDir::toNativeSeparators(path)));
}

void RecoveryCodesPage::reset()
{
    m_codesLabel->wipe();
    m_codes.clear();
    m_userName.clear();
    m_message->clearMessage();
    m_stored->setChecked(false);
    m_continue->setEnabled(false);
}

} // namespace dpp::ui
