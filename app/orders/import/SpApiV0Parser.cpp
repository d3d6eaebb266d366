// SpApiV0Parser: Orders API v0 responses -> OrderRecords (fields per ordersV0.json, PII per
// orders-pii-fields.md).
#include "orders/import/SpApiV0Parser.h"

#include <QJsonDocument>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace dpp {

namespace {

// Reads one part (an Order, an OrderAddress, an OrderBuyerInfo, ...) into an OrderRecord.
class PartReader final
{
public:
    PartReader(const QString& fileName, JsonReader& reader, OrderCollector& collector)
        : m_fileName(fileName)
        , m_r(reader)
        , m_c(collector)
    { }

    //! Reads the part at path; false (with the reader's error set) if it is malformed.
    bool read(const QJsonObject& o, const QString& path)
    {
        OrderRecord part;
        const std::optional<QString> orderId = m_r.text(o, path, "AmazonOrderId"_L1);
        if (!orderId && !m_r.failed())
            m_r.fail(JsonReader::join(path, "AmazonOrderId"_L1),
                     JsonReader::tr("missing: the part does not name its order"));
        if (m_r.failed())
            return false;
        part.orderId = *orderId;
        part.origin = m_fileName + ": "_L1 + path;

        readOrderFacts(o, path, part);
        if (const auto address = m_r.object(o, path, "ShippingAddress"_L1))
            readAddress(*address, JsonReader::join(path, "ShippingAddress"_L1), part);
        // The seller's own DefaultShipFromLocationAddress is not buyer data: never read.
        // Order.BuyerInfo, or getOrderBuyerInfo's payload with the same members at the top.
        if (const auto buyer = m_r.object(o, path, "BuyerInfo"_L1))
            readBuyerInfo(*buyer, JsonReader::join(path, "BuyerInfo"_L1), part);
        readBuyerInfo(o, path, part);
        // getOrderAddress
        if (const auto preferences = m_r.object(o, path, "DeliveryPreferences"_L1))
            m_c.setPii(part, PiiField::DeliveryInstructions, JsonReader::compactJson(*preferences));
        // getOrderRegulatedInfo
        if (const auto regulated = m_r.object(o, path, "RegulatedInformation"_L1)) {
            const QString regulatedPath = JsonReader::join(path, "RegulatedInformation"_L1);
            if (const auto fields = m_r.array(*regulated, regulatedPath, "Fields"_L1))
                m_c.setPii(part, PiiField::RegulatedInformation, JsonReader::compactJson(*regulated));
        }
        OrderCollector::ItemTextList itemTexts;
        if (const auto items = m_r.array(o, path, "OrderItems"_L1)) {
            const QString itemsPath = JsonReader::join(path, "OrderItems"_L1);
            for (qsizetype i = 0; i < items->size() && !m_r.failed(); ++i) {
                if (const auto item = m_r.element(*items, itemsPath, i))
                    readItem(*item, JsonReader::join(itemsPath, i), part, itemTexts);
            }
        }
        if (m_r.failed())
            return false;
        m_c.add(part, itemTexts);
        return true;
    }

private:
    void readOrderFacts(const QJsonObject& o, const QString& path, OrderRecord& part)
    {
        if (const auto status = m_r.text(o, path, "OrderStatus"_L1))
            part.status = OrderStatus::normalize(*status);
        part.fulfillmentChannel = m_r.text(o, path, "FulfillmentChannel"_L1);
        part.salesChannel = m_r.text(o, path, "SalesChannel"_L1);
        part.marketplaceId = m_r.text(o, path, "MarketplaceId"_L1);
        part.purchaseDate = m_r.dateTime(o, path, "PurchaseDate"_L1);
        part.lastUpdateDate = m_r.dateTime(o, path, "LastUpdateDate"_L1);
        part.earliestShipDate = m_r.dateTime(o, path, "EarliestShipDate"_L1);
        part.latestShipDate = m_r.dateTime(o, path, "LatestShipDate"_L1);
        part.latestDeliveryDate = m_r.dateTime(o, path, "LatestDeliveryDate"_L1);
        part.itemsShipped = m_r.integer(o, path, "NumberOfItemsShipped"_L1);
        part.itemsUnshipped = m_r.integer(o, path, "NumberOfItemsUnshipped"_L1);
        if (const auto total = m_r.object(o, path, "OrderTotal"_L1)) {
            const QString totalPath = JsonReader::join(path, "OrderTotal"_L1);
            part.orderTotal = m_r.text(*total, totalPath, "Amount"_L1);
            part.currency = m_r.text(*total, totalPath, "CurrencyCode"_L1);
        }
        if (const auto tax = m_r.object(o, path, "BuyerTaxInformation"_L1)) {
            // Turkey: Order.BuyerTaxInformation
            const QString taxPath = JsonReader::join(path, "BuyerTaxInformation"_L1);
            if (!part.pii.count(PiiField::BuyerCompany))
                m_c.setPii(part, PiiField::BuyerCompany, m_r.text(*tax, taxPath, "BuyerLegalCompanyName"_L1));
            m_c.setPii(part, PiiField::BuyerTaxId, m_r.text(*tax, taxPath, "BuyerTaxRegistrationId"_L1));
            QJsonObject rest = *tax;
            rest.remove("BuyerLegalCompanyName"_L1);
            rest.remove("BuyerTaxRegistrationId"_L1);
            addTaxDetails(part, rest);
        }
    }

