// KeySlotFile: reading, writing and authenticating the .keys file, and the crypto of one slot.
#include "crypto/KeySlotFile.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <sodium.h>

namespace dpp {

namespace {

const QByteArray FormatName = QByteArrayLiteral("dpp-console-keys");
const QByteArray SlotWrapInfo = QByteArrayLiteral("dpp-console/slot-wrap/v1");
const QByteArray FileMacInfo = QByteArrayLiteral("dpp-console/keys-file-mac/v1");
// Its own info string: the retired single MAC over all PII slots used another message under
// "dpp-console/pii-slots-mac/v1", and one key per message format keeps the two apart.
const QByteArray PiiTagInfo = QByteArrayLiteral("dpp-console/pii-slot-tag/v1");
const QString HmacSha256 = QStringLiteral("hmac-sha256");
constexpr qint64 MaxFileSize = 4 * 1024 * 1024; // thousands of slots; more is not a keys file

QString b64(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

// Strict base64 of an exact length (0 = any length); a failure becomes a Corrupt error naming the field.
class Reader final
{
public:
    explicit Reader(QString& firstError)
        : m_error(firstError)
    { }

    QByteArray bytes(const QJsonObject& o, const QString& key, qsizetype expected, const QString& where)
    {
        const QJsonValue v = o.value(key);
        auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!v.isString() || !decoded || (expected > 0 && (*decoded).size() != expected)) {
            fail(where + QLatin1Char('.') + key);
            return {};
        }
        return *decoded;
    }

    QString string(const QJsonObject& o, const QString& key, const QString& where, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().isEmpty()) {
            fail(where + QLatin1Char('.') + key);
            return {};
        }
        return v.toString();
    }

    quint64 number(const QJsonObject& o, const QString& key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9007199254740991.0
            || d != static_cast<double>(static_cast<quint64>(d))) {
            fail(where + QLatin1Char('.') + key);
            return 0;
        }
        return static_cast<quint64>(d);
    }

    void fail(const QString& field)
    {
        if (m_error.isEmpty())
            m_error = field;
    }

private:
    QString& m_error;
};

bool isKeyId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{16}$"));
    return pattern.match(id).hasMatch();
}

QJsonArray sealedKeysToJson(const std::vector<SealedKey>& keys)
{
    QJsonArray array;
    for (const auto& k : keys)
        array.append(
            QJsonObject{{QStringLiteral("key_id"), k.keyId}, {QStringLiteral("sealed"), b64(k.sealed)}});
    return array;
}

std::vector<SealedKey> sealedKeysFromJson(const QJsonValue& value, Reader& reader, const QString& where)
{
    std::vector<SealedKey> keys;
    if (!value.isArray()) {
        reader.fail(where);
        return keys;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString at = where + QStringLiteral("[%1]").arg(i);
        SealedKey k{reader.string(o, QStringLiteral("key_id"), at),
                    reader.bytes(o, QStringLiteral("sealed"), crypto::KeySize + crypto_box_SEALBYTES, at)};
        if (!isKeyId(k.keyId))
            reader.fail(at + QStringLiteral(".key_id"));
        keys.push_back(std::move(k));
    }
    return keys;
}

