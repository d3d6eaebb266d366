// PasswordStrengthMeter: a bar and a word for zxcvbn's estimate of a new password (see
// app/auth/PasswordStrength.h), updated as the person types.
#pragma once

#include "auth/PasswordStrength.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;

namespace dpp::ui {

class PasswordStrengthMeter final : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    //! Shows the estimate, or an empty meter for an empty field.
    void setStrength(const std::optional<PasswordStrength>& strength);
    std::optional<PasswordStrength::Level> level() const { return m_level; }
    QString text() const;

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    std::optional<PasswordStrength::Level> m_level;
};

} // namespace dpp::ui
