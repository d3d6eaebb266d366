// Schema: the numbered migrations and the runner that applies them one transaction per step.
#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace dpp {

const std::vector<Migration>& Schema::migrations()
{
    // Append only: a released step is never edited, since databases out there already ran it.
    static const std::vector<Migration> steps{
        {1,
         QStringLiteral("principals and roles"),
         {
             QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE principals(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                 "display_name TEXT NOT NULL, "
                 "kind TEXT NOT NULL CHECK (kind IN ('user','service')), "
                 "status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','disabled','locked')), "
                 "created_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE principal_roles(principal_id INTEGER NOT NULL REFERENCES principals(id), "
                 "role TEXT NOT NULL, PRIMARY KEY (principal_id, role))"),
         }},
        {2,
         QStringLiteral("settings"),
         {
             QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                            "changed_at TEXT NOT NULL, changed_by INTEGER REFERENCES principals(id))"),
         }},
        {3,
         QStringLiteral("audit log"),
         {
             // The audit key (random, app/audit/AuditLog.cpp) lives here, not derived from the
             // database key, so rotating that key leaves every old row verifiable.
             QStringLiteral(
                 "CREATE TABLE audit_state(id INTEGER PRIMARY KEY CHECK (id = 1), key BLOB NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE audit_log(seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor_id INTEGER, "
                 "actor TEXT NOT NULL, action TEXT NOT NULL, object_type TEXT NOT NULL, "
                 "object_id TEXT NOT NULL, "
                 "outcome TEXT NOT NULL CHECK (outcome IN ('allowed','denied','failed')), "
                 "details TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
             QStringLiteral("CREATE INDEX audit_log_actor ON audit_log(actor, at)"),
             QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, at)"),
         }},
        {4,
         QStringLiteral("alarms and canaries"),
         {
             // Issue 3, item 4: an alarm keeps the audit rows that raised it (alarm_rows), so the
             // acknowledging person sees the evidence and re-evaluation never raises it twice.
             QStringLiteral(
                 "CREATE TABLE alarms(id INTEGER PRIMARY KEY, rule TEXT NOT NULL, "
                 "severity TEXT NOT NULL CHECK (severity IN ('info','warning','critical')), "
                 "raised_at TEXT NOT NULL, subject TEXT NOT NULL, "
                 "status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','acknowledged')), "
                 "acknowledged_by INTEGER REFERENCES principals(id), acknowledged_at TEXT, note TEXT)"),
             QStringLiteral("CREATE TABLE alarm_rows(alarm_id INTEGER NOT NULL REFERENCES alarms(id), "
                            "seq INTEGER NOT NULL, PRIMARY KEY (alarm_id, seq))"),
             QStringLiteral("CREATE INDEX alarm_rows_seq ON alarm_rows(seq)"),
             QStringLiteral("CREATE INDEX alarms_status ON alarms(status, raised_at)"),
             // Item 5: canary records, planted by the DPO; any reveal, print or export of one is
             // a critical alarm.
             QStringLiteral("CREATE TABLE canaries(object_type TEXT NOT NULL, object_id TEXT NOT NULL, "
                            "planted_at TEXT NOT NULL, planted_by INTEGER REFERENCES principals(id), "
                            "PRIMARY KEY (object_type, object_id))"),
         }},
        {5,
         QStringLiteral("user accounts, second factors, PII data keys"),
         {
             // Issue 4: what an account needs besides its name and roles. Times are UTC ISO 8601.
             // leaving_at: the day the person leaves (the account is disabled from then on).
             QStringLiteral("ALTER TABLE principals ADD COLUMN password_set_at TEXT"),
             QStringLiteral(
                 "ALTER TABLE principals ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE principals ADD COLUMN last_sign_in_at TEXT"),
             QStringLiteral("ALTER TABLE principals ADD COLUMN leaving_at TEXT"),
             QStringLiteral("ALTER TABLE principals ADD COLUMN disabled_at TEXT"),
             // The TOTP key, sealed (libsodium sealed box) to the public key of the person's own
             // password slot: only their password opens it, not the database key others hold.
             QStringLiteral("ALTER TABLE principals ADD COLUMN totp_sealed BLOB"),
             QStringLiteral("ALTER TABLE principals ADD COLUMN totp_enrolled_at TEXT"),
             QStringLiteral("ALTER TABLE principals ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT -1"),
             // An enrollment started but not yet confirmed with a code.
             QStringLiteral("ALTER TABLE principals ADD COLUMN totp_pending BLOB"),
             QStringLiteral("UPDATE principals SET password_set_at = created_at WHERE kind = 'user'"),
             // Argon2id hashes (crypto_pwhash_str) of the current and previous passwords.
             QStringLiteral("CREATE TABLE password_history(principal_id INTEGER NOT NULL REFERENCES "
                            "principals(id), hash TEXT NOT NULL, set_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX password_history_principal ON password_history(principal_id, set_at)"),
             QStringLiteral("CREATE TABLE recovery_codes(principal_id INTEGER NOT NULL REFERENCES "
                            "principals(id), hash TEXT NOT NULL, created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX recovery_codes_principal ON recovery_codes(principal_id)"),
             // Every data key wrapped by the PII key (orders' keys, issue 5), named by owner, so a
             // PII key rotation re-wraps them all in one transaction. key_id names the PII key.
             QStringLiteral(
                 "CREATE TABLE wrapped_keys(owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, "
                 "key_id TEXT NOT NULL, wrapped BLOB NOT NULL, PRIMARY KEY (owner_type, owner_id))"),
             QStringLiteral("CREATE INDEX wrapped_keys_key ON wrapped_keys(key_id)"),
         }},
        {6,
         QStringLiteral("orders, their sealed PII, retention holds"),
         {
             // Issue 5. Order facts (not PII) in plain columns; times are Unix seconds UTC so lists
             // sort and filter on indexes. purchase_date holds OrderStore::UnknownPurchaseDate and
             // due_at OrderStore::NoDueDate when there is none, so keyset paging never meets NULL.
             // hold: the active holds ("", "legal", "tax", "legal,tax"), copied from order_holds.
             QStringLiteral(
                 "CREATE TABLE orders(id INTEGER PRIMARY KEY, order_id TEXT NOT NULL UNIQUE, status TEXT, "
                 "fulfillment_channel TEXT, sales_channel TEXT, marketplace_id TEXT, "
                 "purchase_date INTEGER NOT NULL, last_update INTEGER, earliest_ship INTEGER, "
                 "latest_ship INTEGER, ship_time INTEGER, latest_delivery INTEGER, delivery_status TEXT, "
                 "order_total TEXT, currency TEXT, items_shipped INTEGER, items_unshipped INTEGER, "
                 "ship_country TEXT, due_basis TEXT NOT NULL, basis_time INTEGER, "
                 "paused_seconds INTEGER NOT NULL DEFAULT 0, due_at INTEGER NOT NULL, "
                 "first_seen_cancelled INTEGER, hold TEXT NOT NULL DEFAULT '', "
                 "pii_state TEXT NOT NULL CHECK (pii_state IN ('none','present','purged')), "
                 "masked_name TEXT NOT NULL DEFAULT '', imported_at INTEGER NOT NULL, "
                 "updated_at INTEGER NOT NULL)"),
             // Each index carries the columns its lists and counts filter on besides its key, so
             // they read the index alone, never the table (a million orders: 1.7 GB): the due
             // index answers the retention counts, the status indexes a status with a marketplace.
             QStringLiteral("CREATE INDEX orders_purchase ON orders(purchase_date)"),
             QStringLiteral("CREATE INDEX orders_due ON orders(due_at, pii_state, hold)"),
             QStringLiteral(
                 "CREATE INDEX orders_status_purchase ON orders(status, purchase_date, marketplace_id)"),
             QStringLiteral("CREATE INDEX orders_status_due ON orders(status, due_at, marketplace_id)"),
             QStringLiteral(
                 "CREATE INDEX orders_marketplace_purchase ON orders(marketplace_id, purchase_date)"),
             QStringLiteral("CREATE INDEX orders_hold ON orders(hold) WHERE hold <> ''"),
             QStringLiteral(
                 "CREATE TABLE order_items(order_key INTEGER NOT NULL REFERENCES orders(id), "
                 "order_item_id TEXT NOT NULL, asin TEXT, seller_sku TEXT, title TEXT, "
                 "quantity_ordered INTEGER, quantity_shipped INTEGER, item_price TEXT, currency TEXT, "
                 "PRIMARY KEY (order_key, order_item_id)) WITHOUT ROWID"),
             // One row per order with PII: masked = JSON object field name -> masked form; sealed =
             // each field sealed on its own with the order's data key (docs/orders-format.md).
             QStringLiteral("CREATE TABLE order_pii(order_key INTEGER PRIMARY KEY REFERENCES orders(id), "
                            "masked TEXT NOT NULL, sealed BLOB NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE order_holds(id INTEGER PRIMARY KEY, order_key INTEGER NOT NULL "
                 "REFERENCES orders(id), kind TEXT NOT NULL CHECK (kind IN ('legal','tax')), "
                 "reason TEXT NOT NULL, review_date TEXT, set_by INTEGER REFERENCES principals(id), "
                 "set_by_name TEXT NOT NULL, set_at INTEGER NOT NULL, released_by_name TEXT, "
                 "released_at INTEGER)"),
             QStringLiteral("CREATE INDEX order_holds_order ON order_holds(order_key, released_at)"),
         }},
        {7,
         QStringLiteral("purge runs and the purge ledger"),
         {
             // Issue 6. A run: who, why, how many, the SHA-256 over its sorted order ids, the
             // verification (JSON of PurgeVerification) and the certificate's fingerprint.
             QStringLiteral(
                 "CREATE TABLE purge_runs(id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, "
                 "finished_at INTEGER, actor_id INTEGER REFERENCES principals(id), actor TEXT NOT NULL, "
                 "reason TEXT NOT NULL CHECK (reason IN ('due','selection','deletion-request')), "
                 "request_id INTEGER, order_count INTEGER NOT NULL DEFAULT 0, ids_sha256 TEXT, "
                 "verification TEXT, certificate_sha256 TEXT, "
                 "status TEXT NOT NULL CHECK (status IN ('running','done','failed')))"),
             // One tombstone per purged order: ids and times only, never PII.
             QStringLiteral(
                 "CREATE TABLE purge_ledger(order_id TEXT PRIMARY KEY, purged_at INTEGER NOT NULL, "
                 "due_basis TEXT NOT NULL, run_id INTEGER NOT NULL REFERENCES purge_runs(id), "
                 "request_id INTEGER, actor TEXT NOT NULL, "
                 "scope TEXT NOT NULL CHECK (scope IN ('pii','everything')))"),
             QStringLiteral("CREATE INDEX purge_ledger_run ON purge_ledger(run_id)"),
         }},
        {8,
         QStringLiteral("Amazon's deletion requests"),
         {
             // Issue 6, item 5. Times are Unix seconds UTC. order_ids: the listed ids, one a line
             // (scope 'orders'); range_from/range_to: ISO dates, both included (scope 'range').
             // note: the DPO's free text, kept here only (never in the audit log or a certificate).
             QStringLiteral(
                 "CREATE TABLE deletion_requests(id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, "
                 "reference TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('delete','return')), "
                 "scope TEXT NOT NULL CHECK (scope IN ('everything','orders','range')), "
                 "order_ids TEXT NOT NULL DEFAULT '', range_from TEXT, range_to TEXT, "
                 "note TEXT NOT NULL DEFAULT '', recorded_at INTEGER NOT NULL, recorded_by TEXT NOT NULL, "
                 "fulfilled_at INTEGER, fulfilled_by TEXT, run_id INTEGER REFERENCES purge_runs(id), "
                 "purged_count INTEGER NOT NULL DEFAULT 0, certificate_path TEXT NOT NULL DEFAULT '', "
                 "certification_path TEXT NOT NULL DEFAULT '', certification_sha256 TEXT, "
                 "export_path TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX deletion_requests_received ON deletion_requests(received_at)"),
         }},
        {9,
         QStringLiteral("backups, the tax archive, purge runs' context"),
         {
             // Issue 6, item 6. One row per backup this database made (a SQLCipher copy under its
             // own key, docs/backup-format.md), kept after the file is destroyed, so deletion
             // requests can tell whether a copy made before them may still exist. Times are Unix
             // seconds UTC; backup_id is the UUID in the file's header.
             QStringLiteral(
                 "CREATE TABLE backups(id INTEGER PRIMARY KEY, backup_id TEXT NOT NULL UNIQUE, "
                 "path TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, "
                 "created_by TEXT NOT NULL, size INTEGER NOT NULL DEFAULT 0, "
                 "orders INTEGER NOT NULL DEFAULT 0, pii_orders INTEGER NOT NULL DEFAULT 0, "
                 "status TEXT NOT NULL CHECK (status IN ('writing','present','destroyed','failed')), "
                 "destroyed_at INTEGER, destroyed_by TEXT, destroy_reason TEXT)"),
             QStringLiteral("CREATE INDEX backups_created ON backups(created_at)"),
             // The invoice fields of orders under a tax hold, sealed to the tax archive key before
             // their PII is purged (docs/tax-archive-format.md); the file goes to offline storage.
             QStringLiteral(
                 "CREATE TABLE tax_archives(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, "
                 "path TEXT NOT NULL, sha256 TEXT NOT NULL, order_count INTEGER NOT NULL, "
                 "created_at INTEGER NOT NULL, key_id TEXT NOT NULL)"),
             // Why a run purged besides its reason: "restore:<backup id>" for the replay after a
             // restore (purge_runs.reason keeps its CHECK; SQLite cannot change one in place).
             QStringLiteral("ALTER TABLE purge_runs ADD COLUMN context TEXT NOT NULL DEFAULT ''"),
         }},
    };
    return steps;
}

