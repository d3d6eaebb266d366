// Primitives: OpenSSL (AES-256-GCM, HKDF, HMAC) and libsodium (Argon2id, X25519 sealed boxes).
#include "crypto/Primitives.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <sodium.h>

namespace dpp::crypto {

namespace {

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

int toInt(qsizetype size)
{
    return static_cast<int>(size);
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

Result<void> initialize()
{
    if (sodium_init() < 0)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::crypto",
                                                 "The cryptographic library (libsodium) could not start."));
    return success();
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(out.data(), size);
    return out;
}

Result<Sealed> aesGcmEncrypt(const SecureBytes& key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    return aesGcmEncrypt(key, randomBytes(GcmNonceSize), plaintext, associatedData);
}

Result<Sealed> aesGcmEncrypt(const SecureBytes& key, QByteArrayView nonce, QByteArrayView plaintext,
                             QByteArrayView associatedData)
{
    if (key.size() != KeySize)
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate("dpp::crypto", "Internal error: an AES-256 key must be 32 bytes."));
    if (nonce.size() != static_cast<qsizetype>(GcmNonceSize))
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate("dpp::crypto", "Internal error: an AES-GCM nonce must be 12 bytes."));
    Sealed sealed;
    sealed.nonce = nonce.toByteArray();
    sealed.ciphertext.resize(plaintext.size() + static_cast<qsizetype>(GcmTagSize));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    auto* out = reinterpret_cast<unsigned char*>(sealed.ciphertext.data());
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, GcmNonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(sealed.nonce)) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), toInt(associatedData.size()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), out, &len, bytes(plaintext), toInt(plaintext.size())) == 1;
    int total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), out + total, &len) == 1;
    total += len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, GcmTagSize, out + total) == 1;
    if (!ok)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::crypto", "Encryption failed (OpenSSL AES-256-GCM)."));
    return sealed;
}

Result<SecureBytes> aesGcmDecrypt(const SecureBytes& key, const Sealed& sealed, QByteArrayView associatedData)
{
    if (key.size() != KeySize || sealed.nonce.size() != static_cast<qsizetype>(GcmNonceSize)
        || sealed.ciphertext.size() < static_cast<qsizetype>(GcmTagSize))
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("dpp::crypto", "The encrypted data has the wrong size."));
    const auto textSize = static_cast<std::size_t>(sealed.ciphertext.size()) - GcmTagSize;
    SecureBytes plain(textSize);
    QByteArray tag = sealed.ciphertext.right(static_cast<qsizetype>(GcmTagSize));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, GcmNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(sealed.nonce)) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associatedData), toInt(associatedData.size()))
            == 1
        && EVP_DecryptUpdate(ctx.get(), plain.data(), &len, bytes(sealed.ciphertext),
                             static_cast<int>(textSize))
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, GcmTagSize, tag.data()) == 1;
    const int total = len;
    // A zero-length plaintext leaves plain.data() null; give Final a valid scratch pointer.
    unsigned char scratch[16];
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), textSize > 0 ? plain.data() + total : scratch, &len) == 1;
    if (!ok)
        return Error(ErrorCode::WrongCredentials,
                     QCoreApplication::translate("dpp::crypto",
                                                 "Decryption failed: wrong key, or the data was altered."));
    return plain;
}

Argon2idParams Argon2idParams::standard()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE,
            randomBytes(crypto_pwhash_argon2id_SALTBYTES)};
}

Argon2idParams Argon2idParams::cheapestForTests()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN,
            randomBytes(crypto_pwhash_argon2id_SALTBYTES)};
}

bool Argon2idParams::isWithinLimits() const
{
    // Upper bounds guard against a key file that asks for absurd work (a denial of service).
    constexpr quint64 maxOps = 64;
    constexpr quint64 maxMem = 4ULL * 1024 * 1024 * 1024;
    return opslimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opslimit <= maxOps
        && memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memlimit <= maxMem
        && salt.size() == static_cast<qsizetype>(crypto_pwhash_argon2id_SALTBYTES);
}

Result<SecureBytes> argon2id(const SecureBytes& password, const Argon2idParams& params)
{
    if (!params.isWithinLimits())
        return Error(
            ErrorCode::Corrupt,
            QCoreApplication::translate(
                "dpp::crypto", "The key slot asks for Argon2id parameters outside the accepted range."));
    SecureBytes out(KeySize);
    if (crypto_pwhash(out.data(), out.size(), password.chars(), password.size(), bytes(params.salt),
                      params.opslimit, static_cast<std::size_t>(params.memlimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error(
            ErrorCode::Failed,
            QCoreApplication::translate("dpp::crypto", "Not enough memory to derive the key (Argon2id)."));
    return out;
}

Result<SecureBytes> hkdfSha256(const SecureBytes& ikm, QByteArrayView salt, QByteArrayView info)
{
    SecureBytes out(KeySize);
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr,
                                                                  &EVP_KDF_CTX_free);
    if (!ctx)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::crypto", "HKDF is not available in OpenSSL."));
    char digest[] = "SHA256";
    // OSSL_PARAM takes non-const pointers but does not write through them for input parameters.
    // An empty salt is left out: HKDF then uses a string of zeros (RFC 5869, 2.2).
    OSSL_PARAM params[5];
    std::size_t n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t*>(ikm.data()),
                                                    ikm.size());
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                                        static_cast<std::size_t>(salt.size()));
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                                    static_cast<std::size_t>(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::crypto", "Key derivation failed (HKDF-SHA256)."));
    return out;
}

QByteArray hmacSha256(const SecureBytes& key, QByteArrayView message)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes(message),
              static_cast<std::size_t>(message.size()), reinterpret_cast<unsigned char*>(mac.data()), &len))
        return {}; // an empty MAC never compares equal to a real one
    mac.resize(static_cast<qsizetype>(len));
    return mac;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return !a.isEmpty() && a.size() == b.size()
        && CRYPTO_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

X25519KeyPair generateX25519()
{
    X25519KeyPair pair;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    pair.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray x25519PublicKey(const SecureBytes& secretKey)
{
    QByteArray pub(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (secretKey.size() != crypto_box_SECRETKEYBYTES
        || crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pub.data()), secretKey.data()) != 0)
        return {};
    return pub;
}

QByteArray sealToPublicKey(const SecureBytes& message, const QByteArray& publicKey)
{
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(static_cast<qsizetype>(message.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), message.data(), message.size(),
                        bytes(publicKey))
        != 0)
        return {};
    return sealed;
}

Result<SecureBytes> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                               const SecureBytes& secretKey)
{
    if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES)
        || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("dpp::crypto", "A sealed key has the wrong size."));
    SecureBytes out(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(out.data(), bytes(sealed), static_cast<unsigned long long>(sealed.size()),
                             bytes(publicKey), secretKey.data())
        != 0)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("dpp::crypto",
                                                 "A sealed key does not open: the key file was altered."));
    return out;
}

} // namespace dpp::crypto
