// Primitives: thin, checked wrappers over OpenSSL and libsodium for the few operations the key
// slots and the data keys need. No primitive is implemented here, only called.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace dpp::crypto {

constexpr std::size_t KeySize = 32; //!< AES-256, X25519, HMAC-SHA256 keys
constexpr std::size_t GcmNonceSize = 12;
constexpr std::size_t GcmTagSize = 16;

//! Must succeed before any key is touched (libsodium initialisation).
Result<void> initialize();

//! Random bytes for non-secret values (nonces, salts, ids).
QByteArray randomBytes(std::size_t size);

struct Sealed
{
    QByteArray nonce;
    QByteArray ciphertext; //!< ciphertext || 16-byte tag
};

//! AES-256-GCM (OpenSSL EVP). The nonce is random per call.
Result<Sealed> aesGcmEncrypt(const SecureBytes& key, QByteArrayView plaintext, QByteArrayView associatedData);
/*!
 * The same with a nonce the caller drew (12 random bytes), for bulk work that draws the nonces of
 * many boxes in one call. A nonce must never be used twice with one key.
 */
Result<Sealed> aesGcmEncrypt(const SecureBytes& key, QByteArrayView nonce, QByteArrayView plaintext,
                             QByteArrayView associatedData);
//! Fails with WrongCredentials when authentication fails (wrong key or altered data).
Result<SecureBytes> aesGcmDecrypt(const SecureBytes& key, const Sealed& sealed,
                                  QByteArrayView associatedData);

struct Argon2idParams
{
    quint64 opslimit = 0;
    quint64 memlimit = 0; //!< bytes
    QByteArray salt; //!< 16 bytes

    //! What the programs use for every password slot they create (libsodium's MODERATE
    //! parameters: 3 passes over 256 MiB, about a second here). Nothing weakens this at run time.
    static Argon2idParams standard();
    //! libsodium's minimum, for tests that create many slots through the API.
    static Argon2idParams cheapestForTests();
    bool isWithinLimits() const;
};

//! Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13), 32 bytes out.
Result<SecureBytes> argon2id(const SecureBytes& password, const Argon2idParams& params);

//! HKDF-SHA256 (RFC 5869, OpenSSL), 32 bytes out.
Result<SecureBytes> hkdfSha256(const SecureBytes& ikm, QByteArrayView salt, QByteArrayView info);

//! HMAC-SHA256 (OpenSSL).
QByteArray hmacSha256(const SecureBytes& key, QByteArrayView message);

//! Constant-time comparison of two MACs of equal length.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

struct X25519KeyPair
{
    QByteArray publicKey; //!< 32 bytes
    SecureBytes secretKey; //!< 32 bytes
};
X25519KeyPair generateX25519();
//! The public key of a secret key (to check an unwrapped key against its slot).
QByteArray x25519PublicKey(const SecureBytes& secretKey);

//! libsodium sealed box (X25519 + XSalsa20-Poly1305) to a public key: needs no secret to seal.
QByteArray sealToPublicKey(const SecureBytes& message, const QByteArray& publicKey);
//! Opens a sealed box; Corrupt when it does not open with a key that is known to be right.
Result<SecureBytes> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                               const SecureBytes& secretKey);

} // namespace dpp::crypto
