// OrdersBench (dpp-bench-orders): how DPP Console copes with many orders (issue 5). For each size
// (default 100,000 and 1,000,000; --orders N to choose, repeatable) it builds a database of
// synthetic orders (DemoOrders) in a temporary folder and prints:
// - import orders/s through the app (OrderStore::importRecords; generation timed apart);
// - the same rows inserted by the stock sqlcipher shell in one transaction, with the app's schema
//   (Schema::migrations()), its indexes and its connection pragmas (storage/Database.cpp), the key
//   given as x'hex' on standard input: the ratio is the app's own overhead;
// - opening the orders list (count + first page), filter and sort latency, Retention::counts,
//   resident memory (VmRSS, VmHWM);
// each next to its goal at 1,000,000 orders. Not a CTest test (a smoke run of 1,000 orders is).
#include "VaultFixture.h"
#include "backup/Backups.h"
#include "orders/DemoOrders.h"
#include "orders/OrderStore.h"
#include "purge/PurgeEngine.h"
#include "retention/Retention.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sodium.h>

using namespace dpp;
using namespace dpp::test;

namespace {

// The connection settings of storage/Database.cpp (kSettings), in its order. The shell gets the
// same, so the comparison is of the work, not of the settings.
const char* const kPragmas[] = {
    "PRAGMA cipher_memory_security = OFF;",
    "PRAGMA cipher_log_level = NONE;",
    "PRAGMA busy_timeout = 5000;",
    "PRAGMA journal_mode = WAL;",
    "PRAGMA secure_delete = ON;",
    "PRAGMA temp_store = MEMORY;",
    "PRAGMA foreign_keys = ON;",
    "PRAGMA synchronous = FULL;",
    "PRAGMA cache_size = -65536;",
};

constexpr int kChunk = 10000; //!< orders per importRecords call (one transaction each)

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString thousands(qint64 n)
{
    QString text = QString::number(n);
    for (qsizetype i = text.size() - 3; i > 0; i -= 3)
        text.insert(i, u',');
    return text;
}

qint64 procStatusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field)))
                .trimmed()
                .split(' ')
                .value(0)
                .toLongLong();
    }
    return -1;
}

double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

//! A timed call, best and median of a few runs (the first run is the one a person sees: printed).
struct Timing
{
    double first = 0;
    double median = 0;
};

Timing timeIt(const std::function<bool()>& call, int runs = 5)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!call())
            return {-1, -1};
        times << ms(timer);
    }
    Timing t;
    t.first = times.first();
    std::sort(times.begin(), times.end());
    t.median = times.at(times.size() / 2);
    return t;
}

QString verdict(double value, double goal)
{
    return value < 0    ? QStringLiteral("FAILED")
        : value <= goal ? QStringLiteral("ok")
                        : QStringLiteral("MISSED");
}

void sayTiming(const QString& what, const Timing& t, double goalMs)
{
    say(QStringLiteral("  %1 %2 ms (median of 5: %3 ms)   goal < %4 ms: %5")
            .arg(what.leftJustified(44))
            .arg(t.first, 8, 'f', 1)
            .arg(t.median, 7, 'f', 1)
            .arg(goalMs)
            .arg(verdict(t.median, goalMs)));
}

