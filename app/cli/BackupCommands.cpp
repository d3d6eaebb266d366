// BackupCommands: see the header.
#include "cli/BackupCommands.h"

#include "backup/Backups.h"
#include "cli/CommandContext.h"
#include "cli/Output.h"
#include "purge/TaxArchive.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace dpp::cli {

namespace {

const QString ExpiresOption = QStringLiteral("expires-in");
const QString ToOption = QStringLiteral("to"); // registered by DeletionRequestCommands, shared
const QString LedgerOption = QStringLiteral("ledger");
const QString GoneOption = QStringLiteral("gone");

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

BackupCommands::BackupCommands(CommandContext& context)
    : m_context(context)
{ }

QList<QCommandLineOption> BackupCommands::options()
{
    return {
        {ExpiresOption,
         tr("backup create: days until the backup expires and is destroyed (1 to 30; default 30)."),
         QStringLiteral("DAYS")},
        {LedgerOption, tr("restore: a purge ledger to replay besides the target's own (repeatable)."),
         QStringLiteral("FILE")},
        {GoneOption,
         tr("backup destroy: the file is gone already (destroyed by other means); record it so.")},
    };
}

QString BackupCommands::usage()
{
    return tr("\nBackups (encrypted; restore replays every purge, so purged buyer data never comes back):\n"
              "  backup create PATH [--expires-in DAYS]  a file, or a folder to put it in; prints its path\n"
              "  backup list             id, backup id, made, expires, state, size, path (--json)\n"
              "  backup destroy ID [--gone]  destroy a backup now (before it expires)\n"
              "  backup expire           destroy every expired backup (the scheduler runs it daily)\n"
              "  restore BACKUP --to PATH [--ledger FILE]...  sign in with --user as in the backup\n"
              "Tax archive (invoice fields of orders on tax hold, sealed for offline storage):\n"
              "  tax-archive key         make a new tax archive key; prints its secret once\n"
              "  tax-archive open FILE   the archive's content as JSON; the key is the next secret read\n"
              "  tax-archive list        the archives written\n");
}

int BackupCommands::backup(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("create"))
        return create(arguments.mid(1));
    if (action == QLatin1String("list"))
        return list(arguments.mid(1));
    if (action == QLatin1String("destroy"))
        return destroy(arguments.mid(1));
    if (action == QLatin1String("expire"))
        return expire(arguments.mid(1));
    return usageError(tr("backup takes create PATH, list, destroy ID or expire."));
}

int BackupCommands::create(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("usage: backup create PATH [--expires-in DAYS]"));
    int days = Backups::DefaultExpiryDays;
    if (m_context.isSet(ExpiresOption)) {
        bool number = false;
        days = m_context.value(ExpiresOption).toInt(&number);
        if (!number)
            return usageError(
                tr("--expires-in takes a number of days (1 to %1).").arg(Backups::MaximumExpiryDays));
    }
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto made = Backups(*vault.value()).create(arguments.first(), days);
    if (!made)
        return fail(made.error());
    if (m_context.json()) {
        printJson({{QStringLiteral("id"), made->id},
                   {QStringLiteral("backup_id"), made->backupId},
                   {QStringLiteral("path"), made->path},
                   {QStringLiteral("expires"), iso(made->expiresAt)},
                   {QStringLiteral("orders"), made->orders},
                   {QStringLiteral("pii_orders"), made->piiOrders},
                   {QStringLiteral("size"), made->size}});
        return Ok;
    }
    printOut(tr("Backup: %1").arg(made->path));
    printOut(tr("Expires: %1").arg(iso(made->expiresAt)));
    printOut(tr("Orders: %1, with buyer data: %2").arg(made->orders).arg(made->piiOrders));
    return Ok;
}

int BackupCommands::list(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("usage: backup list [--json]"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto all = Backups(*vault.value()).list();
    if (!all)
        return fail(all.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const BackupRecord& b : all.value())
            array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                     {QStringLiteral("backup_id"), b.backupId},
                                     {QStringLiteral("created"), iso(b.createdAt)},
                                     {QStringLiteral("expires"), iso(b.expiresAt)},
                                     {QStringLiteral("created_by"), b.createdBy},
                                     {QStringLiteral("state"), BackupRecord::stateName(b.state)},
                                     {QStringLiteral("destroyed"), iso(b.destroyedAt)},
                                     {QStringLiteral("destroy_reason"), b.destroyReason},
                                     {QStringLiteral("size"), b.size},
                                     {QStringLiteral("pii_orders"), b.piiOrders},
                                     {QStringLiteral("path"), b.path}});
        printJson({{QStringLiteral("backups"), array}});
        return Ok;
    }
    for (const BackupRecord& b : all.value())
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                     .arg(b.id)
                     .arg(b.backupId.left(8), iso(b.createdAt), iso(b.expiresAt),
                          BackupRecord::stateName(b.state).leftJustified(9),
                          QLocale::c().formattedDataSize(b.size), b.path));
    return Ok;
}

