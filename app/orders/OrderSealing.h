// OrderSealing: an order's PII fields sealed with its data key, and the container that holds them
// in order_pii.sealed (docs/orders-format.md). Each field is its own AES-256-GCM box whose
// associated data names the order and the field, so a box moved to another order or field does
// not open.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "orders/PiiField.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace dpp {

struct SealedField
{
    PiiField field;
    QByteArray nonce; //!< 12 bytes
    QByteArray ciphertext; //!< ciphertext || 16-byte tag
};

class OrderSealing final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::OrderSealing)

public:
    static constexpr qsizetype NonceSize = 12;

    //! "dpp-console/order-pii/v1|<order id>|<field name>"
    static QByteArray associatedData(const QString& orderId, PiiField field);
    //! nonce: 12 random bytes the caller drew (empty: drawn here); never twice under one key.
    static Result<SealedField> seal(const SecureBytes& dataKey, const QString& orderId, PiiField field,
                                    const QString& value, QByteArrayView nonce = {});
    //! WrongCredentials when the box was altered, moved or the key is not the order's.
    static Result<SecureBytes> open(const SecureBytes& dataKey, const QString& orderId,
                                    const SealedField& sealed);

    //! Version byte 1, then per field: field name length (1 byte), name (ASCII), box length
    //! (4 bytes, big-endian), nonce || ciphertext.
    static QByteArray pack(const std::vector<SealedField>& fields);
    //! Corrupt when the container is cut short, unknown or names an unknown field.
    static Result<std::vector<SealedField>> unpack(const QByteArray& container);
};

} // namespace dpp