//! The app's rows as SQL text for the shell, order by order, blobs as
//! randomblob() of the app's sizes (the same bytes on disk, no hex to parse).
bool writeRawSql(Database& db, const QString& path, qint64* bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    auto orders = db.prepare(QStringLiteral(
        "SELECT o.id, '(' || quote(o.id) || ',' || quote(o.order_id) || ',' || "
        "quote(o.status) || ',' || quote(o.fulfillment_channel) || ',' || quote(o.sales_channel) || ',' || "
        "quote(o.marketplace_id) || ',' || quote(o.purchase_date) || ',' || quote(o.last_update) || ',' || "
        "quote(o.earliest_ship) || ',' || quote(o.latest_ship) || ',' || quote(o.ship_time) || ',' || "
        "quote(o.latest_delivery) || ',' || quote(o.delivery_status) || ',' || quote(o.order_total) || ',' "
        "|| "
        "quote(o.currency) || ',' || quote(o.items_shipped) || ',' || quote(o.items_unshipped) || ',' || "
        "quote(o.ship_country) || ',' || quote(o.due_basis) || ',' || quote(o.basis_time) || ',' || "
        "quote(o.paused_seconds) || ',' || quote(o.due_at) || ',' || quote(o.first_seen_cancelled) || ',' || "
        "quote(o.hold) || ',' || quote(o.pii_state) || ',' || quote(o.masked_name) || ',' || "
        "quote(o.imported_at) || ',' || quote(o.updated_at) || ')', o.order_id FROM orders o ORDER BY "
        "o.id"));
    auto items = db.prepare(QStringLiteral(
        "SELECT '(' || quote(order_key) || ',' || quote(order_item_id) || ',' "
        "|| "
        "quote(asin) || ',' || quote(seller_sku) || ',' || quote(title) || ',' || quote(quantity_ordered) || "
        "',' || quote(quantity_shipped) || ',' || quote(item_price) || ',' || quote(currency) || ')' "
        "FROM order_items WHERE order_key = ?"));
    auto pii = db.prepare(
        QStringLiteral("SELECT '(' || quote(order_key) || ',' || quote(masked) || "
                       "',randomblob(' || length(sealed) || '))' FROM order_pii WHERE order_key = ?"));
    auto keys = db.prepare(
        QStringLiteral("SELECT '(' || quote(owner_type) || ',' || quote(owner_id) || ',' || "
                       "quote(key_id) || ',randomblob(' || length(wrapped) || '))' FROM wrapped_keys "
                       "WHERE owner_type = 'order' AND owner_id = ?"));
    if (!orders || !items || !pii || !keys)
        return false;
    // Rows go out as multi-row INSERTs of kRawBatch orders per table: the shell prepares every
    // statement anew, which would otherwise measure its parsing more than the inserts.
    constexpr int kRawBatch = 500;
    const char* const tables[] = {"orders", "order_items", "order_pii", "wrapped_keys"};
    QByteArray values[4];
    int batched = 0;
    auto flush = [&] {
        QByteArray out;
        for (int t = 0; t < 4; ++t) {
            if (values[t].isEmpty())
                continue;
            out += "INSERT INTO " + QByteArray(tables[t]) + " VALUES " + values[t] + ";\n";
            values[t].clear();
        }
        file.write(out);
        batched = 0;
    };
    auto drain = [&](Statement& statement, QByteArray& into) {
        for (;;) {
            auto row = statement.step();
            if (!row || !row.value())
                break;
            if (!into.isEmpty())
                into += ',';
            into += statement.columnText(0).toUtf8();
        }
        (void)statement.reset();
    };
    for (;;) {
        auto row = orders->step();
        if (!row)
            return false;
        if (!row.value())
            break;
        const qint64 key = orders->columnInt(0);
        if (!values[0].isEmpty())
            values[0] += ',';
        values[0] += orders->columnText(1).toUtf8();
        const QString orderId = orders->columnText(2);
        drain(items->bind(1, key), values[1]);
        drain(pii->bind(1, key), values[2]);
        drain(keys->bind(1, orderId), values[3]);
        if (++batched == kRawBatch)
            flush();
    }
    flush();
    *bytes = file.size();
    return true;
}

//! Runs the shell over a fresh database: key on standard input, pragmas, schema, then the rows in
//! one transaction. Returns the seconds the whole shell run took (schema included: it is tiny).
double rawShell(const QString& dbPath, const QString& sqlPath)
{
    unsigned char key[32];
    randombytes_buf(key, sizeof key);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, key, sizeof key);
    sodium_memzero(key, sizeof key);
    QByteArray script = "PRAGMA key = \"x'" + QByteArray(hex) + "'\";\n";
    sodium_memzero(hex, sizeof hex);
    for (const char* pragma : kPragmas)
        script += QByteArray(pragma) + '\n';
    script += "BEGIN;\n";
    for (const Migration& step : Schema::migrations()) {
        for (const QString& sql : step.statements)
            script += sql.toUtf8() + ";\n";
    }
    script += "COMMIT;\n";
    // Output of the pragmas would clutter the pipe; the shell's .output sends it nowhere.
    script = ".output /dev/null\n" + script + "BEGIN;\n.read " + sqlPath.toUtf8() + "\nCOMMIT;\n";
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-bail"), dbPath});
    if (!shell.waitForStarted(10000))
        return -1;
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        return -1;
    script.fill('\0');
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

