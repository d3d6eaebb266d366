// TaxArchive: the tax archive key and the sealed archive files of invoice fields.
#include "purge/TaxArchive.h"

#include "audit/AuditLog.h"
#include "common/AtomicFile.h"
#include "crypto/KeySlotFile.h"
#include "crypto/Primitives.h"
#include "orders/OrderExport.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace dpp {

namespace {

const QString PublicKeySetting = QStringLiteral("retention.tax_archive.public_key");
const QString KeyIdSetting = QStringLiteral("retention.tax_archive.key_id");
constexpr char FormatName[] = "dpp-console-tax-archive";
constexpr int FormatVersion = 1;
constexpr qint64 MaxArchiveSize = 2LL * 1024 * 1024 * 1024;

QString fingerprintOf(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QByteArray fromBase64(const QJsonObject& object, const QString& name)
{
    return QByteArray::fromBase64(object.value(name).toString().toLatin1(),
                                  QByteArray::AbortOnBase64DecodingErrors);
}

} // namespace

TaxArchive::TaxArchive(Vault& vault)
    : m_vault(vault)
{ }

QByteArray TaxArchive::associatedData(const QString& databaseId, qint64 runId, const QString& keyId)
{
    return "dpp-console/tax-archive/v1|" + databaseId.toUtf8() + '|' + QByteArray::number(runId) + '|'
        + keyId.toLatin1();
}

Result<void> TaxArchive::authorizeRead()
{
    if (m_vault.session().can(Permission::PurgeExecute) || m_vault.session().can(Permission::BackupRestore))
        return success();
    return m_vault.authorize(Permission::OrdersView);
}

Result<std::optional<TaxArchiveKey>> TaxArchive::currentKey()
{
    DPP_TRY(authorizeRead());
    auto stmt = m_vault.database().prepare(QStringLiteral(
        "SELECT (SELECT value FROM settings WHERE key = ?1), (SELECT value FROM settings WHERE "
        "key = ?2), (SELECT changed_at FROM settings WHERE key = ?1)"));
    DPP_TRY(stmt);
    stmt->bind(1, PublicKeySetting).bind(2, KeyIdSetting);
    DPP_TRY(stmt->step());
    if (stmt->columnIsNull(0) || stmt->columnIsNull(1))
        return std::optional<TaxArchiveKey>();
    TaxArchiveKey key;
    key.publicKey = QByteArray::fromBase64(stmt->columnText(0).toLatin1());
    key.keyId = stmt->columnText(1);
    key.fingerprint = fingerprintOf(key.publicKey);
    key.createdAt = QDateTime::fromString(stmt->columnText(2), Qt::ISODateWithMs);
    if (key.publicKey.size() != 32)
        return Error(ErrorCode::Corrupt,
                     tr("The tax archive key stored in the database is damaged; make a new one."));
    return std::optional<TaxArchiveKey>(key);
}

Result<SecureBytes> TaxArchive::createKey()
{
    DPP_TRY(m_vault.authorizeGuarded(Permission::RetentionManage));
    crypto::X25519KeyPair pair = crypto::generateX25519();
    const QString keyId = KeySlotFile::newKeyId();
    Database& db = m_vault.database();
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    DPP_TRY(m_vault.writeSetting(PublicKeySetting, QString::fromLatin1(pair.publicKey.toBase64())));
    DPP_TRY(m_vault.writeSetting(KeyIdSetting, keyId));
    DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                   {AuditAction::TaxArchiveKeyCreated, AuditOutcome::Allowed,
                                    QStringLiteral("tax-archive-key"), keyId,
                                    AuditDetails().keyId(keyId).fingerprint(fingerprintOf(pair.publicKey))},
                                   m_vault.clock()()));
    DPP_TRY(tx->commit());
    DPP_TRY(m_vault.audit().publishHead());
    return formatRecoveryKey(pair.secretKey);
}

bool TaxArchive::canWrite()
{
    if (!m_vault.holdsPiiKey())
        return false;
    auto off = m_vault.piiAccessOff();
    if (!off || off.value())
        return false;
    auto key = currentKey();
    return key && key->has_value();
}

