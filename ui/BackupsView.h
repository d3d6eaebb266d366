// BackupsView: the encrypted backups of the open database (issue 6, item 6), for backup.run.
// Every backup made, newest first, with until when it is kept and its state in words and colours.
// "Back up now…" chooses a folder and the days to keep it, asks for step-up and writes the backup
// as a vault job with progress (cancel leaves no file), then says where it went. "Destroy now…"
// confirms, asks for step-up and destroys a backup before it expires; a file that is not at its
// path (a drive not connected) is said so, and can be recorded as gone after a second
// confirmation. Expired backups are destroyed when the view is shown and once after every unlock.
// "Restore to another file…" is the restore drill: the backup restored to a new file, not opened.
#pragma once

#include "InlineMessage.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace dpp {
class Vault;
struct BackupRecord;
} // namespace dpp

namespace dpp::ui {

class BackupListModel;

class BackupsView final : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsView(QWidget* parent = nullptr);

    //! Shows the backups of vault (owned by the window), then destroys the expired ones.
    void load(Vault* vault);
    //! Destroys the expired backups of vault without showing the view (after an unlock); the
    //! result waits in the view's message and is also emitted as expiryReported().
    void expireAtUnlock(Vault* vault);
    //! Forgets the vault and everything shown, and closes dialogs (the console locked).
    void clear();
    //! Reads the backups again, keeping the selection.
    void refresh();

    BackupListModel* model() const { return m_model; }
    //! Selects the backup with id; false when it is not listed.
    bool selectBackup(qint64 id);
    //! The selected backup's id, or 0.
    qint64 selectedId() const;

    //! Opens "Back up now…".
    void backUpNow();
    //! Starts destroying the selected backup (as "Destroy now…"): the confirmation first.
    void destroySelected();
    //! Starts recording the selected backup as gone (offered after its file was not found).
    void recordSelectedAsGone();
    //! Opens "Restore to another file…".
    void restoreToAnotherFile();

    //! Test hook: called instead of QDesktopServices::openUrl.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_urlOpener = std::move(opener); }
    //! Test hook: the Back up dialog's folder chooser (instead of the file dialog).
    void setFolderChooser(std::function<QString()> chooser) { m_folderChooser = std::move(chooser); }

signals:
    //! Expired backups were destroyed, or could not be: text says what (for the status bar).
    void expiryReported(const QString& text);

private:
    void expireNow();
    void expireWhenIdle(quint64 generation);
    void updateButtons();
    void updateSummary();
    void showMessage(InlineMessage::Kind kind, const QString& text);
    void showResult(const BackupRecord& backup);
    void startBackup(QWidget* dialog, const QString& folder, int days);
    void destroy(qint64 id, bool fileGone);
    void open(const QUrl& url);

    Vault* m_vault = nullptr;
    quint64 m_generation = 0; //!< bumped by clear(): an expiry queued for one vault never runs on the next
    BackupListModel* m_model;
    InlineMessage* m_expiryMessage;
    InlineMessage* m_message;
    QWidget* m_result;
    QLabel* m_resultText;
    QPushButton* m_showFolder;
    QPushButton* m_dismiss;
    QString m_resultPath;
    QLabel* m_summary;
    QPushButton* m_backUp;
    QPushButton* m_destroy;
    QPushButton* m_recordGone;
    QPushButton* m_restore;
    QTableView* m_table;
    int m_expiredDestroyed = 0; //!< expired backups destroyed since the vault was shown
    qint64 m_goneCandidate = 0; //!< the backup whose file was not found at the last destroy
    std::function<bool(const QUrl&)> m_urlOpener;
    std::function<QString()> m_folderChooser;
};

} // namespace dpp::ui
