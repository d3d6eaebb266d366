// NewPasswordFields: a new password typed twice, with the strength meter and the policy's verdict
// under the first field as the person types (as on the first-start page). For the passwords an
// administrator sets for someone else: a new account's first one, a reset.
#pragma once

#include "crypto/SecureBytes.h"

#include <QObject>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace dpp::ui {

class PasswordStrengthMeter;

class NewPasswordFields final : public QObject
{
    Q_OBJECT

public:
    //! Adds two rows to form; children are named <prefix>PasswordEdit and <prefix>RepeatEdit.
    NewPasswordFields(QFormLayout* form, const QString& label, const QString& repeatLabel,
                      const QString& namePrefix);

    //! The user name the password must not contain, read at every check.
    void setUserName(std::function<QString()> userName);
    //! Words that make a password easy to guess for this account (names), read at every check.
    void setUserWords(std::function<QStringList()> words);

    //! Empty when both fields hold the same password that meets the policy and is not easy to
    //! guess; else what is wrong (and the focus goes to the field to fix).
    QString problem();
    //! The password, taken out of both fields.
    SecureBytes take();
    void clear();
    //! Re-evaluates the hints (after the user name changed).
    void update();

    QLineEdit* password() const { return m_password; }
    QLineEdit* repeat() const { return m_repeat; }

private:
    void updateFeedback();
    void updateRepeat();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    PasswordStrengthMeter* m_meter;
    QLabel* m_feedback;
    QLabel* m_repeatFeedback;
    std::function<QString()> m_userName;
    std::function<QStringList()> m_words;
};

} // namespace dpp::ui
