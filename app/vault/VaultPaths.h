// VaultPaths: the database file and the files beside it (<name>.keys, <name>.attempts, ...).
#pragma once

#include "common/Result.h"

#include <QString>

namespace dpp {

class VaultPaths final
{
public:
    explicit VaultPaths(QString databasePath);

    //! <AppDataLocation>/dpp-console.db (QStandardPaths), the default when --database is not given.
    static QString defaultDatabasePath();

    const QString& database() const { return m_database; }
    QString keys() const { return sibling(QStringLiteral(".keys")); }
    QString attempts() const { return sibling(QStringLiteral(".attempts")); }
    QString auditHead() const { return sibling(QStringLiteral(".audit-head")); }
    QString ledger() const { return sibling(QStringLiteral(".ledger")); }
    QString lock() const { return sibling(QStringLiteral(".lock")); }
    //! The backups made and destroyed (app/backup/BackupJournal), kept outside the database.
    QString backupJournal() const { return sibling(QStringLiteral(".backups")); }
    //! A folder beside the database: "certificates", "returns", "tax-archive".
    QString folder(const QString& name) const;

    //! True when a database or key file is already there.
    bool exists() const;
    //! Creates the folder with mode 0700 (or tightens an empty existing one we own).
    Result<void> prepareFolder() const;

private:
    QString sibling(const QString& suffix) const;
    QString m_database;
};

} // namespace dpp
