// InlineMessage: colours chosen to stay readable on light and dark palettes alike (WCAG AA).
#include "InlineMessage.h"

namespace dpp::ui {

InlineMessage::InlineMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void InlineMessage::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    const char* style = nullptr;
    switch (kind) {
    case Kind::Error:
        style = "QLabel { background: #fdecea; color: #8a1c14; border: 1px solid #e8a29c;"
                " border-radius: 4px; padding: 6px 8px; }";
        break;
    case Kind::Warning:
        style = "QLabel { background: #fff4e0; color: #6b4200; border: 1px solid #e8c07a;"
                " border-radius: 4px; padding: 6px 8px; }";
        break;
    case Kind::Info:
        style = "QLabel { background: #e8f1fb; color: #123c69; border: 1px solid #a9c6e8;"
                " border-radius: 4px; padding: 6px 8px; }";
        break;
    case Kind::Success:
        style = "QLabel { background: #e7f5ea; color: #1b5e20; border: 1px solid #9fd0a8;"
                " border-radius: 4px; padding: 6px 8px; }";
        break;
    }
    setStyleSheet(QString::fromLatin1(style));
    setText(text);
    setVisible(!text.isEmpty());
}

void InlineMessage::clearMessage()
{
    clear();
    setVisible(false);
}

} // namespace dpp::ui
