// dppctl: the command line over dppcore (no widgets). Exit codes: 0 success, 1 the action failed,
// 2 wrong credentials or bad usage; each failure is one line on standard error.
#include "audit/AuditLog.h"
#include "cli/AccountCommands.h"
#include "cli/BackupCommands.h"
#include "cli/CommandContext.h"
#include "cli/DeletionRequestCommands.h"
#include "cli/OrderCommands.h"
#include "cli/Output.h"
#include "cli/PurgeCommands.h"
#include "crypto/KeychainSecretStore.h"
#include "crypto/ProcessHardening.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

using namespace dpp;
using namespace dpp::cli;

namespace {

QString kdfText(const SlotSummary& slot)
{
    if (slot.kdfAlgorithm != QLatin1String("argon2id"))
        return slot.kdfAlgorithm;
    return QStringLiteral("argon2id (%1 passes, %2 MiB)").arg(slot.kdfPasses).arg(slot.kdfMemoryMiB);
}

QJsonArray slotsToJson(const QList<SlotSummary>& list)
{
    QJsonArray array;
    for (const auto& s : list) {
        array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("kind"), s.kind},
                                 {QStringLiteral("principal"), s.principal},
                                 {QStringLiteral("created"), s.created.toString(Qt::ISODate)},
                                 {QStringLiteral("kdf"), s.kdfAlgorithm},
                                 {QStringLiteral("kdf_passes"), static_cast<qint64>(s.kdfPasses)},
                                 {QStringLiteral("kdf_memory_mib"), static_cast<qint64>(s.kdfMemoryMiB)},
                                 {QStringLiteral("pii_key"), s.holdsPiiKey}});
    }
    return array;
}

void printSlots(const QList<SlotSummary>& list)
{
    for (const auto& s : list) {
        printOut(QStringLiteral("%1  %2  %3  %4  %5%6")
                     .arg(s.id, s.kind.leftJustified(8), s.principal.leftJustified(12),
                          s.created.toString(Qt::ISODate), kdfText(s),
                          s.holdsPiiKey ? QStringLiteral("  PII key") : QString()));
    }
}

class Dppctl final
{
public:
    explicit Dppctl(QCommandLineParser& parser)
        : m_parser(parser)
        , m_context(parser)
        , m_accounts(m_context)
        , m_orders(m_context)
        , m_purge(m_context)
        , m_deletionRequests(m_context)
        , m_backups(m_context)
        , m_paths(m_context.paths())
        , m_json(m_context.json())
    { }

    int run(const QString& command, const QStringList& arguments)
    {
        const int exit = runCommand(command, arguments);
        if (exit == Ok)
            m_context.warnAboutGracePeriod();
        return exit;
    }

private:
    int runCommand(const QString& command, const QStringList& arguments)
    {
        if (command == QLatin1String("init"))
            return init();
        if (command == QLatin1String("status"))
            return status();
        if (command == QLatin1String("slots"))
            return listSlots();
        if (command == QLatin1String("rekey"))
            return rekey();
        if (command == QLatin1String("verify-audit"))
            return verifyAudit();
        if (command == QLatin1String("prune-audit"))
            return pruneAudit();
        if (command == QLatin1String("recovery-key"))
            return renewRecoveryKey(arguments.value(0));
        if (command == QLatin1String("whoami"))
            return whoami();
        if (command == QLatin1String("scheduler"))
            return scheduler(arguments.value(0));
        if (command == QLatin1String("user"))
            return m_accounts.user(arguments);
        if (command == QLatin1String("passwd"))
            return m_accounts.passwd(arguments);
        if (command == QLatin1String("totp"))
            return m_accounts.totp(arguments);
        if (command == QLatin1String("kill-switch"))
            return m_accounts.killSwitch(arguments);
        if (command == QLatin1String("import"))
            return m_orders.import(arguments);
        if (command == QLatin1String("orders"))
            return m_orders.orders(arguments);
        if (command == QLatin1String("retention"))
            return m_orders.retention(arguments);
        if (command == QLatin1String("demo"))
            return m_orders.demo(arguments);
        if (command == QLatin1String("purge-due"))
            return m_purge.purgeDue(arguments);
        if (command == QLatin1String("verify-certificate"))
            return m_purge.verifyCertificate(arguments);
        if (command == QLatin1String("deletion-request"))
            return m_deletionRequests.deletionRequest(arguments);
        if (command == QLatin1String("backup"))
            return m_backups.backup(arguments);
        if (command == QLatin1String("restore"))
            return m_backups.restore(arguments);
        if (command == QLatin1String("tax-archive"))
            return m_backups.taxArchive(arguments);
        return usageError(tr("unknown command \"%1\"; see dppctl --help").arg(command));
    }