Result<TaxArchiveRecord> TaxArchive::write(qint64 runId, const QStringList& orderIds, Permission permission,
                                           const QString& folder)
{
    DPP_TRY(m_vault.authorizePii(permission));
    auto key = currentKey();
    DPP_TRY(key);
    if (!key->has_value())
        return Error(ErrorCode::InvalidInput,
                     tr("There is no tax archive key yet: the Data Protection Officer makes one in the "
                        "Retention view (or with dppctl tax-archive key). Nothing was purged."));
    const TaxArchiveKey& recipient = key->value();

    QString directory = folder;
    if (directory.isEmpty())
        directory
            = QFileInfo(m_vault.paths().database()).absoluteDir().filePath(QStringLiteral("tax-archive"));
    if (!QDir().mkpath(directory))
        return Error(ErrorCode::Failed, tr("Cannot make the folder %1 for the tax archive.").arg(directory));
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(directory).absoluteFilePath(
        QStringLiteral("tax-archive-%1-run-%2.dpptax").arg(m_vault.databaseId()).arg(runId));

    // Only what an invoice needs: the facts, the items and the invoice fields (buyer, tax identity,
    // billing address); the delivery-only fields are purged without a copy.
    auto orders
        = OrderExport::orders(m_vault, orderIds, [](PiiField f) { return PiiFields::isInvoiceField(f); });
    DPP_TRY(orders);
    const QDateTime now = m_vault.clock()();
    const QJsonObject content{{QStringLiteral("format"), QStringLiteral("dpp-console/tax-archive-data/v1")},
                              {QStringLiteral("database_id"), m_vault.databaseId()},
                              {QStringLiteral("run_id"), runId},
                              {QStringLiteral("created"), isoUtc(now)},
                              {QStringLiteral("orders"), orders.value()}};
    QByteArray plain = QJsonDocument(content).toJson(QJsonDocument::Compact);
    const SecureBytes fileKey = SecureBytes::random(crypto::KeySize);
    const QByteArray aad = associatedData(m_vault.databaseId(), runId, recipient.keyId);
    auto sealed = crypto::aesGcmEncrypt(fileKey, plain, aad);
    std::fill(plain.begin(), plain.end(), '\0');
    DPP_TRY(sealed);
    const QJsonObject file{
        {QStringLiteral("format"), QString::fromLatin1(FormatName)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("database_id"), m_vault.databaseId()},
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("created"), isoUtc(now)},
        {QStringLiteral("order_count"), static_cast<qint64>(orders->size())},
        {QStringLiteral("recipient"),
         QJsonObject{{QStringLiteral("key_id"), recipient.keyId},
                     {QStringLiteral("public_key"), QString::fromLatin1(recipient.publicKey.toBase64())}}},
        {QStringLiteral("sealed_key"),
         QString::fromLatin1(crypto::sealToPublicKey(fileKey, recipient.publicKey).toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(sealed->nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(sealed->ciphertext.toBase64())},
    };
    const QByteArray bytes = QJsonDocument(file).toJson(QJsonDocument::Indented);
    auto written = writeFileAtomically(path, bytes);
    if (!written)
        return Error(ErrorCode::Failed,
                     tr("Cannot write the tax archive %1 (%2); nothing was purged.")
                         .arg(path, written.error().message()));

    TaxArchiveRecord record;
    record.runId = runId;
    record.path = path;
    record.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    record.orders = orders->size();
    record.createdAt = now;
    record.keyId = recipient.keyId;
    Database& db = m_vault.database();
    auto tx = Transaction::beginUnlessActive(db);
    DPP_TRY(tx);
    auto insert = db.prepare(QStringLiteral("INSERT INTO tax_archives (run_id, path, sha256, order_count, "
                                            "created_at, key_id) VALUES (?, ?, ?, ?, ?, ?)"));
    DPP_TRY(insert);
    insert->bind(1, runId).bind(2, path).bind(3, record.sha256).bind(4, record.orders);
    insert->bind(5, now.toSecsSinceEpoch()).bind(6, record.keyId);
    DPP_TRY(insert->run());
    record.id = db.lastInsertRowId();
    DPP_TRY(m_vault.audit().append(
        AuditActor::of(m_vault.session()),
        {AuditAction::TaxArchiveWritten, AuditOutcome::Allowed, QStringLiteral("tax-archive"),
         QString::number(record.id),
         AuditDetails().count(record.orders).fingerprint(record.sha256).keyId(record.keyId)},
        now));
    if (tx.value())
        DPP_TRY(tx.value()->commit());
    return record;
}

Result<QList<TaxArchiveRecord>> TaxArchive::list()
{
    DPP_TRY(authorizeRead());
    auto stmt
        = m_vault.database().prepare(QStringLiteral("SELECT id, run_id, path, sha256, order_count, "
                                                    "created_at, key_id FROM tax_archives ORDER BY id DESC"));
    DPP_TRY(stmt);
    QList<TaxArchiveRecord> records;
    while (true) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        records.append({stmt->columnInt(0), stmt->columnInt(1), stmt->columnText(2), stmt->columnText(3),
                        stmt->columnInt(4),
                        QDateTime::fromSecsSinceEpoch(stmt->columnInt(5), QTimeZone::utc()),
                        stmt->columnText(6)});
    }
    return records;
}

