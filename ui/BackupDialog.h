// BackupDialog: "Back up now…" in the Backups view (issue 6, item 6): the folder to write the
// backup to (the last one used is offered again) and how many days it is kept (1 to 30, default
// 30), with the advice that matters: another disk than the database's, and why a backup is kept
// no longer than the DPP keeps buyer data. Only collects and checks; the view runs the backup.
#pragma once

#include "ActionDialog.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dpp::ui {

class BackupDialog final : public ActionDialog
{
    Q_OBJECT

public:
    //! database: the open database's file, to tell whether a folder is on the same disk.
    BackupDialog(const QString& database, QWidget* parent = nullptr);

    QString folder() const;
    int expiryDays() const;

    //! The folder offered first: the last one a backup went to (QSettings; a path, never a secret).
    static QString lastFolder();
    static void rememberFolder(const QString& folder);

    //! Test hook: called instead of the folder dialog; returns the chosen folder (empty: cancelled).
    void setFolderChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }

protected:
    bool validate() override;
    QWidget* fields() const override { return m_fields; }

private:
    void chooseFolder();
    void updateFolderHint();
    void updateSuffix(int days);

    QString m_database;
    QWidget* m_fields;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_folderHint;
    QSpinBox* m_expiry;
    std::function<QString()> m_chooser;
};

} // namespace dpp::ui
