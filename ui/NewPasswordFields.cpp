// NewPasswordFields: see the header.
#include "NewPasswordFields.h"

#include "PageLayout.h"
#include "PasswordInput.h"
#include "PasswordStrengthMeter.h"
#include "auth/PasswordPolicy.h"
#include "auth/PasswordStrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dpp::ui {

NewPasswordFields::NewPasswordFields(QFormLayout* form, const QString& label, const QString& repeatLabel,
                                     const QString& namePrefix)
    : NewPasswordFields(form,
                        Options{.label = label,
                                .repeatLabel = repeatLabel,
                                .passwordName = namePrefix + QStringLiteral("PasswordEdit"),
                                .feedbackName = namePrefix + QStringLiteral("PasswordFeedback"),
                                .repeatName = namePrefix + QStringLiteral("RepeatEdit")})
{ }

NewPasswordFields::NewPasswordFields(QFormLayout* form, const Options& options)
    : QObject(form)
    , m_rule(options.rule)
    , m_emptyProblem(options.emptyProblem)
    , m_mismatchProblem(options.mismatchProblem)
{
    QWidget* parent = form->parentWidget();
    m_password = new QLineEdit(parent);
    m_password->setObjectName(options.passwordName);
    makePasswordField(m_password);
    m_meter = new PasswordStrengthMeter(parent);
    m_meter->setObjectName(options.meterName);
    m_feedback = makeHint(parent);
    m_feedback->setObjectName(options.feedbackName);
    addFieldRow(form, options.label, m_password, {m_meter, m_feedback});
    m_repeat = new QLineEdit(parent);
    m_repeat->setObjectName(options.repeatName);
    makePasswordField(m_repeat);
    m_repeatFeedback = makeHint(parent);
    m_repeatFeedback->setObjectName(options.repeatFeedbackName);
    addFieldRow(form, options.repeatLabel, m_repeat, {m_repeatFeedback});
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::updateRepeat);
    update();
}

void NewPasswordFields::setUserName(std::function<QString()> userName)
{
    m_userName = std::move(userName);
}

void NewPasswordFields::setUserWords(std::function<QStringList()> words)
{
    m_words = std::move(words);
}

void NewPasswordFields::update()
{
    updateFeedback();
    updateRepeat();
}

void NewPasswordFields::updateFeedback()
{
    const SecureBytes password = peekPassword(m_password);
    if (password.isEmpty()) {
        m_meter->setStrength(std::nullopt);
        setHint(m_feedback,
                !m_rule.isEmpty() ? m_rule
                                  : tr("At least 12 characters with three of: lower-case letters, capitals, "
                                       "digits, other characters."),
                HintState::Neutral);
        return;
    }
    const PasswordStrength strength
        = PasswordStrength::estimate(password, m_words ? m_words() : QStringList());
    m_meter->setStrength(strength);
    const auto policy = PasswordPolicy::check(password, m_userName ? m_userName() : QString());
    if (!policy)
        setHint(m_feedback, policy.error().message(), HintState::Error);
    else if (!strength.isAcceptable())
        setHint(m_feedback, PasswordStrength::poorAdvice(), HintState::Error);
    else
        setHint(m_feedback, tr("✓ The password meets the rules."), HintState::Good);
}

void NewPasswordFields::updateRepeat()
{
    if (m_repeat->text().isEmpty())
        setHint(m_repeatFeedback, QString(), HintState::Neutral);
    else if (peekPassword(m_repeat).equals(peekPassword(m_password)))
        setHint(m_repeatFeedback, tr("✓ The passwords match."), HintState::Good);
    else
        setHint(m_repeatFeedback, tr("The passwords do not match yet."), HintState::Neutral);
}

QString NewPasswordFields::problem()
{
    const SecureBytes password = peekPassword(m_password);
    if (password.isEmpty()) {
        m_password->setFocus();
        return !m_emptyProblem.isEmpty() ? m_emptyProblem : tr("Choose a password.");
    }
    const auto policy = PasswordPolicy::check(password, m_userName ? m_userName() : QString());
    if (!policy) {
        m_password->setFocus();
        m_password->selectAll();
        return policy.error().message();
    }
    if (!PasswordStrength::estimate(password, m_words ? m_words() : QStringList()).isAcceptable()) {
        m_password->setFocus();
        m_password->selectAll();
        return PasswordStrength::poorAdvice();
    }
    if (!password.equals(peekPassword(m_repeat))) {
        m_repeat->clear();
        m_repeat->setFocus();
        return !m_mismatchProblem.isEmpty()
            ? m_mismatchProblem
            : tr("The two passwords do not match. Type the password again in the second field.");
    }
    return {};
}

SecureBytes NewPasswordFields::take()
{
    m_repeat->clear();
    return takePassword(m_password);
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

} // namespace dpp::ui
