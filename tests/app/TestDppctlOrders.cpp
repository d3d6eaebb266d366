// dppctl's order commands (issue 5): import of every reference payload and flat-file sample (the
// counts checked against the parser run in-process), a second import adding nothing, orders list
// --json (each order once, the keys scripts rely on), retention list, hold, release and period,
// demo --orders, and wrong usage (exit 2). A synthetic canary buyer, imported from a flat file
// written here, must never show in any output, in the database or WAL file (raw or decrypted),
// or in the audit log. Runs the built dppctl against a VaultFixture database (user "dpo").
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "crypto/KeySlotFile.h"
#include "orders/import/OrderFileParser.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QByteArray DpoPassword = QByteArray(TestPassword) + '\n';

// The canary: made up, and unlike anything else in the data.
const QByteArray CanaryName = "Zyx Canarywood Q7";
const QByteArray CanaryStreet = "77 Canarywood Lane";
const QByteArray CanaryEmail = "zyx.canarywood@example.invalid";
const QString CanaryOrder = QStringLiteral("999-7777777-0000001");

// A flat-file order report (the columns of Amazon's order report) with one canary order of two
// items; every value is invented.
QByteArray canaryFlatFile()
{
    const QByteArray header
        = "order-id\torder-item-id\tpurchase-date\tpayments-date\tbuyer-email\tbuyer-name\t"
          "buyer-phone-number\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\t"
          "recipient-name\tship-address-1\tship-city\tship-state\tship-postal-code\t"
          "ship-country\tship-phone-number\n";
    QByteArray rows;
    for (const char* item : {"99977777770001", "99977777770002"}) {
        rows += CanaryOrder.toUtf8() + '\t' + item
            + "\t2026-11-01T10:00:00+00:00\t2026-11-01T10:05:00+00:00\t" + CanaryEmail + '\t' + CanaryName
            + "\t+1 555 0100 77\tDEMO-SKU-" + QByteArray(item).right(4) + "\tDemo product\t1\tUSD\t9.99\t"
            + CanaryName + '\t' + CanaryStreet + "\tExampleton\tEX\t00077\tUS\t+1 555 0100 77\n";
    }
    return header + rows;
}

QStringList jsonKeys()
{
    return {QStringLiteral("id"),        QStringLiteral("status"), QStringLiteral("purchase_date"),
            QStringLiteral("ship_date"), QStringLiteral("due"),    QStringLiteral("basis"),
            QStringLiteral("hold"),      QStringLiteral("pii")};
}

bool isIsoOrNull(const QJsonValue& value)
{
    if (value.isNull())
        return true;
    const QString text = value.toString();
    return text.endsWith(u'Z') && QDateTime::fromString(text, Qt::ISODate).isValid();
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object line: %s", line.left(200).constData());
            return {};
        }
        objects.append(doc.object());
    }
    return objects;
}

} // namespace

class TestDppctlOrders final : public QObject
{
    Q_OBJECT

private:
    VaultFixture m_fixture;
    QString m_db;
    QStringList m_files; //!< every file imported: reference payloads, samples, the canary file
    QString m_canaryFile;
    QSet<QString> m_expectedIds; //!< the orders of every file the parser takes
    int m_expectedRecords = 0;
    int m_expectedRefused = 0;
    QStringList m_leaked; //!< commands whose output showed the canary
    int m_demoBefore = 0;

    ProcessResult dppctl(const QStringList& arguments, const QByteArray& input = {})
    {
        const auto r = runProgram(builtProgram(QStringLiteral("dppctl")),
                                  QStringList{QStringLiteral("--database"), m_db} + arguments, input, 180000);
        for (const QByteArray& canary : {CanaryName, CanaryStreet, CanaryEmail, QByteArray("Canarywood")}) {
            if (r.out.contains(canary) || r.err.contains(canary))
                m_leaked << arguments.join(QLatin1Char(' '));
        }
        return r;
    }

