// AlarmsView: the open alarms for roles with audit.read or alarms.acknowledge (issue 3, item 4):
// the list, newest first, the selected alarm's details and, with alarms.acknowledge, a required
// note and "Acknowledge".
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class AlarmModel;
class InlineMessage;

class AlarmsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AlarmsView(QWidget* parent = nullptr);

    //! Shows the open alarms of vault (owned by the window) for its session.
    void load(Vault* vault);
    //! Forgets the vault, the alarms and any note typed (the console locked).
    void clear();

    AlarmModel* model() const { return m_model; }

signals:
    //! An alarm was acknowledged: the open count changed.
    void acknowledged();

private:
    void showSelected();
    void acknowledge();
    qint64 selectedId() const;

    Vault* m_vault = nullptr;
    InlineMessage* m_message;
    QLabel* m_count;
    QTableView* m_table;
    AlarmModel* m_model;
    QWidget* m_details;
    QLabel* m_detailsTitle;
    QLabel* m_detailsText;
    QLabel* m_placeholder;
    QWidget* m_acknowledgeBox;
    QPlainTextEdit* m_note;
    InlineMessage* m_noteError;
    QPushButton* m_acknowledge;
};

} // namespace dpp::ui
