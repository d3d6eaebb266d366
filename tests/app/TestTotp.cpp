// Tests of the second factor: RFC 4226/6238 vectors from the shared reference files, the ±1 step
// window, replay, input checks, RFC 4648 base32, the otpauth URI and the one-time recovery codes.
#include "auth/RecoveryCodes.h"
#include "auth/Totp.h"
#include "crypto/Primitives.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace dpp;

namespace {

SecureBytes bytes(QByteArrayView text)
{
    return SecureBytes(text.data(), static_cast<std::size_t>(text.size()));
}

QDateTime at(qint64 unixTime)
{
    return QDateTime::fromSecsSinceEpoch(unixTime, QTimeZone::utc());
}

//! The rows of a reference TSV file as column name -> value; an error text if it cannot be read.
QString readTsv(const QString& relativePath, QList<QHash<QByteArray, QByteArray>>& rows)
{
    const QString dir = qEnvironmentVariable("DPP_REFERENCE_DIR");
    if (dir.isEmpty())
        return QStringLiteral("DPP_REFERENCE_DIR is not set (run through ctest)");
    QFile file(dir + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
    const QList<QByteArray> header = file.readLine().trimmed().split('\t');
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() != header.size())
            return QStringLiteral("%1: a row with %2 cells under %3 columns")
                .arg(file.fileName())
                .arg(cells.size())
                .arg(header.size());
        QHash<QByteArray, QByteArray> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), cells.at(i));
        rows.append(row);
    }
    return rows.isEmpty() ? QStringLiteral("%1 has no rows").arg(file.fileName()) : QString();
}

OtpAlgorithm algorithmNamed(const QByteArray& name)
{
    if (name == "SHA256")
        return OtpAlgorithm::Sha256;
    if (name == "SHA512")
        return OtpAlgorithm::Sha512;
    return OtpAlgorithm::Sha1;
}

} // namespace

