// OrderStore: importing, listing and revealing orders. The sealed-PII container is described in
// docs/orders-format.md.
#include "orders/OrderStore.h"

#include "audit/AlarmService.h"
#include "audit/AuditLog.h"
#include "crypto/Primitives.h"
#include "orders/OrderSealing.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <variant>

namespace dpp {

namespace {

const QString kOwnerType = QStringLiteral("order");

qint64 secondsOf(const QDateTime& at)
{
    return at.toSecsSinceEpoch();
}

std::optional<qint64> secondsOf(const std::optional<QDateTime>& at)
{
    if (!at || !at->isValid())
        return std::nullopt;
    return at->toSecsSinceEpoch();
}

QDateTime timeOf(const Statement& stmt, int column)
{
    if (stmt.columnIsNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(stmt.columnInt(column), QTimeZone::utc());
}

std::optional<QDateTime> optionalTimeOf(const Statement& stmt, int column)
{
    if (stmt.columnIsNull(column))
        return std::nullopt;
    return timeOf(stmt, column);
}

std::optional<QString> optionalTextOf(const Statement& stmt, int column)
{
    if (stmt.columnIsNull(column))
        return std::nullopt;
    return stmt.columnText(column);
}

std::optional<int> optionalIntOf(const Statement& stmt, int column)
{
    if (stmt.columnIsNull(column))
        return std::nullopt;
    return static_cast<int>(stmt.columnInt(column));
}

void bindOptional(Statement& stmt, int index, const std::optional<qint64>& value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

void bindOptional(Statement& stmt, int index, const std::optional<int>& value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

PiiState piiStateFromName(const QString& name)
{
    if (name == QLatin1String("present"))
        return PiiState::Present;
    if (name == QLatin1String("purged"))
        return PiiState::Purged;
    return PiiState::None;
}

//! The statuses a warehouse picks from (orders.view-unshipped).
QStringList unshippedStatuses()
{
    return {QString::fromLatin1(OrderStatus::Unshipped), QString::fromLatin1(OrderStatus::PartiallyShipped)};
}

bool sameFacts(const OrderRecord& a, const OrderRecord& b)
{
    return a.status == b.status && a.fulfillmentChannel == b.fulfillmentChannel
        && a.salesChannel == b.salesChannel && a.marketplaceId == b.marketplaceId
        && a.purchaseDate == b.purchaseDate && a.lastUpdateDate == b.lastUpdateDate
        && a.earliestShipDate == b.earliestShipDate && a.latestShipDate == b.latestShipDate
        && a.shipTime == b.shipTime && a.latestDeliveryDate == b.latestDeliveryDate
        && a.deliveryStatus == b.deliveryStatus && a.orderTotal == b.orderTotal && a.currency == b.currency
        && a.itemsShipped == b.itemsShipped && a.itemsUnshipped == b.itemsUnshipped
        && a.shipCountry == b.shipCountry;
}

bool sameItem(const OrderItem& a, const OrderItem& b)
{
    return a.orderItemId == b.orderItemId && a.asin == b.asin && a.sellerSku == b.sellerSku
        && a.title == b.title && a.quantityOrdered == b.quantityOrdered
        && a.quantityShipped == b.quantityShipped && a.itemPrice == b.itemPrice && a.currency == b.currency;
}

//! Times are stored to the second; a re-import of "….058Z" must compare equal to what was stored.
void truncateToSeconds(OrderRecord& record)
{
    for (std::optional<QDateTime>* at :
         {&record.purchaseDate, &record.lastUpdateDate, &record.earliestShipDate, &record.latestShipDate,
          &record.shipTime, &record.latestDeliveryDate})
        if (*at && at->value().isValid())
            *at = QDateTime::fromSecsSinceEpoch(at->value().toSecsSinceEpoch(), QTimeZone::utc());
}

RetentionFacts retentionFactsOf(const OrderRecord& record)
{
    return {record.status, record.purchaseDate, record.lastUpdateDate, record.latestShipDate,
            record.shipTime};
}

//! Masked forms by field, as order_pii.masked keeps them (a JSON object).
using MaskedForms = std::map<PiiField, QString>;

MaskedForms maskedFormsFromJson(const QString& text)
{
    MaskedForms forms;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (auto field = PiiFields::fromName(it.key()))
            forms[*field] = it.value().toString();
    return forms;
}

//! Written by hand, not through QJsonDocument: an import writes one per order.
QString maskedFormsToJson(const MaskedForms& forms)
{
    QString json;
    json.reserve(48 * static_cast<qsizetype>(forms.size()) + 2);
    json += u'{';
    for (const auto& [field, masked] : forms) {
        if (json.size() > 1)
            json += u',';
        json += u'"' + PiiFields::name(field) + QStringLiteral("\":\"");
        for (QChar c : masked) {
            if (c == u'"' || c == u'\\')
                json += u'\\';
            if (c.unicode() < 0x20)
                json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                json += c;
        }
        json += u'"';
    }
    json += u'}';
    return json;
}

//! The masked name shown in lists: the recipient's, else the buyer's.
QString maskedNameOf(const MaskedForms& masked)
{
    const auto recipient = masked.find(PiiField::RecipientName);
    if (recipient != masked.end() && !recipient->second.isEmpty())
        return recipient->second;
    const auto buyer = masked.find(PiiField::BuyerName);
    return buyer != masked.end() ? buyer->second : QString();
}

/*!
 * Stores records in the caller's transaction, with its statements prepared once (an import may
 * hold a million records).
 */
class OrderWriter final
{
public:
    OrderWriter(Vault& vault, int periodDays, const QDateTime& now)
        : m_vault(vault)
        , m_db(vault.database())
        , m_periodDays(periodDays)
        , m_now(now)
    { }

    Result<void> prepare()
    {
        auto prepareOne = [&](std::optional<Statement>& slot, const char* sql) -> Result<void> {
            auto stmt = m_db.prepare(QString::fromLatin1(sql));
            DPP_TRY(stmt);
            slot.emplace(std::move(stmt).value());
            return success();
        };
        DPP_TRY(prepareOne(
            m_find,
            "SELECT id, status, fulfillment_channel, sales_channel, marketplace_id, purchase_date, "
            "last_update, earliest_ship, latest_ship, ship_time, latest_delivery, delivery_status, "
            "order_total, currency, items_shipped, items_unshipped, ship_country, "
            "first_seen_cancelled, paused_seconds, pii_state, due_basis, due_at, masked_name "
            "FROM orders WHERE order_id = ?"));
        DPP_TRY(
            prepareOne(m_insert,
                       "INSERT INTO orders (order_id, status, fulfillment_channel, sales_channel, "
                       "marketplace_id, purchase_date, last_update, earliest_ship, latest_ship, ship_time, "
                       "latest_delivery, delivery_status, order_total, currency, items_shipped, "
                       "items_unshipped, ship_country, due_basis, basis_time, due_at, first_seen_cancelled, "
                       "pii_state, masked_name, imported_at, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                       "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?24)"));
        DPP_TRY(prepareOne(m_update,
                           "UPDATE orders SET status = ?2, fulfillment_channel = ?3, sales_channel = ?4, "
                           "marketplace_id = ?5, purchase_date = ?6, last_update = ?7, earliest_ship = ?8, "
                           "latest_ship = ?9, ship_time = ?10, latest_delivery = ?11, delivery_status = ?12, "
                           "order_total = ?13, currency = ?14, items_shipped = ?15, items_unshipped = ?16, "
                           "ship_country = ?17, due_basis = ?18, basis_time = ?19, due_at = ?20, "
                           "first_seen_cancelled = ?21, pii_state = ?22, masked_name = ?23, updated_at = ?24 "
                           "WHERE id = ?1"));
        DPP_TRY(
            prepareOne(m_items,
                       "SELECT order_item_id, asin, seller_sku, title, quantity_ordered, quantity_shipped, "
                       "item_price, currency FROM order_items WHERE order_key = ?"));
        DPP_TRY(prepareOne(
            m_putItem,
            "INSERT OR REPLACE INTO order_items (order_key, order_item_id, asin, seller_sku, title, "
            "quantity_ordered, quantity_shipped, item_price, currency) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        DPP_TRY(prepareOne(m_readPii, "SELECT masked, sealed FROM order_pii WHERE order_key = ?"));
        DPP_TRY(prepareOne(m_putPii,
                           "INSERT OR REPLACE INTO order_pii (order_key, masked, sealed) VALUES (?, ?, ?)"));
        DPP_TRY(prepareOne(m_readKey,
                           "SELECT key_id, wrapped FROM wrapped_keys WHERE owner_type = ? AND owner_id = ?"));
        DPP_TRY(prepareOne(m_putKey,
                           "INSERT OR REPLACE INTO wrapped_keys (owner_type, owner_id, key_id, wrapped) "
                           "VALUES (?, ?, ?, ?)"));
        return success();
    }

    Result<void> store(const OrderRecord& record, ImportSummary& summary)
    {
        if (record.orderId.trimmed().isEmpty())
            return Error(
                ErrorCode::InvalidInput,
                OrderStore::tr("%1: an order without an AmazonOrderId cannot be stored.").arg(record.origin));
        Existing existing;
        DPP_TRY(find(record.orderId, existing));

        OrderRecord merged = existing.found ? existing.facts : OrderRecord{};
        merged.orderId = record.orderId;
        merged.mergeFrom(record);
        truncateToSeconds(merged);
        bool changed = !existing.found || !sameFacts(existing.facts, merged);

        // Due date: the paused time of released legal holds moves it on.
        QDateTime firstSeenCancelled = existing.firstSeenCancelled;
        if (merged.status && OrderStatus::isCancelled(*merged.status) && !firstSeenCancelled.isValid())
            firstSeenCancelled = m_now;
        const RetentionDecision decision
            = RetentionRules::decide(retentionFactsOf(merged), m_periodDays, firstSeenCancelled);
        const qint64 dueAt = decision.due.isValid() ? secondsOf(decision.due) + existing.pausedSeconds
                                                    : OrderStore::NoDueDate;

        // PII: sealed with the order's own data key; never again once purged.
        PiiState piiState = existing.found ? existing.piiState : PiiState::None;
        QString maskedName = existing.maskedName;
        std::optional<MaskedForms> newMasked;
        std::optional<QByteArray> newSealed;
        if (!record.pii.empty()) {
            if (piiState == PiiState::Purged) {
                ++summary.piiDropped;
            } else {
                bool piiChanged = false;
                DPP_TRY(sealPii(record, existing, piiChanged, newMasked, newSealed));
                if (piiChanged) {
                    changed = true;
                    piiState = PiiState::Present;
                    maskedName = maskedNameOf(*newMasked);
                }
            }
        }

        // Items: merged with what is stored.
        QList<OrderItem> itemsToWrite;
        if (!record.items.isEmpty()) {
            QList<OrderItem> stored;
            if (existing.found)
                DPP_TRY(readItems(existing.key, stored));
            for (const OrderItem& item : record.items) {
                auto match = std::find_if(stored.begin(), stored.end(), [&](const OrderItem& s) {
                    return s.orderItemId == item.orderItemId;
                });
                OrderItem result = match != stored.end()
                    ? *match
                    : OrderItem{item.orderItemId, {}, {}, {}, {}, {}, {}, {}};
                result.mergeFrom(item);
                if (match == stored.end() || !sameItem(*match, result))
                    itemsToWrite << result;
            }
            changed = changed || !itemsToWrite.isEmpty();
        }

        if (existing.found && !changed && decision.basis == existing.basis && dueAt == existing.dueAt) {
            ++summary.updated;
            ++summary.unchanged;
            return success();
        }

        Statement& write = existing.found ? *m_update : *m_insert;
        DPP_TRY(write.reset());
        if (existing.found)
            write.bind(1, existing.key);
        else
            write.bind(1, record.orderId);
        write.bind(2, merged.status)
            .bind(3, merged.fulfillmentChannel)
            .bind(4, merged.salesChannel)
            .bind(5, merged.marketplaceId);
        write.bind(6, secondsOf(merged.purchaseDate).value_or(OrderStore::UnknownPurchaseDate));
        bindOptional(write, 7, secondsOf(merged.lastUpdateDate));
        bindOptional(write, 8, secondsOf(merged.earliestShipDate));
        bindOptional(write, 9, secondsOf(merged.latestShipDate));
        bindOptional(write, 10, secondsOf(merged.shipTime));
        bindOptional(write, 11, secondsOf(merged.latestDeliveryDate));
        write.bind(12, merged.deliveryStatus).bind(13, merged.orderTotal).bind(14, merged.currency);
        bindOptional(write, 15, merged.itemsShipped);
        bindOptional(write, 16, merged.itemsUnshipped);
        write.bind(17, merged.shipCountry).bind(18, RetentionRules::basisName(decision.basis));
        if (decision.basisTime.isValid())
            write.bind(19, secondsOf(decision.basisTime));
        else
            write.bindNull(19);
        write.bind(20, dueAt);
        if (firstSeenCancelled.isValid())
            write.bind(21, secondsOf(firstSeenCancelled));
        else
            write.bindNull(21);
        write.bind(22, OrderStore::piiStateName(piiState)).bind(23, maskedName).bind(24, secondsOf(m_now));
        DPP_TRY(write.run());
        const qint64 key = existing.found ? existing.key : m_db.lastInsertRowId();

        for (const OrderItem& item : itemsToWrite) {
            Statement& put = *m_putItem;
            DPP_TRY(put.reset());
            put.bind(1, key)
                .bind(2, item.orderItemId)
                .bind(3, item.asin)
                .bind(4, item.sellerSku)
                .bind(5, item.title);
            bindOptional(put, 6, item.quantityOrdered);
            bindOptional(put, 7, item.quantityShipped);
            put.bind(8, item.itemPrice).bind(9, item.currency);
            DPP_TRY(put.run());
        }
        if (newSealed) {
            Statement& put = *m_putPii;
            DPP_TRY(put.reset());
            put.bind(1, key).bind(2, maskedFormsToJson(*newMasked)).bind(3, *newSealed);
            DPP_TRY(put.run());
        }
        if (existing.found)
            ++summary.updated;
        else
            ++summary.added;
        return success();
    }

private:
    struct Existing
    {
        bool found = false;
        qint64 key = 0;
        OrderRecord facts;
        QDateTime firstSeenCancelled;
        qint64 pausedSeconds = 0;
        PiiState piiState = PiiState::None;
        QString maskedName;
        DueBasis basis = DueBasis::Incomplete;
        qint64 dueAt = OrderStore::NoDueDate;
    };

    Result<void> find(const QString& orderId, Existing& existing)
    {
        Statement& find = *m_find;
        DPP_TRY(find.reset());
        find.bind(1, orderId);
        auto row = find.step();
        DPP_TRY(row);
        if (!row.value())
            return success();
        existing.found = true;
        existing.key = find.columnInt(0);
        OrderRecord& f = existing.facts;
        f.orderId = orderId;
        f.status = optionalTextOf(find, 1);
        f.fulfillmentChannel = optionalTextOf(find, 2);
        f.salesChannel = optionalTextOf(find, 3);
        f.marketplaceId = optionalTextOf(find, 4);
        if (find.columnInt(5) != OrderStore::UnknownPurchaseDate)
            f.purchaseDate = timeOf(find, 5);
        f.lastUpdateDate = optionalTimeOf(find, 6);
        f.earliestShipDate = optionalTimeOf(find, 7);
        f.latestShipDate = optionalTimeOf(find, 8);
        f.shipTime = optionalTimeOf(find, 9);
        f.latestDeliveryDate = optionalTimeOf(find, 10);
        f.deliveryStatus = optionalTextOf(find, 11);
        f.orderTotal = optionalTextOf(find, 12);
        f.currency = optionalTextOf(find, 13);
        f.itemsShipped = optionalIntOf(find, 14);
        f.itemsUnshipped = optionalIntOf(find, 15);
        f.shipCountry = optionalTextOf(find, 16);
        existing.firstSeenCancelled = timeOf(find, 17);
        existing.pausedSeconds = find.columnInt(18);
        existing.piiState = piiStateFromName(find.columnText(19));
        existing.basis = RetentionRules::basisFromName(find.columnText(20)).value_or(DueBasis::Incomplete);
        existing.dueAt = find.columnInt(21);
        existing.maskedName = find.columnText(22);
        return success();
    }

    Result<void> readItems(qint64 key, QList<OrderItem>& items)
    {
        Statement& read = *m_items;
        DPP_TRY(read.reset());
        read.bind(1, key);
        while (true) {
            auto row = read.step();
            DPP_TRY(row);
            if (!row.value())
                return success();
            items << OrderItem{read.columnText(0),      optionalTextOf(read, 1), optionalTextOf(read, 2),
                               optionalTextOf(read, 3), optionalIntOf(read, 4),  optionalIntOf(read, 5),
                               optionalTextOf(read, 6), optionalTextOf(read, 7)};
        }
    }

    //! The order's data key: unwrapped from wrapped_keys, or (create) a fresh one, stored wrapped.
    //! Fresh keys reuse one locked buffer, refilled per order.
    Result<const SecureBytes*> dataKeyFor(const QString& orderId, bool create, SecureBytes& unwrapped)
    {
        if (!create) {
            Statement& read = *m_readKey;
            DPP_TRY(read.reset());
            read.bind(1, kOwnerType).bind(2, orderId);
            auto row = read.step();
            DPP_TRY(row);
            if (row.value()) {
                auto key
                    = m_vault.unwrapDataKey(kOwnerType, orderId, {read.columnText(0), read.columnBlob(1)});
                DPP_TRY(key);
                unwrapped = std::move(key).value();
                return &unwrapped;
            }
        }
        m_freshKey.fillRandom();
        auto wrapped = m_vault.wrapDataKey(kOwnerType, orderId, m_freshKey);
        DPP_TRY(wrapped);
        Statement& put = *m_putKey;
        DPP_TRY(put.reset());
        put.bind(1, kOwnerType).bind(2, orderId).bind(3, wrapped->keyId).bind(4, wrapped->wrapped);
        DPP_TRY(put.run());
        return &m_freshKey;
    }

    Result<void> sealPii(const OrderRecord& record, const Existing& existing, bool& changed,
                         std::optional<MaskedForms>& masked, std::optional<QByteArray>& sealed)
    {
        const bool hadPii = existing.found && existing.piiState == PiiState::Present;
        SecureBytes unwrapped;
        auto key = dataKeyFor(record.orderId, !hadPii, unwrapped);
        DPP_TRY(key);
        MaskedForms maskedNow;
        std::vector<SealedField> fields;
        if (hadPii) {
            Statement& read = *m_readPii;
            DPP_TRY(read.reset());
            read.bind(1, existing.key);
            auto row = read.step();
            DPP_TRY(row);
            if (row.value()) {
                maskedNow = maskedFormsFromJson(read.columnText(0));
                auto unpacked = OrderSealing::unpack(read.columnBlob(1));
                DPP_TRY(unpacked);
                fields = std::move(unpacked).value();
            }
        }
        // One draw of random bytes for every nonce of this order (a syscall each would cost more
        // than the sealing); the data key is fresh or the order's own, so no nonce repeats.
        const QByteArray nonces = crypto::randomBytes(static_cast<std::size_t>(record.pii.size())
                                                      * static_cast<std::size_t>(OrderSealing::NonceSize));
        qsizetype nonceAt = 0;
        for (const auto& [field, value] : record.pii) {
            const QByteArrayView nonce(nonces.constData() + nonceAt, OrderSealing::NonceSize);
            nonceAt += OrderSealing::NonceSize;
            auto current = std::find_if(fields.begin(), fields.end(),
                                        [&](const SealedField& f) { return f.field == field; });
            if (current != fields.end()) {
                auto plain = OrderSealing::open(*key.value(), record.orderId, *current);
                DPP_TRY(plain);
                if (plain->view() == QByteArrayView(value.toUtf8()))
                    continue;
            }
            auto box = OrderSealing::seal(*key.value(), record.orderId, field, value, nonce);
            DPP_TRY(box);
            if (current != fields.end())
                *current = std::move(box).value();
            else
                fields.push_back(std::move(box).value());
            maskedNow[field] = PiiFields::mask(field, value);
            changed = true;
        }
        if (changed) {
            masked = maskedNow;
            sealed = OrderSealing::pack(fields);
        }
        return success();
    }

    Vault& m_vault;
    Database& m_db;
    int m_periodDays;
    QDateTime m_now;
    SecureBytes m_freshKey = SecureBytes::random(32);
    std::optional<Statement> m_find, m_insert, m_update, m_items, m_putItem, m_readPii, m_putPii, m_readKey,
        m_putKey;
};

//! The WHERE clause of a filter and its values, in order.
struct FilterSql
{
    QString where;
    std::vector<std::variant<QString, qint64>> values; //!< in the order of their ?
    bool matchesNothing = false;
};

FilterSql filterSql(const OrderFilter& filter)
{
    FilterSql sql;
    QStringList clauses;
    QStringList statuses = filter.statuses;
    if (filter.unshippedOnly) {
        const QStringList allowed = unshippedStatuses();
        if (statuses.isEmpty())
            statuses = allowed;
        else
            statuses.erase(std::remove_if(statuses.begin(), statuses.end(),
                                          [&](const QString& s) { return !allowed.contains(s); }),
                           statuses.end());
        if (statuses.isEmpty())
            sql.matchesNothing = true;
    }
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString& status : statuses) {
            marks << QStringLiteral("?");
            sql.values.emplace_back(status);
        }
        clauses << QStringLiteral("status IN (%1)").arg(marks.join(u','));
    }
    if (filter.purchasedFrom.isValid()) {
        clauses << QStringLiteral("purchase_date >= ?");
        sql.values.emplace_back(secondsOf(filter.purchasedFrom));
    }
    if (filter.purchasedTo.isValid()) {
        clauses << QStringLiteral("purchase_date < ?");
        sql.values.emplace_back(secondsOf(filter.purchasedTo));
    }
    if (!filter.marketplaceId.isEmpty()) {
        clauses << QStringLiteral("marketplace_id = ?");
        sql.values.emplace_back(filter.marketplaceId);
    }
    const QString prefix = filter.orderIdPrefix.trimmed();
    if (!prefix.isEmpty()) {
        // A range on the unique index: every id that starts with the prefix sorts below the
        // prefix followed by the highest character.
        clauses << QStringLiteral("order_id >= ? AND order_id < ?");
        sql.values.emplace_back(prefix);
        sql.values.emplace_back(QString(prefix + QChar(0xFFFF)));
    }
    sql.where = clauses.isEmpty() ? QString() : clauses.join(QStringLiteral(" AND "));
    return sql;
}

int bindFilter(Statement& stmt, const FilterSql& sql, int first = 1)
{
    int index = first;
    for (const auto& value : sql.values)
        std::visit([&](const auto& v) { stmt.bind(index++, v); }, value);
    return index;
}

OrderSummary summaryOf(const Statement& stmt, const QDateTime& now)
{
    OrderSummary s;
    s.key = stmt.columnInt(0);
    s.orderId = stmt.columnText(1);
    s.status = stmt.columnText(2);
    s.fulfillmentChannel = stmt.columnText(3);
    s.salesChannel = stmt.columnText(4);
    s.marketplaceId = stmt.columnText(5);
    if (stmt.columnInt(6) != OrderStore::UnknownPurchaseDate)
        s.purchaseDate = timeOf(stmt, 6);
    s.latestShipDate = timeOf(stmt, 7);
    s.shipTime = timeOf(stmt, 8);
    s.deliveryStatus = stmt.columnText(9);
    s.orderTotal = stmt.columnText(10);
    s.currency = stmt.columnText(11);
    if (stmt.columnInt(12) != OrderStore::NoDueDate)
        s.due = timeOf(stmt, 12);
    s.basis = RetentionRules::basisFromName(stmt.columnText(13)).value_or(DueBasis::Incomplete);
    s.basisTime = timeOf(stmt, 14);
    s.hold = stmt.columnText(15);
    s.pii = piiStateFromName(stmt.columnText(16));
    s.maskedName = stmt.columnText(17);
    RetentionFacts facts;
    if (!stmt.columnIsNull(2))
        facts.status = s.status;
    if (s.purchaseDate.isValid())
        facts.purchaseDate = s.purchaseDate;
    s.needsReview = RetentionRules::needsReview(facts, now);
    return s;
}

const QString kSummaryColumns = QStringLiteral(
    "id, order_id, status, fulfillment_channel, sales_channel, marketplace_id, purchase_date, latest_ship, "
    "ship_time, delivery_status, order_total, currency, due_at, due_basis, basis_time, hold, pii_state, "
    "masked_name");

} // namespace

OrderStore::OrderStore(Vault& vault)
    : m_vault(vault)
{ }

QString OrderStore::piiStateName(PiiState state)
{
    switch (state) {
    case PiiState::None:
        return QStringLiteral("none");
    case PiiState::Present:
        return QStringLiteral("present");
    case PiiState::Purged:
        return QStringLiteral("purged");
    }
    return {};
}

QStringList OrderStore::revealCategories()
{
    return {QStringLiteral("fulfilment"),  QStringLiteral("customer-service"),
            QStringLiteral("returns"),     QStringLiteral("legal-request"),
            QStringLiteral("tax-invoice"), QStringLiteral("investigation")};
}

QString OrderStore::revealCategoryDisplayName(const QString& category)
{
    if (category == QLatin1String("fulfilment"))
        return tr("Fulfilling the order");
    if (category == QLatin1String("customer-service"))
        return tr("Customer service request");
    if (category == QLatin1String("returns"))
        return tr("Return or refund");
    if (category == QLatin1String("legal-request"))
        return tr("Legal request");
    if (category == QLatin1String("tax-invoice"))
        return tr("Tax invoice");
    if (category == QLatin1String("investigation"))
        return tr("Security investigation");
    return category;
}

bool OrderStore::isValidTicket(const QString& ticket)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_#./:-]{1,32}$"));
    return ticket.isEmpty() || pattern.match(ticket).hasMatch();
}

Result<std::set<PiiField>> OrderStore::omittedFields() const
{
    auto text = m_vault.setting(QStringLiteral("import.omit_fields"), {});
    DPP_TRY(text);
    std::set<PiiField> fields;
    for (const QString& name : text->split(u',', Qt::SkipEmptyParts))
        if (auto field = PiiFields::fromName(name.trimmed()))
            fields.insert(*field);
    return fields;
}

Result<void> OrderStore::setOmittedFields(const std::set<PiiField>& fields)
{
    DPP_TRY(m_vault.authorize(Permission::RetentionManage));
    QStringList names;
    for (PiiField field : fields)
        names << PiiFields::name(field);
    Database& db = m_vault.database();
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    DPP_TRY(m_vault.writeSetting(QStringLiteral("import.omit_fields"), names.join(u',')));
    DPP_TRY(
        m_vault.audit().append(AuditActor::of(m_vault.session()),
                               {AuditAction::ImportFieldsChanged, AuditOutcome::Allowed,
                                QStringLiteral("setting"), QStringLiteral("import.omit_fields"),
                                AuditDetails().setting(QStringLiteral("import.omit_fields")).fields(names)},
                               m_vault.clock()()));
    DPP_TRY(tx->commit());
    return m_vault.audit().publishHead();
}

namespace {

//! What importing needs: the permission, PII access not switched off, and the PII key.
Result<void> authorizeImport(Vault& vault)
{
    DPP_TRY(vault.authorize(Permission::OrdersImport));
    auto off = vault.piiAccessOff();
    DPP_TRY(off);
    if (off.value())
        return Error(
            ErrorCode::PermissionDenied,
            OrderStore::tr("PII access is turned off for everyone by an administrator (kill switch): "
                           "nothing can be imported until it is turned on again."));
    if (!vault.holdsPiiKey())
        return Error(
            ErrorCode::PermissionDenied,
            OrderStore::tr("Importing orders stores buyer data, which needs the PII key; your account "
                           "has not been given it yet (the Data Protection Officer grants it)."));
    return success();
}

Result<int> periodDaysOf(Vault& vault)
{
    auto text
        = vault.setting(QStringLiteral("retention.days"), QString::number(RetentionRules::DefaultPeriodDays));
    DPP_TRY(text);
    bool ok = false;
    const int days = text->toInt(&ok);
    return ok ? std::clamp(days, RetentionRules::MinimumPeriodDays, RetentionRules::DefaultPeriodDays)
              : RetentionRules::DefaultPeriodDays;
}

//! Stores records in one transaction with one audit row; progress over [base, base + span).
Result<void> storeAll(Vault& vault, const std::vector<OrderRecord>& records, const QString& objectType,
                      const QString& objectId, ImportSummary& summary, const ImportProgress& progress,
                      qint64 base, qint64 span, qint64 total)
{
    auto period = periodDaysOf(vault);
    DPP_TRY(period);
    const QDateTime now = vault.clock()();
    auto tx = Transaction::begin(vault.database());
    DPP_TRY(tx);
    OrderWriter writer(vault, period.value(), now);
    DPP_TRY(writer.prepare());
    ImportSummary part;
    const auto count = static_cast<qint64>(records.size());
    for (qint64 i = 0; i < count; ++i) {
        DPP_TRY(writer.store(records[static_cast<std::size_t>(i)], part));
        if (progress && (i % 1000 == 999 || i == count - 1)) {
            if (!progress(base + (count ? span * (i + 1) / count : span), total))
                return Error(ErrorCode::Cancelled,
                             OrderStore::tr("The import was cancelled; nothing of it was kept."));
        }
    }
    DPP_TRY(vault.audit().append(AuditActor::of(vault.session()),
                                 {AuditAction::OrdersImported, AuditOutcome::Allowed, objectType, objectId,
                                  AuditDetails().count(count)},
                                 now));
    DPP_TRY(tx->commit());
    summary.added += part.added;
    summary.updated += part.updated;
    summary.unchanged += part.unchanged;
    summary.piiDropped += part.piiDropped;
    return vault.audit().publishHead();
}

} // namespace

Result<ImportSummary> OrderStore::importRecords(const std::vector<OrderRecord>& records,
                                                const ImportProgress& progress)
{
    DPP_TRY(authorizeImport(m_vault));
    ImportSummary summary;
    const auto count = static_cast<qint64>(records.size());
    DPP_TRY(storeAll(m_vault, records, QStringLiteral("records"), QString::number(count), summary, progress,
                     0, count, count));
    return summary;
}

Result<ImportSummary> OrderStore::importFiles(const QStringList& paths, const ImportProgress& progress)
{
    DPP_TRY(authorizeImport(m_vault));
    auto omit = omittedFields();
    DPP_TRY(omit);
    // Progress in bytes: reading a file is its first half, storing its orders the second.
    qint64 total = 0;
    for (const QString& path : paths)
        total += 2 * std::max<qint64>(QFileInfo(path).size(), 1);
    qint64 base = 0;
    ImportSummary summary;
    for (const QString& path : paths) {
        const qint64 size = std::max<qint64>(QFileInfo(path).size(), 1);
        ImportProgress parseProgress;
        if (progress)
            parseProgress = [&](qint64 done, qint64 of) {
                return progress(base + (of > 0 ? size * done / of : 0), total);
            };
        auto parsed = OrderFileParser::parseFile(path, omit.value(), parseProgress);
        if (!parsed && parsed.error().code() == ErrorCode::Cancelled)
            return parsed.error();
        if (!parsed) {
            ++summary.refusedFiles;
            summary.refusals << parsed.error().message();
            base += 2 * size;
            continue;
        }
        // The file's name may say something about a buyer; the log names it by its content.
        QFile file(path);
        QString fileId;
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            fileId = QString::fromLatin1(hash.result().toHex().left(16));
        }
        auto stored = storeAll(m_vault, parsed->records, QStringLiteral("file"), fileId, summary, progress,
                               base + size, size, total);
        if (!stored && stored.error().code() == ErrorCode::Cancelled)
            return stored.error();
        if (!stored) {
            ++summary.refusedFiles;
            summary.refusals << tr("%1: %2").arg(QFileInfo(path).fileName(), stored.error().message());
        } else {
            summary.formats << parsed->format;
        }
        base += 2 * size;
    }
    return summary;
}

namespace {

//! orders.view, else orders.view-unshipped (which sees unshipped orders only).
Result<OrderFilter> visibleFilter(Vault& vault, OrderFilter filter)
{
    if (vault.session().can(Permission::OrdersView))
        return filter;
    if (vault.session().can(Permission::UnshippedOrdersView) && vault.session().gate() == SessionGate::None) {
        filter.unshippedOnly = true;
        return filter;
    }
    DPP_TRY(vault.authorize(Permission::OrdersView));
    return filter;
}

} // namespace

Result<OrderPage> OrderStore::page(const OrderPageRequest& request)
{
    auto filter = visibleFilter(m_vault, request.filter);
    DPP_TRY(filter);
    OrderPage page;
    const FilterSql sql = filterSql(filter.value());
    if (sql.matchesNothing || request.limit <= 0)
        return page;
    const QString column
        = request.sort == OrderSort::DueDate ? QStringLiteral("due_at") : QStringLiteral("purchase_date");
    // Reading backwards flips the order; the rows are turned round afterwards.
    const bool descending = request.descending != request.backwards;
    QStringList clauses;
    if (!sql.where.isEmpty())
        clauses << sql.where;
    if (request.after)
        clauses << QStringLiteral("(%1, id) %2 (?, ?)")
                       .arg(column, descending ? QStringLiteral("<") : QStringLiteral(">"));
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString text = QStringLiteral("SELECT %1 FROM orders").arg(kSummaryColumns);
    if (!clauses.isEmpty())
        text += QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    text += QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ? OFFSET ?").arg(column, direction);
    auto stmt = m_vault.database().prepare(text);
    DPP_TRY(stmt);
    int index = bindFilter(*stmt, sql);
    if (request.after) {
        stmt->bind(index++, request.after->sortValue);
        stmt->bind(index++, request.after->key);
    }
    stmt->bind(index++, request.limit);
    stmt->bind(index, request.after ? 0 : std::max<qint64>(request.offset, 0));
    const QDateTime now = m_vault.clock()();
    while (true) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            break;
        page.rows << summaryOf(*stmt, now);
        page.cursors << OrderCursor{stmt->columnInt(request.sort == OrderSort::DueDate ? 12 : 6),
                                    stmt->columnInt(0)};
    }
    if (request.backwards) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(page.cursors.begin(), page.cursors.end());
    }
    return page;
}

Result<qint64> OrderStore::count(const OrderFilter& requested)
{
    auto filter = visibleFilter(m_vault, requested);
    DPP_TRY(filter);
    const FilterSql sql = filterSql(filter.value());
    if (sql.matchesNothing)
        return qint64{0};
    QString text = QStringLiteral("SELECT count(*) FROM orders");
    if (!sql.where.isEmpty())
        text += QStringLiteral(" WHERE ") + sql.where;
    auto stmt = m_vault.database().prepare(text);
    DPP_TRY(stmt);
    bindFilter(*stmt, sql);
    auto row = stmt->step();
    DPP_TRY(row);
    return stmt->columnInt(0);
}

Result<QStringList> OrderStore::marketplaces()
{
    DPP_TRY(visibleFilter(m_vault, {}));
    auto stmt = m_vault.database().prepare(
        QStringLiteral("SELECT DISTINCT marketplace_id FROM orders WHERE marketplace_id IS NOT NULL "
                       "ORDER BY marketplace_id"));
    DPP_TRY(stmt);
    return stmt->textColumn();
}

Result<OrderDetail> OrderStore::detail(const QString& orderId)
{
    auto filter = visibleFilter(m_vault, {});
    DPP_TRY(filter);
    Database& db = m_vault.database();
    auto stmt = db.prepare(QStringLiteral("SELECT %1, earliest_ship, latest_delivery, items_shipped, "
                                          "items_unshipped, ship_country, imported_at, updated_at "
                                          "FROM orders WHERE order_id = ?")
                               .arg(kSummaryColumns));
    DPP_TRY(stmt);
    stmt->bind(1, orderId);
    auto row = stmt->step();
    DPP_TRY(row);
    const auto notFound
        = [&] { return Error(ErrorCode::NotFound, tr("There is no order %1.").arg(orderId)); };
    if (!row.value())
        return notFound();
    OrderDetail detail;
    detail.summary = summaryOf(*stmt, m_vault.clock()());
    if (filter->unshippedOnly && !unshippedStatuses().contains(detail.summary.status))
        return notFound();
    detail.earliestShipDate = optionalTimeOf(*stmt, 18);
    detail.latestDeliveryDate = optionalTimeOf(*stmt, 19);
    detail.itemsShipped = optionalIntOf(*stmt, 20);
    detail.itemsUnshipped = optionalIntOf(*stmt, 21);
    detail.shipCountry = stmt->columnText(22);
    detail.importedAt = timeOf(*stmt, 23);
    detail.updatedAt = timeOf(*stmt, 24);

    auto items = db.prepare(QStringLiteral("SELECT order_item_id, asin, seller_sku, title, quantity_ordered, "
                                           "quantity_shipped, item_price, currency FROM order_items "
                                           "WHERE order_key = ? ORDER BY order_item_id"));
    DPP_TRY(items);
    items->bind(1, detail.summary.key);
    while (true) {
        auto next = items->step();
        DPP_TRY(next);
        if (!next.value())
            break;
        detail.items << OrderItem{items->columnText(0),      optionalTextOf(*items, 1),
                                  optionalTextOf(*items, 2), optionalTextOf(*items, 3),
                                  optionalIntOf(*items, 4),  optionalIntOf(*items, 5),
                                  optionalTextOf(*items, 6), optionalTextOf(*items, 7)};
    }
    auto pii = db.prepare(QStringLiteral("SELECT masked FROM order_pii WHERE order_key = ?"));
    DPP_TRY(pii);
    pii->bind(1, detail.summary.key);
    auto piiRow = pii->step();
    DPP_TRY(piiRow);
    if (piiRow.value()) {
        const QJsonObject masked = QJsonDocument::fromJson(pii->columnText(0).toUtf8()).object();
        for (PiiField field : PiiFields::all()) {
            const QString name = PiiFields::name(field);
            if (masked.contains(name))
                detail.pii << MaskedPii{field, masked.value(name).toString()};
        }
    }
    return detail;
}

Result<RevealedPii> OrderStore::reveal(const QString& orderId, const RevealReason& reason)
{
    if (!revealCategories().contains(reason.category))
        return Error(ErrorCode::InvalidInput,
                     tr("Choose why you reveal this order's buyer data: the reason is recorded."));
    if (!isValidTicket(reason.ticket))
        return Error(ErrorCode::InvalidInput,
                     tr("A ticket reference has at most 32 letters, digits and - _ # . / : (no spaces)."));
    DPP_TRY(m_vault.authorizePii(Permission::PiiReveal));

    Database& db = m_vault.database();
    auto stmt
        = db.prepare(QStringLiteral("SELECT o.id, o.pii_state, p.sealed FROM orders o "
                                    "LEFT JOIN order_pii p ON p.order_key = o.id WHERE o.order_id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, orderId);
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value())
        return Error(ErrorCode::NotFound, tr("There is no order %1.").arg(orderId));
    const PiiState state = piiStateFromName(stmt->columnText(1));
    if (state != PiiState::Present || stmt->columnIsNull(2))
        return Error(ErrorCode::NotFound,
                     state == PiiState::Purged ? tr("The buyer data of order %1 was purged.").arg(orderId)
                                               : tr("Order %1 has no buyer data.").arg(orderId));
    auto fields = OrderSealing::unpack(stmt->columnBlob(2));
    DPP_TRY(fields);
    auto key = m_vault.dataKey(kOwnerType, orderId);
    DPP_TRY(key);
    RevealedPii revealed;
    revealed.orderId = orderId;
    for (const SealedField& sealed : fields.value()) {
        auto plain = OrderSealing::open(key.value(), orderId, sealed);
        DPP_TRY(plain);
        revealed.values[sealed.field] = QString::fromUtf8(plain->view());
    }
    // Recorded before anything is returned: a reveal that cannot be logged does not happen.
    AuditDetails details;
    details.reason(reason.category).count(static_cast<qint64>(revealed.values.size()));
    if (!reason.ticket.isEmpty())
        details.ticket(reason.ticket);
    DPP_TRY(m_vault.audit().append(
        AuditActor::of(m_vault.session()),
        {AuditAction::PiiRevealed, AuditOutcome::Allowed, kOwnerType, orderId, details}, m_vault.clock()()));
    DPP_TRY(m_vault.audit().publishHead());
    DPP_TRY(m_vault.alarms().evaluate());
    return revealed;
}

} // namespace dpp