int runSize(qint64 count, bool raw)
{
    say(QString());
    say(QStringLiteral("== %1 orders ==").arg(thousands(count)));
    VaultFixture fixture;
    if (!fixture.dir.isValid())
        return 1;
    if (!fixture.create())
        return 1;
    auto opened = fixture.unlock();
    if (!opened) {
        say(opened.error().message());
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    double generateSeconds = 0;
    double importSeconds = 0;
    {
        OrderStore store(*opened.value());
        for (qint64 done = 0; done < count;) {
            const int chunk = static_cast<int>(std::min<qint64>(kChunk, count - done));
            QElapsedTimer timer;
            timer.start();
            const auto records = DemoOrders::generate(chunk, now, 1, static_cast<int>(done));
            generateSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
            timer.restart();
            auto summary = store.importRecords(records);
            importSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
            if (!summary || summary->added != chunk) {
                say(QStringLiteral("import failed: %1")
                        .arg(summary ? QStringLiteral("not all new") : summary.error().message()));
                return 1;
            }
            done += chunk;
            if (count >= 100000 && done % (count / 10) == 0)
                std::fprintf(stderr, "  ... %lld of %lld imported (%.0f s)\n", static_cast<long long>(done),
                             static_cast<long long>(count), importSeconds);
        }
    }
    const double appRate = static_cast<double>(count) / importSeconds;
    say(QStringLiteral("  generation (DemoOrders, not counted)               %1 s")
            .arg(generateSeconds, 8, 'f', 2));
    say(QStringLiteral("  import through the app (importRecords, %1 a transaction)  %2 s = %3 orders/s")
            .arg(thousands(kChunk))
            .arg(importSeconds, 8, 'f', 2)
            .arg(thousands(static_cast<qint64>(appRate))));
    const qint64 rssAfterImport = procStatusKiB("VmRSS:");
    opened.value().reset();

    // A fresh session, as the console opens it: the first page is what a person waits for.
    auto vault = fixture.unlock();
    if (!vault) {
        say(vault.error().message());
        return 1;
    }
    OrderStore store(*vault.value());
    Retention retention(*vault.value());
    qint64 total = -1;
    const Timing firstPage = timeIt([&] {
        auto n = store.count(OrderFilter{});
        OrderPageRequest request;
        request.sort = OrderSort::PurchaseDate;
        request.descending = true;
        auto page = store.page(request);
        total = n ? n.value() : -1;
        return n && page && !page->rows.isEmpty();
    });
    if (total != count)
        say(QStringLiteral("  count says %1, expected %2").arg(total).arg(count));
    sayTiming(QStringLiteral("orders list: count + first page (200)"), firstPage, 50);

    auto filtered = [&](const OrderFilter& filter, OrderSort sort, bool descending) {
        return [&store, filter, sort, descending] {
            OrderPageRequest request;
            request.filter = filter;
            request.sort = sort;
            request.descending = descending;
            auto n = store.count(filter);
            auto page = store.page(request);
            return n && page;
        };
    };
    OrderFilter status;
    status.statuses = {QStringLiteral("Unshipped")};
    sayTiming(QStringLiteral("filter status Unshipped (count + page)"),
              timeIt(filtered(status, OrderSort::PurchaseDate, true)), 100);
    OrderFilter market;
    market.marketplaceId = QStringLiteral("A1PA6795UKMFR9");
    sayTiming(QStringLiteral("filter marketplace (count + page)"),
              timeIt(filtered(market, OrderSort::PurchaseDate, true)), 100);
    OrderFilter range;
    range.purchasedFrom = now.addDays(-14);
    range.purchasedTo = now.addDays(-7);
    sayTiming(QStringLiteral("filter purchase date, one week (count + page)"),
              timeIt(filtered(range, OrderSort::PurchaseDate, true)), 100);
    OrderFilter prefix;
    prefix.orderIdPrefix = QStringLiteral("999-0000001-00004");
    sayTiming(QStringLiteral("filter order id prefix (count + page)"),
              timeIt(filtered(prefix, OrderSort::PurchaseDate, true)), 100);
    OrderFilter statusAndMarket = status;
    statusAndMarket.marketplaceId = market.marketplaceId;
    sayTiming(QStringLiteral("filter status + marketplace, by due (count + page)"),
              timeIt(filtered(statusAndMarket, OrderSort::DueDate, false)), 100);
    sayTiming(QStringLiteral("sort by due date (first page)"), timeIt([&] {
                  OrderPageRequest request;
                  request.sort = OrderSort::DueDate;
                  return store.page(request).ok();
              }),
              100);
    sayTiming(QStringLiteral("sort by purchase date, descending (first page)"), timeIt([&] {
                  OrderPageRequest request;
                  request.sort = OrderSort::PurchaseDate;
                  request.descending = true;
                  return store.page(request).ok();
              }),
              100);
    sayTiming(QStringLiteral("page 2,500 rows deep by cursor (13 pages)"), timeIt([&] {
                  OrderPageRequest request;
                  request.sort = OrderSort::DueDate;
                  for (int i = 0; i < 13; ++i) {
                      auto page = store.page(request);
                      if (!page)
                          return false;
                      if (page->rows.size() < request.limit)
                          return true; // a small database ends sooner
                      request.after = page->cursors.last();
                  }
                  return true;
              }),
              100);
    sayTiming(QStringLiteral("Retention::counts"), timeIt([&] { return retention.counts().ok(); }), 100);

    const qint64 rss = procStatusKiB("VmRSS:");
    const qint64 hwm = procStatusKiB("VmHWM:");
    say(QStringLiteral(
            "  resident memory: VmRSS %1 MiB after import, %2 MiB now; VmHWM %3 MiB   goal < 200 MB: %4")
            .arg(rssAfterImport / 1024)
            .arg(rss / 1024)
            .arg(hwm / 1024)
            .arg(verdict(static_cast<double>(hwm) * 1024 / 1e6, 200)));
    const qint64 dbBytes = QFile(fixture.paths.database()).size();
    say(QStringLiteral("  database file %1 MB").arg(dbBytes / 1000000));

    if (!raw)
        return 0;
    const QString sqlPath = fixture.dir.filePath(QStringLiteral("raw-inserts.sql"));
    qint64 sqlBytes = 0;
    if (!writeRawSql(vault.value()->database(), sqlPath, &sqlBytes)) {
        say(QStringLiteral("  could not write the raw SQL"));
        return 1;
    }
    vault.value().reset();
    const double rawSeconds = rawShell(fixture.dir.filePath(QStringLiteral("raw.db")), sqlPath);
    // DPP_BENCH_KEEP_SQL=PATH keeps the SQL text there, to run the shell by hand.
    if (const QString keep = qEnvironmentVariable("DPP_BENCH_KEEP_SQL"); !keep.isEmpty())
        QFile::rename(sqlPath, keep);
    QFile::remove(sqlPath);
    if (rawSeconds < 0) {
        say(QStringLiteral("  the sqlcipher shell failed"));
        return 1;
    }
    say(QStringLiteral(
            "  raw sqlcipher shell, one transaction, the app's pragmas (%1 MB of SQL)  %2 s = %3 orders/s")
            .arg(sqlBytes / 1000000)
            .arg(rawSeconds, 8, 'f', 2)
            .arg(thousands(static_cast<qint64>(static_cast<double>(count) / rawSeconds))));
    const double ratio = importSeconds / rawSeconds;
    say(QStringLiteral("  app / raw time ratio %1   goal <= 1.5: %2")
            .arg(ratio, 0, 'f', 2)
            .arg(verdict(ratio, 1.5)));
    return 0;
}

//! count demo orders, all shipped, order i shipped shippedDay(i) days from now, 10,000 a transaction.
bool importShipped(Vault& vault, qint64 count, const std::function<int(std::size_t)>& shippedDay)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 done = 0; done < count;) {
        const int chunk = static_cast<int>(std::min<qint64>(kChunk, count - done));
        auto records = DemoOrders::generate(chunk, now, 2, static_cast<int>(done));
        for (std::size_t i = 0; i < records.size(); ++i) {
            records[i].status = QStringLiteral("Shipped");
            records[i].shipTime = now.addDays(shippedDay(i));
        }
        if (!OrderStore(vault).importRecords(records))
            return false;
        done += chunk;
    }
    return true;
}

} // namespace

