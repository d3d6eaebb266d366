// OrderRecord: one order as an importer read it from a file, before it is stored. Every fact is
// optional, because Amazon's responses come in parts (getOrder, getOrderAddress,
// getOrderBuyerInfo, ...): a part sets what it carries and merging never erases what another part
// set. Order facts are not PII and are stored in plain columns of the encrypted database; the
// PII fields (PiiField.h) are sealed per order.
#pragma once

#include "orders/PiiField.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace dpp {

//! Order statuses, by the names of the Orders API v0 (2026-01-01 and flat-file values map to them).
namespace OrderStatus {
inline constexpr const char* PendingAvailability = "PendingAvailability";
inline constexpr const char* Pending = "Pending";
inline constexpr const char* Unshipped = "Unshipped";
inline constexpr const char* PartiallyShipped = "PartiallyShipped";
inline constexpr const char* Shipped = "Shipped";
inline constexpr const char* InvoiceUnconfirmed = "InvoiceUnconfirmed";
inline constexpr const char* Canceled = "Canceled";
inline constexpr const char* Unfulfillable = "Unfulfillable";
//! Every status above, in that order.
QList<QString> all();
//! Maps a status as a file spells it (v0 "Shipped", 2026 "SHIPPED"/"CANCELLED", flat-file
//! "Shipped - Delivered to Buyer", "Cancelled", "Shipping") to one of the above; nullopt if unknown.
std::optional<QString> normalize(const QString& text);
//! Shipped and InvoiceUnconfirmed (every item sent). A partly shipped order still needs its PII.
bool isShipped(const QString& status);
bool isCancelled(const QString& status);
bool isAwaitingShipment(const QString& status); //!< PendingAvailability, Pending, Unshipped, PartiallyShipped
} // namespace OrderStatus

struct OrderItem
{
    QString orderItemId;
    std::optional<QString> asin;
    std::optional<QString> sellerSku;
    std::optional<QString> title;
    std::optional<int> quantityOrdered;
    std::optional<int> quantityShipped;
    std::optional<QString> itemPrice; //!< decimal text, as Amazon sends it ("11.01")
    std::optional<QString> currency;

    //! Sets what other carries.
    void mergeFrom(const OrderItem& other);
};

struct OrderRecord
{
    QString orderId; //!< AmazonOrderId ("902-1845936-5435065"); never empty in a parsed record
    //! Where the record came from, for messages: "getOrders-response-1.json: payload.Orders[0]",
    //! "orders.tsv: line 4". No PII.
    QString origin;

    std::optional<QString> status; //!< OrderStatus
    std::optional<QString> fulfillmentChannel; //!< "MFN" (merchant) or "AFN" (Amazon)
    std::optional<QString> salesChannel; //!< "Amazon.com"
    std::optional<QString> marketplaceId; //!< "ATVPDKIKX0DER"
    std::optional<QDateTime> purchaseDate; //!< UTC
    std::optional<QDateTime> lastUpdateDate;
    std::optional<QDateTime> earliestShipDate;
    std::optional<QDateTime> latestShipDate;
    std::optional<QDateTime> shipTime; //!< actual ship time (2026-01-01 packages, flat-file shipment-date)
    std::optional<QDateTime> latestDeliveryDate;
    std::optional<QString> deliveryStatus; //!< 2026-01-01 package status ("DELIVERED", "IN_TRANSIT")
    std::optional<QString> orderTotal; //!< decimal text
    std::optional<QString> currency;
    std::optional<int> itemsShipped;
    std::optional<int> itemsUnshipped;
    std::optional<QString> shipCountry; //!< ISO country code of the delivery address (not sealed)

    QList<OrderItem> items; //!< merged by orderItemId
    std::map<PiiField, QString> pii; //!< only the fields this part carries (never empty strings)

    //! Sets every fact and PII field other carries; items merge by orderItemId.
    void mergeFrom(const OrderRecord& other);
};

} // namespace dpp
