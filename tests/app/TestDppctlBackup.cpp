// dppctl backup, restore and tax-archive (issue 6, item 6), through the built program: a backup,
// a purge, the live database lost, and a restore that purges again what the ledger records; the
// list, destroy and expire commands; the tax archive key shown once and an archive opened with it;
// and what is refused (usage, a wrong password, a target that exists, a wrong key).
#include "TestSupport.h"
#include "VaultFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QByteArray DpoPassword = QByteArray(TestPassword) + '\n';

QString lineValue(const QByteArray& out, const QString& label)
{
    const QRegularExpression line(QStringLiteral("^%1: (.+)$").arg(QRegularExpression::escape(label)),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(out)).captured(1);
}

} // namespace

class TestDppctlBackup final : public QObject
{
    Q_OBJECT

private:
    ProcessResult dppctl(const VaultPaths& paths, const QStringList& arguments,
                         const QByteArray& input = DpoPassword)
    {
        return runProgram(builtProgram(QStringLiteral("dppctl")),
                          QStringList{QStringLiteral("--database"), paths.database(),
                                      QStringLiteral("--user"), QStringLiteral("dpo"),
                                      QStringLiteral("--password-stdin")}
                              + arguments,
                          input, 180000);
    }

    //! Orders whose buyer data is purged, from orders list --json.
    int purgedOrders(const VaultPaths& paths)
    {
        const auto r = dppctl(paths,
                              {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--limit"), QStringLiteral("100000")});
        int purged = 0;
        for (const QByteArray& line : r.out.split('\n'))
            if (QJsonDocument::fromJson(line).object().value(QStringLiteral("pii")).toString()
                == QLatin1String("purged"))
                ++purged;
        return purged;
    }

private slots:
    void backupPurgeLoseRestore()
    {
        VaultFixture f;
        QVERIFY(f.create());
        QVERIFY(dppctl(f.paths, {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("300")})
                    .exitCode
                == 0);
        QTemporaryDir drive;
        const auto made = dppctl(f.paths, {QStringLiteral("backup"), QStringLiteral("create"), drive.path()});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString backup = lineValue(made.out, QStringLiteral("Backup"));
        QVERIFY2(QFileInfo::exists(backup), made.out.constData());
        QVERIFY(!lineValue(made.out, QStringLiteral("Expires")).isEmpty());
        QVERIFY(lineValue(made.out, QStringLiteral("Orders")).startsWith(QStringLiteral("300,")));

        const auto purge = dppctl(f.paths, {QStringLiteral("purge-due")});
        QVERIFY2(purge.exitCode == 0, purge.err.constData());
        const int purged = lineValue(purge.out, QStringLiteral("Purged")).toInt();
        QVERIFY(purged > 50);

        // The database, its key file, audit head and failed sign-ins are lost; the ledger survives.
        for (const QString& path :
             {f.paths.database(), f.paths.keys(), f.paths.auditHead(), f.paths.attempts()})
            QFile::remove(path);
        QVERIFY(QFileInfo::exists(f.paths.ledger()));

        // Tried: no --to, a wrong password, then the restore.
        QCOMPARE(dppctl(f.paths, {QStringLiteral("restore"), backup}).exitCode, 2);
        const auto wrong
            = dppctl(f.paths, {QStringLiteral("restore"), backup, QStringLiteral("--to"), f.paths.database()},
                     "Not-The-Right-Passw0rd\n");
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(!f.paths.exists());
        const auto restored = dppctl(
            f.paths, {QStringLiteral("restore"), backup, QStringLiteral("--to"), f.paths.database()});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(lineValue(restored.out, QStringLiteral("Restored")), f.paths.database());
        QCOMPARE(lineValue(restored.out, QStringLiteral("Purged again (the ledgers record them as purged)"))
                     .toInt(),
                 purged);
        QVERIFY(QFileInfo::exists(lineValue(restored.out, QStringLiteral("Certificate"))));
        QCOMPARE(purgedOrders(f.paths), purged);
        const auto verified = dppctl(f.paths, {QStringLiteral("verify-audit")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        // Tried: restoring over the database that is there now.
        QCOMPARE(
            dppctl(f.paths, {QStringLiteral("restore"), backup, QStringLiteral("--to"), f.paths.database()})
                .exitCode,
            1);
    }

    void listDestroyExpire()
    {
        VaultFixture f;
        QVERIFY(f.create());
        QTemporaryDir drive;
        const QString target = drive.filePath(QStringLiteral("weekly.dppbackup"));
        QCOMPARE(dppctl(f.paths, {QStringLiteral("backup"), QStringLiteral("create")}).exitCode, 2);
        QCOMPARE(dppctl(f.paths,
                        {QStringLiteral("backup"), QStringLiteral("create"), target,
                         QStringLiteral("--expires-in"), QStringLiteral("31")})
                     .exitCode,
                 2);
        const auto made
            = dppctl(f.paths,
                     {QStringLiteral("backup"), QStringLiteral("create"), target,
                      QStringLiteral("--expires-in"), QStringLiteral("7"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(made.out).object();
        QCOMPARE(json.value(QStringLiteral("path")).toString(), target);
        const qint64 id = json.value(QStringLiteral("id")).toInteger();

        const auto list
            = dppctl(f.paths, {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray backups
            = QJsonDocument::fromJson(list.out).object().value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("present"));

        const auto expire = dppctl(f.paths, {QStringLiteral("backup"), QStringLiteral("expire")});
        QCOMPARE(expire.exitCode, 0);
        QCOMPARE(lineValue(expire.out, QStringLiteral("Destroyed")), QStringLiteral("0"));
        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(dppctl(f.paths, {QStringLiteral("backup"), QStringLiteral("destroy"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const auto destroyed
            = dppctl(f.paths, {QStringLiteral("backup"), QStringLiteral("destroy"), QString::number(id)});
        QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(dppctl(f.paths, {QStringLiteral("backup"), QStringLiteral("destroy"), QString::number(id)})
                     .exitCode,
                 2); // destroyed already
    }

    void taxArchiveKeyAndOpen()
    {
        VaultFixture f;
        QVERIFY(f.create());
        QVERIFY(dppctl(f.paths, {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("200")})
                    .exitCode
                == 0);
        const auto due
            = dppctl(f.paths,
                     {QStringLiteral("retention"), QStringLiteral("list"), QStringLiteral("--list"),
                      QStringLiteral("overdue"), QStringLiteral("--json")});
        const QString held = QJsonDocument::fromJson(due.out.split('\n').value(0))
                                 .object()
                                 .value(QStringLiteral("id"))
                                 .toString();
        QVERIFY2(!held.isEmpty(), due.out.constData());
        QVERIFY(dppctl(f.paths,
                       {QStringLiteral("retention"), QStringLiteral("hold"), held, QStringLiteral("--tax"),
                        QStringLiteral("--reason"), QStringLiteral("VAT return")})
                    .exitCode
                == 0);
        // Without a key the held order waits; the rest are purged and the warning names it.
        const auto first = dppctl(f.paths, {QStringLiteral("purge-due")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(held.toUtf8()), first.err.constData());

        const auto key = dppctl(f.paths, {QStringLiteral("tax-archive"), QStringLiteral("key")});
        QVERIFY2(key.exitCode == 0, key.err.constData());
        const QString secret = lineValue(key.out, QStringLiteral("Tax archive key"));
        QCOMPARE(secret.size(), 64);
        const auto second = dppctl(f.paths, {QStringLiteral("purge-due")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(lineValue(second.out, QStringLiteral("Purged")), QStringLiteral("1"));
        const auto list = dppctl(f.paths, {QStringLiteral("tax-archive"), QStringLiteral("list")});
        const QString archive = QString::fromUtf8(list.out).trimmed().section(QLatin1Char(' '), -1);
        QVERIFY2(QFileInfo::exists(archive), list.out.constData());

        // Opened without any sign-in, with the key alone; a wrong key is refused.
        const auto opened = runProgram(builtProgram(QStringLiteral("dppctl")),
                                       {QStringLiteral("--password-stdin"), QStringLiteral("tax-archive"),
                                        QStringLiteral("open"), archive},
                                       secret.toUtf8() + '\n');
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        const QJsonObject content = QJsonDocument::fromJson(opened.out).object();
        QCOMPARE(content.value(QStringLiteral("orders"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("order_id"))
                     .toString(),
                 held);
        const auto wrong
            = runProgram(builtProgram(QStringLiteral("dppctl")),
                         {QStringLiteral("--password-stdin"), QStringLiteral("tax-archive"),
                          QStringLiteral("open"), archive},
                         QByteArray("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-IIII-JJJJ-KKKK-LLLL-MMMM\n"));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDppctlBackup)
#include "TestDppctlBackup.moc"