    void readAddress(const QJsonObject& a, const QString& path, OrderRecord& part)
    {
        m_c.setPii(part, PiiField::RecipientName, m_r.text(a, path, "Name"_L1));
        m_c.setPii(part, PiiField::RecipientCompany, m_r.text(a, path, "CompanyName"_L1));
        m_c.setPii(part, PiiField::AddressLine1, m_r.text(a, path, "AddressLine1"_L1));
        m_c.setPii(part, PiiField::AddressLine2, m_r.text(a, path, "AddressLine2"_L1));
        m_c.setPii(part, PiiField::AddressLine3, m_r.text(a, path, "AddressLine3"_L1));
        m_c.setPii(part, PiiField::City, m_r.text(a, path, "City"_L1));
        QStringList district;
        for (const auto key : {"County"_L1, "District"_L1, "Municipality"_L1}) {
            if (const auto value = m_r.text(a, path, key))
                district.append(*value);
        }
        if (!district.isEmpty())
            m_c.setPii(part, PiiField::District, district.join(", "_L1));
        m_c.setPii(part, PiiField::StateOrRegion, m_r.text(a, path, "StateOrRegion"_L1));
        m_c.setPii(part, PiiField::PostalCode, m_r.text(a, path, "PostalCode"_L1));
        m_c.setPii(part, PiiField::Phone, m_r.text(a, path, "Phone"_L1));
        m_c.setPii(part, PiiField::AddressType, m_r.text(a, path, "AddressType"_L1));
        if (const auto extended = m_r.object(a, path, "ExtendedFields"_L1))
            m_c.setPii(part, PiiField::AddressDetails, JsonReader::compactJson(*extended));
        part.shipCountry = m_r.text(a, path, "CountryCode"_L1); // not sealed: needed for the rules
    }

