// dppctl deletion-request add, list and fulfil (issue 6, item 5), through the built program: usage
// errors exit 2, a request listed with its countdowns, fulfilled once with "Purged: N" and the
// paths, a return's export and key printed once, and a second fulfilment refused.
#include "TestSupport.h"
#include "VaultFixture.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QByteArray DpoPassword = QByteArray(TestPassword) + '\n';

} // namespace

class TestDppctlDeletionRequests final : public QObject
{
    Q_OBJECT

private:
    VaultFixture m_fixture;

    ProcessResult dppctl(const QStringList& arguments)
    {
        return runProgram(builtProgram(QStringLiteral("dppctl")),
                          QStringList{QStringLiteral("--database"), m_fixture.paths.database(),
                                      QStringLiteral("--user"), QStringLiteral("dpo"),
                                      QStringLiteral("--password-stdin")}
                              + arguments,
                          DpoPassword, 180000);
    }

    //! The first demo order ids listed by "orders list --json".
    QStringList someOrders(int count)
    {
        const auto r = dppctl({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--limit"), QString::number(count)});
        QStringList ids;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.isEmpty())
                ids << QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        const auto demo = dppctl({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("20")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void usageErrorsExitTwo()
    {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        QCOMPARE(dppctl({QStringLiteral("deletion-request")}).exitCode, 2);
        QCOMPARE(dppctl({QStringLiteral("deletion-request"), QStringLiteral("add")}).exitCode, 2);
        // No scope, two scopes, a bad reference, a bad time, a range backwards.
        QCOMPARE(
            dppctl({QStringLiteral("deletion-request"), QStringLiteral("add"), QStringLiteral("--reference"),
                    QStringLiteral("R1"), QStringLiteral("--received"), now})
                .exitCode,
            2);
        QCOMPARE(
            dppctl({QStringLiteral("deletion-request"), QStringLiteral("add"), QStringLiteral("--reference"),
                    QStringLiteral("R1"), QStringLiteral("--received"), now, QStringLiteral("--everything"),
                    QStringLiteral("--orders"), QStringLiteral("1")})
                .exitCode,
            2);
        QCOMPARE(dppctl({QStringLiteral("deletion-request"), QStringLiteral("add"),
                         QStringLiteral("--reference"), QStringLiteral("bad ref"),
                         QStringLiteral("--received"), now, QStringLiteral("--everything")})
                     .exitCode,
                 2);
        QCOMPARE(dppctl({QStringLiteral("deletion-request"), QStringLiteral("add"),
                         QStringLiteral("--reference"), QStringLiteral("R1"), QStringLiteral("--received"),
                         QStringLiteral("yesterday"), QStringLiteral("--everything")})
                     .exitCode,
                 2);
        QCOMPARE(
            dppctl({QStringLiteral("deletion-request"), QStringLiteral("add"), QStringLiteral("--reference"),
                    QStringLiteral("R1"), QStringLiteral("--received"), now, QStringLiteral("--from"),
                    QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01")})
                .exitCode,
            2);
        QCOMPARE(dppctl({QStringLiteral("deletion-request"), QStringLiteral("fulfil")}).exitCode, 2);
        QCOMPARE(dppctl({QStringLiteral("deletion-request"), QStringLiteral("fulfil"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(dppctl({QStringLiteral("deletion-request"), QStringLiteral("list"), QStringLiteral("extra")})
                     .exitCode,
                 2);
    }

    void addListFulfil()
    {
        const QStringList ids = someOrders(3);
        QCOMPARE(ids.size(), 3);
        const QString received = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        const auto added
            = dppctl({QStringLiteral("deletion-request"), QStringLiteral("add"),
                      QStringLiteral("--reference"), QStringLiteral("AMZ-7"), QStringLiteral("--received"),
                      received, QStringLiteral("--orders"), ids.mid(0, 2).join(QLatin1Char(','))});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.startsWith("Recorded deletion request 1."));

        const auto listed
            = dppctl({QStringLiteral("deletion-request"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray requests
            = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject r = requests.first().toObject();
        QCOMPARE(r.value(QStringLiteral("reference")).toString(), QStringLiteral("AMZ-7"));
        QCOMPARE(r.value(QStringLiteral("action")).toString(), QStringLiteral("delete"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(r.value(QStringLiteral("hours_left_72h")).toInteger(), 70);
        QCOMPARE(r.value(QStringLiteral("days_left_90d")).toInteger(), 89);

        const auto done
            = dppctl({QStringLiteral("deletion-request"), QStringLiteral("fulfil"), QStringLiteral("1")});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QVERIFY2(done.out.contains("Purged: 2\n"), done.out.constData());
        const QRegularExpression certificate(QStringLiteral("^Certificate: (.+)$"),
                                             QRegularExpression::MultilineOption);
        const auto path = certificate.match(QString::fromUtf8(done.out));
        QVERIFY(path.hasMatch());
        QVERIFY(QFileInfo::exists(path.captured(1)));
        QVERIFY(done.out.contains("Certification: "));
        QVERIFY(!done.out.contains("Export"));

        const auto again
            = dppctl({QStringLiteral("deletion-request"), QStringLiteral("fulfil"), QStringLiteral("1")});
        QCOMPARE(again.exitCode, 2);
        const auto text = dppctl({QStringLiteral("deletion-request"), QStringLiteral("list")});
        QVERIFY(text.out.contains("complete"));

        // A return: the export's path and its key, once.
        const auto ret
            = dppctl({QStringLiteral("deletion-request"), QStringLiteral("add"),
                      QStringLiteral("--reference"), QStringLiteral("AMZ-8"), QStringLiteral("--received"),
                      received, QStringLiteral("--orders"), ids.at(2), QStringLiteral("--return")});
        QVERIFY2(ret.exitCode == 0, ret.err.constData());
        const auto returned
            = dppctl({QStringLiteral("deletion-request"), QStringLiteral("fulfil"), QStringLiteral("2")});
        QVERIFY2(returned.exitCode == 0, returned.err.constData());
        QVERIFY(returned.out.contains("Purged: 1\n"));
        const QRegularExpression key(QStringLiteral("^Export key: [0-9a-f]{64}$"),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(key.match(QString::fromUtf8(returned.out)).hasMatch(), returned.out.constData());
        const QRegularExpression exported(QStringLiteral("^Export: (.+)$"),
                                          QRegularExpression::MultilineOption);
        const auto exportPath = exported.match(QString::fromUtf8(returned.out));
        QVERIFY(exportPath.hasMatch());
        QVERIFY(QFileInfo::exists(exportPath.captured(1)));
    }
};

QTEST_GUILESS_MAIN(TestDppctlDeletionRequests)
#include "TestDppctlDeletionRequests.moc"
