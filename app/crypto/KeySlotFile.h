// KeySlotFile: the <name>.keys file beside the database (format: docs/keys-format.md). Each slot
// holds an X25519 key pair whose private half is wrapped by the slot's secret; the database key
// (DMK) and the PII key are sealed to slot public keys, so re-sealing needs nobody's secret.
#pragma once

#include "common/Result.h"
#include "crypto/Primitives.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace dpp {

struct SealedKey
{
    QString keyId; //!< 16 hex digits naming one generation of the DMK or the PII key
    QByteArray sealed; //!< libsodium sealed box to the slot's public key
};

//! A PII holder's tag on a slot that holds the PII key (docs/keys-format.md §7.1).
struct PiiSlotTag
{
    QString keyId; //!< the PII key the tag is keyed from (pii_current when it was written)
    QByteArray value; //!< HMAC-SHA256, 32 bytes; empty when the slot carries no tag
};

class KeySlot final
{
public:
    enum class Kind
    {
        Password, //!< a person's password through Argon2id
        Recovery, //!< the recovery key shown once at set-up, through HKDF-SHA256
        Keychain, //!< a random secret in the OS keychain (the scheduler), through HKDF-SHA256
    };
    enum class Which
    {
        Dmk,
        Pii
    };

    /*!
     * A new slot for principal opened by secret. Password keySlots use Argon2id with params;
     * recovery and keychain keySlots hold 32 random bytes and use HKDF-SHA256. Returns the slot and
     * its X25519 secret key (so the caller can check it or seal keys right away).
     */
    static Result<KeySlot> create(const QString& databaseId, Kind kind, const QString& principal,
                                  const SecureBytes& secret, const crypto::Argon2idParams& params);

    //! Unwraps the slot's X25519 secret key; WrongCredentials when the secret does not fit.
    Result<SecureBytes> unwrap(const QString& databaseId, const SecureBytes& secret) const;

    //! Seals key to this slot under keyId (replacing a key of the same id).
    Result<void> seal(Which which, const QString& keyId, const SecureBytes& key);
    //! Opens the key sealed under keyId with the slot's secret key (from unwrap()).
    Result<SecureBytes> open(Which which, const QString& keyId, const SecureBytes& secretKey) const;
    bool has(Which which, const QString& keyId) const;
    //! Drops every sealed key of that kind not named in keep (and a PII tag for a dropped key).
    void retain(Which which, const QStringList& keep);

    static QString kindName(Kind kind);

    QString id;
    Kind kind = Kind::Password;
    QString principal;
    QDateTime created;
    QByteArray publicKey;
    bool usesArgon2id = true;
    crypto::Argon2idParams argon2id; //!< when usesArgon2id
    QByteArray hkdfSalt; //!< otherwise
    crypto::Sealed wrappedPrivateKey;
    std::vector<SealedKey> dmk;
    std::vector<SealedKey> pii;
    PiiSlotTag piiTag; //!< set by KeySlotFile::signPiiSlots (with the PII key), cleared by retain()

private:
    QByteArray associatedData(const QString& databaseId) const;
    Result<SecureBytes> wrappingKey(const SecureBytes& secret) const;
    std::vector<SealedKey>& list(Which which) { return which == Which::Dmk ? dmk : pii; }
    const std::vector<SealedKey>& list(Which which) const { return which == Which::Dmk ? dmk : pii; }
};

class KeySlotFile final
{
public:
    static constexpr int FormatVersion = 1;

    //! Reads and checks the structure; Corrupt (naming what is wrong) for a damaged file.
    static Result<KeySlotFile> load(const QString& path);
    //! The same for the file's text (a backup carries its key slots inside); path names it in messages.
    static Result<KeySlotFile> parse(const QByteArray& json, const QString& path);

    /*!
     * Writes the file atomically (QSaveFile: a crash leaves the old file or the new one, never a
     * mix) with generation + 1 and a MAC keyed from macDmk, which must be the DMK named keyId.
     */
    Result<void> save(const QString& path, const SecureBytes& macDmk, const QString& keyId);
    //! The text save() writes (generation + 1, the MAC keyed from macDmk named keyId).
    Result<QByteArray> serialize(const SecureBytes& macDmk, const QString& keyId);

    //! Checks the MAC with the DMK it names; Corrupt when the file was changed outside the program.
    Result<void> verifyMac(const SecureBytes& dmk) const;

    /*!
     * Per-slot tags keyed from the PII key (docs/keys-format.md §7.1): each slot that holds the PII
     * key named piiCurrent carries an HMAC over the database id and its own id, kind, principal and
     * public key. Everyone who can open a slot holds the DMK and could forge the file MAC; only PII
     * holders can make a tag, so a DMK holder cannot swap a PII slot's public key (or mark a slot of
     * theirs as a PII holder) to receive the next PII key. Because each tag covers one slot, a DMK
     * holder can still remove a PII holder's slot (someone left) without the PII key.
     *
     * signPiiSlots (re)computes the tag of every slot that holds piiCurrent and removes the tags of
     * the others: call it after sealing the PII key to a slot or making a new PII key, with that key.
     * verifyPiiSlots checks that every slot holding piiCurrent has a tag for it that matches (slots
     * that hold only an older PII key, during a rotation, are not checked); Corrupt naming the first
     * slot that fails. Verify before sealing the PII key to anyone.
     */
    void signPiiSlots(const SecureBytes& piiKey);
    Result<void> verifyPiiSlots(const SecureBytes& piiKey) const;

    static QString newKeyId();

    KeySlot* find(KeySlot::Kind kind, const QString& principal);
    //! Adds slot, replacing any slot of the same kind and principal.
    void put(KeySlot slot);
    const KeySlot* find(KeySlot::Kind kind, const QString& principal) const;

    QString databaseId;
    qint64 generation = 0;
    QString dmkCurrent;
    QString dmkPending; //!< set only while a DMK rotation is unfinished
    QString piiCurrent; //!< empty until a PII key exists
    std::vector<KeySlot> keySlots;
    QString macKeyId;

private:
    QByteArray serializedBody() const;
    QByteArray m_mac;
};

//! The recovery key as shown to a person: base32 in 13 groups of 4 (see docs/keys-format.md).
SecureBytes formatRecoveryKey(const SecureBytes& secret);
//! Parses the displayed form (dashes, spaces and case ignored); InvalidInput when malformed.
Result<SecureBytes> parseRecoveryKey(const SecureBytes& text);

} // namespace dpp