int Schema::latestVersion()
{
    return migrations().back().version;
}

Result<int> Schema::version(Database& db)
{
    Result<Statement> query = db.prepare(QStringLiteral("PRAGMA user_version"));
    if (!query)
        return query.error();
    Result<bool> row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::Failed, tr("Cannot read the schema version of the database."));
    return static_cast<int>(query->columnInt(0));
}

Result<void> Schema::migrate(Database& db, int targetVersion)
{
    return migrate(db, migrations(), targetVersion);
}

namespace {

Result<void> runStep(Database& db, const Migration& step)
{
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // Read again under the write lock: another process may have run this step meanwhile.
    Result<int> current = Schema::version(db);
    if (!current)
        return current.error();
    if (current.value() >= step.version)
        return success();
    for (const QString& sql : step.statements) {
        Result<void> done = db.exec(sql);
        if (!done)
            return Error(done.error().code(),
                         Schema::tr("Updating the database to schema version %1 (%2) failed; "
                                    "it stays at version %3. %4")
                             .arg(QString::number(step.version), step.description,
                                  QString::number(current.value()), done.error().message()));
    }
    // Our own number, not data, so a literal is fine here; PRAGMAs take no bound values. The header
    // write is part of this transaction, so the version and the step's changes commit together.
    DPP_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)));
    return transaction->commit();
}

} // namespace

