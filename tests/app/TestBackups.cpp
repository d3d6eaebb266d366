// Backups and restore (issue 6, item 6), on the real SQLCipher with a fake clock: a backup is a
// copy under its own key that the same passwords open; restore replays the purge ledgers and the
// retention rules before anything is shown, so orders purged after the backup stay purged, also
// when the live database is gone and only its ledger is left; expired backups are destroyed and
// refused; every bad input (wrong password, damaged or edited file, full disk, a target that
// exists) leaves the target as it was.
#include "FakeSecretStore.h"
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "backup/BackupFile.h"
#include "backup/BackupJournal.h"
#include "backup/Backups.h"
#include "orders/OrderSealing.h"
#include "orders/OrderStore.h"
#include "purge/DeletionRequests.h"
#include "purge/PurgeEngine.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <csignal>
#include <sys/resource.h>

using namespace dpp;
using namespace dpp::test;

namespace {

QDateTime g_now;
const Clock fakeClock = [] { return g_now; };

const QString kDueCanary = QStringLiteral("Brimwick Oldbackup");
const QString kFreshCanary = QStringLiteral("Fennoway Keepme");

//! count orders shipped `shippedDaysAgo` days before the fake clock's now, with canary buyer data.
std::vector<OrderRecord> orders(const QString& series, int count, int shippedDaysAgo, const QString& canary)
{
    std::vector<OrderRecord> records;
    const QDateTime shipped = g_now.addDays(-shippedDaysAgo);
    for (int i = 0; i < count; ++i) {
        OrderRecord r;
        r.orderId = QStringLiteral("999-%1-%2").arg(series).arg(i, 7, 10, QLatin1Char('0'));
        r.status = QStringLiteral("Shipped");
        r.purchaseDate = shipped.addDays(-1);
        r.shipTime = shipped;
        r.marketplaceId = QStringLiteral("ATVPDKIKX0DER");
        r.pii[PiiField::RecipientName] = canary + QLatin1Char(' ') + QString::number(i);
        r.pii[PiiField::BuyerEmail] = QStringLiteral("%1.%2@example.invalid").arg(series).arg(i);
        records.push_back(r);
    }
    return records;
}

QStringList idsOf(const std::vector<OrderRecord>& records)
{
    QStringList ids;
    for (const OrderRecord& r : records)
        ids << r.orderId;
    return ids;
}

Result<std::unique_ptr<Vault>> signIn(const VaultPaths& paths, const char* user = "dpo",
                                      const char* password = TestPassword)
{
    return Vault::unlock(paths, QString::fromLatin1(user), bytesOf(password), {}, fakeClock);
}

RestoreRequest restoreOf(const QString& backup, const QString& target, const char* user = "dpo",
                         const char* password = TestPassword)
{
    RestoreRequest r;
    r.backupPath = backup;
    r.target = target;
    r.username = QString::fromLatin1(user);
    r.password = bytesOf(password);
    return r;
}

//! The wrapped data keys and sealed boxes of the given orders, as stored.
QList<QByteArray> secretsOf(Vault& vault, const QStringList& ids)
{
    QList<QByteArray> secrets;
    auto key
        = vault.database().prepare(QStringLiteral("SELECT wrapped FROM wrapped_keys WHERE owner_id = ?"));
    auto box = vault.database().prepare(QStringLiteral(
        "SELECT p.sealed FROM order_pii p JOIN orders o ON o.id = p.order_key WHERE o.order_id = ?"));
    for (const QString& id : ids) {
        (void)key->reset();
        key->bind(1, id);
        if (key->step().value())
            secrets << key->columnBlob(0);
        (void)box->reset();
        box->bind(1, id);
        if (!box->step().value())
            continue;
        auto fields = OrderSealing::unpack(box->columnBlob(0));
        if (!fields)
            return {};
        for (const SealedField& f : fields.value())
            secrets << f.nonce + f.ciphertext;
    }
    return secrets;
}

int foundIn(const QList<QByteArray>& pages, const QList<QByteArray>& needles)
{
    int found = 0;
    for (const QByteArray& needle : needles)
        for (const QByteArray& page : pages)
            if (page.contains(needle)) {
                ++found;
                break;
            }
    return found;
}

PiiState piiOf(Vault& vault, const QString& id)
{
    auto detail = OrderStore(vault).detail(id);
    return detail ? detail->summary.pii : PiiState::None;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

//! Runs call with writes past `limit` bytes failing, as on a full disk.
template <typename Call> auto withFullDisk(rlim_t limit, Call call)
{
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny{limit, saved.rlim_max};
    setrlimit(RLIMIT_FSIZE, &tiny);
    auto result = call();
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    return result;
}

} // namespace

class TestBackups final : public QObject
{
    Q_OBJECT

private slots:
    // The accounts are made at the real time; the fake clock starts 40 days before it, so moving it
    // on by a month never ends the grace period of the test's own accounts.
    void init()
    {
        g_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 40 * 86400,
                                              QTimeZone::utc());
    }

