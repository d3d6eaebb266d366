// RecoveryKeyPage: shows the recovery key of a new database once, and lets the person go on only
// after confirming that they have stored it. The key buffer is wiped when the page is left.
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace dpp::ui {

class RecoveryKeyPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);
    ~RecoveryKeyPage() override;

    //! Shows key (the display form from Vault::create: 13 groups of 4) and keeps it until reset().
    void showKey(SecureBytes key);
    //! Wipes the key and empties the page.
    void reset();
    bool hasKey() const { return !m_key.isEmpty(); }

    //! The key as laid out on screen, in lines of groups.
    static QString layoutKey(const SecureBytes& key);

signals:
    void continued();

private:
    void wipeShownText();

    SecureBytes m_key;
    QString m_shown; //!< the text handed to the label, overwritten on reset (best effort: Qt copies)
    QLabel* m_keyLabel;
    QCheckBox* m_stored;
    QPushButton* m_continue;
};

} // namespace dpp::ui
