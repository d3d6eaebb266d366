// TotpEnrollmentPage: sets up two-factor sign-in (issue 4, item 7): a fresh TOTP key from
// UserAccounts::beginTotpEnrollment shown as a QR code for the authenticator app and as a typed key
// in groups of four, then a code from the app to confirm it. The confirmation returns the 10
// recovery codes, which the window shows once on the RecoveryCodesPage. Shown at sign-in when the
// session is gated to enrollment, and from My account.
#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class InlineMessage;
class QrCodeWidget;
class SecretLabel;

class TotpEnrollmentPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Required, //!< the session's gate: the grace period is over
        Voluntary, //!< from My account or the grace banner, with Cancel
    };

    explicit TotpEnrollmentPage(QWidget* parent = nullptr);
    ~TotpEnrollmentPage() override;

    /*!
     * Starts an enrollment for vault's person and shows the key. False (and the core's message on
     * the page) when the core refused; StepUpRequired is the caller's to handle before.
     */
    bool start(Vault* vault, Mode mode);
    //! Wipes the key and the QR code, clears the clipboard if it still holds the key, forgets the vault.
    void reset();
    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }

    //! The typed key as shown ("ABCD EFGH ..."), for tests; empty when reset.
    QString shownKey() const;
    QrCodeWidget* qrCode() const { return m_qr; }

    //! The key in groups of four, on one line.
    static QString layoutKey(const SecureBytes& base32Key);

    //! After enrolled(): the recovery codes to show once, moved out once.
    std::vector<SecureBytes> takeRecoveryCodes();

protected:
    //! Escape is Cancel when there is one (not at a sign-in gate).
    void keyPressEvent(QKeyEvent* event) override;

signals:
    void enrolled();
    void cancelled();

private:
    void confirm();
    void copyKey();
    void setBusy(bool busy);

    Vault* m_vault = nullptr;
    Mode m_mode = Mode::Required;
    QLabel* m_intro;
    QrCodeWidget* m_qr;
    SecretLabel* m_keyLabel;
    QPushButton* m_copy;
    QLineEdit* m_code;
    InlineMessage* m_error;
    InlineMessage* m_copied;
    QWidget* m_busyRow;
    QPushButton* m_cancel;
    QPushButton* m_confirm;
    std::vector<SecureBytes> m_codes;
    bool m_busy = false;
};

} // namespace dpp::ui
