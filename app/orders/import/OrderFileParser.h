// OrderFileParser: reads the order files sellers have into OrderRecords, without touching the
// database. Formats (detected from the content, not the file name):
// - SP-API Orders API v0 JSON: the responses of getOrders, getOrder, getOrderAddress,
//   getOrderBuyerInfo, getOrderItems, getOrderItemsBuyerInfo and getOrderRegulatedInfo;
// - SP-API Orders API 2026-01-01 JSON: searchOrders and getOrder ({"orders": [...]}, {"order": {...}});
// - flat-file order reports: tab-separated, columns found by name, one order over several rows.
// Parts of one order within a file are merged into one record (OrderRecord::mergeFrom). Nothing
// here is PII-safe to print except the messages, which name the file, line or JSON path and the
// field, never a value.
#pragma once

#include "common/Result.h"
#include "orders/OrderRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <set>
#include <vector>

namespace dpp {

//! Called now and then with the bytes done and the total; returning false cancels (the parse
//! then fails with ErrorCode::Cancelled and nothing is returned).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ParsedOrders
{
    //! What the file was: "SP-API Orders v0 getOrders", "SP-API Orders 2026-01-01 getOrder",
    //! "flat-file order report". Translated.
    QString format;
    std::vector<OrderRecord> records; //!< one per AmazonOrderId, in the file's order
    int repeatedHeaderLines = 0; //!< flat files: header lines met again and skipped
    int unknownColumns = 0; //!< flat files: columns not used
};

class OrderFileParser final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::OrderFileParser)

public:
    /*!
     * Parses one file. Failures are InvalidInput with a message for a person that names the file
     * (its name, not its folder), and the line or JSON path and field: "getOrder.json:
     * payload.PurchaseDate: expected a date and time (ISO 8601)". In particular:
     * - a JSON error response ({"errors": [...]}) is refused with Amazon's code and message;
     * - an order part without AmazonOrderId is refused and the path is named;
     * - a flat file whose text is not UTF-8 (after an optional BOM) names the line;
     * - an empty file, or JSON that is none of the formats above, is refused.
     * A header-only flat file gives zero records. Fields listed in omit are dropped here, before
     * they reach any other code (data minimisation).
     */
    static Result<ParsedOrders> parseFile(const QString& path, const std::set<PiiField>& omit = {},
                                          const ImportProgress& progress = {});
    //! The same over bytes already read; displayName stands for the file in messages.
    static Result<ParsedOrders> parse(const QByteArray& data, const QString& displayName,
                                      const std::set<PiiField>& omit = {},
                                      const ImportProgress& progress = {});
};

} // namespace dpp