    ProcessResult asDpo(const QStringList& arguments)
    {
        return dppctl(
            QStringList{QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("--password-stdin")}
                + arguments,
            DpoPassword);
    }

    QJsonObject importJson(const QStringList& files, int expectedExit)
    {
        const auto r = asDpo(QStringList{QStringLiteral("--json"), QStringLiteral("import")} + files);
        if (r.exitCode != expectedExit)
            qWarning("import exited %d: %s", r.exitCode, r.err.constData());
        return r.exitCode == expectedExit ? QJsonDocument::fromJson(r.out).object() : QJsonObject{};
    }

    QList<QJsonObject> ordersJson(const QStringList& more = {})
    {
        const auto r = asDpo(
            QStringList{QStringLiteral("--json"), QStringLiteral("orders"), QStringLiteral("list")} + more);
        if (r.exitCode != 0)
            qWarning("orders list exited %d: %s", r.exitCode, r.err.constData());
        return jsonLines(r.out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.dir.isValid());
        QVERIFY(m_fixture.create() != nullptr);
        m_db = m_fixture.paths.database();

        const QDir examples(referenceDir() + QStringLiteral("/spapi/orders-examples"));
        for (const QString& name : examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (!name.endsWith(QLatin1String(".request.json")))
                m_files << examples.filePath(name);
        }
        QVERIFY2(m_files.size() >= 20, qPrintable(examples.path()));
        const QDir samples(referenceDir() + QStringLiteral("/spapi/flatfile-samples"));
        for (const QString& name :
             samples.entryList({QStringLiteral("*.tsv"), QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            m_files << samples.filePath(name);

        m_canaryFile = m_fixture.dir.filePath(QStringLiteral("canary-orders.tsv"));
        QFile canary(m_canaryFile);
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write(canaryFlatFile());
        canary.close();
        m_files << m_canaryFile;

        // What the import must report, from the parser itself: dppctl's counts are the store's.
        for (const QString& file : std::as_const(m_files)) {
            auto parsed = OrderFileParser::parseFile(file);
            if (!parsed) {
                ++m_expectedRefused;
                continue;
            }
            for (const auto& record : parsed->records)
                m_expectedIds.insert(record.orderId);
            m_expectedRecords += static_cast<int>(parsed->records.size());
        }
        // Amazon's 400 examples are error responses: refused, each of them.
        QVERIFY(m_expectedRefused >= 6);
        QVERIFY(m_expectedIds.contains(CanaryOrder));
        QVERIFY(m_expectedIds.size() >= 5);
    }

    void cleanup()
    {
        // After every test: no command showed the canary, on standard output or error.
        QVERIFY2(m_leaked.isEmpty(), qPrintable(m_leaked.join(QLatin1Char('\n'))));
    }

    void wrongUsageExits2()
    {
        // Each refused before signing in: nothing is read from standard input.
        const QList<QStringList> wrong{
            {QStringLiteral("import")},
            {QStringLiteral("orders")},
            {QStringLiteral("orders"), QStringLiteral("show")},
            {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("0")},
            {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("many")},
            {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("Lost")},
            {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("extra")},
            {QStringLiteral("retention")},
            {QStringLiteral("retention"), QStringLiteral("list"), QStringLiteral("--list"),
             QStringLiteral("soon")},
            {QStringLiteral("retention"), QStringLiteral("hold"), CanaryOrder, QStringLiteral("--legal"),
             QStringLiteral("--reason"), QStringLiteral("court case")}, // no review date
            {QStringLiteral("retention"), QStringLiteral("hold"), CanaryOrder, QStringLiteral("--legal"),
             QStringLiteral("--review"), QStringLiteral("2099-01-01")}, // no reason
            {QStringLiteral("retention"), QStringLiteral("hold"), CanaryOrder, QStringLiteral("--reason"),
             QStringLiteral("x")}, // neither --legal nor --tax
            {QStringLiteral("retention"), QStringLiteral("hold"), CanaryOrder, QStringLiteral("--legal"),
             QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--review"),
             QStringLiteral("01/02/2099")},
            {QStringLiteral("retention"), QStringLiteral("release"), CanaryOrder},
            {QStringLiteral("retention"), QStringLiteral("release"), CanaryOrder, QStringLiteral("--legal"),
             QStringLiteral("--tax")},
            {QStringLiteral("retention"), QStringLiteral("period"), QStringLiteral("31")},
            {QStringLiteral("retention"), QStringLiteral("period"), QStringLiteral("0")},
            {QStringLiteral("demo")},
            {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("-5")},
            {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("ten")},
        };
        for (const QStringList& arguments : wrong) {
            const auto r = dppctl(QStringList{QStringLiteral("--user"), QStringLiteral("dpo")} + arguments);
            QVERIFY2(r.exitCode == 2,
                     qPrintable(arguments.join(u' ') + QStringLiteral(" -> ") + QString::number(r.exitCode)));
            QVERIFY2(r.err.startsWith("dppctl: "), r.err.constData());
        }
    }

    void importEveryExample()
    {
        const auto r = asDpo(QStringList{QStringLiteral("import")} + m_files);
        // Amazon's error responses are refused: exit 1, one line each on standard error.
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count("dppctl: refused: "), m_expectedRefused);
        QVERIFY2(r.out.contains(QStringLiteral("New:      %1\n").arg(m_expectedIds.size()).toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains(
                     QStringLiteral("Updated:  %1 ").arg(m_expectedRecords - m_expectedIds.size()).toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains(QStringLiteral("Refused:  %1 of %2 files")
                                    .arg(m_expectedRefused)
                                    .arg(m_files.size())
                                    .toUtf8()),
                 r.out.constData());
        // The refusals name files, never values.
        QVERIFY(r.err.contains("error400"));
    }

    void importAgainAddsNothing()
    {
        const QJsonObject again = importJson(m_files, 1);
        QCOMPARE(again.value(QStringLiteral("new")).toInt(-1), 0);
        QCOMPARE(again.value(QStringLiteral("updated")).toInt(-1), m_expectedRecords);
        QCOMPARE(again.value(QStringLiteral("refused")).toInt(-1), m_expectedRefused);
        QVERIFY(again.value(QStringLiteral("unchanged")).toInt(-1) >= 1);

        // Only good files: exit 0.
        const QJsonObject good = importJson({m_canaryFile}, 0);
        QCOMPARE(good.value(QStringLiteral("new")).toInt(-1), 0);
        QCOMPARE(good.value(QStringLiteral("updated")).toInt(-1), 1);
        QCOMPARE(good.value(QStringLiteral("refused")).toInt(-1), 0);
        // A missing file is refused like a bad one.
        const QJsonObject missing
            = importJson({m_fixture.dir.filePath(QStringLiteral("no-such-file.json"))}, 1);
        QCOMPARE(missing.value(QStringLiteral("refused")).toInt(-1), 1);
    }

    void ordersListJson()
    {
        const QList<QJsonObject> orders = ordersJson();
        QCOMPARE(orders.size(), m_expectedIds.size());
        QSet<QString> seen;
        for (const QJsonObject& order : orders) {
            for (const QString& key : jsonKeys())
                QVERIFY2(order.contains(key), qPrintable(key));
            const QString id = order.value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id)); // each order exactly once
            seen.insert(id);
            for (const char* date : {"purchase_date", "ship_date", "due"})
                QVERIFY2(isIsoOrNull(order.value(QLatin1String(date))), date);
            const QString pii = order.value(QStringLiteral("pii")).toString();
            QVERIFY2(pii == QLatin1String("present") || pii == QLatin1String("purged")
                         || pii == QLatin1String("none"),
                     qPrintable(pii));
            QVERIFY(!order.value(QStringLiteral("basis")).toString().isEmpty());
        }
        QCOMPARE(seen, m_expectedIds);
        // The canary's PII is there, and shown masked only.
        for (const QJsonObject& order : orders) {
            if (order.value(QStringLiteral("id")).toString() == CanaryOrder) {
                QCOMPARE(order.value(QStringLiteral("pii")).toString(), QStringLiteral("present"));
                QCOMPARE(order.value(QStringLiteral("masked_name")).toString(),
                         QStringLiteral("Z*** C*** Q***"));
            }
        }

        // --limit, and paging across pages of the store by a small limit is the same list's start.
        QCOMPARE(ordersJson({QStringLiteral("--limit"), QStringLiteral("3")}).size(),
                 std::min<qsizetype>(3, orders.size()));
        // --status: only that status.
        const QList<QJsonObject> shipped
            = ordersJson({QStringLiteral("--status"), QStringLiteral("Shipped")});
        for (const QJsonObject& order : shipped)
            QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("Shipped"));

        // The table: a header, then one line per order.
        const auto table = asDpo({QStringLiteral("orders"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QCOMPARE(lines.size(), m_expectedIds.size() + 1);
        QVERIFY(lines.first().startsWith("ORDER ID"));
    }

    void retentionCommands()
    {
        auto r = asDpo({QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> all = jsonLines(r.out);
        QVERIFY(!all.isEmpty());
        QSet<QString> ids;
        for (const QJsonObject& entry : all) {
            for (const char* key : {"id", "due", "basis", "hold"})
                QVERIFY2(entry.contains(QLatin1String(key)), key);
            QVERIFY(isIsoOrNull(entry.value(QStringLiteral("due"))));
            ids.insert(entry.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), all.size());
        QVERIFY(ids.contains(CanaryOrder));

        // A legal hold: listed on hold with its review date; released again.
        const QString review = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        r = asDpo({QStringLiteral("retention"), QStringLiteral("hold"), CanaryOrder,
                   QStringLiteral("--legal"), QStringLiteral("--reason"),
                   QStringLiteral("Litigation hold, case DEMO-1"), QStringLiteral("--review"), review});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = asDpo({QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("list"),
                   QStringLiteral("--list"), QStringLiteral("on-hold")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> held = jsonLines(r.out);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().value(QStringLiteral("id")).toString(), CanaryOrder);
        QCOMPARE(held.first().value(QStringLiteral("hold")).toString(), QStringLiteral("legal"));
        QCOMPARE(held.first().value(QStringLiteral("hold_review")).toString(), review);
        // The reason stays in the database: not in the list.
        QVERIFY(!r.out.contains("Litigation"));
        // The same kind twice is refused (1: the action failed).
        r = asDpo({QStringLiteral("retention"), QStringLiteral("hold"), CanaryOrder,
                   QStringLiteral("--legal"), QStringLiteral("--reason"), QStringLiteral("again"),
                   QStringLiteral("--review"), review});
        QVERIFY(r.exitCode != 0);
        r = asDpo({QStringLiteral("retention"), QStringLiteral("hold"), CanaryOrder, QStringLiteral("--tax"),
                   QStringLiteral("--reason"), QStringLiteral("Invoice kept for the tax office")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char* kind : {"--legal", "--tax"}) {
            r = asDpo(
                {QStringLiteral("retention"), QStringLiteral("release"), CanaryOrder, QLatin1String(kind)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        r = asDpo({QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("list"),
                   QStringLiteral("--list"), QStringLiteral("on-hold")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(jsonLines(r.out).isEmpty());
        // An unknown order: refused, not usage.
        r = asDpo({QStringLiteral("retention"), QStringLiteral("release"),
                   QStringLiteral("999-0000000-0000000"), QStringLiteral("--legal")});
        QVERIFY(r.exitCode != 0);

        // Every list works.
        for (const char* list : {"overdue", "due-soon", "review", "all"}) {
            r = asDpo({QStringLiteral("retention"), QStringLiteral("list"), QStringLiteral("--list"),
                       QLatin1String(list)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.out.startsWith("ORDER ID"));
        }

        // The period: shown, shortened, and back to 30.
        r = asDpo({QStringLiteral("retention"), QStringLiteral("period")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("30 days"), r.out.constData());
        r = asDpo({QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("period"),
                   QStringLiteral("14")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("period_days")).toInt(), 14);
        r = asDpo({QStringLiteral("retention"), QStringLiteral("period"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("30 days"), r.err.constData());
    }

    void demoOrders()
    {
        const qsizetype before = ordersJson().size();
        auto r = asDpo({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("500")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Added 500 demo orders"), r.out.constData());
        const QList<QJsonObject> orders = ordersJson();
        QCOMPARE(orders.size(), before + 500);
        // Made-up buyers, a mix of statuses, some cancelled and due at once.
        QSet<QString> statuses;
        int demo = 0;
        for (const QJsonObject& order : orders) {
            if (!order.value(QStringLiteral("id")).toString().startsWith(QLatin1String("999-0000001-")))
                continue;
            ++demo;
            statuses.insert(order.value(QStringLiteral("status")).toString());
            QCOMPARE(order.value(QStringLiteral("pii")).toString(), QStringLiteral("present"));
        }
        QCOMPARE(demo, 500);
        QVERIFY2(statuses.contains(QStringLiteral("Shipped")) && statuses.contains(QStringLiteral("Canceled"))
                     && statuses.contains(QStringLiteral("Unshipped")),
                 qPrintable(QStringList(statuses.values()).join(u',')));
        // Run again: 500 more, not the same 500 updated.
        r = asDpo({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--orders"),
                   QStringLiteral("500")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("new")).toInt(), 500);
    }

    void canaryNowhere()
    {
        // The files: SQLCipher pages are encrypted, so the raw bytes never hold it...
        for (const QString& path : QStringList{m_db, m_db + QStringLiteral("-wal"), m_fixture.paths.keys(),
                                               m_db + QStringLiteral("-journal")}) {
            for (const QByteArray& canary : {CanaryName, CanaryStreet, CanaryEmail, QByteArray("Canarywood")})
                QVERIFY2(!fileContains(path, canary), qPrintable(path));
        }
        const QDir folder(QFileInfo(m_db).absolutePath());
        for (const QString& name : folder.entryList(QDir::Files)) {
            if (name == QFileInfo(m_canaryFile).fileName())
                continue;
            QVERIFY2(!fileContains(folder.filePath(name), "Canarywood"), qPrintable(name));
        }

        auto vault = m_fixture.unlock();
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message()));
        QVERIFY(vault.value()->database().checkpoint());
        // ... and neither do the decrypted pages, free ones included: the PII is sealed per order.
        const QByteArray pages = decryptedPages(m_fixture.paths).join();
        // The search works: the order id, a plain fact, is found.
        QVERIFY2(pages.contains(CanaryOrder.toUtf8()),
                 "sqlite_dbpage gave no pages: the search proves nothing");
        for (const QByteArray& canary : {CanaryName, CanaryStreet, CanaryEmail, QByteArray("Canarywood")})
            QVERIFY2(!pages.contains(canary), "a decrypted page");

        // The audit log: every row, through the API.
        qint64 before = 0;
        int rows = 0;
        int imports = 0;
        for (;;) {
            auto batch = vault.value()->audit().query(AuditFilter{}, before, 500);
            QVERIFY(batch);
            if (batch->empty())
                break;
            for (const AuditRow& row : batch.value()) {
                ++rows;
                const QString text = row.objectId + row.details + row.objectType + row.action;
                QVERIFY2(!text.contains(QLatin1String("Canarywood")), qPrintable(row.action));
                if (row.action.contains(QLatin1String("import")))
                    ++imports;
                before = row.seq;
            }
        }
        QVERIFY(rows > 0);
        QVERIFY(imports > 0);
    }
};

QTEST_GUILESS_MAIN(TestDppctlOrders)
#include "TestDppctlOrders.moc"