QJsonObject slotToJson(const KeySlot& slot)
{
    QJsonObject kdf;
    if (slot.usesArgon2id) {
        kdf = {{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
               {QStringLiteral("opslimit"), static_cast<qint64>(slot.argon2id.opslimit)},
               {QStringLiteral("memlimit"), static_cast<qint64>(slot.argon2id.memlimit)},
               {QStringLiteral("salt"), b64(slot.argon2id.salt)}};
    } else {
        kdf = {{QStringLiteral("algorithm"), QStringLiteral("hkdf-sha256")},
               {QStringLiteral("salt"), b64(slot.hkdfSalt)}};
    }
    QJsonObject o{
        {QStringLiteral("id"), slot.id},
        {QStringLiteral("kind"), KeySlot::kindName(slot.kind)},
        {QStringLiteral("principal"), slot.principal},
        {QStringLiteral("created"), slot.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("public_key"), b64(slot.publicKey)},
        {QStringLiteral("kdf"), kdf},
        {QStringLiteral("wrapped_private_key"),
         QJsonObject{{QStringLiteral("nonce"), b64(slot.wrappedPrivateKey.nonce)},
                     {QStringLiteral("ciphertext"), b64(slot.wrappedPrivateKey.ciphertext)}}},
        {QStringLiteral("dmk"), sealedKeysToJson(slot.dmk)},
        {QStringLiteral("pii"), sealedKeysToJson(slot.pii)},
    };
    if (!slot.piiTag.value.isEmpty())
        o.insert(QStringLiteral("pii_tag"),
                 QJsonObject{{QStringLiteral("algorithm"), HmacSha256},
                             {QStringLiteral("key_id"), slot.piiTag.keyId},
                             {QStringLiteral("value"), b64(slot.piiTag.value)}});
    return o;
}

KeySlot slotFromJson(const QJsonObject& o, Reader& reader, const QString& where)
{
    KeySlot slot;
    slot.id = reader.string(o, QStringLiteral("id"), where);
    const QString kind = reader.string(o, QStringLiteral("kind"), where);
    if (kind == QLatin1String("password"))
        slot.kind = KeySlot::Kind::Password;
    else if (kind == QLatin1String("recovery"))
        slot.kind = KeySlot::Kind::Recovery;
    else if (kind == QLatin1String("keychain"))
        slot.kind = KeySlot::Kind::Keychain;
    else
        reader.fail(where + QStringLiteral(".kind"));
    slot.principal = reader.string(o, QStringLiteral("principal"), where);
    slot.created = QDateTime::fromString(reader.string(o, QStringLiteral("created"), where), Qt::ISODate);
    if (!slot.created.isValid())
        reader.fail(where + QStringLiteral(".created"));
    slot.publicKey = reader.bytes(o, QStringLiteral("public_key"), crypto_box_PUBLICKEYBYTES, where);

    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    const QString kdfWhere = where + QStringLiteral(".kdf");
    const QString algorithm = reader.string(kdf, QStringLiteral("algorithm"), kdfWhere);
    if (algorithm == QLatin1String("argon2id")) {
        slot.usesArgon2id = true;
        slot.argon2id.opslimit = reader.number(kdf, QStringLiteral("opslimit"), kdfWhere);
        slot.argon2id.memlimit = reader.number(kdf, QStringLiteral("memlimit"), kdfWhere);
        slot.argon2id.salt
            = reader.bytes(kdf, QStringLiteral("salt"), crypto_pwhash_argon2id_SALTBYTES, kdfWhere);
    } else if (algorithm == QLatin1String("hkdf-sha256")) {
        slot.usesArgon2id = false;
        slot.hkdfSalt = reader.bytes(kdf, QStringLiteral("salt"), crypto::KeySize, kdfWhere);
    } else {
        reader.fail(kdfWhere + QStringLiteral(".algorithm"));
    }
    // Password slots must use the memory-hard KDF; the others hold 256 random bits.
    if (slot.usesArgon2id != (slot.kind == KeySlot::Kind::Password))
        reader.fail(kdfWhere + QStringLiteral(".algorithm"));

    const QJsonObject wrapped = o.value(QStringLiteral("wrapped_private_key")).toObject();
    const QString wrappedWhere = where + QStringLiteral(".wrapped_private_key");
    slot.wrappedPrivateKey.nonce
        = reader.bytes(wrapped, QStringLiteral("nonce"), crypto::GcmNonceSize, wrappedWhere);
    slot.wrappedPrivateKey.ciphertext = reader.bytes(wrapped, QStringLiteral("ciphertext"),
                                                     crypto::KeySize + crypto::GcmTagSize, wrappedWhere);
    slot.dmk = sealedKeysFromJson(o.value(QStringLiteral("dmk")), reader, where + QStringLiteral(".dmk"));
    slot.pii = sealedKeysFromJson(o.value(QStringLiteral("pii")), reader, where + QStringLiteral(".pii"));
    if (o.contains(QStringLiteral("pii_tag"))) {
        const QJsonValue tagValue = o.value(QStringLiteral("pii_tag"));
        const QJsonObject tag = tagValue.toObject();
        const QString tagWhere = where + QStringLiteral(".pii_tag");
        if (!tagValue.isObject() || tag.value(QStringLiteral("algorithm")).toString() != HmacSha256)
            reader.fail(tagWhere + QStringLiteral(".algorithm"));
        slot.piiTag.keyId = reader.string(tag, QStringLiteral("key_id"), tagWhere);
        if (!isKeyId(slot.piiTag.keyId))
            reader.fail(tagWhere + QStringLiteral(".key_id"));
        slot.piiTag.value = reader.bytes(tag, QStringLiteral("value"), 32, tagWhere);
    }
    return slot;
}

// HMAC key for the PII-slot tags (docs/keys-format.md §7.1).
Result<SecureBytes> piiTagKey(const SecureBytes& piiKey)
{
    return crypto::hkdfSha256(piiKey, {}, PiiTagInfo);
}

// What a slot's PII tag covers: the fields that decide where the PII key is sealed, and the database
// id, so that a slot copied with its tag from another database does not verify here. Only principal
// can contain '|' and public_key after it cannot, so the text is unambiguous.
QByteArray piiTagMessage(const QString& databaseId, const KeySlot& slot)
{
    return QStringLiteral("dpp-console/pii-slot/v1\n%1|%2|%3|%4|%5")
        .arg(databaseId, slot.id, KeySlot::kindName(slot.kind), slot.principal, b64(slot.publicKey))
        .toUtf8();
}

} // namespace

