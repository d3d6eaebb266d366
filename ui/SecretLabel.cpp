// SecretLabel: see the header.
#include "SecretLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QMimeData>
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
    auto* mime = new QMimeData;
    mime->setText(m_copied);
    // KDE's Klipper, and the clipboard managers that follow it, keep entries with this hint out of
    // their history, where wipe() could not reach them (as OrdersView's Copy).
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(mime);
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
