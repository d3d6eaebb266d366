// PasswordInput: see the header.
#include "PasswordInput.h"

#include <QLineEdit>

namespace dpp::ui {

void makePasswordField(QLineEdit* edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setDragEnabled(false);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                              | Qt::ImhNoAutoUppercase);
}

SecureBytes takePassword(QLineEdit* edit)
{
    SecureBytes bytes = SecureBytes::fromUtf8(edit->text());
    edit->clear();
    return bytes;
}

SecureBytes peekPassword(const QLineEdit* edit)
{
    return SecureBytes::fromUtf8(edit->text());
}

} // namespace dpp::ui
