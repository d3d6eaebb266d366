// VaultPaths: names of the files that make up one DPP Console database.
#include "vault/VaultPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dpp {

VaultPaths::VaultPaths(QString databasePath)
    : m_database(QFileInfo(databasePath).absoluteFilePath())
{ }

QString VaultPaths::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("dpp-console.db"));
}

QString VaultPaths::sibling(const QString& suffix) const
{
    // c.db -> c.keys; a name without a suffix gets one appended.
    const QFileInfo info(m_database);
    const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(base + suffix);
}

QString VaultPaths::folder(const QString& name) const
{
    return QFileInfo(m_database).absoluteDir().filePath(name);
}

bool VaultPaths::exists() const
{
    return QFile::exists(m_database) || QFile::exists(keys());
}

Result<void> VaultPaths::prepareFolder() const
{
    const QString folder = QFileInfo(m_database).absolutePath();
    QDir dir(folder);
    if (!dir.exists()) {
        if (!QDir().mkpath(folder))
            return Error(
                ErrorCode::Failed,
                QCoreApplication::translate("dpp::VaultPaths", "Cannot create the folder %1.").arg(folder));
        // Only a folder we made is narrowed to 0700; an existing one (say /tmp) is left as it is.
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return success();
}

} // namespace dpp
