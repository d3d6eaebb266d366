// SecondFactorField: see the header. The code is not a long-lived secret (it expires in 30
// seconds, a recovery code works once), but it still goes straight into a wiping buffer.
#include "SecondFactorField.h"

#include <QFontDatabase>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace dpp::ui {

SecondFactorField::SecondFactorField(const QString& namePrefix, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_switch(new QPushButton(this))
    , m_validator(new QRegularExpressionValidator(this))
{
    m_edit->setValidator(m_validator);
    m_edit->setObjectName(namePrefix + QStringLiteral("CodeEdit"));
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);
    m_edit->setDragEnabled(false);
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(mono.pointSizeF(), 10.0) * 1.4);
    m_edit->setFont(mono);
    m_switch->setObjectName(namePrefix + QStringLiteral("UseRecoveryButton"));
    m_switch->setFlat(true);
    m_switch->setCursor(Qt::PointingHandCursor);
    // A link in look, a button for the keyboard (Tab reaches it, Space presses it).
    m_switch->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline;"
                                           " border: none; padding: 2px 0px; text-align: left; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_switch, 0, Qt::AlignLeft);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::returnPressed, this, &SecondFactorField::returnPressed);
    connect(m_edit, &QLineEdit::textEdited, this, &SecondFactorField::textEdited);
    connect(m_switch, &QPushButton::clicked, this, [this] {
        setRecoveryMode(!m_recovery);
        m_edit->setFocus();
    });
    m_recovery = true; // so that the call below applies every setting
    setRecoveryMode(false);
}

void SecondFactorField::setRecoveryMode(bool recovery)
{
    const bool changed = recovery != m_recovery;
    m_recovery = recovery;
    m_edit->clear();
    // Digits and spaces ("123 456"); a recovery code is 10 letters and digits, shown "ABCDE-FGHJK".
    static const QRegularExpression totpForm(QStringLiteral("[0-9 ]{0,8}"));
    static const QRegularExpression recoveryForm(QStringLiteral("[A-Za-z0-9 -]{0,16}"));
    m_validator->setRegularExpression(recovery ? recoveryForm : totpForm);
    m_edit->setPlaceholderText(recovery ? tr("ABCDE-FGHJK") : tr("123456"));
    m_edit->setAccessibleName(recovery ? tr("Recovery code") : tr("Code from the authenticator app"));
    m_switch->setText(recovery ? tr("Use the authenticator &app instead")
                               : tr("Use a &recovery code instead"));
    if (changed)
        emit modeChanged(recovery);
}

bool SecondFactorField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool SecondFactorField::isComplete() const
{
    int characters = 0;
    for (QChar c : m_edit->text())
        if (c.isLetterOrNumber())
            ++characters;
    return characters == (m_recovery ? 10 : 6);
}

QString SecondFactorField::emptyMessage() const
{
    return m_recovery ? tr("Enter one of your recovery codes.")
                      : tr("Enter the 6-digit code from your authenticator app.");
}

SecondFactor SecondFactorField::take()
{
    SecondFactor factor = m_recovery ? SecondFactor::recoveryCode(SecureBytes::fromUtf8(m_edit->text()))
                                     : SecondFactor::totp(m_edit->text());
    m_edit->clear();
    return factor;
}

void SecondFactorField::clear()
{
    m_edit->clear();
}

} // namespace dpp::ui