Result<void> Schema::migrate(Database& db, const std::vector<Migration>& steps, int targetVersion)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != static_cast<int>(i) + 1)
            return Error(ErrorCode::InvalidInput,
                         tr("The schema steps are not numbered 1, 2, 3, ... in order."));
    }
    const int latest = static_cast<int>(steps.size());
    if (targetVersion == -1)
        targetVersion = latest;
    if (targetVersion < 0 || targetVersion > latest)
        return Error(ErrorCode::InvalidInput,
                     tr("There is no schema version %1 (the latest is %2).").arg(targetVersion).arg(latest));

    Result<int> current = version(db);
    if (!current)
        return current.error();
    if (current.value() > latest)
        return Error(ErrorCode::Unsupported,
                     tr("The database was made by a newer DPP Console (schema version %1; this "
                        "version knows up to %2). Update DPP Console to open it.")
                         .arg(current.value())
                         .arg(latest));
    if (current.value() > targetVersion)
        return Error(ErrorCode::InvalidInput,
                     tr("The database is at schema version %1, newer than the requested %2; "
                        "a database is never downgraded.")
                         .arg(current.value())
                         .arg(targetVersion));

    for (const Migration& step : steps) {
        if (step.version > current.value() && step.version <= targetVersion)
            DPP_TRY(runStep(db, step));
    }
    return success();
}

} // namespace dpp
