// NewPasswordFields: a new password typed twice, with the strength meter and the policy's verdict
// under the first field as the person types. The first start, a person's own password change, and
// the passwords an administrator sets for someone else (a new account's first one, a reset).
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
    //! The labels, the children's object names (for tests; empty: unnamed) and the texts that differ
    //! between the places (empty: the defaults).
    struct Options
    {
        // Each "= {}" keeps GCC from warning about the members a designated initializer leaves out.
        QString label = {};
        QString repeatLabel = {};
        QString passwordName = {};
        QString meterName = {};
        QString feedbackName = {};
        QString repeatName = {};
        QString repeatFeedbackName = {};
        //! Under the empty first field; default: the policy's rule.
        QString rule = {};
        //! What problem() says for an empty first field; default: "Choose a password."
        QString emptyProblem = {};
        //! What problem() says when the two differ; default: type it again in the second field.
        QString mismatchProblem = {};
    };

    //! Adds two rows to form.
    NewPasswordFields(QFormLayout* form, const Options& options);
    //! Adds two rows to form; children are named <prefix>PasswordEdit, <prefix>PasswordFeedback and
    //! <prefix>RepeatEdit.
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
    QString m_rule;
    QString m_emptyProblem;
    QString m_mismatchProblem;
    std::function<QString()> m_userName;
    std::function<QStringList()> m_words;
};

} // namespace dpp::ui
