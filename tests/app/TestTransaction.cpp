// TestTransaction: commit, rollback on destruction, and all-or-nothing under failing statements.
#include "TestSupport.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace dpp;

namespace {

constexpr std::size_t kKeySize = 32;

qint64 countRows(Database& db, const QString& table)
{
    auto count = db.prepare(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!count.ok() || !count->step().value())
        return -1;
    return count->columnInt(0);
}

// One user action: inserts the rows in one transaction, or nothing at all.
Result<void> insertAll(Database& db, const QStringList& names)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO person(name, kind) VALUES (?, ?)"));
    if (!insert)
        return insert.error();
    for (const QString& name : names) {
        DPP_TRY(insert->reset());
        // A null name (NOT NULL), a bad kind (CHECK) come from the test's bad rows.
        insert->bind(1, name.isNull() ? std::optional<QString>() : std::optional<QString>(name));
        insert->bind(2, name == QLatin1String("bad-kind") ? QStringLiteral("robot") : QStringLiteral("user"));
        DPP_TRY(insert->run());
    }
    return transaction->commit();
}

} // namespace

class TestTransaction final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitKeeps();
    void destructionRollsBack();
    void explicitRollback();
    void failingStatementLeavesNothing_data();
    void failingStatementLeavesNothing();
    void failedCommitRollsBack();
    void commitTwiceRefused();
    void nestedBeginRefused();
    void movedFromDoesNotRollBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBytes m_key;
    std::unique_ptr<Database> m_db;
};

void TestTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = SecureBytes::random(kKeySize);
    auto db = Database::open(m_dir->filePath(QStringLiteral("dpp.db")), m_key, Database::OpenMode::Create);
    QVERIFY2(db.ok(), qPrintable(db.error().message()));
    m_db = std::move(db).value();
    QVERIFY(
        m_db->exec(QStringLiteral("CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                                  "kind TEXT NOT NULL CHECK (kind IN ('user','service')))"))
            .ok());
}

void TestTransaction::cleanup()
{
    m_db.reset();
    m_key.clear();
    m_dir.reset();
}

void TestTransaction::commitKeeps()
{
    QVERIFY(insertAll(*m_db, {QStringLiteral("a"), QStringLiteral("b")}).ok());
    // Visible to a fresh connection, i.e. really committed.
    m_db.reset();
    auto db
        = Database::open(m_dir->filePath(QStringLiteral("dpp.db")), m_key, Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    QCOMPARE(countRows(**db, QStringLiteral("person")), 2);
}

void TestTransaction::destructionRollsBack()
{
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction.ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO person(name, kind) VALUES ('a', 'user')")).ok());
        QCOMPARE(countRows(*m_db, QStringLiteral("person")), 1);
    } // no commit
    QCOMPARE(countRows(*m_db, QStringLiteral("person")), 0);
    QVERIFY(Transaction::begin(*m_db).ok()); // and no transaction is left open
}

void TestTransaction::explicitRollback()
{
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction.ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO person(name, kind) VALUES ('a', 'user')")).ok());
    transaction->rollback();
    QCOMPARE(countRows(*m_db, QStringLiteral("person")), 0);
    QVERIFY(!transaction->commit().ok()); // it has ended
}

void TestTransaction::failingStatementLeavesNothing_data()
{
    QTest::addColumn<QStringList>("names");
    // Bad input: a duplicate name (UNIQUE), a missing name (NOT NULL), a kind outside the CHECK,
    // at the first, a middle and the last row.
    const QString a = QStringLiteral("a");
    const QString b = QStringLiteral("b");
    const QString c = QStringLiteral("c");
    QTest::newRow("duplicate in the middle") << QStringList{a, b, a, c};
    QTest::newRow("duplicate last") << QStringList{a, b, c, b};
    QTest::newRow("null name first") << QStringList{QString(), a, b};
    QTest::newRow("null name in the middle") << QStringList{a, QString(), b};
    QTest::newRow("check violation last") << QStringList{a, b, QStringLiteral("bad-kind")};
}

void TestTransaction::failingStatementLeavesNothing()
{
    QFETCH(QStringList, names);
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO person(name, kind) VALUES ('existing', 'user')")).ok());
    const auto result = insertAll(*m_db, names);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(countRows(*m_db, QStringLiteral("person")), 1); // only the row from before
    QVERIFY(Transaction::begin(*m_db).ok());
}

void TestTransaction::failedCommitRollsBack()
{
    // Bad input: an orphan row under a deferred foreign key, which only COMMIT checks.
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE role(person_id INTEGER NOT NULL REFERENCES person(id) "
                                      "DEFERRABLE INITIALLY DEFERRED, role TEXT NOT NULL)"))
                .ok());
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction.ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO role VALUES (42, 'dpo')")).ok());
        const auto committed = transaction->commit();
        QVERIFY(!committed.ok());
        QVERIFY(committed.error().message().contains(QLatin1String("FOREIGN KEY")));
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("role")), 0);
    QVERIFY(Transaction::begin(*m_db).ok());
}

void TestTransaction::commitTwiceRefused()
{
    auto transaction = Transaction::begin(*m_db);
    QVERIFY(transaction.ok());
    QVERIFY(transaction->commit().ok());
    // Bad input: a second commit.
    QVERIFY(!transaction->commit().ok());
}

void TestTransaction::nestedBeginRefused()
{
    auto outer = Transaction::begin(*m_db);
    QVERIFY(outer.ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO person(name, kind) VALUES ('a', 'user')")).ok());
    {
        // Bad input: BEGIN inside a transaction. Its failure must not end the outer one.
        auto inner = Transaction::begin(*m_db);
        QVERIFY(!inner.ok());
    }
    QVERIFY(outer->commit().ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("person")), 1);
}

void TestTransaction::movedFromDoesNotRollBack()
{
    auto first = Transaction::begin(*m_db);
    QVERIFY(first.ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO person(name, kind) VALUES ('a', 'user')")).ok());
    {
        Transaction moved(std::move(first.value()));
        first.value().rollback(); // the moved-from object owns nothing: no effect
        QCOMPARE(countRows(*m_db, QStringLiteral("person")), 1);
        QVERIFY(moved.commit().ok());
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("person")), 1);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"
