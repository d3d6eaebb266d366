// SettingsView: the console's settings stored in the database: the idle lock time (settings.manage)
// and the PII kill switch (pii.kill-switch). Shown to sessions with either; each group only to the
// sessions the core would let change it.
#pragma once

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class InlineMessage;

class SettingsView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MinimumIdleMinutes = 1;
    static constexpr int MaximumIdleMinutes = 60;
    static constexpr int DefaultIdleMinutes = 5;
    static const char* const IdleLockKey; //!< "console.idle_lock_minutes"

    explicit SettingsView(QWidget* parent = nullptr);

    //! The idle lock minutes stored in vault, or the default; always within 1 to 60.
    static int idleLockMinutes(const Vault& vault);

    //! Shows the values stored in vault; changes are saved into it.
    void load(Vault* vault);
    //! Forgets the vault and the values shown, and closes any question (the console locked).
    void clear();

    //! The open "turn PII access off?" question (objectName "piiOffConfirmation"), null when none.
    QMessageBox* piiOffConfirmation() const;

signals:
    void idleLockMinutesChanged(int minutes);
    //! The kill switch was turned (the window shows or hides its banner).
    void piiAccessChanged();

private:
    void save();
    void showPiiAccess();
    void togglePiiAccess();
    void setPiiAccessOff(bool off);

    Vault* m_vault = nullptr;
    QGroupBox* m_lockBox;
    QSpinBox* m_idleMinutes;
    QPushButton* m_save;
    InlineMessage* m_message;
    QGroupBox* m_piiBox;
    QLabel* m_piiState;
    QPushButton* m_piiToggle;
    InlineMessage* m_piiMessage;
    bool m_piiOff = false;
    QPointer<QMessageBox> m_piiOffConfirmation;
};

} // namespace dpp::ui
