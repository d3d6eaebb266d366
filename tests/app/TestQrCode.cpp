// Tests of the enrollment QR code: symbol sizes and finder patterns, limits, and the real proof: each
// code is drawn into a PGM picture and read back with zbarimg (zbar-tools, installed by setup).
#include "auth/QrCode.h"
#include "auth/Totp.h"
#include "crypto/Primitives.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdlib>

using namespace dpp;

namespace {

SecureBytes bytes(QByteArrayView text)
{
    return SecureBytes(text.data(), static_cast<std::size_t>(text.size()));
}

//! The otpauth URI of the RFC 6238 test key ("12345678901234567890"), as enrollment makes it.
SecureBytes referenceUri()
{
    const TotpSecret secret(bytes("12345678901234567890"));
    return Totp::otpauthUri(secret, QStringLiteral("qa.tester"));
}

//! Printable ASCII of a given length, different at every position so that misplaced bytes show.
QByteArray filler(int length)
{
    QByteArray text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(char(' ' + (i * 7 + i / 95) % 95));
    return text;
}

//! Writes the code as a binary PGM (P5): a 4-module quiet zone, each module 8 x 8 pixels, dark 0.
QString writePgm(const QrCode& code, const QString& path)
{
    constexpr int Scale = 8;
    const int side = (code.size() + 2 * QrCode::QuietZone) * Scale;
    QByteArray image = "P5\n" + QByteArray::number(side) + ' ' + QByteArray::number(side) + "\n255\n";
    image.reserve(image.size() + side * side);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.append(code.module(x / Scale - QrCode::QuietZone, y / Scale - QrCode::QuietZone) ? '\0'
                                                                                                   : '\xff');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(image) != image.size())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

//! Where the 7 x 7 finder pattern with its top-left module at (left, top) differs from ISO/IEC
//! 18004 6.3.3 (dark ring, light ring, dark 3 x 3 core) or lacks its light separator; empty if not.
QString finderProblem(const QrCode& code, int left, int top)
{
    for (int dy = -1; dy <= 7; ++dy)
        for (int dx = -1; dx <= 7; ++dx) {
            const int x = left + dx, y = top + dy;
            if (x < 0 || y < 0 || x >= code.size() || y >= code.size())
                continue; // the separator of a corner pattern lies partly outside the symbol
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3)); // 0 centre .. 4 separator
            const bool dark = ring <= 1 || ring == 3;
            if (code.module(x, y) != dark)
                return QStringLiteral("module (%1, %2) should be %3")
                    .arg(x)
                    .arg(y)
                    .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        }
    return {};
}

} // namespace

class TestQrCode final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zbarimg;
    int m_pictures = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialize().ok());
        QVERIFY(m_dir.isValid());
        // Not a skip: installer/setup-debian.sh installs zbar-tools, so a missing zbarimg is a broken setup.
        m_zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!m_zbarimg.isEmpty(),
                 "zbarimg not found: run installer/setup-debian.sh (it installs zbar-tools)");
    }

    void enrollmentUriHasAValidSymbol()
    {
        const SecureBytes uri = referenceUri();
        QVERIFY(uri.view().startsWith("otpauth://totp/"));
        const auto code = QrCode::encode(uri);
        QVERIFY2(code.ok(), qPrintable(code.error().message()));
        const int size = code->size();
        QVERIFY2(size >= 21 && size <= 177 && (size - 21) % 4 == 0, qPrintable(QString::number(size)));
        QCOMPARE(size, 21 + 4 * (code->version() - 1));
        // The three finder patterns: top left, top right, bottom left; none at the bottom right.
        QCOMPARE(finderProblem(code.value(), 0, 0), QString());
        QCOMPARE(finderProblem(code.value(), size - 7, 0), QString());
        QCOMPARE(finderProblem(code.value(), 0, size - 7), QString());
        QVERIFY(!finderProblem(code.value(), size - 7, size - 7).isEmpty());
        // The timing patterns between them alternate, dark on even positions (ISO/IEC 18004 6.3.5).
        for (int i = 8; i < size - 8; ++i) {
            QCOMPARE(code->module(i, 6), i % 2 == 0);
            QCOMPARE(code->module(6, i), i % 2 == 0);
        }
        // The dark module beside the bottom-left finder (6.3.6 of later editions; always dark).
        QVERIFY(code->module(8, size - 8));
        // Outside the symbol is quiet zone: light.
        QVERIFY(!code->module(-1, 0) && !code->module(0, -1) && !code->module(size, 0)
                && !code->module(0, size));
    }

    void decodesBack_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("version"); // 0: whatever fits
        QTest::newRow("the enrollment URI of the RFC 6238 test key")
            << referenceUri().view().toByteArray() << 0;
        QTest::newRow("one byte: version 1") << QByteArray("7") << 1;
        QTest::newRow("14 bytes: the most version 1-M holds") << filler(14) << 1;
        QTest::newRow("15 bytes: version 2") << filler(15) << 2;
        QTest::newRow("600 bytes: several blocks interleaved") << filler(600) << 0;
        QTest::newRow("2331 bytes: the most version 40-M holds") << filler(QrCode::MaximumBytes) << 40;
    }

    void decodesBack()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, version);
        const auto code = QrCode::encode(bytes(text));
        QVERIFY2(code.ok(), qPrintable(code.error().message()));
        if (version != 0)
            QCOMPARE(code->version(), version);

        const QString picture = m_dir.filePath(QStringLiteral("code-%1.pgm").arg(++m_pictures));
        const QString problem = writePgm(code.value(), picture);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QProcess zbar;
        // --raw: the data alone; -Sbinary: the bytes exactly as they are (no charset guess, no newline).
        zbar.start(m_zbarimg,
                   {QStringLiteral("--quiet"), QStringLiteral("--nodbus"), QStringLiteral("--raw"),
                    QStringLiteral("-Sbinary"), QStringLiteral("-Sdisable"),
                    QStringLiteral("-Sqrcode.enable"), picture});
        QVERIFY(zbar.waitForStarted(10000));
        QVERIFY(zbar.waitForFinished(60000));
        const QByteArray decoded = zbar.readAllStandardOutput();
        QVERIFY2(zbar.exitCode() == 0, zbar.readAllStandardError().constData());
        QFile::remove(picture); // the enrollment URI holds a (test) key
        QCOMPARE(decoded, text);
    }

    void emptyTextIsRefused()
    {
        const auto code = QrCode::encode(SecureBytes());
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(code.error().message().contains(QStringLiteral("nothing")),
                 qPrintable(code.error().message()));
    }

    void tooLongTextIsRefused_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("one byte more than version 40-M holds") << QrCode::MaximumBytes + 1;
        QTest::newRow("8000 bytes") << 8000;
    }

    void tooLongTextIsRefused()
    {
        QFETCH(int, length);
        const auto code = QrCode::encode(bytes(filler(length)));
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(code.error().message().contains(QStringLiteral("too long")),
                 qPrintable(code.error().message()));
        QVERIFY2(code.error().message().contains(QString::number(length)),
                 qPrintable(code.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