/*!
 * Issue 6: purging count due orders through PurgeEngine (the deletes and tombstones in one
 * transaction, VACUUM, wal_checkpoint(TRUNCATE), then the verification that reads every decrypted
 * page), against the same deletes through the stock shell with secure_delete and VACUUM on a copy
 * of the same database.
 */
int runPurge(qint64 count)
{
    say(QString());
    say(QStringLiteral("== purging %1 due orders ==").arg(thousands(count)));
    VaultFixture fixture;
    if (!fixture.dir.isValid() || !fixture.create())
        return 1;
    auto opened = fixture.unlock();
    if (!opened)
        return 1;
    Vault& vault = *opened.value();
    // Every one shipped 60 days ago: due 30 days ago.
    if (!importShipped(vault, count, [](std::size_t) { return -60; }))
        return 1;
    if (!vault.database().checkpoint())
        return 1;
    const QString copy = fixture.dir.filePath(QStringLiteral("shell-copy.db"));
    if (!QFile::copy(vault.paths().database(), copy))
        return 1;
    say(QStringLiteral("  database file before the purge %1 MB").arg(QFileInfo(copy).size() / 1000000));

    if (!vault.stepUp(bytesOf(TestPassword), {}))
        return 1;
    QElapsedTimer timer;
    timer.start();
    double deletesSeconds = 0;
    auto run = PurgeEngine(vault).purge({}, [&](qint64 done, qint64 total) {
        if (done == total)
            deletesSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return true;
    });
    const double appSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!run) {
        say(run.error().message());
        return 1;
    }
    say(QStringLiteral(
            "  purge through the app: %1 orders in %2 s (deletes and tombstones %3 s; then ledger, "
            "commit, VACUUM, checkpoint, verification of %4 pages)")
            .arg(thousands(run->orderIds.size()))
            .arg(appSeconds, 0, 'f', 2)
            .arg(deletesSeconds, 0, 'f', 2)
            .arg(thousands(run->verification.pagesScanned)));
    say(QStringLiteral("  verification passed: %1")
            .arg(run->verification.passed() ? QStringLiteral("yes") : QStringLiteral("NO")));
    say(QStringLiteral("  database file after the purge %1 MB")
            .arg(QFileInfo(vault.paths().database()).size() / 1000000));

    // The same deletes through the stock shell, on the copy.
    double shellSeconds = -1;
    const auto keyed = vault.withDatabaseKey([&](const SecureBytes& key) -> Result<void> {
        QByteArray script
            = ".output /dev/null\nPRAGMA key = \"x'" + key.view().toByteArray().toHex() + "'\";\n";
        for (const char* pragma : kPragmas)
            script += QByteArray(pragma) + '\n';
        script += "BEGIN;\n"
                  "CREATE TEMP TABLE due AS SELECT id, order_id, due_basis FROM orders WHERE due_at < "
            + QByteArray::number(QDateTime::currentSecsSinceEpoch())
            + " AND pii_state = 'present' AND hold NOT LIKE '%legal%';\n"
              "INSERT INTO purge_runs (started_at, actor, reason, status) VALUES (0, 'bench', 'due', "
              "'running');\n"
              "DELETE FROM wrapped_keys WHERE owner_type = 'order' AND owner_id IN (SELECT order_id FROM "
              "due);\n"
              "DELETE FROM order_pii WHERE order_key IN (SELECT id FROM due);\n"
              "UPDATE orders SET pii_state = 'purged', masked_name = '' WHERE id IN (SELECT id FROM due);\n"
              "INSERT INTO purge_ledger (order_id, purged_at, due_basis, run_id, actor, scope) SELECT "
              "order_id, 0, "
              "due_basis, (SELECT max(id) FROM purge_runs), 'bench', 'pii' FROM due;\n"
              "COMMIT;\nVACUUM;\nPRAGMA wal_checkpoint(TRUNCATE);\n";
        QProcess shell;
        shell.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer shellTimer;
        shellTimer.start();
        shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-bail"), copy});
        if (!shell.waitForStarted(10000))
            return Error(ErrorCode::Failed, QStringLiteral("no shell"));
        shell.write(script);
        script.fill('\0');
        shell.closeWriteChannel();
        if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
            return Error(ErrorCode::Failed, QStringLiteral("the shell failed"));
        shellSeconds = static_cast<double>(shellTimer.nsecsElapsed()) / 1e9;
        return success();
    });
    if (!keyed || shellSeconds <= 0) {
        say(QStringLiteral("  the sqlcipher shell failed"));
        return 1;
    }
    say(QStringLiteral(
            "  the same deletes through the sqlcipher shell (secure_delete, VACUUM, checkpoint): %1 s")
            .arg(shellSeconds, 0, 'f', 2));
    say(QStringLiteral("  app / shell time ratio %1 (the app's figure includes its verification)")
            .arg(appSeconds / shellSeconds, 0, 'f', 2));
    return 0;
}