    void readBuyerInfo(const QJsonObject& b, const QString& path, OrderRecord& part)
    {
        m_c.setPii(part, PiiField::BuyerName, m_r.text(b, path, "BuyerName"_L1));
        m_c.setPii(part, PiiField::BuyerEmail, m_r.text(b, path, "BuyerEmail"_L1));
        m_c.setPii(part, PiiField::BuyerCounty, m_r.text(b, path, "BuyerCounty"_L1));
        m_c.setPii(part, PiiField::PurchaseOrderNumber, m_r.text(b, path, "PurchaseOrderNumber"_L1));
        // getOrderAddress: the buyer's company, which wins over the legal names below.
        m_c.setPii(part, PiiField::BuyerCompany, m_r.text(b, path, "BuyerCompanyName"_L1));
        const auto tax = m_r.object(b, path, "BuyerTaxInfo"_L1);
        if (!tax)
            return;
        const QString taxPath = JsonReader::join(path, "BuyerTaxInfo"_L1);
        const auto legalName = m_r.text(*tax, taxPath, "CompanyLegalName"_L1);
        if (!part.pii.count(PiiField::BuyerCompany))
            m_c.setPii(part, PiiField::BuyerCompany, legalName);
        if (const auto classifications = m_r.array(*tax, taxPath, "TaxClassifications"_L1)) {
            const QString listPath = JsonReader::join(taxPath, "TaxClassifications"_L1);
            // Turkey's BuyerTaxRegistrationId (read before) and these may both be there: keep both.
            QStringList values;
            if (const auto known = part.pii.find(PiiField::BuyerTaxId); known != part.pii.end())
                values.append(known->second);
            for (qsizetype i = 0; i < classifications->size(); ++i) {
                if (const auto entry = m_r.element(*classifications, listPath, i)) {
                    if (const auto value = m_r.text(*entry, JsonReader::join(listPath, i), "Value"_L1))
                        values.append(*value);
                }
            }
            if (!values.isEmpty())
                m_c.setPii(part, PiiField::BuyerTaxId, values.join(", "_L1));
        }
        QJsonObject rest = *tax;
        rest.remove("CompanyLegalName"_L1);
        rest.remove("TaxClassifications"_L1);
        addTaxDetails(part, rest);
    }

    void addTaxDetails(OrderRecord& part, const QJsonObject& rest)
    {
        if (rest.isEmpty())
            return;
        // BuyerTaxInfo and BuyerTaxInformation may both be there: one object of what is left.
        QJsonObject details;
        const auto it = part.pii.find(PiiField::BuyerTaxDetails);
        if (it != part.pii.end())
            details = QJsonDocument::fromJson(it->second.toUtf8()).object();
        for (auto member = rest.begin(); member != rest.end(); ++member)
            details.insert(member.key(), member.value());
        m_c.setPii(part, PiiField::BuyerTaxDetails, JsonReader::compactJson(details));
    }

    void readItem(const QJsonObject& item, const QString& path, OrderRecord& part,
                  OrderCollector::ItemTextList& itemTexts)
    {
        OrderItem result;
        const auto itemId = m_r.text(item, path, "OrderItemId"_L1);
        if (!itemId) {
            if (!m_r.failed())
                m_r.failMissing(path, "OrderItemId"_L1);
            return;
        }
        result.orderItemId = *itemId;
        result.asin = m_r.text(item, path, "ASIN"_L1);
        result.sellerSku = m_r.text(item, path, "SellerSKU"_L1);
        result.title = m_r.text(item, path, "Title"_L1);
        result.quantityOrdered = m_r.integer(item, path, "QuantityOrdered"_L1);
        result.quantityShipped = m_r.integer(item, path, "QuantityShipped"_L1);
        if (const auto price = m_r.object(item, path, "ItemPrice"_L1)) {
            const QString pricePath = JsonReader::join(path, "ItemPrice"_L1);
            result.itemPrice = m_r.text(*price, pricePath, "Amount"_L1);
            result.currency = m_r.text(*price, pricePath, "CurrencyCode"_L1);
        }
        part.items.append(result);

        // getOrderItems nests the buyer's item data in BuyerInfo; getOrderItemsBuyerInfo has it
        // in the item itself.
        const auto readTexts = [&](const QJsonObject& info, const QString& infoPath) {
            if (const auto gift = m_r.text(info, infoPath, "GiftMessageText"_L1))
                itemTexts.append({*itemId, PiiField::GiftMessage, *gift});
            if (const auto customized = m_r.object(info, infoPath, "BuyerCustomizedInfo"_L1)) {
                if (const auto url
                    = m_r.text(*customized, JsonReader::join(infoPath, "BuyerCustomizedInfo"_L1),
                               "CustomizedURL"_L1))
                    itemTexts.append({*itemId, PiiField::CustomizedUrl, *url});
            }
        };
        readTexts(item, path);
        if (const auto buyer = m_r.object(item, path, "BuyerInfo"_L1))
            readTexts(*buyer, JsonReader::join(path, "BuyerInfo"_L1));
    }