// --- KeySlot ---

QString KeySlot::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("password");
    case Kind::Recovery:
        return QStringLiteral("recovery");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    }
    return {};
}

QByteArray KeySlot::associatedData(const QString& databaseId) const
{
    // Binds the wrapped key to its slot: moving it to another slot, principal or database, or
    // swapping the public key, makes authentication fail.
    return QStringLiteral("dpp-console/slot/v1|%1|%2|%3|%4|%5")
        .arg(databaseId, id, kindName(kind), principal, b64(publicKey))
        .toUtf8();
}

Result<SecureBytes> KeySlot::wrappingKey(const SecureBytes& secret) const
{
    if (usesArgon2id)
        return crypto::argon2id(secret, argon2id);
    if (secret.size() != crypto::KeySize)
        return Error(
            ErrorCode::WrongCredentials,
            QCoreApplication::translate("dpp::KeySlotFile", "The slot secret has the wrong length."));
    return crypto::hkdfSha256(secret, hkdfSalt, SlotWrapInfo);
}

Result<KeySlot> KeySlot::create(const QString& databaseId, Kind kind, const QString& principal,
                                const SecureBytes& secret, const crypto::Argon2idParams& params)
{
    KeySlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.kind = kind;
    slot.principal = principal;
    slot.created = QDateTime::currentDateTimeUtc();
    slot.usesArgon2id = kind == Kind::Password;
    if (slot.usesArgon2id)
        slot.argon2id = params;
    else
        slot.hkdfSalt = crypto::randomBytes(crypto::KeySize);
    crypto::X25519KeyPair pair = crypto::generateX25519();
    slot.publicKey = pair.publicKey;
    auto wrapping = slot.wrappingKey(secret);
    DPP_TRY(wrapping);
    auto wrapped
        = crypto::aesGcmEncrypt(wrapping.value(), pair.secretKey.view(), slot.associatedData(databaseId));
    DPP_TRY(wrapped);
    slot.wrappedPrivateKey = std::move(wrapped).value();
    return slot;
}

Result<SecureBytes> KeySlot::unwrap(const QString& databaseId, const SecureBytes& secret) const
{
    auto wrapping = wrappingKey(secret);
    DPP_TRY(wrapping);
    auto secretKey = crypto::aesGcmDecrypt(wrapping.value(), wrappedPrivateKey, associatedData(databaseId));
    DPP_TRY(secretKey);
    if (!crypto::constantTimeEquals(crypto::x25519PublicKey(secretKey.value()), publicKey))
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "dpp::KeySlotFile", "The key slot's public key does not match its private key."));
    return std::move(secretKey).value();
}

