// OverviewView: what the open database is and who is signed in (Vault::status()): file, SQLCipher
// and schema versions, cipher settings, key slots, the session's roles, failed unlocks recorded.
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class InlineMessage;
class KeySlotModel;

class OverviewView final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget* parent = nullptr);

    //! Reads the status of vault and shows it.
    void refresh(const Vault& vault);
    //! Forgets everything shown (the console locked).
    void clear();

    KeySlotModel* keySlotModel() const { return m_slots; }

private:
    QLabel* addValue(QFormLayout* form, const QString& label, const QString& objectName);

    InlineMessage* m_error;
    QLabel* m_user;
    QLabel* m_roles;
    QLabel* m_piiKey;
    QLabel* m_path;
    QLabel* m_databaseId;
    QLabel* m_cipherVersion;
    QLabel* m_schemaVersion;
    QLabel* m_pageSize;
    QLabel* m_cipherSettings;
    QLabel* m_keysGeneration;
    QLabel* m_failedUnlocks;
    KeySlotModel* m_slots;
    QTableView* m_slotTable;
};

} // namespace dpp::ui
