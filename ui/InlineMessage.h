// InlineMessage: the styled label that shows an error, warning or confirmation in place, next to
// the form it concerns (DESIGN: errors inline, not in a pop-up chain).
#pragma once

#include <QLabel>

namespace dpp::ui {

class InlineMessage final : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Info,
        Success,
    };

    explicit InlineMessage(QWidget* parent = nullptr);

    //! Shows text in the colours of kind; an empty text hides the message.
    void showMessage(Kind kind, const QString& text);
    void clearMessage();

    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};

} // namespace dpp::ui
