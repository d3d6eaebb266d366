// Certificate (issue 6, item 4): the PDF read back with poppler (pdftotext, pdfinfo, pdffonts,
// pdftoppm): every field of NIST SP 800-88 Rev. 1 Appendix G, the run's numbers and verdict, all
// 600 ids of the appendix across pages; atomic writes and the fingerprint.
#include "TestSupport.h"
#include "purge/Certificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <unistd.h>

using namespace dpp;
using namespace dpp::test;

namespace {

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

//! A run as PurgeEngine returns it, with synthetic order ids 999-....
PurgeRun makeRun(int orders, bool passed)
{
    PurgeRun run;
    run.runId = 42;
    run.reason = PurgeReason::Due;
    run.startedAt = QDateTime(QDate(2026, 10, 5), QTime(9, 15, 2), QTimeZone::utc());
    run.finishedAt = QDateTime(QDate(2026, 10, 5), QTime(9, 15, 47), QTimeZone::utc());
    run.actor = QStringLiteral("dpo");
    run.actorDisplayName = QStringLiteral("Dana Officer");
    for (int i = 0; i < orders; ++i)
        run.orderIds << QStringLiteral("999-%1-%2")
                            .arg(1000000 + i * 7919 % 9000000, 7, 10, QLatin1Char('0'))
                            .arg(2000000 + i, 7, 10, QLatin1Char('0'));
    run.orderIds.sort();
    run.idsSha256 = QString::fromLatin1(
        QCryptographicHash::hash(run.orderIds.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    run.oldestDue = utc(2026, 8, 1);
    run.newestDue = utc(2026, 9, 30);
    run.verification.rowsGone = true;
    run.verification.pagesClean = passed;
    run.verification.pagesScanned = 1234;
    run.verification.needlesSearched = 2 * orders;
    run.verification.walBytes = passed ? 0 : 32992;
    run.verification.freePages = 0;
    run.verification.method = QStringLiteral("sqlite_dbpage through the sqlcipher shell 4.6.1");
    run.databaseId = QStringLiteral("6f1c2a9e-3b7d-4e15-9a0c-2d8e5f4b7a11");
    run.databasePath = QStringLiteral("/srv/dpp/console.db");
    run.toolVersion = QStringLiteral("DPP Console 0.1.0, SQLCipher 4.6.1 community, OpenSSL 3.0.15");
    return run;
}

CertificateParties makeParties()
{
    CertificateParties p;
    p.organization = QStringLiteral("Example Trading GmbH");
    p.location = QStringLiteral("Berlin, Germany");
    p.performerName = QStringLiteral("Dana Officer");
    p.performerTitle = QStringLiteral("Data Protection Officer");
    p.contact = QStringLiteral("dpo@example.invalid");
    return p;
}

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

//! pdftotext -layout: one string per page (pdftotext ends each page with a form feed).
QStringList pagesText(const QString& pdf)
{
    const ProcessResult r
        = runProgram(tool("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (r.exitCode != 0)
        return {};
    QStringList pages = QString::fromUtf8(r.out).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

//! The text with every run of white space made one space, for phrases that -layout may space out.
QString flat(const QString& s)
{
    return s.simplified();
}

int pdfPages(const QString& pdf)
{
    const ProcessResult r = runProgram(tool("pdfinfo"), {pdf});
    const auto match
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(r.out));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestCertificate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* name : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm", "sha256sum"})
            QVERIFY2(!tool(name).isEmpty(), name); // poppler-utils, installed by installer/setup-debian.sh
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,234" below
    }

    void printsEveryNistField()
    {
        const PurgeRun run = makeRun(600, true);
        const QString pdf = m_dir.filePath(QStringLiteral("passed.pdf"));
        const auto written = Certificate::write(run, makeParties(), pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().message()));

        // Page 1 rendered first, and kept for a person to look at when DPP_SCREENSHOT_DIR is set.
        QVERIFY(renderAndKeep(pdf, QStringLiteral("certificate")));

        const QStringList pages = pagesText(pdf);
        QVERIFY(!pages.isEmpty());
        const QString all = flat(pages.join(QLatin1Char(' ')));
        const QStringList expected{
            QStringLiteral("Certificate of Sanitization"),
            QStringLiteral("1. PERSON PERFORMING SANITIZATION"),
            QStringLiteral("2. MEDIA INFORMATION"),
            QStringLiteral("3. SANITIZATION DETAILS"),
            QStringLiteral("4. MEDIA DESTINATION"),
            QStringLiteral("5. SIGNATURE"),
            QStringLiteral("6. VALIDATION"),
            QStringLiteral("Name"),
            QStringLiteral("Title"),
            QStringLiteral("Organization"),
            QStringLiteral("Location"),
            QStringLiteral("Phone"),
            QStringLiteral("Make/ Vendor"),
            QStringLiteral("Model Number"),
            QStringLiteral("Serial Number"),
            QStringLiteral("Media Property Number"),
            QStringLiteral("Media Type"),
            QStringLiteral("Source (user name or PC property number)"),
            QStringLiteral("Classification"),
            QStringLiteral("Data Backed Up"),
            QStringLiteral("[ ] Yes [ ] No [X] Unknown"),
            QStringLiteral("Backup Location"),
            QStringLiteral("Method Type"),
            QStringLiteral("[ ] Clear [X] Purge [ ] Damage [ ] Destruct"),
            QStringLiteral("Method Used"),
            QStringLiteral("[ ] Degauss [X] Overwrite [ ] Block Erase [X] Crypto Erase [ ] Other:"),
            QStringLiteral("Method Details"),
            QStringLiteral("Tool Used (include version)"),
            QStringLiteral("Verification Method"),
            QStringLiteral("[X] Full [ ] Quick Sampling [ ] Other:"),
            QStringLiteral("Post Sanitization Classification"),
            QStringLiteral("Notes"),
            QStringLiteral("[X] Internal Reuse [ ] External Reuse [ ] Recycling Facility [ ] Manufacturer"),
            QStringLiteral("[ ] Other (specify in details area)"),
            QStringLiteral("Details"),
            QStringLiteral("Signature"),
            QStringLiteral("Date"),
            // The run: who, what, when, where, and each check of the verification.
            QStringLiteral("Dana Officer"),
            QStringLiteral("Data Protection Officer"),
            QStringLiteral("Example Trading GmbH"),
            QStringLiteral("Berlin, Germany"),
            QStringLiteral("dpo@example.invalid"),
            QStringLiteral("SQLCipher database"),
            QStringLiteral("6f1c2a9e-3b7d-4e15-9a0c-2d8e5f4b7a11"),
            QStringLiteral("/srv/dpp/console.db"),
            QStringLiteral("Amazon Information: buyer PII"),
            QStringLiteral("600 orders"),
            QStringLiteral("from 2026-08-01T12:00:00Z to 2026-09-30T12:00:00Z"),
            run.idsSha256,
            QStringLiteral("2026-10-05T09:15:02Z"),
            QStringLiteral("2026-10-05T09:15:47Z"),
            QStringLiteral("DPP Console 0.1.0, SQLCipher 4.6.1 community, OpenSSL 3.0.15"),
            QStringLiteral("Rows gone"),
            QStringLiteral("Pages scanned and clean"),
            QStringLiteral("1,234 decrypted pages"),
            QStringLiteral("Needles searched"),
            QStringLiteral("1,200 data keys"),
            QStringLiteral("WAL after checkpoint"),
            QStringLiteral("0 bytes in the -wal file"),
            QStringLiteral("Free pages after VACUUM"),
            QStringLiteral("free pages: 0"),
            QStringLiteral("sqlite_dbpage through the sqlcipher shell 4.6.1"),
            QStringLiteral("Verification result"),
            QStringLiteral("PASSED"),
        };
        for (const QString& phrase : expected)
            QVERIFY2(all.contains(phrase), qPrintable(QStringLiteral("missing: ") + phrase));
        QVERIFY(!all.contains(QStringLiteral("FAILED")));

        // Every page numbered; the appendix holds all 600 ids, over more than one page.
        const int count = pdfPages(pdf);
        QCOMPARE(pages.size(), count);
        QVERIFY2(count >= 3, qPrintable(QString::number(count)));
        for (int i = 0; i < count; ++i)
            QVERIFY2(flat(pages.at(i)).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(count)),
                     qPrintable(QString::number(i + 1)));
        QSet<int> pagesWithIds;
        for (const QString& id : run.orderIds) {
            int found = -1;
            for (int i = 0; i < count && found < 0; ++i)
                if (pages.at(i).contains(id))
                    found = i;
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing id ") + id));
            pagesWithIds.insert(found);
        }
        QVERIFY2(pagesWithIds.size() >= 2, "the appendix continues over pages");
        QVERIFY(flat(pages.at(pagesWithIds.values().first())).contains(QStringLiteral("APPENDIX")));

        // Every font is embedded (pdffonts' "emb" column), so any reader shows and extracts each word.
        const ProcessResult fonts = runProgram(tool("pdffonts"), {pdf});
        const QStringList lines = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (const QString& line : lines.mid(2))
            QVERIFY2(line.contains(QRegularExpression(
                         QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))),
                     qPrintable(line));

        // The fingerprint is the SHA-256 of the file, as sha256sum computes it and write() returned.
        const auto fingerprint = Certificate::fingerprint(pdf);
        QVERIFY2(fingerprint.ok(), qPrintable(fingerprint.error().message()));
        QCOMPARE(fingerprint.value(), written.value());
        const ProcessResult sum = runProgram(tool("sha256sum"), {pdf});
        QCOMPARE(QString::fromLatin1(sum.out.left(64)), fingerprint.value());
    }

    void failedVerificationSaysSo()
    {
        const PurgeRun run = makeRun(3, false);
        QVERIFY(!run.verification.passed());
        const QString pdf = m_dir.filePath(QStringLiteral("failed.pdf"));
        const auto written = Certificate::write(run, makeParties(), pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().message()));
        QVERIFY(renderAndKeep(pdf, QStringLiteral("certificate-failed")));
        const QString all = flat(pagesText(pdf).join(QLatin1Char(' ')));
        QVERIFY(all.contains(QStringLiteral("FAILED")));
        QVERIFY(all.contains(QStringLiteral("not certified")));
        QVERIFY(all.contains(QStringLiteral("32,992 bytes in the -wal file")));
        QVERIFY(all.contains(QStringLiteral("3 orders")));
        for (const QString& id : run.orderIds)
            QVERIFY(all.contains(id));
    }