/*!
 * Issue 6, item 6: a backup of count orders (half of them due), the due half purged, then a
 * restore of the backup with the live ledger, which purges that half again before anything is
 * shown; against a plain copy of the database file (the floor for writing the same bytes).
 */
int runBackup(qint64 count)
{
    say(QString());
    say(QStringLiteral("== backup and restore of %1 orders ==").arg(thousands(count)));
    VaultFixture fixture;
    if (!fixture.dir.isValid() || !fixture.create())
        return 1;
    auto opened = fixture.unlock();
    if (!opened)
        return 1;
    Vault& vault = *opened.value();
    // Every other one shipped 60 days ago (due), the rest yesterday.
    if (!importShipped(vault, count, [](std::size_t i) { return i % 2 == 0 ? -60 : -1; }))
        return 1;
    if (!vault.database().checkpoint())
        return 1;
    const qint64 bytes = QFileInfo(vault.paths().database()).size();
    say(QStringLiteral("  database file %1 MB").arg(bytes / 1000000));
    QTemporaryDir drive;
    QElapsedTimer timer;
    timer.start();
    if (!QFile::copy(vault.paths().database(), drive.filePath(QStringLiteral("plain-copy.db"))))
        return 1;
    const double copySeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QFile::remove(drive.filePath(QStringLiteral("plain-copy.db")));
    // The stock shell's sqlcipher_export to a new key: what a backup costs at the least.
    double exportSeconds = -1;
    const auto keyed = vault.withDatabaseKey([&](const SecureBytes& key) -> Result<void> {
        QByteArray script = ".output /dev/null\nPRAGMA key = \"x'" + key.view().toByteArray().toHex()
            + "'\";\nATTACH DATABASE '" + QFile::encodeName(drive.filePath(QStringLiteral("shell-export.db")))
            + "' AS copy KEY \"x'" + QByteArray(64, 'a')
            + "'\";\nSELECT sqlcipher_export('copy');\nDETACH copy;\n";
        QProcess shell;
        QElapsedTimer shellTimer;
        shellTimer.start();
        shell.start(QStringLiteral("sqlcipher"), {QStringLiteral("-bail"), vault.paths().database()});
        if (!shell.waitForStarted(10000))
            return Error(ErrorCode::Failed, QStringLiteral("no shell"));
        shell.write(script);
        script.fill('\0');
        shell.closeWriteChannel();
        if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
            return Error(ErrorCode::Failed, QStringLiteral("the shell failed"));
        exportSeconds = static_cast<double>(shellTimer.nsecsElapsed()) / 1e9;
        return success();
    });
    if (!keyed)
        return 1;
    QFile::remove(drive.filePath(QStringLiteral("shell-export.db")));
    if (!vault.stepUp(bytesOf(TestPassword), {}))
        return 1;
    timer.restart();
    auto made = Backups(vault).create(drive.path());
    const double backupSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!made) {
        say(made.error().message());
        return 1;
    }
    say(QStringLiteral("  backup (sqlcipher_export under its own key, checksum, container): %1 s, %2 MB")
            .arg(backupSeconds, 0, 'f', 2)
            .arg(made->size / 1000000));
    say(QStringLiteral(
            "  the stock shell's sqlcipher_export alone: %1 s (app / shell %2); a plain copy of the "
            "file: %3 s")
            .arg(exportSeconds, 0, 'f', 2)
            .arg(backupSeconds / exportSeconds, 0, 'f', 2)
            .arg(copySeconds, 0, 'f', 2));
    auto purged = PurgeEngine(vault).purge({});
    if (!purged)
        return 1;
    opened.value().reset();

    QTemporaryDir elsewhere;
    RestoreRequest request;
    request.backupPath = made->path;
    request.target = elsewhere.filePath(QStringLiteral("restored.db"));
    request.username = QStringLiteral("dpo");
    request.password = bytesOf(TestPassword);
    request.ledgers << fixture.paths.ledger();
    timer.restart();
    auto restored = Backups::restore(request);
    const double restoreSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!restored) {
        say(restored.error().message());
        return 1;
    }
    say(QStringLiteral("  restore (unpack, checksum, sign-in, replay of %1 purged orders with VACUUM and "
                       "verification, certificate, move into place): %2 s")
            .arg(thousands(restored->replayed))
            .arg(restoreSeconds, 0, 'f', 2));
    return restored->replayed == purged->orderIds.size() ? 0 : 1;
}

