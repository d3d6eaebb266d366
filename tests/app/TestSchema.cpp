// TestSchema: the numbered migrations, from empty and from an older database, and their refusals.
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace dpp;

namespace {

constexpr std::size_t kKeySize = 32;

QStringList tableNames(Database& db)
{
    QStringList names;
    auto query
        = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!query)
        return names;
    while (query->step().value())
        names << query->columnText(0);
    return names;
}

int versionOf(Database& db)
{
    const auto version = Schema::version(db);
    return version.ok() ? version.value() : -1;
}

} // namespace

class TestSchema final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migrationsAreNumbered();
    void emptyToLatest();
    void fromVersionOneKeepsRows();
    void migrateTwiceIsHarmless();
    void constraintsHold();
    void newerDatabaseRefusedUntouched();
    void badTargetRefused_data();
    void badTargetRefused();
    void failingStepKeepsVersion_data();
    void failingStepKeepsVersion();
    void badStepListRefused();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("dpp.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBytes m_key;
    std::unique_ptr<Database> m_db;
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = SecureBytes::random(kKeySize);
    auto db = Database::open(path(), m_key, Database::OpenMode::Create);
    QVERIFY2(db.ok(), qPrintable(db.error().message()));
    m_db = std::move(db).value();
}

void TestSchema::cleanup()
{
    m_db.reset();
    m_key.clear();
    m_dir.reset();
}

void TestSchema::migrationsAreNumbered()
{
    const auto& steps = Schema::migrations();
    QCOMPARE(steps.size(), std::size_t(9));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, static_cast<int>(i) + 1);
        QVERIFY(!steps[i].description.isEmpty());
        QVERIFY(!steps[i].statements.isEmpty());
    }
    QCOMPARE(Schema::latestVersion(), 9);
}

void TestSchema::emptyToLatest()
{
    QCOMPARE(versionOf(*m_db), 0);
    const auto migrated = Schema::migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message()));
    QCOMPARE(versionOf(*m_db), Schema::latestVersion());
    QCOMPARE(tableNames(*m_db),
             (QStringList{QStringLiteral("alarm_rows"), QStringLiteral("alarms"), QStringLiteral("audit_log"),
                          QStringLiteral("audit_state"), QStringLiteral("backups"), QStringLiteral("canaries"),
                          QStringLiteral("deletion_requests"), QStringLiteral("meta"),
                          QStringLiteral("order_holds"), QStringLiteral("order_items"),
                          QStringLiteral("order_pii"), QStringLiteral("orders"),
                          QStringLiteral("password_history"), QStringLiteral("principal_roles"),
                          QStringLiteral("principals"), QStringLiteral("purge_ledger"),
                          QStringLiteral("purge_runs"), QStringLiteral("recovery_codes"),
                          QStringLiteral("settings"), QStringLiteral("tax_archives"),
                          QStringLiteral("wrapped_keys")}));
}

void TestSchema::fromVersionOneKeepsRows()
{
    QVERIFY(Schema::migrate(*m_db, 1).ok());
    QCOMPARE(versionOf(*m_db), 1);
    QVERIFY(!tableNames(*m_db).contains(QStringLiteral("settings")));

    auto principal
        = m_db->prepare(QStringLiteral("INSERT INTO principals(name, display_name, kind, created_at) "
                                       "VALUES (?, ?, ?, ?)"));
    QVERIFY(principal.ok());
    principal->bind(1, QStringLiteral("dpo1"))
        .bind(2, QStringLiteral("Test DPO"))
        .bind(3, QStringLiteral("user"))
        .bind(4, QStringLiteral("2025-01-01T00:00:00Z"));
    QVERIFY(principal->run().ok());
    const qint64 id = m_db->lastInsertRowId();
    auto role
        = m_db->prepare(QStringLiteral("INSERT INTO principal_roles(principal_id, role) VALUES (?, ?)"));
    QVERIFY(role.ok());
    role->bind(1, id).bind(2, QStringLiteral("dpo"));
    QVERIFY(role->run().ok());

    // The older database is closed and reopened by the newer program, as in an upgrade.
    m_db.reset();
    auto db = Database::open(path(), m_key, Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const auto migrated = Schema::migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message()));
    QCOMPARE(versionOf(*m_db), Schema::latestVersion());

    auto rows = m_db->prepare(QStringLiteral("SELECT p.name, p.status, r.role FROM principals p "
                                             "JOIN principal_roles r ON r.principal_id = p.id"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->step().value(), true);
    QCOMPARE(rows->columnText(0), QStringLiteral("dpo1"));
    QCOMPARE(rows->columnText(1), QStringLiteral("active")); // the column default
    QCOMPARE(rows->columnText(2), QStringLiteral("dpo"));
    QCOMPARE(rows->step().value(), false);

    auto setting = m_db->prepare(QStringLiteral("INSERT INTO settings(key, value, changed_at, changed_by) "
                                                "VALUES (?, ?, ?, ?)"));
    QVERIFY(setting.ok());
    setting->bind(1, QStringLiteral("retention.days"))
        .bind(2, QStringLiteral("30"))
        .bind(3, QStringLiteral("2025-01-02T00:00:00Z"))
        .bind(4, id);
    QVERIFY(setting->run().ok());
}

void TestSchema::migrateTwiceIsHarmless()
{
    QVERIFY(Schema::migrate(*m_db).ok());
    QVERIFY(Schema::migrate(*m_db).ok());
    QVERIFY(Schema::migrate(*m_db, Schema::latestVersion()).ok());
    QCOMPARE(versionOf(*m_db), Schema::latestVersion());
}

