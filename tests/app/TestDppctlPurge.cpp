// dppctl purge-due and verify-certificate (issue 6, items 3 and 4), through the built program:
// "Purged: N" and "Certificate: <absolute path>", a PDF whose text holds NIST's fields, nothing
// written when nothing is due, and a certificate checked against the audit log.
#include "TestSupport.h"
#include "VaultFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QByteArray DpoPassword = QByteArray(TestPassword) + '\n';

} // namespace

class TestDppctlPurge final : public QObject
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        // 400 synthetic orders over 90 days: those shipped over 30 days ago are due.
        const auto demo = dppctl({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("400")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void purgeDuePrintsCountAndCertificate()
    {
        const auto r = dppctl({QStringLiteral("purge-due")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QRegularExpression purged(QStringLiteral("^Purged: (\\d+)$"),
                                        QRegularExpression::MultilineOption);
        const auto count = purged.match(QString::fromUtf8(r.out));
        QVERIFY2(count.hasMatch(), r.out.constData());
        const int n = count.captured(1).toInt();
        QVERIFY(n > 50 && n < 400);
        const QRegularExpression certificate(QStringLiteral("^Certificate: (.+)$"),
                                             QRegularExpression::MultilineOption);
        const auto path = certificate.match(QString::fromUtf8(r.out));
        QVERIFY2(path.hasMatch(), r.out.constData());
        const QString pdf = path.captured(1);
        QVERIFY(QFileInfo(pdf).isAbsolute());
        QVERIFY(QFileInfo::exists(pdf));
        // Nothing but the count and the path on standard output; no Qt noise on standard error.
        QCOMPARE(r.out.count('\n'), 2);
        QVERIFY2(!r.err.contains("QStandardPaths"), r.err.constData());

        // The PDF's text holds NIST's sections and fields, the count and PASSED.
        const auto text
            = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        for (const char* field : {"Certificate of Sanitization",
                                  "PERSON PERFORMING SANITIZATION",
                                  "MEDIA INFORMATION",
                                  "SANITIZATION DETAILS",
                                  "MEDIA DESTINATION",
                                  "SIGNATURE",
                                  "VALIDATION",
                                  "Make/ Vendor",
                                  "Model Number",
                                  "Serial Number",
                                  "Media Type",
                                  "Classification",
                                  "Data Backed Up",
                                  "Backup Location",
                                  "Method Type",
                                  "Purge",
                                  "Method Used",
                                  "Crypto Erase",
                                  "Overwrite",
                                  "Tool Used",
                                  "Verification Method",
                                  "PASSED"})
            QVERIFY2(text.out.contains(field), field);
        QVERIFY(text.out.contains(QByteArray::number(n)));
        QVERIFY(text.out.contains("999-"));
        // pdftoppm draws its first page.
        const QString png = m_fixture.dir.filePath(QStringLiteral("page"));
        QCOMPARE(runProgram(QStringLiteral("pdftoppm"),
                            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                             QStringLiteral("1"), pdf, png})
                     .exitCode,
                 0);
        const QStringList pages = QDir(m_fixture.dir.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(pages.size(), 1);
        if (const QByteArray dir = qgetenv("DPP_SCREENSHOT_DIR"); !dir.isEmpty())
            QFile::copy(m_fixture.dir.filePath(pages.first()),
                        QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("certificate-page-1.png")));

        // verify-certificate: the file as written verifies; a changed copy does not.
        const auto ok = dppctl({QStringLiteral("verify-certificate"), pdf});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY(ok.out.contains("Verified"));
        const QString changed = m_fixture.dir.filePath(QStringLiteral("changed.pdf"));
        QVERIFY(QFile::copy(pdf, changed));
        QFile file(changed);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n%changed\n");
        file.close();
        const auto bad = dppctl({QStringLiteral("verify-certificate"), changed});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("changed.pdf"));
    }

    void nothingDueWritesNoCertificate()
    {
        const QDir certificates(
            QFileInfo(m_fixture.paths.database()).absoluteDir().filePath(QStringLiteral("certificates")));
        const QStringList before = certificates.entryList(QDir::Files);
        const auto r = dppctl({QStringLiteral("purge-due")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Purged: 0\n"));
        QCOMPARE(certificates.entryList(QDir::Files), before);
        QCOMPARE(dppctl({QStringLiteral("purge-due"), QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(dppctl({QStringLiteral("verify-certificate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDppctlPurge)
#include "TestDppctlPurge.moc"