    Result<std::unique_ptr<Vault>> signIn() { return m_context.signIn(); }

    int init()
    {
        NewUser user;
        user.username = m_parser.value(QStringLiteral("user"));
        user.displayName = m_parser.isSet(QStringLiteral("display-name"))
            ? m_parser.value(QStringLiteral("display-name"))
            : user.username;
        if (user.username.isEmpty())
            return usageError(tr("init needs --user NAME for the first user."));
        if (m_paths.exists())
            return usageError(
                tr("a database already exists at %1; it was left untouched.").arg(m_paths.database()));
        auto password = m_context.readNewSecret(tr("New password for %1: ").arg(user.username));
        if (!password)
            return fail(password.error());
        user.password = std::move(password).value();
        auto created = Vault::create(m_paths, user);
        if (!created)
            return fail(created.error());
        // The recovery key goes from its wiping buffer straight to the file descriptor: no QString,
        // no stdio buffer keeps a copy.
        const SecureBytes& recovery = created->recoveryKey;
        if (m_json) {
            QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("database"), m_paths.database()},
                                                        {QStringLiteral("keys"), m_paths.keys()},
                                                        {QStringLiteral("user"), user.username}})
                                  .toJson(QJsonDocument::Compact);
            head.chop(1); // the closing brace; the key follows
            head += ",\"recovery_key\":\"";
            writeOut(head);
            writeOut(QByteArrayView(recovery.chars(), static_cast<qsizetype>(recovery.size())));
            writeOut("\"}\n");
        } else {
            printOut(tr("Created %1 with key slots in %2.").arg(m_paths.database(), m_paths.keys()));
            printOut(
                tr("The recovery key opens the database when every password is lost. It is shown only now: "
                   "store it offline, in a safe place."));
            writeOut("Recovery key: ");
            writeOut(QByteArrayView(recovery.chars(), static_cast<qsizetype>(recovery.size())));
            writeOut("\n");
        }
        return Ok;
    }

    int status()
    {
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        auto s = vault.value()->status();
        if (!s)
            return fail(s.error());
        if (m_json) {
            printJson({{QStringLiteral("database"), s->databasePath},
                       {QStringLiteral("database_id"), s->databaseId},
                       {QStringLiteral("schema_version"), s->schemaVersion},
                       {QStringLiteral("sqlcipher_version"), s->cipherVersion},
                       {QStringLiteral("page_size"), s->pageSize},
                       {QStringLiteral("cipher"), s->cipher},
                       {QStringLiteral("page_hmac"), s->pageHmac},
                       {QStringLiteral("keys_generation"), s->keysGeneration},
                       {QStringLiteral("slots"), slotsToJson(s->keySlots)},
                       {QStringLiteral("rows"),
                        QJsonObject{{QStringLiteral("principals"), s->principals},
                                    {QStringLiteral("settings"), s->settings}}},
                       {QStringLiteral("failed_unlocks_recorded"), s->failedUnlocksRecorded}});
            return Ok;
        }
        printOut(tr("Database:          %1").arg(s->databasePath));
        printOut(tr("Database id:       %1").arg(s->databaseId));
        printOut(tr("Schema version:    %1").arg(s->schemaVersion));
        printOut(tr("SQLCipher:         %1").arg(s->cipherVersion));
        printOut(tr("Page size:         %1").arg(s->pageSize));
        printOut(tr("Cipher:            %1, %2 per page, raw 256-bit key").arg(s->cipher, s->pageHmac));
        printOut(tr("Key file:          generation %1").arg(s->keysGeneration));
        for (const auto& slot : s->keySlots)
            printOut(tr("Slot:              %1 (%2), %3%4")
                         .arg(slot.kind, slot.principal, kdfText(slot),
                              slot.holdsPiiKey ? tr(", holds the PII key") : QString()));
        printOut(tr("Rows:              principals %1, settings %2").arg(s->principals).arg(s->settings));
        printOut(tr("Failed unlocks:    %1 recorded").arg(s->failedUnlocksRecorded));
        return Ok;
    }

    int listSlots()
    {
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        auto list = vault.value()->keySlots();
        if (!list)
            return fail(list.error());
        if (m_json)
            printJson({{QStringLiteral("slots"), slotsToJson(list.value())}});
        else
            printSlots(list.value());
        return Ok;
    }

    int verifyAudit()
    {
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        auto verified = vault.value()->verifyAudit();
        if (!verified)
            return fail(verified.error());
        if (m_json) {
            printJson({{QStringLiteral("intact"), verified->intact},
                       {QStringLiteral("rows"), verified->rows},
                       {QStringLiteral("first_bad_row"), verified->firstBadSeq},
                       {QStringLiteral("problem"), verified->problem}});
            return verified->intact ? Ok : ActionFailed;
        }
        if (!verified->intact) {
            std::fprintf(stderr, "dppctl: the audit log does not verify: %s\n",
                         verified->problem.toUtf8().constData());
            return ActionFailed;
        }
        printOut(QStringLiteral("verified %1 rows").arg(verified->rows));
        return Ok;
    }

    int pruneAudit()
    {
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        auto pruned = vault.value()->pruneAudit();
        if (!pruned)
            return fail(pruned.error());
        printOut(QStringLiteral("Pruned: %1").arg(pruned.value()));
        return Ok;
    }

    int renewRecoveryKey(const QString& action)
    {
        if (action != QLatin1String("renew"))
            return usageError(tr("recovery-key takes \"renew\"."));
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        auto renewed = vault.value()->renewRecoveryKey();
        if (!renewed)
            return fail(renewed.error());
        printOut(
            tr("The old recovery key no longer opens the database. The new one is shown only now: store it "
               "offline, in a safe place."));
        writeOut("Recovery key: ");
        writeOut(QByteArrayView(renewed->chars(), static_cast<qsizetype>(renewed->size())));
        writeOut("\n");
        return Ok;
    }

    int whoami()
    {
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        const Session& session = vault.value()->session();
        QStringList roles;
        for (Role role : session.roles())
            roles << Roles::name(role);
        if (m_json) {
            printJson({{QStringLiteral("user"), session.name()},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                       {QStringLiteral("pii_key"), vault.value()->holdsPiiKey()}});
            return Ok;
        }
        printOut(tr("User:     %1").arg(session.name()));
        printOut(tr("Roles:    %1").arg(roles.join(QStringLiteral(", "))));
        printOut(tr("PII key:  %1").arg(vault.value()->holdsPiiKey() ? tr("yes") : tr("no")));
        return Ok;
    }

    int rekey()
    {
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        auto rotated = vault.value()->rotateDatabaseKey();
        if (!rotated)
            return fail(rotated.error());
        printOut(tr("The database key was rotated and sealed to every key slot; the old key is gone."));
        return Ok;
    }

    int scheduler(const QString& action)
    {
        if (action != QLatin1String("enable") && action != QLatin1String("disable"))
            return usageError(tr("scheduler takes \"enable\" or \"disable\"."));
        auto vault = signIn();
        if (!vault)
            return fail(vault.error());
        KeychainSecretStore store;
        auto done = action == QLatin1String("enable") ? vault.value()->addKeychainSlot(store)
                                                      : vault.value()->removeKeychainSlot(store);
        if (!done)
            return fail(done.error());
        printOut(action == QLatin1String("enable")
                     ? tr("The scheduler's key slot is ready; its secret is in %1.").arg(store.name())
                     : tr("The scheduler's key slot and its keychain entry are removed."));
        return Ok;
    }

    QCommandLineParser& m_parser;
    CommandContext m_context;
    AccountCommands m_accounts;
    OrderCommands m_orders;
    PurgeCommands m_purge;
    DeletionRequestCommands m_deletionRequests;
    BackupCommands m_backups;
    const VaultPaths& m_paths;
    bool m_json;
};

} // namespace

