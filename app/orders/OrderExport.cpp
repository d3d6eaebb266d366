// OrderExport: see the header.
#include "orders/OrderExport.h"

#include "orders/OrderSealing.h"
#include "orders/OrderStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QJsonObject>
#include <QTimeZone>

namespace dpp {

Result<QJsonArray> OrderExport::orders(Vault& vault, const QStringList& ids, const FieldFilter& filter)
{
    Database& db = vault.database();
    auto facts = db.prepare(QStringLiteral(
        "SELECT o.id, o.status, o.fulfillment_channel, o.sales_channel, o.marketplace_id, o.purchase_date, "
        "o.latest_ship, o.ship_time, o.delivery_status, o.order_total, o.currency, o.ship_country, "
        "o.pii_state, p.sealed FROM orders o LEFT JOIN order_pii p ON p.order_key = o.id WHERE o.order_id = "
        "?"));
    DPP_TRY(facts);
    auto items = db.prepare(
        QStringLiteral("SELECT order_item_id, asin, seller_sku, title, quantity_ordered, quantity_shipped, "
                       "item_price, currency FROM order_items WHERE order_key = ? ORDER BY order_item_id"));
    DPP_TRY(items);
    const auto text = [](const Statement& s, int column) {
        return s.columnIsNull(column) ? QJsonValue() : QJsonValue(s.columnText(column));
    };
    const auto time = [](const Statement& s, int column) {
        return s.columnIsNull(column) || s.columnInt(column) == OrderStore::UnknownPurchaseDate
            ? QJsonValue()
            : QJsonValue(
                QDateTime::fromSecsSinceEpoch(s.columnInt(column), QTimeZone::utc()).toString(Qt::ISODate));
    };
    const auto number = [](const Statement& s, int column) {
        return s.columnIsNull(column) ? QJsonValue() : QJsonValue(s.columnInt(column));
    };
    QJsonArray orders;
    for (const QString& id : ids) {
        DPP_TRY(facts->reset());
        facts->bind(1, id);
        auto row = facts->step();
        DPP_TRY(row);
        if (!row.value())
            continue;
        QJsonObject order{{QStringLiteral("order_id"), id},
                          {QStringLiteral("status"), text(*facts, 1)},
                          {QStringLiteral("fulfillment_channel"), text(*facts, 2)},
                          {QStringLiteral("sales_channel"), text(*facts, 3)},
                          {QStringLiteral("marketplace_id"), text(*facts, 4)},
                          {QStringLiteral("purchase_date"), time(*facts, 5)},
                          {QStringLiteral("latest_ship_date"), time(*facts, 6)},
                          {QStringLiteral("ship_time"), time(*facts, 7)},
                          {QStringLiteral("delivery_status"), text(*facts, 8)},
                          {QStringLiteral("order_total"), text(*facts, 9)},
                          {QStringLiteral("currency"), text(*facts, 10)},
                          {QStringLiteral("ship_country"), text(*facts, 11)}};
        QJsonArray itemList;
        DPP_TRY(items->reset());
        items->bind(1, facts->columnInt(0));
        while (true) {
            auto item = items->step();
            DPP_TRY(item);
            if (!item.value())
                break;
            itemList.append(QJsonObject{{QStringLiteral("order_item_id"), text(*items, 0)},
                                        {QStringLiteral("asin"), text(*items, 1)},
                                        {QStringLiteral("seller_sku"), text(*items, 2)},
                                        {QStringLiteral("title"), text(*items, 3)},
                                        {QStringLiteral("quantity_ordered"), number(*items, 4)},
                                        {QStringLiteral("quantity_shipped"), number(*items, 5)},
                                        {QStringLiteral("item_price"), text(*items, 6)},
                                        {QStringLiteral("currency"), text(*items, 7)}});
        }
        order.insert(QStringLiteral("items"), itemList);
        QJsonObject pii;
        if (facts->columnText(12) == QLatin1String("present") && !facts->columnIsNull(13)) {
            auto fields = OrderSealing::unpack(facts->columnBlob(13));
            DPP_TRY(fields);
            auto key = vault.dataKey(QStringLiteral("order"), id);
            DPP_TRY(key);
            for (const SealedField& sealed : fields.value()) {
                if (filter && !filter(sealed.field))
                    continue;
                auto plain = OrderSealing::open(key.value(), id, sealed);
                DPP_TRY(plain);
                pii.insert(PiiFields::name(sealed.field), QString::fromUtf8(plain->view()));
            }
        }
        order.insert(QStringLiteral("pii"), pii);
        orders.append(order);
    }
    return orders;
}

} // namespace dpp