int BackupCommands::destroy(const QStringList& arguments)
{
    bool numeric = false;
    const qint64 id = arguments.value(0).toLongLong(&numeric);
    if (arguments.size() != 1 || !numeric || id <= 0)
        return usageError(tr("usage: backup destroy ID [--gone]"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto destroyed = Backups(*vault.value()).destroy(id, m_context.isSet(GoneOption));
    if (!destroyed)
        return fail(destroyed.error());
    printOut(destroyed->destroyReason == QLatin1String("gone")
                 ? tr("Recorded as gone: backup %1 (%2).").arg(id).arg(destroyed->path)
                 : tr("Destroyed: backup %1 (%2).").arg(id).arg(destroyed->path));
    return Ok;
}

int BackupCommands::expire(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("usage: backup expire"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto expiry = Backups(*vault.value()).destroyExpired();
    if (!expiry)
        return fail(expiry.error());
    printOut(tr("Destroyed: %1").arg(expiry->destroyed));
    for (const QString& path : expiry->unreachable)
        printError(
            tr("warning: the expired backup %1 is not there (is the drive connected?); it is destroyed "
               "when it can be reached.")
                .arg(path));
    for (const QString& message : expiry->failed)
        printError(message);
    return expiry->failed.isEmpty() ? Ok : ActionFailed;
}

int BackupCommands::restore(const QStringList& arguments)
{
    if (arguments.size() != 1 || !m_context.isSet(ToOption) || m_context.isSet(QStringLiteral("scheduler")))
        return usageError(tr("usage: restore BACKUP --to PATH [--ledger FILE]... (with --user NAME)"));
    const QString user = m_context.value(QStringLiteral("user"));
    if (user.isEmpty())
        return usageError(tr("restore needs --user NAME: a person whose account the backup holds."));
    RestoreRequest request;
    request.backupPath = arguments.first();
    request.target = m_context.value(ToOption);
    request.username = user;
    request.ledgers = m_context.values(LedgerOption);
    auto second = m_context.secondFactor();
    if (!second)
        return fail(second.error());
    request.second = std::move(second).value();
    auto password = m_context.readSecret(tr("Password for %1 (as in the backup): ").arg(user));
    if (!password)
        return fail(password.error());
    request.password = std::move(password).value();
    auto restored = Backups::restore(request);
    if (!restored) {
        if (restored.error().code() == ErrorCode::SecondFactorRequired)
            return fail(
                Error(ErrorCode::SecondFactorRequired,
                      tr("this account uses two-factor sign-in; add --totp CODE (or --recovery-code CODE)")));
        return fail(restored.error());
    }
    if (m_context.json()) {
        printJson({{QStringLiteral("restored"), QFileInfo(restored->target).absoluteFilePath()},
                   {QStringLiteral("backup_id"), restored->backup.backupId},
                   {QStringLiteral("replayed"), restored->replayed},
                   {QStringLiteral("purged_as_due"), restored->purgedAsDue},
                   {QStringLiteral("certificates"), QJsonArray::fromStringList(restored->certificates)}});
    } else {
        printOut(tr("Restored: %1").arg(QFileInfo(restored->target).absoluteFilePath()));
        printOut(tr("Backup: %1, made %2").arg(restored->backup.backupId, iso(restored->backup.createdAt)));
        printOut(tr("Purged again (the ledgers record them as purged): %1").arg(restored->replayed));
        printOut(tr("Purged as due under the retention rules: %1").arg(restored->purgedAsDue));
        for (const QString& certificate : restored->certificates)
            printOut(tr("Certificate: %1").arg(certificate));
    }
    if (!restored->taxHeldLeft.isEmpty())
        printError(
            tr("warning: %1 due orders on tax hold are left for a person who can write the tax archive: %2")
                .arg(restored->taxHeldLeft.size())
                .arg(restored->taxHeldLeft.join(QStringLiteral(", "))));
    if (restored->ledgerLinesUnreadable > 0)
        printError(
            tr("warning: %1 lines of the purge ledgers could not be read (a line a crash cut short has "
               "no purge behind it).")
                .arg(restored->ledgerLinesUnreadable));
    if (!restored->previousAuditHead.isEmpty())
        printError(
            tr("note: the lost database's audit head is kept as %1.").arg(restored->previousAuditHead));
    return Ok;
}

int BackupCommands::taxArchive(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("open")) {
        if (arguments.size() != 2)
            return usageError(tr("usage: tax-archive open FILE (the key is the next secret read)"));
        // No sign-in: an archive outlives the database it came from.
        auto key = m_context.readSecret(tr("Tax archive key: "));
        if (!key)
            return fail(key.error());
        auto content = TaxArchive::open(arguments.at(1), key.value());
        if (!content)
            return fail(content.error());
        writeOut(content->view());
        writeOut("\n");
        return Ok;
    }
    if (action == QLatin1String("key")) {
        if (arguments.size() != 1)
            return usageError(tr("usage: tax-archive key"));
        auto vault = m_context.signIn();
        if (!vault)
            return fail(vault.error());
        auto secret = TaxArchive(*vault.value()).createKey();
        if (!secret)
            return fail(secret.error());
        printOut(tr("The tax archive key opens every tax archive written from now on. It is shown only now: "
                    "store it offline (on paper, in a safe). Without it no archive can be read."));
        writeSecretLine("Tax archive key: ", secret.value());
        return Ok;
    }
    if (action == QLatin1String("list")) {
        if (arguments.size() != 1)
            return usageError(tr("usage: tax-archive list"));
        auto vault = m_context.signIn();
        if (!vault)
            return fail(vault.error());
        auto archives = TaxArchive(*vault.value()).list();
        if (!archives)
            return fail(archives.error());
        for (const TaxArchiveRecord& a : archives.value())
            printOut(QStringLiteral("%1  run %2  %3  %4 orders  key %5  %6")
                         .arg(a.id)
                         .arg(a.runId)
                         .arg(iso(a.createdAt))
                         .arg(a.orders)
                         .arg(a.keyId, a.path));
        return Ok;
    }
    return usageError(tr("tax-archive takes key, open FILE or list."));
}

} // namespace dpp::cli
