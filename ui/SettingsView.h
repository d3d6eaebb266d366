// SettingsView: the console's settings stored in the database; for now the idle lock time.
// Shown only to sessions with settings.manage (the core refuses setSetting to the others).
#pragma once

#include <QWidget>

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
    //! Forgets the vault and the values shown (the console locked).
    void clear();

signals:
    void idleLockMinutesChanged(int minutes);

private:
    void save();

    Vault* m_vault = nullptr;
    QSpinBox* m_idleMinutes;
    QPushButton* m_save;
    InlineMessage* m_message;
};

} // namespace dpp::ui