Result<void> KeySlot::seal(Which which, const QString& keyId, const SecureBytes& key)
{
    QByteArray sealed = crypto::sealToPublicKey(key, publicKey);
    if (sealed.isEmpty())
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::KeySlotFile", "Sealing a key to a slot failed."));
    auto& keys = list(which);
    std::erase_if(keys, [&](const SealedKey& k) { return k.keyId == keyId; });
    keys.push_back({keyId, sealed});
    return success();
}

Result<SecureBytes> KeySlot::open(Which which, const QString& keyId, const SecureBytes& secretKey) const
{
    for (const auto& k : list(which)) {
        if (k.keyId == keyId)
            return crypto::openSealed(k.sealed, publicKey, secretKey);
    }
    return Error(ErrorCode::NotFound,
                 which == Which::Dmk
                     ? QCoreApplication::translate("dpp::KeySlotFile", "This key slot holds no database key.")
                     : QCoreApplication::translate("dpp::KeySlotFile", "This key slot holds no PII key."));
}

bool KeySlot::has(Which which, const QString& keyId) const
{
    const auto& keys = list(which);
    return std::any_of(keys.begin(), keys.end(), [&](const SealedKey& k) { return k.keyId == keyId; });
}

void KeySlot::retain(Which which, const QStringList& keep)
{
    std::erase_if(list(which), [&](const SealedKey& k) { return !keep.contains(k.keyId); });
    // Writers keep a tag only on a slot that holds the key it names (docs/keys-format.md §4); this
    // needs no PII key, so an administrator without it can take the PII key from a slot.
    if (which == Which::Pii && !keep.contains(piiTag.keyId))
        piiTag = {};
}

// --- KeySlotFile ---

QString KeySlotFile::newKeyId()
{
    return QString::fromLatin1(crypto::randomBytes(8).toHex());
}

void KeySlotFile::put(KeySlot slot)
{
    std::erase_if(keySlots,
                  [&](const KeySlot& s) { return s.kind == slot.kind && s.principal == slot.principal; });
    keySlots.push_back(std::move(slot));
}

KeySlot* KeySlotFile::find(KeySlot::Kind kind, const QString& principal)
{
    for (auto& slot : keySlots) {
        if (slot.kind == kind && slot.principal == principal)
            return &slot;
    }
    return nullptr;
}

const KeySlot* KeySlotFile::find(KeySlot::Kind kind, const QString& principal) const
{
    return const_cast<KeySlotFile*>(this)->find(kind, principal);
}

