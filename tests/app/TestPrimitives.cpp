// Known-answer and misuse tests of the crypto wrappers (OpenSSL, libsodium) and the recovery-key text.
#include "crypto/KeySlotFile.h"
#include "crypto/Primitives.h"

#include <QTest>

using namespace dpp;

class TestPrimitives final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialize().ok()); }

    void hkdfKnownAnswer_data()
    {
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<QByteArray>("okmPrefix");
        // RFC 5869 A.1 and A.3 (the first 32 bytes of OKM: HKDF output is a prefix-stable stream).
        QTest::newRow("RFC 5869 A.1")
            << QByteArray::fromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")
            << QByteArray::fromHex("000102030405060708090a0b0c")
            << QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9")
            << QByteArray::fromHex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
        QTest::newRow("RFC 5869 A.3, no salt")
            << QByteArray::fromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b") << QByteArray()
            << QByteArray()
            << QByteArray::fromHex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d");
    }

    void hkdfKnownAnswer()
    {
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(QByteArray, okmPrefix);
        auto okm = crypto::hkdfSha256(SecureBytes(ikm.constData(), static_cast<std::size_t>(ikm.size())),
                                      salt, info);
        QVERIFY(okm.ok());
        QCOMPARE(okm->view().toByteArray().toHex(), okmPrefix.toHex());
    }

    void hmacKnownAnswer()
    {
        // RFC 4231 test case 2.
        const QByteArray key("Jefe");
        const auto mac = crypto::hmacSha256(SecureBytes(key.constData(), 4), "what do ya want for nothing?");
        QCOMPARE(mac.toHex(), QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void aesGcmRoundTripAndTamper()
    {
        const SecureBytes key = SecureBytes::random(32);
        auto sealed = crypto::aesGcmEncrypt(key, "synthetic secret", "order-1|name");
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->nonce.size(), 12);
        QVERIFY(!sealed->ciphertext.contains("synthetic secret"));
        auto plain = crypto::aesGcmDecrypt(key, sealed.value(), "order-1|name");
        QVERIFY(plain.ok());
        QCOMPARE(plain->view().toByteArray(), QByteArray("synthetic secret"));

        // Tried: other associated data, a flipped ciphertext bit, a flipped tag bit, another key,
        // a truncated ciphertext. Each must fail, never return altered plaintext.
        QCOMPARE(crypto::aesGcmDecrypt(key, sealed.value(), "order-2|name").error().code(),
                 ErrorCode::WrongCredentials);
        crypto::Sealed flipped = sealed.value();
        flipped.ciphertext[0] = static_cast<char>(flipped.ciphertext[0] ^ 1);
        QVERIFY(!crypto::aesGcmDecrypt(key, flipped, "order-1|name").ok());
        flipped = sealed.value();
        flipped.ciphertext[flipped.ciphertext.size() - 1]
            = static_cast<char>(flipped.ciphertext.back() ^ 0x80);
        QVERIFY(!crypto::aesGcmDecrypt(key, flipped, "order-1|name").ok());
        QVERIFY(!crypto::aesGcmDecrypt(SecureBytes::random(32), sealed.value(), "order-1|name").ok());
        flipped = sealed.value();
        flipped.ciphertext.truncate(10);
        QCOMPARE(crypto::aesGcmDecrypt(key, flipped, "order-1|name").error().code(), ErrorCode::Corrupt);
    }

    void aesGcmEmptyPlaintext()
    {
        const SecureBytes key = SecureBytes::random(32);
        auto sealed = crypto::aesGcmEncrypt(key, QByteArrayView(), "ad");
        QVERIFY(sealed.ok());
        auto plain = crypto::aesGcmDecrypt(key, sealed.value(), "ad");
        QVERIFY(plain.ok());
        QCOMPARE(plain->size(), std::size_t(0));
    }

    void argon2idIsDeterministicAndChecksLimits()
    {
        auto params = crypto::Argon2idParams::cheapestForTests();
        const SecureBytes password("pw", 2);
        auto a = crypto::argon2id(password, params);
        auto b = crypto::argon2id(password, params);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->equals(b.value()));
        auto other = params;
        other.salt[0] = static_cast<char>(other.salt[0] ^ 1);
        QVERIFY(!crypto::argon2id(password, other)->equals(a.value()));
        // A key file asking for absurd work is refused instead of eating the machine.
        other = params;
        other.memlimit = 1ULL << 40;
        QCOMPARE(crypto::argon2id(password, other).error().code(), ErrorCode::Corrupt);
        other = params;
        other.salt.chop(1);
        QCOMPARE(crypto::argon2id(password, other).error().code(), ErrorCode::Corrupt);
    }

    void standardParametersAreNotTheTestOnes()
    {
        const auto standard = crypto::Argon2idParams::standard();
        QVERIFY(standard.opslimit >= 3);
        QVERIFY(standard.memlimit >= 256ULL * 1024 * 1024);
    }

    void sealedBoxes()
    {
        auto pair = crypto::generateX25519();
        QCOMPARE(crypto::x25519PublicKey(pair.secretKey), pair.publicKey);
        const SecureBytes message = SecureBytes::random(32);
        const QByteArray sealed = crypto::sealToPublicKey(message, pair.publicKey);
        QCOMPARE(sealed.size(), 32 + 48);
        auto opened = crypto::openSealed(sealed, pair.publicKey, pair.secretKey);
        QVERIFY(opened.ok());
        QVERIFY(opened->equals(message));
        // Tried: another recipient's key, a flipped byte, a short box.
        auto other = crypto::generateX25519();
        QCOMPARE(crypto::openSealed(sealed, other.publicKey, other.secretKey).error().code(),
                 ErrorCode::Corrupt);
        QByteArray flipped = sealed;
        flipped[40] = static_cast<char>(flipped[40] ^ 1);
        QVERIFY(!crypto::openSealed(flipped, pair.publicKey, pair.secretKey).ok());
        QVERIFY(!crypto::openSealed(sealed.left(20), pair.publicKey, pair.secretKey).ok());
    }

    void recoveryKeyText()
    {
        const SecureBytes secret = SecureBytes::random(32);
        const SecureBytes text = formatRecoveryKey(secret);
        const QByteArray shown = text.view().toByteArray();
        QCOMPARE(shown.size(), 52 + 12);
        QCOMPARE(shown.count('-'), 12);
        auto parsed = parseRecoveryKey(text);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->equals(secret));
        // Lower case, spaces instead of dashes and a trailing newline are accepted.
        QByteArray relaxed = shown.toLower().replace('-', ' ') + '\n';
        auto parsedRelaxed
            = parseRecoveryKey(SecureBytes(relaxed.constData(), static_cast<std::size_t>(relaxed.size())));
        QVERIFY(parsedRelaxed.ok());
        QVERIFY(parsedRelaxed->equals(secret));
    }

    void recoveryKeyRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one group short")
            << QByteArray("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
        QTest::newRow("one letter long")
            << QByteArray("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAAA");
        QTest::newRow("digit 1 is not base32")
            << QByteArray("1AAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
        QTest::newRow("a password") << QByteArray("Sturdy-Test-Passw0rd");
    }

    void recoveryKeyRejects()
    {
        QFETCH(QByteArray, text);
        auto parsed = parseRecoveryKey(SecureBytes(text.constData(), static_cast<std::size_t>(text.size())));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestPrimitives)
#include "TestPrimitives.moc"