    QString m_fileName;
    JsonReader& m_r;
    OrderCollector& m_c;
};

QString partFormat(const QJsonObject& payload)
{
    if (payload.contains("Orders"_L1))
        return SpApiV0Parser::tr("SP-API Orders v0 getOrders");
    if (payload.contains("OrderItems"_L1)) {
        const QJsonArray items = payload.value("OrderItems"_L1).toArray();
        const bool full = std::any_of(items.begin(), items.end(), [](const QJsonValue& item) {
            return item.toObject().contains("ASIN"_L1) || item.toObject().contains("QuantityOrdered"_L1);
        });
        return full ? SpApiV0Parser::tr("SP-API Orders v0 getOrderItems")
                    : SpApiV0Parser::tr("SP-API Orders v0 getOrderItemsBuyerInfo");
    }
    if (payload.contains("RegulatedInformation"_L1))
        return SpApiV0Parser::tr("SP-API Orders v0 getOrderRegulatedInfo");
    if (payload.contains("PurchaseDate"_L1) || payload.contains("OrderStatus"_L1))
        return SpApiV0Parser::tr("SP-API Orders v0 getOrder");
    if (payload.contains("ShippingAddress"_L1) || payload.contains("DeliveryPreferences"_L1))
        return SpApiV0Parser::tr("SP-API Orders v0 getOrderAddress");
    if (payload.contains("BuyerEmail"_L1) || payload.contains("BuyerName"_L1))
        return SpApiV0Parser::tr("SP-API Orders v0 getOrderBuyerInfo");
    return SpApiV0Parser::tr("SP-API Orders v0");
}

} // namespace

bool SpApiV0Parser::accepts(const QJsonObject& root)
{
    return root.contains("payload"_L1);
}

Result<ParsedOrders> SpApiV0Parser::parse(const QJsonObject& root, const ImportInput& input)
{
    JsonReader reader(input.fileName);
    OrderCollector collector(input.omit);
    PartReader parts(input.fileName, reader, collector);
    const QString payloadPath = u"payload"_s;

    const auto payload = reader.object(root, QString(), "payload"_L1);
    if (!payload) {
        if (!reader.failed())
            reader.fail(payloadPath, tr("missing"));
        return reader.error();
    }
    ParsedOrders parsed;
    parsed.format = partFormat(*payload);

    if (payload->contains("Orders"_L1)) {
        const auto orders = reader.array(*payload, payloadPath, "Orders"_L1);
        if (reader.failed())
            return reader.error();
        const QString ordersPath = JsonReader::join(payloadPath, "Orders"_L1);
        const qsizetype count = orders ? orders->size() : 0;
        for (qsizetype i = 0; i < count; ++i) {
            // The document is parsed already; progress goes by orders read.
            if (i % 500 == 0 && !input.report(input.totalBytes * i / count))
                return input.cancelled();
            const auto order = reader.element(*orders, ordersPath, i);
            if (!order || !parts.read(*order, JsonReader::join(ordersPath, i)))
                return reader.error();
        }
    } else if (!parts.read(*payload, payloadPath)) {
        return reader.error();
    }
    if (!input.report(input.totalBytes))
        return input.cancelled();
    parsed.records = collector.take();
    return parsed;
}

} // namespace dpp