Result<SecureBytes> TaxArchive::open(const QString& path, const SecureBytes& secretText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound,
                     tr("Cannot read the tax archive %1 (%2).").arg(path, file.errorString()));
    if (file.size() > MaxArchiveSize)
        return Error(ErrorCode::Corrupt, tr("%1 is too large to be a tax archive of DPP Console.").arg(path));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return Error(ErrorCode::Corrupt, tr("%1 is not a tax archive of DPP Console.").arg(path));
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return Error(ErrorCode::Unsupported,
                     tr("The tax archive %1 has format version %2; this program reads version %3.")
                         .arg(path)
                         .arg(root.value(QStringLiteral("version")).toInt())
                         .arg(FormatVersion));
    const QJsonObject recipient = root.value(QStringLiteral("recipient")).toObject();
    const QString keyId = recipient.value(QStringLiteral("key_id")).toString();
    const QByteArray publicKey = fromBase64(recipient, QStringLiteral("public_key"));
    const QByteArray sealedKey = fromBase64(root, QStringLiteral("sealed_key"));
    crypto::Sealed box{fromBase64(root, QStringLiteral("nonce")),
                       fromBase64(root, QStringLiteral("ciphertext"))};
    const qint64 runId = root.value(QStringLiteral("run_id")).toInteger(-1);
    const QString databaseId = root.value(QStringLiteral("database_id")).toString();
    if (publicKey.size() != 32 || sealedKey.size() != 80 || box.nonce.size() != 12
        || box.ciphertext.size() < 16 || runId < 0 || databaseId.isEmpty() || keyId.isEmpty())
        return Error(ErrorCode::Corrupt, tr("The tax archive %1 is damaged.").arg(path));

    auto secret = parseRecoveryKey(secretText);
    if (!secret)
        return Error(ErrorCode::InvalidInput,
                     tr("That is not a tax archive key: 13 groups of 4 letters and digits (2 to 7), as "
                        "shown when the key was made."));
    if (!crypto::constantTimeEquals(crypto::x25519PublicKey(secret.value()), publicKey))
        return Error(ErrorCode::WrongCredentials,
                     tr("This is not the key the archive was sealed to (it names the key %1).").arg(keyId));
    auto fileKey = crypto::openSealed(sealedKey, publicKey, secret.value());
    if (!fileKey)
        return Error(ErrorCode::Corrupt, tr("The tax archive %1 is damaged.").arg(path));
    auto plain = crypto::aesGcmDecrypt(fileKey.value(), box, associatedData(databaseId, runId, keyId));
    if (!plain)
        return Error(
            ErrorCode::Corrupt,
            tr("The tax archive %1 was changed or is damaged: its contents do not authenticate.").arg(path));
    return plain;
}

} // namespace dpp