QByteArray KeySlotFile::serializedBody() const
{
    QJsonArray slotArray;
    for (const auto& slot : keySlots)
        slotArray.append(slotToJson(slot));
    QJsonObject body{
        {QStringLiteral("format"), QString::fromLatin1(FormatName)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("database_id"), databaseId},
        {QStringLiteral("generation"), generation},
        {QStringLiteral("dmk_current"), dmkCurrent},
        {QStringLiteral("slots"), slotArray},
    };
    if (!dmkPending.isEmpty())
        body.insert(QStringLiteral("dmk_pending"), dmkPending);
    if (!piiCurrent.isEmpty())
        body.insert(QStringLiteral("pii_current"), piiCurrent);
    // QJsonObject keeps its keys sorted and Compact adds no white space: the canonical form the
    // MAC covers (docs/keys-format.md gives the same in Python).
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("dpp::KeySlotFile", "The key file %1 is missing.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::KeySlotFile", "The key file %1 cannot be read: %2")
                         .arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate("dpp::KeySlotFile",
                                                 "The key file %1 is too large to be a DPP Console key file.")
                         .arg(path));
    return parse(file.readAll(), path);
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& json, const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "dpp::KeySlotFile",
                         "The key file %1 is damaged (not valid JSON at byte %2); restore it from a "
                         "backup copy.")
                         .arg(path)
                         .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return Error(
            ErrorCode::Corrupt,
            QCoreApplication::translate("dpp::KeySlotFile", "%1 is not a DPP Console key file.").arg(path));
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return Error(
            ErrorCode::Unsupported,
            QCoreApplication::translate(
                "dpp::KeySlotFile", "The key file %1 has format version %2; this program reads version %3.")
                .arg(path)
                .arg(root.value(QStringLiteral("version")).toInt())
                .arg(FormatVersion));
    QString firstError;
    Reader reader(firstError);
    KeySlotFile keys;
    keys.databaseId = reader.string(root, QStringLiteral("database_id"), QStringLiteral("file"));
    keys.generation
        = static_cast<qint64>(reader.number(root, QStringLiteral("generation"), QStringLiteral("file")));
    keys.dmkCurrent = reader.string(root, QStringLiteral("dmk_current"), QStringLiteral("file"));
    keys.dmkPending = reader.string(root, QStringLiteral("dmk_pending"), QStringLiteral("file"), false);
    keys.piiCurrent = reader.string(root, QStringLiteral("pii_current"), QStringLiteral("file"), false);
    if (!isKeyId(keys.dmkCurrent) || (!keys.dmkPending.isEmpty() && !isKeyId(keys.dmkPending))
        || keys.dmkPending == keys.dmkCurrent || (!keys.piiCurrent.isEmpty() && !isKeyId(keys.piiCurrent)))
        reader.fail(QStringLiteral("file.dmk_current"));
    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray() || slotsValue.toArray().isEmpty())
        reader.fail(QStringLiteral("file.slots"));
    const QJsonArray slotArray = slotsValue.toArray();
    for (qsizetype i = 0; i < slotArray.size(); ++i)
        keys.keySlots.push_back(
            slotFromJson(slotArray.at(i).toObject(), reader, QStringLiteral("slots[%1]").arg(i)));
    // A top-level "pii_mac" (one MAC over all PII slots, development builds only) is not read: the
    // per-slot tags replaced it. See docs/keys-format.md §3.
    const QJsonObject mac = root.value(QStringLiteral("mac")).toObject();
    if (mac.value(QStringLiteral("algorithm")).toString() != HmacSha256)
        reader.fail(QStringLiteral("file.mac.algorithm"));
    keys.macKeyId = reader.string(mac, QStringLiteral("key_id"), QStringLiteral("file.mac"));
    keys.m_mac = reader.bytes(mac, QStringLiteral("value"), 32, QStringLiteral("file.mac"));
    if (!firstError.isEmpty())
        return Error(
            ErrorCode::Corrupt,
            QCoreApplication::translate(
                "dpp::KeySlotFile", "The key file %1 is damaged (field %2); restore it from a backup copy.")
                .arg(path, firstError));
    return keys;
}

Result<void> KeySlotFile::verifyMac(const SecureBytes& dmk) const
{
    auto macKey = crypto::hkdfSha256(dmk, {}, FileMacInfo);
    DPP_TRY(macKey);
    if (!crypto::constantTimeEquals(crypto::hmacSha256(macKey.value(), serializedBody()), m_mac))
        return Error(ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "dpp::KeySlotFile",
                         "The key file was changed outside DPP Console (its MAC does not match). "
                         "Restore it from a backup copy and rotate the database key."));
    return success();
}

void KeySlotFile::signPiiSlots(const SecureBytes& piiKey)
{
    auto tagKey = piiTagKey(piiKey);
    for (auto& slot : keySlots) {
        slot.piiTag = {};
        // Should HKDF ever fail, the slots stay untagged and the next verification refuses them.
        if (tagKey && !piiCurrent.isEmpty() && slot.has(KeySlot::Which::Pii, piiCurrent))
            slot.piiTag = {piiCurrent, crypto::hmacSha256(tagKey.value(), piiTagMessage(databaseId, slot))};
    }
}