int main(int argc, char* argv[])
{
    // A restore draws its certificate (QPdfWriter), which needs a GUI application: offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QList<qint64> sizes;
    QList<qint64> purges;
    QList<qint64> backups;
    bool raw = true;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--orders") && i + 1 < args.size()) {
            bool ok = false;
            const qint64 n = args.at(++i).toLongLong(&ok);
            if (!ok || n < 1 || n > 9999999) {
                std::fputs("dpp-bench-orders: --orders takes 1 to 9999999\n", stderr);
                return 2;
            }
            sizes << n;
        } else if (args.at(i) == QLatin1String("--purge") && i + 1 < args.size()) {
            purges << args.at(++i).toLongLong();
        } else if (args.at(i) == QLatin1String("--backup") && i + 1 < args.size()) {
            backups << args.at(++i).toLongLong();
        } else if (args.at(i) == QLatin1String("--no-raw")) {
            raw = false;
        } else {
            std::fputs("usage: dpp-bench-orders [--orders N]... [--purge N]... [--backup N]... [--no-raw]\n",
                       stderr);
            return 2;
        }
    }
    if (sizes.isEmpty() && purges.isEmpty() && backups.isEmpty())
        sizes = {100000, 1000000};
    say(QStringLiteral("DPP Console orders benchmark: SQLCipher %1, %2 cores; goals are for 1,000,000 orders")
            .arg(Database::cipherVersion())
            .arg(QThread::idealThreadCount()));
    for (qint64 n : sizes) {
        if (const int failed = runSize(n, raw))
            return failed;
    }
    for (qint64 n : purges) {
        if (const int failed = runPurge(n))
            return failed;
    }
    for (qint64 n : backups) {
        if (const int failed = runBackup(n))
            return failed;
    }
    return 0;
}
