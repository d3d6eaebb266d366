// SecretLabel: a secret shown once (a recovery key, recovery codes, a two-factor setup key) in a
// boxed label in a large monospace font. It can be selected but has no context menu: its "Copy"
// would put the secret into a clipboard history that wipe() cannot reach. The page's own Copy marks
// its entry secret for clipboard managers, and wipe() takes it off while the clipboard still holds it.
#pragma once

#include <QLabel>

namespace dpp::ui {

class SecretLabel final : public QLabel
{
    Q_OBJECT

public:
    //! fontScale: of the system's fixed font (at least 10 pt); the padding is in pixels.
    SecretLabel(const QString& accessibleName, qreal fontScale, int verticalPadding, int horizontalPadding,
                QWidget* parent = nullptr);

    //! Shows text and keeps it until wipe().
    void showSecret(QString text);
    //! What showSecret() got; empty after wipe().
    const QString& secret() const { return m_shown; }
    //! Puts text on the clipboard, marked secret for clipboard managers; wipe() takes it off again.
    void copyToClipboard(QString text);
    //! Empties the label, takes the copied text off the clipboard if it is still there, and
    //! overwrites our copies of both (best effort: the label's text layout may keep copies).
    void wipe();

private:
    QString m_shown; //!< the text handed to the label
    QString m_copied; //!< what copyToClipboard() put on the clipboard
};

} // namespace dpp::ui
