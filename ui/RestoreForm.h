// RestoreForm: the fields of a restore from a backup (issue 6, item 6), shared by the first start
// (no database yet: the restore makes it) and the Backups view's restore drill (to another file):
// the backup file, what its header says (made, by, until when it is kept, how many orders) read
// without any key before a password is asked for, the database file to make when it is to be
// chosen, and the person's user name, password and code as they were in the backup. The form only
// collects and checks; its owner runs Backups::restore and hands errors back with showError().
#pragma once

#include "backup/Backups.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dpp::ui {

class CapsLockWatcher;
class InlineMessage;
class SecondFactorField;

class RestoreForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Target
    {
        Fixed, //!< the database to make is given (setFixedTarget); the first start's
        Chosen, //!< the person chooses a file that does not exist yet (a restore drill)
    };

    explicit RestoreForm(Target target, QWidget* parent = nullptr);
    ~RestoreForm() override;

    void setFixedTarget(const QString& database);
    //! Empties every field (the user name set to userName), the error and the busy state.
    void reset(const QString& userName = QString());

    //! Checks what can be checked without a key; shows the problem inline and returns false.
    bool validate();
    /*!
     * The request from the fields, after validate(): the password and the code are taken into
     * wiping buffers and their fields cleared. The owner adds ledgers when it has any.
     */
    RestoreRequest takeRequest();

    //! The core's answer to a restore, next to the fields; the focus goes where to type again.
    void showError(const Error& error);
    void clearError();
    //! Disables the fields and shows text beside a busy bar (empty text: not busy).
    void setBusy(const QString& text);
    bool isBusy() const { return m_busy; }

    //! The header of the chosen backup file, when it could be read.
    const std::optional<BackupHeader>& header() const { return m_header; }
    QString backupPath() const;
    QString target() const;

    //! Test hooks: called instead of the file dialogs; return the chosen path (empty: cancelled).
    void setBackupChooser(std::function<QString()> chooser) { m_backupChooser = std::move(chooser); }
    void setTargetChooser(std::function<QString()> chooser) { m_targetChooser = std::move(chooser); }

    //! The header as a sentence: made when and by whom, from where, kept until, the orders.
    static QString describe(const BackupHeader& header, const QDateTime& now);

signals:
    //! Return was pressed in a field: the owner submits, as with its button.
    void submitRequested();

private:
    void chooseBackup();
    void chooseTarget();
    void readHeader();
    void updateTargetHint();

    Target m_targetKind;
    QString m_fixedTarget;
    QWidget* m_fields;
    QLineEdit* m_backup;
    QPushButton* m_browse;
    QLabel* m_summary;
    QLineEdit* m_target = nullptr;
    QPushButton* m_chooseTarget = nullptr;
    QLabel* m_targetHint = nullptr;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    SecondFactorField* m_code;
    QLabel* m_codeHint;
    InlineMessage* m_capsLock;
    CapsLockWatcher* m_capsWatcher;
    InlineMessage* m_error;
    QWidget* m_busyRow;
    bool m_busy = false;
    std::optional<BackupHeader> m_header;
    std::function<QString()> m_backupChooser;
    std::function<QString()> m_targetChooser;
};

} // namespace dpp::ui
