// OrderStore: the orders of one database (issue 5). Order facts live in plain columns of the
// encrypted database; the PII fields are sealed again per order with the order's own AES-256-GCM
// data key (associated data: order id and field), and that key is stored wrapped by the PII key
// (Vault::storeDataKey), so a session without the PII key can neither import nor read PII.
// Permissions: orders.view (or orders.view-unshipped for unshipped orders) to list, orders.import
// to import, pii.reveal through Vault::authorizePii to reveal.
#pragma once

#include "common/Result.h"
#include "orders/OrderRecord.h"
#include "orders/import/OrderFileParser.h"
#include "retention/RetentionRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace dpp {

class Vault;

//! Whether an order's PII is stored: "present", "purged" (issue 6 erased it), "none" (never any).
enum class PiiState
{
    None,
    Present,
    Purged,
};

struct ImportSummary
{
    int added = 0; //!< orders new to the database
    int updated = 0; //!< orders that were there and were merged with what the file carries
    int unchanged = 0; //!< of updated: nothing differed
    int refusedFiles = 0; //!< files refused as a whole (their messages in refusals)
    int piiDropped = 0; //!< orders whose PII was purged before and was not stored again
    QStringList refusals; //!< one message per refused file (file, line or path, field; no values)
    QStringList formats; //!< per imported file: its format (ParsedOrders::format)
};

//! What the orders list filters by; empty members do not filter.
struct OrderFilter
{
    QStringList statuses; //!< OrderStatus names
    QDateTime purchasedFrom; //!< inclusive, UTC
    QDateTime purchasedTo; //!< exclusive, UTC
    QString marketplaceId;
    QString orderIdPrefix; //!< "902-" matches every order id starting so; a whole id matches one
    bool unshippedOnly = false; //!< what orders.view-unshipped may see (forced on for it)
};

enum class OrderSort
{
    PurchaseDate,
    DueDate, //!< orders without a due date last
};

//! One row of the orders list: facts and the masked buyer name; no PII.
struct OrderSummary
{
    qint64 key = 0; //!< the row's id in the database (paging key)
    QString orderId;
    QString status;
    QString fulfillmentChannel;
    QString salesChannel;
    QString marketplaceId;
    QDateTime purchaseDate; //!< invalid when unknown
    QDateTime latestShipDate;
    QDateTime shipTime;
    QString deliveryStatus;
    QString orderTotal;
    QString currency;
    QDateTime due; //!< invalid when there is no due date
    DueBasis basis = DueBasis::Incomplete;
    QDateTime basisTime;
    QString hold; //!< "", "legal", "tax", "legal,tax"
    bool needsReview = false;
    PiiState pii = PiiState::None;
    QString maskedName; //!< the recipient's (else the buyer's) name, masked; empty without PII
};

//! Where a page starts: after (or before) the row with these sort values.
struct OrderCursor
{
    qint64 sortValue = 0; //!< the row's purchase date or due date, as stored
    qint64 key = 0;
};

struct OrderPageRequest
{
    OrderFilter filter;
    OrderSort sort = OrderSort::PurchaseDate;
    bool descending = false;
    int limit = 200;
    //! Keyset paging: the rows after this cursor in sort order (before it when backwards).
    std::optional<OrderCursor> after;
    bool backwards = false;
    //! When no cursor is known (a jump): skip this many rows of the sorted list (slower, by OFFSET).
    qint64 offset = 0;
};

struct OrderPage
{
    QList<OrderSummary> rows; //!< always in sort order, also when read backwards
    QList<OrderCursor> cursors; //!< one per row, to page on from any of them
};

//! One PII field of an order for the detail pane: its masked form (always) and nothing else.
struct MaskedPii
{
    PiiField field;
    QString masked;
};

struct OrderDetail
{
    OrderSummary summary;
    std::optional<QDateTime> earliestShipDate;
    std::optional<QDateTime> latestDeliveryDate;
    std::optional<int> itemsShipped;
    std::optional<int> itemsUnshipped;
    QString shipCountry;
    QDateTime importedAt;
    QDateTime updatedAt;
    QList<OrderItem> items;
    QList<MaskedPii> pii; //!< in PiiFields::all() order
};

//! Why someone reveals an order's PII (item 3). The category is audited; so is the ticket.
struct RevealReason
{
    QString category; //!< one of OrderStore::revealCategories()
    QString ticket; //!< optional: letters, digits and - _ # . / :, at most 32 characters
};

//! Revealed values: only in memory, wiped by the caller's discarding them.
struct RevealedPii
{
    QString orderId;
    std::map<PiiField, QString> values;
};

class OrderStore final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::OrderStore)

public:
    explicit OrderStore(Vault& vault);

    /*!
     * Imports files. Each file is parsed (OrderFileParser), then stored in one transaction of its
     * own: a file that fails to parse or store changes nothing and is counted in refusedFiles with
     * its message; the others are imported. An order already stored is merged (facts replaced by
     * what the file carries, PII fields re-sealed with the order's data key); nothing is
     * duplicated. The PII of an order purged before is not stored again (piiDropped). Due dates
     * are computed (RetentionRules). Needs orders.import and the PII key (checked before any
     * file is read). Progress covers all files; a cancel rolls back the file being imported and
     * stops (ErrorCode::Cancelled; the files before it stay imported and are in the summary).
     * Omitted fields come from the setting import.omit_fields. Audited: one row per file with the
     * counts.
     */
    Result<ImportSummary> importFiles(const QStringList& paths, const ImportProgress& progress = {});
    //! The same for records already parsed (demo data, tests): one transaction.
    Result<ImportSummary> importRecords(const std::vector<OrderRecord>& records,
                                        const ImportProgress& progress = {});

    //! One page of the list. Needs orders.view, or orders.view-unshipped (then unshipped only).
    Result<OrderPage> page(const OrderPageRequest& request);
    //! How many orders match the filter (same permission as page).
    Result<qint64> count(const OrderFilter& filter);
    //! The marketplaces present, for the filter's list.
    Result<QStringList> marketplaces();
    //! Facts, items and masked PII of one order (same permission as page).
    Result<OrderDetail> detail(const QString& orderId);

    /*!
     * Decrypts one order's PII: Vault::authorizePii(pii.reveal) (permission, kill switch, PII
     * key, step-up), a known reason category and a valid ticket. Audited as pii.revealed with
     * the order id, reason category and ticket (never the values), and the alarm rules run
     * (a canary order raises a critical alarm). NotFound for an unknown order or one without PII.
     */
    Result<RevealedPii> reveal(const QString& orderId, const RevealReason& reason);

    //! The reason categories a reveal may name: "fulfilment", "customer-service", "returns",
    //! "legal-request", "tax-invoice", "investigation".
    static QStringList revealCategories();
    static QString revealCategoryDisplayName(const QString& category); //!< translated
    static bool isValidTicket(const QString& ticket);

    //! Fields left out at import (setting import.omit_fields, comma-separated PiiFields names).
    Result<std::set<PiiField>> omittedFields() const;
    //! Changes them. Needs retention.manage (the DPO's data minimisation). Audited.
    Result<void> setOmittedFields(const std::set<PiiField>& fields);

    static QString piiStateName(PiiState state); //!< "present", "purged", "none"

    //! The stored value of "no due date", sorting after every real one.
    static constexpr qint64 NoDueDate = 253402300799; //!< 9999-12-31T23:59:59Z
    //! The stored value of "purchase date unknown", sorting before every real one.
    static constexpr qint64 UnknownPurchaseDate = -62135596800; //!< 0001-01-01T00:00:00Z

private:
    Vault& m_vault;
};

} // namespace dpp
