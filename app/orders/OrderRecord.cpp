// OrderRecord: order statuses and the merging of the parts of one order (getOrder, getOrderAddress, ...).
#include "orders/OrderRecord.h"

#include <QHash>
#include <algorithm>

namespace dpp {

namespace OrderStatus {

QList<QString> all()
{
    return {QLatin1String(PendingAvailability),
            QLatin1String(Pending),
            QLatin1String(Unshipped),
            QLatin1String(PartiallyShipped),
            QLatin1String(Shipped),
            QLatin1String(InvoiceUnconfirmed),
            QLatin1String(Canceled),
            QLatin1String(Unfulfillable)};
}

namespace {

// The key a spelling is looked up by: lower case without blanks, '_' and '-', so that "Shipped",
// "SHIPPED", "PARTIALLY_SHIPPED" and "PartiallyShipped" meet.
QString lookupKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

const QHash<QString, QString>& spellings()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const QString& status : all())
            m.insert(lookupKey(status), status);
        // 2026-01-01 and the flat-file reports spell "cancelled" with two l.
        m.insert(QStringLiteral("cancelled"), QLatin1String(Canceled));
        // Flat-file reports: "Shipping" = paid and being prepared, not every item sent yet.
        m.insert(QStringLiteral("shipping"), QLatin1String(Unshipped));
        return m;
    }();
    return map;
}

} // namespace

std::optional<QString> normalize(const QString& text)
{
    QString trimmed = text.trimmed();
    // Flat-file reports add the carrier's state: "Shipped - Delivered to Buyer",
    // "Shipped - Returned to Seller", "Shipped - Out for Delivery"... The order itself was shipped.
    const qsizetype dash = trimmed.indexOf(QLatin1String(" - "));
    if (dash > 0)
        trimmed.truncate(dash);
    const auto it = spellings().constFind(lookupKey(trimmed));
    if (it == spellings().constEnd())
        return std::nullopt;
    return *it;
}

bool isShipped(const QString& status)
{
    return status == QLatin1String(Shipped) || status == QLatin1String(InvoiceUnconfirmed);
}

bool isCancelled(const QString& status)
{
    return status == QLatin1String(Canceled);
}

bool isAwaitingShipment(const QString& status)
{
    return status == QLatin1String(PendingAvailability) || status == QLatin1String(Pending)
        || status == QLatin1String(Unshipped) || status == QLatin1String(PartiallyShipped);
}

} // namespace OrderStatus

namespace {

template <typename T> void take(std::optional<T>& into, const std::optional<T>& from)
{
    if (from)
        into = from;
}

} // namespace

void OrderItem::mergeFrom(const OrderItem& other)
{
    if (orderItemId.isEmpty())
        orderItemId = other.orderItemId;
    take(asin, other.asin);
    take(sellerSku, other.sellerSku);
    take(title, other.title);
    take(quantityOrdered, other.quantityOrdered);
    take(quantityShipped, other.quantityShipped);
    take(itemPrice, other.itemPrice);
    take(currency, other.currency);
}

void OrderRecord::mergeFrom(const OrderRecord& other)
{
    if (orderId.isEmpty())
        orderId = other.orderId;
    if (origin.isEmpty())
        origin = other.origin;
    take(status, other.status);
    take(fulfillmentChannel, other.fulfillmentChannel);
    take(salesChannel, other.salesChannel);
    take(marketplaceId, other.marketplaceId);
    take(purchaseDate, other.purchaseDate);
    take(lastUpdateDate, other.lastUpdateDate);
    take(earliestShipDate, other.earliestShipDate);
    take(latestShipDate, other.latestShipDate);
    take(shipTime, other.shipTime);
    take(latestDeliveryDate, other.latestDeliveryDate);
    take(deliveryStatus, other.deliveryStatus);
    take(orderTotal, other.orderTotal);
    take(currency, other.currency);
    take(itemsShipped, other.itemsShipped);
    take(itemsUnshipped, other.itemsUnshipped);
    take(shipCountry, other.shipCountry);

    for (const OrderItem& item : other.items) {
        auto it = std::find_if(items.begin(), items.end(),
                               [&](const OrderItem& mine) { return mine.orderItemId == item.orderItemId; });
        if (it == items.end())
            items.append(item);
        else
            it->mergeFrom(item);
    }
    // Per field: a later part's value replaces the earlier one; an empty value never erases.
    for (const auto& [field, value] : other.pii) {
        if (!value.isEmpty())
            pii[field] = value;
    }
}

} // namespace dpp
