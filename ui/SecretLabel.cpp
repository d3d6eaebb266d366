// SecretLabel: see the header.
#include "SecretLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <algorithm>

namespace dpp::ui {

SecretLabel::SecretLabel(const QString& accessibleName, qreal fontScale, int verticalPadding,
                         int horizontalPadding, QWidget* parent)
    : QLabel(parent)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(mono.pointSizeF(), 10.0) * fontScale);
    mono.setBold(true);
    setFont(mono);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setContextMenuPolicy(Qt::NoContextMenu);
    setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                                 "palette(mid); border-radius: 6px; padding: %1px %2px; }")
                      .arg(verticalPadding)
                      .arg(horizontalPadding));
    setAccessibleName(accessibleName);
}

void SecretLabel::showSecret(QString text)
{
    m_shown = std::move(text);
    setText(m_shown);
}

void SecretLabel::copyToClipboard(QString text)
{
    m_copied = std::move(text);
    QApplication::clipboard()->setText(m_copied);
}

void SecretLabel::wipe()
{
    clear();
    // The label has let go of its copy; ours is now unshared, so this overwrites it in place.
    m_shown.fill(QLatin1Char('0'));
    m_shown.clear();
    if (!m_copied.isEmpty()) {
        QClipboard* clipboard = QApplication::clipboard();
        if (clipboard->text() == m_copied)
            clipboard->clear();
    }
    m_copied.fill(QLatin1Char('0'));
    m_copied.clear();
}

} // namespace dpp::ui