void TestSchema::constraintsHold()
{
    QVERIFY(Schema::migrate(*m_db).ok());
    // Bad input: a kind outside the CHECK, a status outside the CHECK, a duplicate name, a role for
    // a principal that does not exist (foreign keys are on), a setting changed by nobody known.
    const QStringList refused{
        QStringLiteral(
            "INSERT INTO principals(name, display_name, kind, created_at) VALUES ('x', 'X', 'robot', 't')"),
        QStringLiteral("INSERT INTO principals(name, display_name, kind, status, created_at) "
                       "VALUES ('x', 'X', 'user', 'gone', 't')"),
        QStringLiteral("INSERT INTO principal_roles(principal_id, role) VALUES (99, 'dpo')"),
        QStringLiteral("INSERT INTO settings(key, value, changed_at, changed_by) VALUES ('k', 'v', 't', 99)"),
    };
    for (const QString& sql : refused)
        QVERIFY2(!m_db->exec(sql).ok(), qPrintable(sql));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO principals(name, display_name, kind, created_at) "
                                      "VALUES ('x', 'X', 'service', 't')"))
                .ok());
    QVERIFY(!m_db->exec(QStringLiteral("INSERT INTO principals(name, display_name, kind, created_at) "
                                       "VALUES ('x', 'Y', 'user', 't')"))
                 .ok());
}

void TestSchema::newerDatabaseRefusedUntouched()
{
    // Bad input: a database whose schema is one step newer than this program knows.
    QVERIFY(Schema::migrate(*m_db).ok());
    const int newer = Schema::latestVersion() + 1;
    QVERIFY(m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)).ok());
    m_db.reset();
    const QByteArray before = test::fileBytes(path());

    {
        auto db = Database::open(path(), m_key, Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        const auto migrated = Schema::migrate(**db);
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().code(), ErrorCode::Unsupported);
        QVERIFY(migrated.error().message().contains(QString::number(newer)));
        QCOMPARE(versionOf(**db), newer);
    }
    QVERIFY2(test::fileBytes(path()) == before, "a refused migration changed the file");
}

void TestSchema::badTargetRefused_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("target");
    // Bad input: a version beyond the latest, a negative one, a downgrade.
    QTest::newRow("beyond latest") << 0 << Schema::latestVersion() + 1;
    QTest::newRow("negative") << 0 << -2;
    QTest::newRow("downgrade") << 2 << 1;
}

void TestSchema::badTargetRefused()
{
    QFETCH(int, start);
    QFETCH(int, target);
    QVERIFY(Schema::migrate(*m_db, start).ok());
    const auto migrated = Schema::migrate(*m_db, target);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(versionOf(*m_db), start);
}

void TestSchema::failingStepKeepsVersion_data()
{
    QTest::addColumn<QStringList>("statements");
    // Bad input: a third step that fails on its first, its middle or its last statement (a syntax
    // error, a missing table, a constraint violation), after statements that did succeed.
    const QString create = QStringLiteral("CREATE TABLE extra(a TEXT NOT NULL)");
    const QString insert = QStringLiteral("INSERT INTO extra VALUES ('x')");
    QTest::newRow("syntax error first") << QStringList{QStringLiteral("CREAT TABLE extra(a)"), create};
    QTest::newRow("missing table in the middle")
        << QStringList{create, QStringLiteral("INSERT INTO nowhere VALUES (1)"), insert};
    QTest::newRow("constraint last") << QStringList{create, insert,
                                                    QStringLiteral("INSERT INTO extra VALUES (NULL)")};
}

void TestSchema::failingStepKeepsVersion()
{
    QFETCH(QStringList, statements);
    std::vector<Migration> steps = Schema::migrations();
    const int base = Schema::latestVersion();
    steps.push_back({base + 1, QStringLiteral("test step that fails"), statements});
    QVERIFY(Schema::migrate(*m_db, steps, base).ok());
    QCOMPARE(versionOf(*m_db), base);

    const auto migrated = Schema::migrate(*m_db, steps);
    QVERIFY(!migrated.ok());
    QVERIFY(migrated.error().message().contains(QStringLiteral("version %1").arg(base + 1)));
    QCOMPARE(versionOf(*m_db), base);
    QVERIFY(!tableNames(*m_db).contains(QStringLiteral("extra")));

    // From empty, the good steps before the failing one stay done.
    m_db.reset();
    QFile::remove(path());
    auto db = Database::open(path(), m_key, Database::OpenMode::Create);
    QVERIFY(db.ok());
    QVERIFY(!Schema::migrate(**db, steps).ok());
    QCOMPARE(versionOf(**db), base);
    QVERIFY(tableNames(**db).contains(QStringLiteral("settings")));
    QVERIFY(!tableNames(**db).contains(QStringLiteral("extra")));
}

void TestSchema::badStepListRefused()
{
    // Bad input: a step list with a gap (1, 3) and one out of order (2, 1).
    std::vector<Migration> gap{Schema::migrations()[0],
                               {3, QStringLiteral("gap"), {QStringLiteral("SELECT 1")}}};
    QCOMPARE(Schema::migrate(*m_db, gap).error().code(), ErrorCode::InvalidInput);
    std::vector<Migration> swapped{Schema::migrations()[1], Schema::migrations()[0]};
    QCOMPARE(Schema::migrate(*m_db, swapped).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(versionOf(*m_db), 0);
    QVERIFY(tableNames(*m_db).isEmpty());
}

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
