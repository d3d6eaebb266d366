// Banner: a full-width notice with an icon, wrapped text and an optional button, in the colours
// of InlineMessage: the grace period of two-factor sign-in, accounts waiting for the PII key, PII
// access turned off.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dpp::ui {

class Banner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Warning, //!< something to do soon
        Alert, //!< something that stops work (red)
    };

    //! buttonText empty: no button. Hidden until setText() gives it text.
    Banner(Kind kind, const QString& buttonText, QWidget* parent = nullptr);

    //! Shows text; an empty text hides the banner.
    void setText(const QString& text);
    QString text() const;
    QLabel* label() const { return m_text; }
    QPushButton* button() const { return m_button; }

signals:
    void buttonClicked();

private:
    QLabel* m_text;
    QPushButton* m_button = nullptr;
};

} // namespace dpp::ui
