// OrderExport: orders as JSON for the files that leave the database on purpose: the return export
// of an Amazon deletion request (every field) and the tax archive (the invoice fields of orders on
// tax hold). Decrypting needs the PII key; the callers check their permission first.
#pragma once

#include "common/Result.h"
#include "orders/PiiField.h"

#include <QJsonArray>
#include <QStringList>
#include <functional>

namespace dpp {

class Vault;

class OrderExport final
{
public:
    //! Which PII fields go into the export.
    using FieldFilter = std::function<bool(PiiField)>;

    /*!
     * One object per order of ids that exists (unknown ids are skipped): its facts (status,
     * channels, marketplace, dates as ISO 8601 UTC, totals, ship country), its items, and "pii":
     * the decrypted fields that filter keeps, by field name (empty when the order has none left).
     */
    static Result<QJsonArray> orders(Vault& vault, const QStringList& ids, const FieldFilter& filter);
};

} // namespace dpp