    void backupPurgeRestoreElsewhere()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f.paths);
        QVERIFY(dpo.ok());
        Vault& v = *dpo.value();
        const auto due = orders(QStringLiteral("0000061"), 6, 40, kDueCanary);
        const auto fresh = orders(QStringLiteral("0000062"), 4, 1, kFreshCanary);
        QVERIFY(OrderStore(v).importRecords(due).ok());
        QVERIFY(OrderStore(v).importRecords(fresh).ok());
        FakeSecretStore keychain;
        QVERIFY(v.addKeychainSlot(keychain).ok());

        // Tried first: without step-up. Then the backup itself.
        QTemporaryDir drive;
        Backups backups(v);
        QCOMPARE(backups.create(drive.path()).error().code(), ErrorCode::StepUpRequired);
        QVERIFY(v.stepUp(bytesOf(TestPassword), {}).ok());
        auto made = backups.create(drive.path());
        QVERIFY2(made.ok(), qPrintable(made.error().message()));
        QVERIFY(made->path.endsWith(QLatin1String(".dppbackup")));
        QCOMPARE(fileMode(made->path), 0600);
        QCOMPARE(made->piiOrders, 10);
        QCOMPARE(made->expiresAt, g_now.addDays(30));
        QCOMPARE(filesIn(drive.path()), QStringList{QFileInfo(made->path).fileName()}); // no .part left
        const QByteArray bytes = fileBytes(made->path);
        QVERIFY(bytes.startsWith("DPP-CONSOLE-BACKUP 1\n"));
        QVERIFY(!bytes.contains(kDueCanary.toUtf8()) && !bytes.contains(kFreshCanary.toUtf8()));
        auto header = BackupFile::readHeader(made->path);
        QVERIFY2(header.ok(), qPrintable(header.error().message()));
        QCOMPARE(header->backupId, made->backupId);
        QCOMPARE(header->databaseId, v.databaseId());
        // The scheduler's keychain slot stays behind: it never restores.
        auto keys = KeySlotFile::parse(header->keys, made->path);
        QVERIFY(keys.ok());
        QVERIFY(keys->find(KeySlot::Kind::Password, QStringLiteral("dpo")));
        QVERIFY(keys->find(KeySlot::Kind::Recovery, QStringLiteral("recovery")));
        QVERIFY(!keys->find(KeySlot::Kind::Keychain, QStringLiteral("scheduler")));
        QVERIFY(keys->dmkCurrent != KeySlotFile::load(f.paths.keys())->dmkCurrent);
        QCOMPARE(backups.list()->size(), 1);
        QCOMPARE(backups.list()->first().state, BackupRecord::State::Present);

        // After the backup, the due orders are purged in the live database.
        const QList<QByteArray> purgedSecrets = secretsOf(v, idsOf(due));
        const QList<QByteArray> keptSecrets = secretsOf(v, idsOf(fresh));
        QCOMPARE(purgedSecrets.size(), 6 * 3);
        auto run = PurgeEngine(v).purge({});
        QVERIFY(run.ok());
        QCOMPARE(run->orderIds.size(), 6);
        dpo.value().reset();

        // Restored elsewhere, with the live database's ledger: the purge happens again first.
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("restored.db"));
        RestoreRequest request = restoreOf(made->path, target);
        request.ledgers << f.paths.ledger();
        auto restored = Backups::restore(request, fakeClock);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message()));
        QCOMPARE(restored->replayed, 6);
        QCOMPARE(restored->purgedAsDue, 0);
        QCOMPARE(restored->certificates.size(), 1);
        QVERIFY(QFileInfo::exists(restored->certificates.first()));
        QVERIFY(
            restored->certificates.first().startsWith(elsewhere.filePath(QStringLiteral("certificates"))));
        QVERIFY(restored->previousAuditHead.isEmpty());
        const QStringList left = filesIn(elsewhere.path());
        for (const QString& name : left)
            QVERIFY2(!name.startsWith(QLatin1String(".dpp-restore-")), qPrintable(name));

        const VaultPaths paths(target);
        auto back = signIn(paths);
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        for (const QString& id : idsOf(due))
            QCOMPARE(piiOf(*back.value(), id), PiiState::Purged);
        for (const QString& id : idsOf(fresh))
            QCOMPARE(piiOf(*back.value(), id), PiiState::Present);
        auto verified = back.value()->verifyAudit();
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        AuditFilter restoredRows;
        restoredRows.action = auditActionName(AuditAction::BackupRestored);
        QCOMPARE(back.value()->audit().count(restoredRows).value(), 1);
        back.value().reset();

        // Forensic: no purged data key or box in any decrypted page of the restored database, while
        // the kept orders' are all found (so the search works).
        const QList<QByteArray> pages = decryptedPages(paths);
        QVERIFY2(pages.size() > 5, "sqlite_dbpage gave no pages");
        QCOMPARE(foundIn(pages, purgedSecrets), 0);
        QCOMPARE(foundIn(pages, keptSecrets), keptSecrets.size());
    }

    void liveDatabaseGoneOnlyLedgerLeft_data()
    {
        QTest::addColumn<bool>("headLeft");
        QTest::newRow("only the ledger and the list of backups") << false;
        QTest::newRow("the audit head left too") << true;
    }

    void liveDatabaseGoneOnlyLedgerLeft()
    {
        QFETCH(bool, headLeft);
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f.paths);
        QVERIFY(dpo.ok());
        const auto due = orders(QStringLiteral("0000063"), 5, 35, kDueCanary);
        const auto fresh = orders(QStringLiteral("0000064"), 3, 2, kFreshCanary);
        QVERIFY(OrderStore(*dpo.value()).importRecords(due).ok());
        QVERIFY(OrderStore(*dpo.value()).importRecords(fresh).ok());
        QVERIFY(dpo.value()->stepUp(bytesOf(TestPassword), {}).ok());
        QTemporaryDir drive;
        auto first = Backups(*dpo.value()).create(drive.filePath(QStringLiteral("first.dppbackup")));
        QVERIFY(first.ok());
        g_now = g_now.addSecs(3600);
        QVERIFY(dpo.value()->stepUp(bytesOf(TestPassword), {}).ok());
        auto purged = PurgeEngine(*dpo.value()).purge({});
        QVERIFY2(purged.ok(), qPrintable(purged.error().message()));
        auto second = Backups(*dpo.value()).create(drive.filePath(QStringLiteral("second.dppbackup")), 7);
        QVERIFY(second.ok());
        dpo.value().reset();

        // The disk holding the database dies: only what lies beside it survives.
        const QString folder = f.dir.path();
        for (const QString& name : filesIn(folder))
            if (name != QLatin1String("c.ledger") && name != QLatin1String("c.backups")
                && !(headLeft && name == QLatin1String("c.audit-head")))
                QVERIFY(QFile::remove(QDir(folder).filePath(name))
                        || QDir(QDir(folder).filePath(name)).removeRecursively());
        QVERIFY(!f.paths.exists());

        auto restored = Backups::restore(restoreOf(first->path, f.paths.database()), fakeClock);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message()));
        QCOMPARE(restored->replayed, 5);
        QCOMPARE(restored->backupsLearned, 1);
        QCOMPARE(restored->previousAuditHead.isEmpty(), !headLeft);
        if (headLeft)
            QVERIFY(QFileInfo::exists(restored->previousAuditHead));

        auto back = signIn(f.paths);
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        for (const QString& id : idsOf(due))
            QCOMPARE(piiOf(*back.value(), id), PiiState::Purged);
        for (const QString& id : idsOf(fresh))
            QCOMPARE(piiOf(*back.value(), id), PiiState::Present);
        // The backup made after the restored one is known again, so it is destroyed when it expires;
        // the restored one knows its own size now.
        auto listed = Backups(*back.value()).list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->last().size, QFileInfo(first->path).size());
        auto verified = back.value()->verifyAudit();
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        g_now = g_now.addDays(8);
        back.value().reset();
        back = signIn(f.paths);
        QVERIFY(back.ok());
        auto expired = Backups(*back.value()).destroyExpired();
        QVERIFY(expired.ok());
        QCOMPARE(expired->destroyed, 1);
        QVERIFY(!QFileInfo::exists(second->path));
        QVERIFY(QFileInfo::exists(first->path));
        // The ledger beside the database kept every tombstone, the replay's included.
        QVERIFY(fileBytes(f.paths.ledger()).count("purged\t") >= 10);
    }

    void retentionRulesApplyAtRestore()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f.paths);
        QVERIFY(dpo.ok());
        // Shipped 25 days ago: due in 5 days. The backup is made while they are not yet due.
        const auto soon = orders(QStringLiteral("0000065"), 4, 25, kDueCanary);
        QVERIFY(OrderStore(*dpo.value()).importRecords(soon).ok());
        QVERIFY(dpo.value()->stepUp(bytesOf(TestPassword), {}).ok());
        QTemporaryDir drive;
        auto made = Backups(*dpo.value()).create(drive.path());
        QVERIFY(made.ok());
        dpo.value().reset();

        g_now = g_now.addDays(10);
        QTemporaryDir elsewhere;
        auto restored
            = Backups::restore(restoreOf(made->path, elsewhere.filePath(QStringLiteral("r.db"))), fakeClock);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message()));
        QCOMPARE(restored->replayed, 0);
        QCOMPARE(restored->purgedAsDue, 4);
        auto back = signIn(VaultPaths(elsewhere.filePath(QStringLiteral("r.db"))));
        QVERIFY(back.ok());
        for (const QString& id : idsOf(soon))
            QCOMPARE(piiOf(*back.value(), id), PiiState::Purged);
    }

    void restoreRefusesBadInputAndChangesNothing()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f.paths);
        QVERIFY(dpo.ok());
        QVERIFY(OrderStore(*dpo.value())
                    .importRecords(orders(QStringLiteral("0000066"), 200, 3, kFreshCanary))
                    .ok());
        auto op = addUser(*dpo.value(), f.paths, QStringLiteral("otto"), {Role::Operator}, fakeClock);
        QVERIFY(op.ok());
        op.value().reset();
        QVERIFY(dpo.value()->stepUp(bytesOf(TestPassword), {}).ok());
        QTemporaryDir drive;
        auto made = Backups(*dpo.value()).create(drive.path());
        QVERIFY(made.ok());
        dpo.value().reset();
        const QByteArray good = fileBytes(made->path);

        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("r.db"));
        const auto unchanged = [&] { return filesIn(elsewhere.path()).isEmpty(); };
        const auto variant = [&](const QString& name, const QByteArray& content) {
            const QString path = drive.filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(content);
            return path;
        };

        // Tried: a wrong password.
        auto wrong = Backups::restore(restoreOf(made->path, target, "dpo", "Not-The-Passw0rd!"), fakeClock);
        QCOMPARE(wrong.error().code(), ErrorCode::WrongCredentials);
        QVERIFY(unchanged());
        // Tried: an operator, whose slot the backup holds but who may not restore.
        auto operatorTry = Backups::restore(restoreOf(made->path, target, "otto", UserPassword), fakeClock);
        QCOMPARE(operatorTry.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(unchanged());
        // Tried: a file that is no backup, one cut short, and one whose database was altered.
        QCOMPARE(Backups::restore(restoreOf(variant(QStringLiteral("notes.txt"), "shopping list\n"), target),
                                  fakeClock)
                     .error()
                     .code(),
                 ErrorCode::Corrupt);
        QCOMPARE(
            Backups::restore(
                restoreOf(variant(QStringLiteral("short.dppbackup"), good.chopped(4096)), target), fakeClock)
                .error()
                .code(),
            ErrorCode::Corrupt);
        QByteArray flipped = good;
        flipped[flipped.size() - 5000] = static_cast<char>(flipped.at(flipped.size() - 5000) ^ 0x01);
        auto altered = Backups::restore(
            restoreOf(variant(QStringLiteral("flipped.dppbackup"), flipped), target), fakeClock);
        QCOMPARE(altered.error().code(), ErrorCode::Corrupt);
        QVERIFY(unchanged());
        // Tried: a purge ledger that is not there.
        RestoreRequest noLedger = restoreOf(made->path, target);
        noLedger.ledgers << drive.filePath(QStringLiteral("missing.ledger"));
        QCOMPARE(Backups::restore(noLedger, fakeClock).error().code(), ErrorCode::NotFound);
        QVERIFY(unchanged());
        // Tried: a full disk while the copy is unpacked.
        auto full = withFullDisk(64 * 1024,
                                 [&] { return Backups::restore(restoreOf(made->path, target), fakeClock); });
        QVERIFY(!full.ok());
        QVERIFY(!full.error().message().isEmpty());
        QVERIFY2(unchanged(), qPrintable(filesIn(elsewhere.path()).join(QLatin1Char(' '))));
        // Tried: a target that exists (the live database itself).
        QCOMPARE(Backups::restore(restoreOf(made->path, f.paths.database()), fakeClock).error().code(),
                 ErrorCode::AlreadyExists);

        // Expired: refused; and a header edited to a later expiry is caught inside the copy.
        g_now = g_now.addDays(31);
        auto expired = Backups::restore(restoreOf(made->path, target), fakeClock);
        QCOMPARE(expired.error().code(), ErrorCode::InvalidInput);
        QVERIFY(expired.error().message().contains(QLatin1String("expired")));
        auto headerOf = BackupFile::readHeader(made->path);
        QVERIFY(headerOf.ok());
        const QByteArray oldExpiry = headerOf->expiresAt.toString(Qt::ISODate).toLatin1();
        const QByteArray newExpiry = headerOf->expiresAt.addYears(1).toString(Qt::ISODate).toLatin1();
        QCOMPARE(oldExpiry.size(), newExpiry.size());
        QByteArray edited = good;
        const QByteArray from = QByteArray("\"expires\":\"") + oldExpiry;
        const QByteArray to = QByteArray("\"expires\":\"") + newExpiry;
        QVERIFY(edited.indexOf(from) > 0);
        edited.replace(edited.indexOf(from), from.size(), to);
        auto extended = Backups::restore(
            restoreOf(variant(QStringLiteral("edited.dppbackup"), edited), target), fakeClock);
        QCOMPARE(extended.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(unchanged(), qPrintable(filesIn(elsewhere.path()).join(QLatin1Char(' '))));

        // After all that, the untouched backup still restores (its expiry put back).
        g_now = g_now.addDays(-31);
        auto fine = Backups::restore(restoreOf(made->path, target), fakeClock);
        QVERIFY2(fine.ok(), qPrintable(fine.error().message()));
    }

    void backupRefusesBadInput()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f.paths);
        QVERIFY(dpo.ok());
        QVERIFY(OrderStore(*dpo.value())
                    .importRecords(orders(QStringLiteral("0000067"), 400, 3, kFreshCanary))
                    .ok());
        auto op = addUser(*dpo.value(), f.paths, QStringLiteral("otto"), {Role::Operator}, fakeClock);
        QVERIFY(op.ok());
        QVERIFY(op.value()->stepUp(bytesOf(UserPassword), {}).ok());
        QTemporaryDir drive;
        // Tried: an operator (no backup.run).
        QCOMPARE(Backups(*op.value()).create(drive.path()).error().code(), ErrorCode::PermissionDenied);
        op.value().reset();
        Vault& v = *dpo.value();
        QVERIFY(v.stepUp(bytesOf(TestPassword), {}).ok());
        Backups backups(v);
        // Tried: an expiry past 30 days, a file that exists, a folder that does not.
        QCOMPARE(backups.create(drive.path(), 31).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(backups.create(drive.path(), 0).error().code(), ErrorCode::InvalidInput);
        const QString taken = drive.filePath(QStringLiteral("taken.dppbackup"));
        QFile(taken).open(QIODevice::WriteOnly);
        QCOMPARE(backups.create(taken).error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(fileBytes(taken), QByteArray());
        QCOMPARE(backups.create(drive.filePath(QStringLiteral("no/such/folder/b.dppbackup"))).error().code(),
                 ErrorCode::NotFound);
        QVERIFY(backups.list()->isEmpty());
        // Tried: a full disk while the copy is written: no file, nothing half-written, recorded as failed.
        QVERIFY(v.database().checkpoint().ok());
        const qint64 dbSize = QFileInfo(f.paths.database()).size();
        QVERIFY(dbSize > 400 * 1024);
        const QString target = drive.filePath(QStringLiteral("full.dppbackup"));
        auto full = withFullDisk(static_cast<rlim_t>(dbSize / 2), [&] { return backups.create(target); });
        QVERIFY(!full.ok());
        QVERIFY2(full.error().message().contains(QLatin1String("disk full")),
                 qPrintable(full.error().message()));
        QCOMPARE(filesIn(drive.path()), QStringList{QStringLiteral("taken.dppbackup")});
        QCOMPARE(backups.list()->size(), 1);
        QCOMPARE(backups.list()->first().state, BackupRecord::State::Failed);
        const auto journal = BackupJournal::read(f.paths.backupJournal());
        QVERIFY(journal.ok() && journal->size() == 2); // made, then gone: a restore will not wait for it
        QCOMPARE(journal->last().reason, QStringLiteral("failed"));
        // With room, the same backup works.
        QVERIFY(backups.create(target).ok());
    }

    void expiryAndDestroy()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f.paths);
        QVERIFY(dpo.ok());
        Vault& v = *dpo.value();
        QVERIFY(OrderStore(v).importRecords(orders(QStringLiteral("0000068"), 3, 3, kFreshCanary)).ok());
        QVERIFY(v.stepUp(bytesOf(TestPassword), {}).ok());
        QTemporaryDir drive;
        Backups backups(v);
        auto month = backups.create(drive.filePath(QStringLiteral("month.dppbackup")));
        auto week = backups.create(drive.filePath(QStringLiteral("week.dppbackup")), 5);
        auto moved = backups.create(drive.filePath(QStringLiteral("moved.dppbackup")), 5);
        auto replaced = backups.create(drive.filePath(QStringLiteral("replaced.dppbackup")), 5);
        QVERIFY(month.ok() && week.ok() && moved.ok() && replaced.ok());
        // One drive is not connected; another file now sits where a backup was.
        QVERIFY(QFile::rename(moved->path, drive.filePath(QStringLiteral("elsewhere.bin"))));
        QVERIFY(QFile::remove(replaced->path));
        QFile other(replaced->path);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("someone's spreadsheet\n");
        other.close();

        g_now = g_now.addDays(6);
        auto expiry = backups.destroyExpired();
        QVERIFY2(expiry.ok(), qPrintable(expiry.error().message()));
        QCOMPARE(expiry->destroyed, 1);
        QCOMPARE(expiry->unreachable, QStringList{moved->path});
        QCOMPARE(expiry->failed.size(), 1);
        QVERIFY(!QFileInfo::exists(week->path));
        QCOMPARE(fileBytes(replaced->path), QByteArray("someone's spreadsheet\n")); // never touched
        QVERIFY(QFileInfo::exists(month->path));
        const auto journal = BackupJournal::read(f.paths.backupJournal());
        QVERIFY(journal.ok());
        QCOMPARE(journal->size(), 5); // four made, one destroyed

        // By hand, before expiry: needs step-up again (the fake clock moved on 6 days).
        QCOMPARE(backups.destroy(month->id).error().code(), ErrorCode::StepUpRequired);
        QVERIFY(v.stepUp(bytesOf(TestPassword), {}).ok());
        auto destroyed = backups.destroy(month->id);
        QVERIFY2(destroyed.ok(), qPrintable(destroyed.error().message()));
        QVERIFY(!QFileInfo::exists(month->path));
        QCOMPARE(backups.destroy(month->id).error().code(), ErrorCode::InvalidInput);
        // The moved copy: not found where it was written; recorded as gone on the person's word.
        QCOMPARE(backups.destroy(moved->id).error().code(), ErrorCode::NotFound);
        QVERIFY(backups.destroy(moved->id, true).ok());
        AuditFilter rows;
        rows.action = auditActionName(AuditAction::BackupDestroyed);
        QCOMPARE(v.audit().count(rows).value(), 4); // week (expired), replaced (failed), month, moved
        auto verified = v.verifyAudit();
        QVERIFY(verified.ok() && verified->intact);
    }

    void schedulerBacksUp()
    {
        // The daily timer: the scheduler (no PII key, no step-up) backs up; its copy still holds the
        // PII key for the people's slots, never a slot of its own.
        VaultFixture f;
        auto dpo = f.create();
        QVERIFY(dpo);
        QVERIFY(OrderStore(*dpo).importRecords(orders(QStringLiteral("0000070"), 3, 2, kFreshCanary)).ok());
        auto scheduler = switchToScheduler(dpo, f.paths);
        QVERIFY2(scheduler.ok(), qPrintable(scheduler.error().message()));
        QTemporaryDir drive;
        auto made = Backups(*scheduler.value()).create(drive.path(), 1);
        QVERIFY2(made.ok(), qPrintable(made.error().message()));
        QCOMPARE(made->createdBy, QStringLiteral("scheduler"));
        auto keys = KeySlotFile::parse(BackupFile::readHeader(made->path)->keys, made->path);
        QVERIFY(keys.ok());
        QVERIFY(keys->find(KeySlot::Kind::Password, QStringLiteral("dpo"))
                    ->has(KeySlot::Which::Pii, keys->piiCurrent));
        QVERIFY(!keys->find(KeySlot::Kind::Keychain, QStringLiteral("scheduler")));
        // Its copy opens with the DPO's password, PII and all.
        QTemporaryDir elsewhere;
        QVERIFY(Backups::restore(restoreOf(made->path, elsewhere.filePath(QStringLiteral("r.db")))).ok());
        auto back = Vault::unlock(VaultPaths(elsewhere.filePath(QStringLiteral("r.db"))),
                                  QStringLiteral("dpo"), bytesOf(TestPassword));
        QVERIFY(back.ok());
        QVERIFY(back.value()->holdsPiiKey());
    }

    void deletionRequestCompleteOnceBackupsAreGone()
    {
        VaultFixture f;
        QVERIFY(f.create());
        auto dpo = signIn(f.paths);
        QVERIFY(dpo.ok());
        Vault& v = *dpo.value();
        const auto recent = orders(QStringLiteral("0000069"), 2, 3, kFreshCanary);
        QVERIFY(OrderStore(v).importRecords(recent).ok());
        QVERIFY(v.stepUp(bytesOf(TestPassword), {}).ok());
        QTemporaryDir drive;
        auto made = Backups(v).create(drive.path());
        QVERIFY(made.ok());
        g_now = g_now.addSecs(60);

        DeletionRequests requests(v);
        NewDeletionRequest r;
        r.receivedAt = g_now;
        r.reference = QStringLiteral("AMZ-BK-1");
        r.scope = DeletionScope::Orders;
        r.orderIds = {recent.front().orderId};
        auto id = requests.record(r);
        QVERIFY(id.ok());
        auto done = requests.fulfil(id.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QVERIFY(!done->complete);
        QCOMPARE(requests.get(id.value())->status, DeletionStatus::Fulfilled);
        QCOMPARE(requests.get(id.value())->liveBackups, 1);
        // The certificate marks the data as backed up, and the certification names the backup.
        const auto certificate
            = runProgram(QStringLiteral("pdftotext"), {done->certificatePath, QStringLiteral("-")});
        const QString certificateText = QString::fromUtf8(certificate.out).simplified();
        QVERIFY2(certificateText.contains(QStringLiteral("[X] Yes [ ] No [ ] Unknown")),
                 certificate.out.constData());
        QVERIFY(certificateText.contains(made->backupId.left(8)));
        QVERIFY(certificateText.contains(QStringLiteral("AMZ-BK-1")));
        const auto certification
            = runProgram(QStringLiteral("pdftotext"), {done->certificationPath, QStringLiteral("-")});
        QVERIFY2(QString::fromUtf8(certification.out).simplified().contains(made->backupId.left(8)),
                 certification.out.constData());

        // Destroying the backup completes the request.
        QVERIFY(Backups(v).destroy(made->id).ok());
        QCOMPARE(requests.get(id.value())->status, DeletionStatus::Complete);
    }
};

QTEST_MAIN(TestBackups)
#include "TestBackups.moc"
