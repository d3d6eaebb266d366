// RestoreDialog: "Restore to another file…" in the Backups view (issue 6, item 6): a restore drill,
// proving that a backup can be restored, while the database stays open. The restore form with a
// target to choose; while the view's vault job runs the dialog is busy and cannot be closed; then
// it shows the outcome in place of the form: what was purged again, the certificates, the
// warnings, and how to open the restored database (it is not opened here).
#pragma once

#include "backup/Backups.h"

#include <QDialog>
#include <QUrl>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace dpp::ui {

class InlineMessage;
class RestoreForm;

class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString& userName, QWidget* parent = nullptr);

    RestoreForm* form() const { return m_form; }
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    //! Replaces the form by what the restore did.
    void showOutcome(const RestoreOutcome& outcome);
    bool showsOutcome() const { return m_showsOutcome; }

    //! What a restore did, as sentences: the backup, purged again, purged as due, the certificates.
    static QStringList outcomeLines(const RestoreOutcome& outcome);
    //! What a restore left to look at: orders on tax hold left, unreadable ledger lines, the old audit head.
    static QStringList outcomeWarnings(const RestoreOutcome& outcome);

    //! Test hook: called instead of QDesktopServices::openUrl ("Show in folder").
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_urlOpener = std::move(opener); }

signals:
    //! Restore was pressed and the form's checks passed: the view runs the restore.
    void submitted();

public slots:
    void reject() override;

private:
    void submit();

    RestoreForm* m_form;
    QWidget* m_outcome;
    InlineMessage* m_outcomeTitle;
    QLabel* m_outcomeText;
    InlineMessage* m_warnings;
    QLineEdit* m_targetPath;
    QLineEdit* m_openCommand;
    QPushButton* m_showFolder;
    QPushButton* m_restore;
    QPushButton* m_close;
    bool m_busy = false;
    bool m_showsOutcome = false;
    std::function<bool(const QUrl&)> m_urlOpener;
};

} // namespace dpp::ui