Result<void> KeySlotFile::verifyPiiSlots(const SecureBytes& piiKey) const
{
    auto tagKey = piiTagKey(piiKey);
    DPP_TRY(tagKey);
    // Only slots that hold the current PII key: a removed slot is no error (a person without the
    // PII key may remove one), and a slot holding only an older key is mid-rotation and gets no
    // new PII key from it.
    for (const auto& slot : keySlots) {
        if (piiCurrent.isEmpty() || !slot.has(KeySlot::Which::Pii, piiCurrent))
            continue;
        const bool matches = slot.piiTag.keyId == piiCurrent
            && crypto::constantTimeEquals(crypto::hmacSha256(tagKey.value(), piiTagMessage(databaseId, slot)),
                                          slot.piiTag.value);
        if (!matches)
            return Error(ErrorCode::Corrupt,
                         QCoreApplication::translate(
                             "dpp::KeySlotFile",
                             "The key slot of %1 (%2) that holds the PII key was changed outside DPP "
                             "Console. Restore the key file from a backup copy and rotate the keys.")
                             .arg(slot.principal, slot.id));
    }
    return success();
}

Result<QByteArray> KeySlotFile::serialize(const SecureBytes& macDmk, const QString& keyId)
{
    auto macKey = crypto::hkdfSha256(macDmk, {}, FileMacInfo);
    DPP_TRY(macKey);
    ++generation;
    macKeyId = keyId;
    m_mac = crypto::hmacSha256(macKey.value(), serializedBody());

    QJsonObject root = QJsonDocument::fromJson(serializedBody()).object();
    root.insert(QStringLiteral("mac"),
                QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("hmac-sha256")},
                            {QStringLiteral("key_id"), macKeyId},
                            {QStringLiteral("value"), b64(m_mac)}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> KeySlotFile::save(const QString& path, const SecureBytes& macDmk, const QString& keyId)
{
    auto text = serialize(macDmk, keyId);
    DPP_TRY(text);
    auto written = writeFileAtomically(path, text.value());
    if (!written)
        --generation; // the file on disk still has the previous one
    return written;
}

// --- recovery key text ---

namespace {
constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t RecoveryChars = 52; // ceil(256 / 5)
} // namespace

SecureBytes formatRecoveryKey(const SecureBytes& secret)
{
    // RFC 4648 base32 without padding, grouped by 4 with '-' between groups.
    SecureBytes plain(RecoveryChars);
    std::size_t out = 0;
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < secret.size(); ++i) {
        buffer = (buffer << 8) | secret.data()[i];
        bits += 8;
        while (bits >= 5) {
            plain.data()[out++] = static_cast<std::uint8_t>(Base32Alphabet[(buffer >> (bits - 5)) & 31U]);
            bits -= 5;
        }
    }
    if (bits > 0)
        plain.data()[out++] = static_cast<std::uint8_t>(Base32Alphabet[(buffer << (5 - bits)) & 31U]);
    const std::size_t groups = (out + 3) / 4;
    SecureBytes text(out + groups - 1);
    std::size_t pos = 0;
    for (std::size_t i = 0; i < out; ++i) {
        if (i > 0 && i % 4 == 0)
            text.data()[pos++] = '-';
        text.data()[pos++] = plain.data()[i];
    }
    return text;
}

Result<SecureBytes> parseRecoveryKey(const SecureBytes& text)
{
    SecureBytes out(crypto::KeySize);
    std::size_t produced = 0;
    std::size_t chars = 0;
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text.chars()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        const char* at = std::char_traits<char>::find(Base32Alphabet, 32, c);
        if (!at || chars >= RecoveryChars)
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("dpp::KeySlotFile",
                                            "That is not a recovery key: it has 52 letters and digits 2-7 "
                                            "in groups of four."));
        ++chars;
        buffer = (buffer << 5) | static_cast<unsigned>(at - Base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            if (produced < out.size())
                out.data()[produced++] = static_cast<std::uint8_t>((buffer >> (bits - 8)) & 0xFFU);
            bits -= 8;
        }
    }
    if (chars != RecoveryChars || produced != crypto::KeySize)
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("dpp::KeySlotFile",
                                        "That is not a recovery key: it has 52 letters and digits 2-7 in "
                                        "groups of four."));
    return out;
}

} // namespace dpp
