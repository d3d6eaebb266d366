// RecoveryKeyPage: shows a recovery key once (of a new database, or a renewed one), and lets the
// person go on only after confirming that they have stored it; that confirmation is recorded in the
// database. The key buffer is wiped when the page is left.
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class InlineMessage;
class SecretLabel;

class RecoveryKeyPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);
    ~RecoveryKeyPage() override;

    //! Why the page shows a key: the first sentence differs.
    enum class Origin
    {
        Created, //!< Vault::create
        Renewed, //!< Vault::renewRecoveryKey
    };

    /*!
     * Shows key (the display form: 13 groups of 4) and keeps it until reset(). Continue records
     * the confirmation in vault (owned by the window), then emits continued().
     */
    void showKey(SecureBytes key, Vault* vault, Origin origin);
    //! Wipes the key, forgets the vault and empties the page.
    void reset();
    bool hasKey() const { return !m_key.isEmpty(); }

    //! The key as laid out on screen, in lines of groups.
    static QString layoutKey(const SecureBytes& key);

signals:
    void continued();

private:
    void confirmStored();

    SecureBytes m_key;
    Vault* m_vault = nullptr;
    QLabel* m_intro;
    SecretLabel* m_keyLabel;
    QCheckBox* m_stored;
    InlineMessage* m_error;
    QPushButton* m_continue;
};

} // namespace dpp::ui