    void emptyRunAndUnknownParties()
    {
        PurgeRun run = makeRun(0, true);
        run.oldestDue = {};
        run.newestDue = {};
        CertificateParties parties;
        parties.backedUp = CertificateParties::BackedUp::Yes;
        parties.backupNote = QStringLiteral("Nightly backup of 2026-10-04 in the office safe");
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        const auto written = Certificate::write(run, parties, pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().message()));
        const QString all = flat(pagesText(pdf).join(QLatin1Char(' ')));
        QVERIFY(all.contains(QStringLiteral("0 orders")));
        QVERIFY(all.contains(QStringLiteral("[X] Yes [ ] No [ ] Unknown")));
        QVERIFY(all.contains(QStringLiteral("office safe")));
        QVERIFY(all.contains(QStringLiteral("No order was purged in this run.")));
    }

    void unwritablePlaceGivesAnErrorAndNoFile()
    {
        const PurgeRun run = makeRun(5, true);
        QStringList targets{m_dir.filePath(QStringLiteral("missing/folder/cert.pdf"))};
        QFile plain(m_dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        targets << m_dir.filePath(QStringLiteral("plain-file/cert.pdf")); // a file where a folder should be
        const QString readOnly = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (::geteuid() != 0) // root writes into read-only folders
            targets << readOnly + QStringLiteral("/cert.pdf");
        for (const QString& path : targets) {
            const auto written = Certificate::write(run, makeParties(), path);
            QVERIFY2(!written.ok(), qPrintable(path));
            QCOMPARE(written.error().code(), ErrorCode::Failed);
            QVERIFY2(written.error().message().contains(QStringLiteral("certificate")),
                     qPrintable(written.error().message()));
            QVERIFY(written.error().message().contains(path));
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(QDir(readOnly).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QFile::setPermissions(readOnly,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        const auto missing = Certificate::fingerprint(m_dir.filePath(QStringLiteral("no-such.pdf")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }

    void replacesAnOlderFileWhole()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("replaced.pdf"));
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older certificate");
        old.close();
        const auto written = Certificate::write(makeRun(2, true), makeParties(), pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().message()));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QVERIFY(fileBytes(pdf).trimmed().endsWith("%%EOF"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("replaced.pdf.*")}), QStringList());
    }

private:
    //! Renders page 1 (pdftoppm, 60 dpi); copies the PNG and the PDF to DPP_SCREENSHOT_DIR as
    //! <name>-page1.png and <name>.pdf when it is set.
    bool renderAndKeep(const QString& pdf, const QString& name)
    {
        const QString prefix = m_dir.filePath(name + QStringLiteral("-page"));
        const ProcessResult png = runProgram(tool("pdftoppm"),
                                             {QStringLiteral("-png"), QStringLiteral("-r"),
                                              QStringLiteral("60"), QStringLiteral("-f"), QStringLiteral("1"),
                                              QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
        const QStringList rendered = QDir(m_dir.path()).entryList({name + QStringLiteral("-page-*1.png")});
        if (png.exitCode != 0 || rendered.size() != 1)
            return false;
        const QString page1 = m_dir.filePath(rendered.first());
        if (QImage(page1).size() != QSize(496, 702)) // A4 at 60 dpi
            return false;
        const QString shots = qEnvironmentVariable("DPP_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return true;
        QDir().mkpath(shots);
        const QString pngTarget = QDir(shots).filePath(name + QStringLiteral("-page1.png"));
        const QString pdfTarget = QDir(shots).filePath(name + QStringLiteral(".pdf"));
        QFile::remove(pngTarget);
        QFile::remove(pdfTarget);
        return QFile::copy(page1, pngTarget) && QFile::copy(pdf, pdfTarget);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCertificate)
#include "TestCertificate.moc"
