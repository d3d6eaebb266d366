// BackupListModel: the backups this database has made, as a table for the Backups view (issue 6,
// item 6), newest first as Backups::list returns them: when and by whom, until when it is kept
// (in words and colours: the DPP keeps buyer data at most 30 days after shipment, and a backup
// past its expiry must go), its state in words, how many orders with buyer data it holds, its
// size and where it is. A database makes one backup a day at most, so the model reads them all.
#pragma once

#include "common/Clock.h"
#include "vault/BackupRegistry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace dpp {
class Vault;
}

namespace dpp::ui {

class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MadeColumn,
        ByColumn,
        ExpiresColumn,
        StateColumn,
        PiiOrdersColumn,
        SizeColumn,
        PathColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1, //!< the backup's row id, on every column
    };

    explicit BackupListModel(QObject* parent = nullptr);

    //! Shows the backups of vault (owned by the window) at the vault's clock.
    void setVault(Vault* vault);
    //! Reads the backups again.
    void reload();
    //! Forgets the vault and every backup (the console locked).
    void clear();

    const BackupRecord& backup(int row) const { return m_backups.at(row); }
    //! The row of the backup with id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! Whether the copy may still be on its disk: present (or being written) and not destroyed.
    static bool isOpen(const BackupRecord& backup);
    //! "in 12 days", "in under a day", "expired" for an open backup; empty for one that is gone.
    static QString expiryText(const BackupRecord& backup, const QDateTime& now);
    //! The expiry's colour: green, amber within 3 days, red once expired; invalid for one gone.
    static QColor expiryColor(const BackupRecord& backup, const QDateTime& now);
    //! "present", "destroyed on 3/4/26 (expired)", "... (by hand)", "... (recorded as gone)", "failed".
    static QString stateText(const BackupRecord& backup);

signals:
    //! Reading the backups failed; the view shows message inline.
    void errorOccurred(const QString& message);

private:
    QDateTime now() const;

    Vault* m_vault = nullptr;
    QList<BackupRecord> m_backups;
};

} // namespace dpp::ui
