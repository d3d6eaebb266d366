// OrderSealing: sealing PII fields with an order's data key, and their container.
#include "orders/OrderSealing.h"

#include "crypto/Primitives.h"

#include <QtEndian>
#include <openssl/crypto.h>

namespace dpp {

namespace {

constexpr char kVersion = 1;
constexpr qsizetype kNonceSize = OrderSealing::NonceSize;
constexpr qsizetype kTagSize = 16;

} // namespace

QByteArray OrderSealing::associatedData(const QString& orderId, PiiField field)
{
    return QByteArrayLiteral("dpp-console/order-pii/v1|") + orderId.toUtf8() + '|'
        + PiiFields::name(field).toLatin1();
}

Result<SealedField> OrderSealing::seal(const SecureBytes& dataKey, const QString& orderId, PiiField field,
                                       const QString& value, QByteArrayView nonce)
{
    // The UTF-8 copy is wiped at once (the caller's QString cannot be). Not SecureBytes: locked
    // memory per field would cost an import of a million orders minutes.
    QByteArray plain = value.toUtf8();
    auto sealed = nonce.isEmpty()
        ? crypto::aesGcmEncrypt(dataKey, plain, associatedData(orderId, field))
        : crypto::aesGcmEncrypt(dataKey, nonce, plain, associatedData(orderId, field));
    OPENSSL_cleanse(plain.data(), static_cast<std::size_t>(plain.size()));
    DPP_TRY(sealed);
    return SealedField{field, sealed->nonce, sealed->ciphertext};
}

Result<SecureBytes> OrderSealing::open(const SecureBytes& dataKey, const QString& orderId,
                                       const SealedField& sealed)
{
    return crypto::aesGcmDecrypt(dataKey, {sealed.nonce, sealed.ciphertext},
                                 associatedData(orderId, sealed.field));
}

QByteArray OrderSealing::pack(const std::vector<SealedField>& fields)
{
    QByteArray out;
    out.append(kVersion);
    for (const SealedField& f : fields) {
        const QByteArray name = PiiFields::name(f.field).toLatin1();
        out.append(static_cast<char>(name.size()));
        out.append(name);
        char length[4];
        qToBigEndian(static_cast<quint32>(f.nonce.size() + f.ciphertext.size()), length);
        out.append(length, 4);
        out.append(f.nonce);
        out.append(f.ciphertext);
    }
    return out;
}

Result<std::vector<SealedField>> OrderSealing::unpack(const QByteArray& container)
{
    const auto corrupt
        = [] { return Error(ErrorCode::Corrupt, tr("An order's sealed buyer data is damaged.")); };
    if (container.isEmpty() || container.at(0) != kVersion)
        return corrupt();
    std::vector<SealedField> fields;
    qsizetype at = 1;
    while (at < container.size()) {
        const auto nameLength = static_cast<unsigned char>(container.at(at++));
        if (at + nameLength + 4 > container.size())
            return corrupt();
        const auto field = PiiFields::fromName(QString::fromLatin1(container.mid(at, nameLength)));
        at += nameLength;
        const auto boxLength = static_cast<qsizetype>(qFromBigEndian<quint32>(container.constData() + at));
        at += 4;
        if (!field || boxLength < kNonceSize + kTagSize || at + boxLength > container.size())
            return corrupt();
        fields.push_back(
            {*field, container.mid(at, kNonceSize), container.mid(at + kNonceSize, boxLength - kNonceSize)});
        at += boxLength;
    }
    return fields;
}

} // namespace dpp