int main(int argc, char* argv[])
{
    const bool hardened = hardenProcess();
    // A GUI application without a display: certificates are PDFs drawn with QPainter, which needs
    // QGuiApplication; the offscreen platform needs no display and shows nothing.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's GUI start-up complains about a missing XDG_RUNTIME_DIR (cron, systemd timers, CI); dppctl
    // makes no use of it, and its standard error is for one line a failure.
    static QtMessageHandler qtHandler = nullptr;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qtHandler = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context,
                                              const QString& message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) && qtHandler)
                qtHandler(type, context, message);
        });
    QGuiApplication app(argc, argv);
    // The same application name as the console, so both find the same default database.
    QCoreApplication::setApplicationName(QStringLiteral("dpp-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DPP_VERSION));
    if (!hardened)
        std::fputs("dppctl: warning: could not turn off core dumps and ptrace for this process\n", stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "DPP Console command line.\n\nCommands:\n"
        "  init                    create the database, the first user (--user) and the recovery key\n"
        "  status                  schema, SQLCipher and key-slot facts, row counts\n"
        "  slots                   list the key slots\n"
        "  verify-audit            walk the audit log's hash chain and compare it with its head\n"
        "  prune-audit             remove audit rows past the retention period (a signed checkpoint stays)\n"
        "  purge-due               purge every due order's buyer data; prints Purged: N and the "
        "certificate's path\n"
        "  verify-certificate FILE check a certificate of sanitization against the audit log\n"
        "  recovery-key renew      replace the recovery key (the old one stops working)\n"
        "  whoami                  who is signed in, their roles, whether they hold the PII key\n"
        "  rekey                   rotate the database key (after someone with access leaves)\n"
        "  scheduler enable|disable  the unattended jobs' key slot in the system keychain\n"
        "\nAccounts (roles: dpo, operator, warehouse, responder, auditor, admin):\n"
        "  user add NAME --roles ROLE,ROLE [--display-name TEXT]\n"
        "                          new account; its initial password is the next secret read\n"
        "  user list               every account: roles, status, 2FA, last sign-in, password age, lockout,\n"
        "                          PII key (yes, pending a PII holder's grant, no)\n"
        "  user disable NAME [--at YYYY-MM-DD]  now (then run rekey), or from that day\n"
        "  user unlock NAME        lift a lockout after too many failed sign-ins\n"
        "  user roles NAME ROLE,ROLE  replace the roles\n"
        "  user reset-password NAME  temporary password (the next secret read), changed at sign-in\n"
        "  user reset-2fa NAME     remove the authenticator and recovery codes; enrollment starts again\n"
        "  user grant-pii          seal the PII key to the accounts waiting for it\n"
        "  passwd                  change your own password (the next secret read is the new one)\n"
        "  totp enroll             start two-factor sign-in: prints the otpauth URI and key once\n"
        "  totp confirm CODE       finish it with a code from the app; prints 10 recovery codes once\n"
        "  totp recovery-codes     new recovery codes (the old ones stop working)\n"
        "  kill-switch engage      turn all PII access off, for every session, at once\n"
        "  kill-switch release     turn PII access back on\n"
        "  kill-switch status      whether PII access is on or off\n"
        "\nWith --password-stdin, standard input holds one secret a line: first your password, then\n"
        "the new password of init, user add, user reset-password or passwd. People who set up\n"
        "two-factor sign-in add --totp CODE or --recovery-code CODE to every command; a command\n"
        "signed in with both counts as the re-authentication (step-up) its guarded actions need."));
    parser.setApplicationDescription(parser.applicationDescription() + OrderCommands::usage()
                                     + DeletionRequestCommands::usage() + BackupCommands::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"),
         tr("The database file (default: %1).").arg(VaultPaths::defaultDatabasePath()),
         QStringLiteral("PATH")},
        {QStringLiteral("user"), tr("Sign in as NAME (init: the first user)."), QStringLiteral("NAME")},
        {QStringLiteral("password-stdin"),
         tr("Read the password, and then any new password, as lines of standard input.")},
        {QStringLiteral("scheduler"), tr("Sign in as the scheduler through the system keychain.")},
        {QStringLiteral("totp"), tr("The code your authenticator app shows (two-factor sign-in)."),
         QStringLiteral("CODE")},
        {QStringLiteral("recovery-code"), tr("One of your recovery codes, in place of --totp (works once)."),
         QStringLiteral("CODE")},
        {QStringLiteral("display-name"), tr("init, user add: the person's full name."),
         QStringLiteral("TEXT")},
        {QStringLiteral("roles"), tr("user add: the roles, separated by commas."),
         QStringLiteral("ROLE,ROLE")},
        {QStringLiteral("at"), tr("user disable: the day the person leaves (local midnight)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("json"), tr("Print JSON.")},
    });
    parser.addOptions(OrderCommands::options());
    parser.addOptions(DeletionRequestCommands::options());
    parser.addOptions(BackupCommands::options());
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do; see above."));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("dppctl " DPP_VERSION));
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given; see dppctl --help"));
    if (Database::cipherVersion().isEmpty())
        return fail(Error(ErrorCode::Unsupported,
                          tr("this build runs on plain SQLite, not SQLCipher; refusing to "
                             "touch any data.")));
    const QString command = positional.takeFirst();
    Dppctl dppctl(parser);
    return dppctl.run(command, positional);
}
