// BackupCommands: dppctl backup create|list|destroy|expire, restore, and tax-archive key|open|list
// (issue 6, item 6). The work and its checks are the core's (Backups, TaxArchive); these print
// ids, counts, times and paths, never PII, and the tax archive key once.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpp::cli {

class CommandContext;

class BackupCommands final
{
public:
    explicit BackupCommands(CommandContext& context);

    static QList<QCommandLineOption> options();
    static QString usage();

    int backup(const QStringList& arguments);
    //! restore BACKUP --to PATH [--ledger FILE]...: the password (and --totp) of a person in the backup.
    int restore(const QStringList& arguments);
    int taxArchive(const QStringList& arguments);

private:
    int create(const QStringList& arguments);
    int list(const QStringList& arguments);
    int destroy(const QStringList& arguments);
    int expire(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace dpp::cli
