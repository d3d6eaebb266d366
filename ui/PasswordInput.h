// PasswordInput: the one way a typed password leaves a widget: into a wiping buffer, with the
// field cleared at once, so no password lingers in a QLineEdit or a member.
#pragma once

#include "crypto/SecureBytes.h"

class QLineEdit;

namespace dpp::ui {

//! Makes edit a password field: hidden echo, no completion, no drag, no context menu copy.
void makePasswordField(QLineEdit* edit);

//! The field's text as UTF-8 in a wiping buffer; the field is cleared.
SecureBytes takePassword(QLineEdit* edit);

//! The field's text as UTF-8 in a wiping buffer, for live feedback; the field keeps its text.
SecureBytes peekPassword(const QLineEdit* edit);

} // namespace dpp::ui