class TestTotp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialize().ok()); }

    void referenceVectors_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<qint64>("unixTime");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<quint64>("counter");
        QList<QHash<QByteArray, QByteArray>> rows;
        const QString problem = readTsv(QStringLiteral("vectors/totp_vectors.tsv"), rows);
        if (!problem.isEmpty()) {
            // A missing file fails the test; it must never pass by running no rows.
            QTest::newRow("vector file")
                << problem << QByteArray() << QByteArray() << qint64(0) << 0 << QByteArray() << quint64(0);
            return;
        }
        for (const auto& row : rows) {
            const QByteArray name
                = row["kind"] + ' ' + row["algo"] + " t=" + row["unix_time"] + " d=" + row["digits"];
            QTest::newRow(name.constData())
                << QString() << row["algo"] << row["secret_ascii"] << row["unix_time"].toLongLong()
                << row["digits"].toInt() << row["expected"] << row["counter_hex"].toULongLong(nullptr, 16);
        }
        // 18 RFC 6238 Appendix B rows and 10 RFC 4226 Appendix D rows.
        if (rows.size() != 28)
            QTest::newRow("row count")
                << QStringLiteral("expected 28 rows, read %1").arg(rows.size()) << QByteArray()
                << QByteArray() << qint64(0) << 0 << QByteArray() << quint64(0);
    }

    void referenceVectors()
    {
        QFETCH(QString, problem);
        QFETCH(QByteArray, algorithm);
        QFETCH(QByteArray, secret);
        QFETCH(qint64, unixTime);
        QFETCH(int, digits);
        QFETCH(QByteArray, expected);
        QFETCH(quint64, counter);
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));

        const TotpSecret totp(bytes(secret), algorithmNamed(algorithm), digits);
        QCOMPARE(Totp::stepAt(at(unixTime)), qint64(counter));
        QCOMPARE(Totp::codeAt(totp, at(unixTime)).view().toByteArray(), expected);
        QCOMPARE(Totp::hotp(totp.key(), counter, digits, totp.algorithm()).view().toByteArray(), expected);
        const auto verified
            = Totp::verify(totp, QString::fromLatin1(expected), at(unixTime), Totp::NoStepUsed);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message()));
        QCOMPARE(verified.value(), qint64(counter));
    }

    void rfc4226Intermediate_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QByteArray>("hmacHex");
        QTest::addColumn<quint32>("truncated");
        QTest::addColumn<QByteArray>("hotp6");
        QList<QHash<QByteArray, QByteArray>> rows;
        const QString problem
            = readTsv(QStringLiteral("vectors/totp/rfc4226_appendixD_intermediate.tsv"), rows);
        if (!problem.isEmpty()) {
            QTest::newRow("vector file")
                << problem << quint64(0) << QByteArray() << quint32(0) << QByteArray();
            return;
        }
        for (const auto& row : rows) {
            const QByteArray name = "counter " + row["counter"];
            QTest::newRow(name.constData())
                << QString() << row["counter"].toULongLong() << row["hmac_sha1_hex"]
                << row["truncated_dec"].toUInt() << row["hotp6"];
            QCOMPARE(row["truncated_hex"].toUInt(nullptr, 16), row["truncated_dec"].toUInt());
        }
    }

    void rfc4226Intermediate()
    {
        QFETCH(QString, problem);
        QFETCH(quint64, counter);
        QFETCH(QByteArray, hmacHex);
        QFETCH(quint32, truncated);
        QFETCH(QByteArray, hotp6);
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        const QByteArray key("12345678901234567890");
        QByteArray message(8, '\0');
        for (int i = 7; i >= 0; --i)
            message[i] = static_cast<char>((counter >> (8 * (7 - i))) & 0xFFU);
        // The file's HMAC column, checked against Qt's independent HMAC.
        QCOMPARE(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1).toHex(), hmacHex);
        // Dynamic truncation: with 9 digits the code is the 31-bit value modulo 10^9.
        QCOMPARE(Totp::hotp(bytes(key), counter, 9).view().toByteArray(),
                 QByteArray::number(truncated % 1000000000U).rightJustified(9, '0'));
        QCOMPARE(Totp::hotp(bytes(key), counter, 6).view().toByteArray(), hotp6);
    }

    void window_data()
    {
        QTest::addColumn<qint64>("offsetSteps");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("-2 steps") << qint64(-2) << false;
        QTest::newRow("-1 step") << qint64(-1) << true;
        QTest::newRow("now") << qint64(0) << true;
        QTest::newRow("+1 step") << qint64(1) << true;
        QTest::newRow("+2 steps") << qint64(2) << false;
    }

    void window()
    {
        QFETCH(qint64, offsetSteps);
        QFETCH(bool, accepted);
        const TotpSecret secret = TotpSecret::generate();
        const QDateTime now = at(1'700'000'015); // mid-step
        const qint64 step = Totp::stepAt(now);
        const SecureBytes code = Totp::codeAt(secret, now.addSecs(offsetSteps * Totp::StepSeconds));
        const auto verified
            = Totp::verify(secret, QString::fromLatin1(code.view().toByteArray()), now, Totp::NoStepUsed);
        QCOMPARE(verified.ok(), accepted);
        if (accepted)
            QCOMPARE(verified.value(), step + offsetSteps);
        else
            QCOMPARE(verified.error().code(), ErrorCode::WrongCredentials);
    }

    void replayIsRefused()
    {
        const TotpSecret secret = TotpSecret::generate();
        const QDateTime now = at(1'700'000'000);
        const QString code = QString::fromLatin1(Totp::codeAt(secret, now).view().toByteArray());
        const auto first = Totp::verify(secret, code, now, Totp::NoStepUsed);
        QVERIFY(first.ok());
        // The same code again, also 20 seconds later while it is still shown.
        auto again = Totp::verify(secret, code, now, first.value());
        QCOMPARE(again.error().code(), ErrorCode::WrongCredentials);
        QVERIFY(!again.error().message().isEmpty());
        QVERIFY(!Totp::verify(secret, code, now.addSecs(20), first.value()).ok());
        // An older code inside the window is refused once a newer one was used.
        const QString previous
            = QString::fromLatin1(Totp::codeAt(secret, now.addSecs(-Totp::StepSeconds)).view().toByteArray());
        QVERIFY(!Totp::verify(secret, previous, now, first.value()).ok());
        // The next code is accepted.
        const QString next
            = QString::fromLatin1(Totp::codeAt(secret, now.addSecs(Totp::StepSeconds)).view().toByteArray());
        const auto later = Totp::verify(secret, next, now.addSecs(Totp::StepSeconds), first.value());
        QVERIFY(later.ok());
        QCOMPARE(later.value(), first.value() + 1);
    }

    void malformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("five digits") << QStringLiteral("12345");
        QTest::newRow("seven digits") << QStringLiteral("1234567");
        QTest::newRow("a letter") << QStringLiteral("12a456");
        QTest::newRow("letters only") << QStringLiteral("abcdef");
        QTest::newRow("sign") << QStringLiteral("-12345");
        QTest::newRow("full-width digits") << QStringLiteral("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16");
    }

    void malformedCodes()
    {
        QFETCH(QString, code);
        const auto verified = Totp::verify(TotpSecret::generate(), code, at(1'700'000'000), Totp::NoStepUsed);
        QCOMPARE(verified.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!verified.error().message().isEmpty());
    }

    void spacesInACodeAreIgnored()
    {
        const TotpSecret secret = TotpSecret::generate();
        const QDateTime now = at(1'700'000'000);
        QByteArray code = Totp::codeAt(secret, now).view().toByteArray();
        code.insert(3, ' ');
        QVERIFY(Totp::verify(secret, QString::fromLatin1(code), now, Totp::NoStepUsed).ok());
    }

    void base32Rfc4648_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        // RFC 4648 section 10, without the padding.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("MY");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI");
        QTest::newRow("RFC 6238 seed")
            << QByteArray("12345678901234567890") << QByteArray("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    void base32Rfc4648()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(Totp::base32Encode(plain).view().toByteArray(), encoded);
        auto decoded = Totp::base32Decode(encoded);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->view().toByteArray(), plain);
        // Lower case, spaces every four characters and RFC padding are accepted too.
        QByteArray typed;
        for (qsizetype i = 0; i < encoded.size(); ++i)
            typed += (i > 0 && i % 4 == 0 ? " " : "") + encoded.mid(i, 1).toLower();
        if (encoded.size() % 8 != 0)
            typed += QByteArray(8 - encoded.size() % 8, '=');
        decoded = Totp::base32Decode(typed);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->view().toByteArray(), plain);
    }

    void base32Rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("digit 1") << QByteArray("MY1");
        QTest::newRow("digit 8") << QByteArray("MZXW6YT8");
        QTest::newRow("punctuation") << QByteArray("MZ.Q");
        QTest::newRow("one symbol") << QByteArray("M");
        QTest::newRow("three symbols") << QByteArray("MZX");
        QTest::newRow("six symbols") << QByteArray("MZXW6Y");
        QTest::newRow("padding in the middle") << QByteArray("MY==MZXQ");
    }

    void base32Rejects()
    {
        QFETCH(QByteArray, text);
        auto decoded = Totp::base32Decode(text);
        QCOMPARE(decoded.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!decoded.error().message().isEmpty());
    }

    void secretRoundTrip()
    {
        const TotpSecret secret = TotpSecret::generate();
        QCOMPARE(secret.key().size(), std::size_t(20));
        QCOMPARE(secret.algorithm(), OtpAlgorithm::Sha1);
        QCOMPARE(secret.digits(), 6);
        QVERIFY(!secret.key().equals(TotpSecret::generate().key()));
        const SecureBytes typed = secret.toBase32();
        QCOMPARE(typed.size(), std::size_t(32));
        auto back = TotpSecret::fromBase32(typed.view().toByteArray().toLower());
        QVERIFY(back.ok());
        QVERIFY(back->key().equals(secret.key()));
        // RFC 4226 R6: fewer than 128 bits is refused.
        QCOMPARE(TotpSecret::fromBase32("MZXW6YTBOI").error().code(), ErrorCode::InvalidInput);
    }

    void otpauthUri_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("uri");
        QTest::newRow("plain name")
            << QStringLiteral("anna.schmidt")
            << QByteArray("otpauth://totp/DPP%20Console:anna.schmidt?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                          "&issuer=DPP%20Console&algorithm=SHA1&digits=6&period=30");
        QTest::newRow("space, colon, umlaut")
            << QStringLiteral("j\u00FCrgen m:x")
            << QByteArray(
                   "otpauth://totp/DPP%20Console:j%C3%BCrgen%20m%3Ax?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                   "&issuer=DPP%20Console&algorithm=SHA1&digits=6&period=30");
    }

    void otpauthUri()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, uri);
        const TotpSecret secret(bytes("12345678901234567890"));
        QCOMPARE(Totp::otpauthUri(secret, user).view().toByteArray(), uri);
    }

    void recoveryCodesWorkOnce()
    {
        auto generated = RecoveryCodes::generate(RecoveryCodes::Limits::cheapestForTests());
        QVERIFY2(generated.ok(), qPrintable(generated.error().message()));
        QCOMPARE(int(generated->codes.size()), RecoveryCodes::Count);
        QCOMPARE(generated->hashes.size(), RecoveryCodes::Count);

        QSet<QByteArray> distinct;
        for (const auto& code : generated->codes) {
            const QByteArray shown = code.view().toByteArray();
            QCOMPARE(shown.size(), RecoveryCodes::Length + 1);
            QCOMPARE(shown.at(5), '-');
            distinct.insert(shown);
            // The stored form holds no code text, with or without the dash.
            for (const auto& hash : generated->hashes) {
                QVERIFY(hash.startsWith("$argon2id$"));
                QVERIFY(!hash.contains(shown));
                QVERIFY(!hash.contains(QByteArray(shown).remove(5, 1)));
                QVERIFY(!hash.toUpper().contains(QByteArray(shown).remove(5, 1)));
            }
        }
        QCOMPARE(distinct.size(), RecoveryCodes::Count);

        QByteArrayList stored = generated->hashes;
        QByteArrayList used;
        for (int i = 0; i < RecoveryCodes::Count; ++i) {
            const SecureBytes& code = generated->codes[std::size_t(i)];
            auto index = RecoveryCodes::consume(code, stored);
            QVERIFY2(index.ok(), qPrintable(index.error().message()));
            QCOMPARE(stored.at(index.value()), generated->hashes.at(i));
            stored.removeAt(index.value()); // what the caller does
            QCOMPARE(RecoveryCodes::consume(code, stored).error().code(), ErrorCode::WrongCredentials);
        }
        QVERIFY(stored.isEmpty());
    }

    void recoveryCodeTyping()
    {
        auto generated = RecoveryCodes::generate(RecoveryCodes::Limits::cheapestForTests());
        QVERIFY(generated.ok());
        // Lower case, a space instead of the dash, a trailing newline.
        QByteArray typed = generated->codes[3].view().toByteArray().toLower().replace('-', ' ') + '\n';
        auto index = RecoveryCodes::consume(bytes(typed), generated->hashes);
        QVERIFY(index.ok());
        QCOMPARE(index.value(), 3);
    }

    void wrongRecoveryCodes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("well formed, not issued") << QByteArray("22222-22222");
        QTest::newRow("too short") << QByteArray("ABCDE-FGHJ");
        QTest::newRow("too long") << QByteArray("ABCDE-FGHJKM");
        QTest::newRow("look-alike letter O") << QByteArray("ABCDE-FGHJO");
        QTest::newRow("a TOTP code") << QByteArray("123456");
    }

    void wrongRecoveryCodes()
    {
        QFETCH(QByteArray, text);
        static const auto generated = RecoveryCodes::generate(RecoveryCodes::Limits::cheapestForTests());
        QVERIFY(generated.ok());
        auto index = RecoveryCodes::consume(bytes(text), generated->hashes);
        QCOMPARE(index.error().code(), ErrorCode::WrongCredentials);
        QVERIFY(!index.error().message().isEmpty());
    }

    void recoveryCodesUseInteractiveLimits()
    {
        const auto limits = RecoveryCodes::Limits::interactive();
        QVERIFY(limits.opslimit >= 2);
        QVERIFY(limits.memlimit >= 64ULL * 1024 * 1024);
        auto generated = RecoveryCodes::generate();
        QVERIFY(generated.ok());
        QVERIFY(generated->hashes.first().startsWith("$argon2id$v=19$m=65536,t=2,"));
        QCOMPARE(RecoveryCodes::consume(generated->codes[0], generated->hashes).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"
