// RecoveryCodesPage: shows the 10 recovery codes once (after two-factor enrollment, or renewed from
// My account): each signs in once instead of a code from the app. Copy or save them as a text file;
// the person goes on only after confirming that they have stored them. The codes are wiped when
// the page is left.
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>
#include <QWidget>
#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace dpp::ui {

class InlineMessage;
class SecretLabel;

class RecoveryCodesPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Origin
    {
        Enrolled, //!< two-factor sign-in was just set up
        Renewed, //!< new codes replace the old ones
    };

    explicit RecoveryCodesPage(QWidget* parent = nullptr);
    ~RecoveryCodesPage() override;

    //! Shows codes for userName and keeps them until reset().
    void showCodes(std::vector<SecureBytes> codes, const QString& userName, Origin origin);
    //! Wipes the codes, takes them off the clipboard if Copy put them there, empties the page.
    void reset();
    bool hasCodes() const { return !m_codes.empty(); }

    //! The codes as text: one a line, with a heading (what Copy and Save write).
    QString codesText() const;
    //! Test hook: called instead of the file dialog, returns the path to save to (empty: cancel).
    void setSaveFileChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }

signals:
    void continued();

private:
    void copy();
    void save();

    std::vector<SecureBytes> m_codes;
    QString m_userName;
    std::function<QString()> m_chooser;
    QLabel* m_intro;
    SecretLabel* m_codesLabel;
    InlineMessage* m_message;
    QCheckBox* m_stored;
    QPushButton* m_continue;
};

} // namespace dpp::ui
