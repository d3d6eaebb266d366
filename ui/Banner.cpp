// Banner: see the header. The colours are InlineMessage's (WCAG AA on light and dark palettes).
#include "Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace dpp::ui {

Banner::Banner(Kind kind, const QString& buttonText, QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    // The style sheet names this class only, so that it does not reach the button inside (Qt
    // spells the namespace "::" as "--" in selectors).
    const bool alert = kind == Kind::Alert;
    setStyleSheet(
        alert ? QStringLiteral("dpp--ui--Banner { background: #fdecea; border: 1px solid #e8a29c;"
                               " border-radius: 4px; } dpp--ui--Banner > QLabel { color: #8a1c14;"
                               " font-weight: bold; }")
              : QStringLiteral("dpp--ui--Banner { background: #fff4e0; border: 1px solid #e8c07a;"
                               " border-radius: 4px; } dpp--ui--Banner > QLabel { color: #6b4200; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    icon->setPixmap(style()
                        ->standardIcon(alert ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
                        .pixmap(iconSize, iconSize));
    layout->addWidget(icon, 0, Qt::AlignVCenter);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    if (!buttonText.isEmpty()) {
        m_button = new QPushButton(buttonText, this);
        layout->addWidget(m_button, 0, Qt::AlignVCenter);
        connect(m_button, &QPushButton::clicked, this, &Banner::buttonClicked);
    }
    setVisible(false);
}

void Banner::setText(const QString& text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace dpp::ui
