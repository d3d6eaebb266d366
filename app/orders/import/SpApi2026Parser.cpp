// SpApi2026Parser: Orders API 2026-01-01 getOrder and searchOrders -> OrderRecords. Amazon's PII
// list for this version: buyer.*, recipient.deliveryAddress.*, gift messages and customisation URLs.
#include "orders/import/SpApi2026Parser.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace dpp {

namespace {

class OrderReader final
{
public:
    OrderReader(const QString& fileName, JsonReader& reader, OrderCollector& collector)
        : m_fileName(fileName)
        , m_r(reader)
        , m_c(collector)
    { }

    bool read(const QJsonObject& o, const QString& path)
    {
        OrderRecord part;
        const auto orderId = m_r.text(o, path, "orderId"_L1);
        if (!orderId && !m_r.failed())
            m_r.fail(JsonReader::join(path, "orderId"_L1),
                     JsonReader::tr("missing: the part does not name its order"));
        if (m_r.failed())
            return false;
        part.orderId = *orderId;
        part.origin = m_fileName + ": "_L1 + path;
        part.purchaseDate = m_r.dateTime(o, path, "createdTime"_L1);
        part.lastUpdateDate = m_r.dateTime(o, path, "lastUpdatedTime"_L1);

        if (const auto channel = m_r.object(o, path, "salesChannel"_L1)) {
            const QString channelPath = JsonReader::join(path, "salesChannel"_L1);
            part.marketplaceId = m_r.text(*channel, channelPath, "marketplaceId"_L1);
            part.salesChannel = m_r.text(*channel, channelPath, "marketplaceName"_L1);
        }
        if (const auto buyer = m_r.object(o, path, "buyer"_L1)) {
            const QString buyerPath = JsonReader::join(path, "buyer"_L1);
            m_c.setPii(part, PiiField::BuyerName, m_r.text(*buyer, buyerPath, "buyerName"_L1));
            m_c.setPii(part, PiiField::BuyerEmail, m_r.text(*buyer, buyerPath, "buyerEmail"_L1));
            m_c.setPii(part, PiiField::BuyerCompany, m_r.text(*buyer, buyerPath, "buyerCompanyName"_L1));
            m_c.setPii(part, PiiField::PurchaseOrderNumber,
                       m_r.text(*buyer, buyerPath, "buyerPurchaseOrderNumber"_L1));
        }
        if (const auto recipient = m_r.object(o, path, "recipient"_L1))
            readRecipient(*recipient, JsonReader::join(path, "recipient"_L1), part);
        if (const auto proceeds = m_r.object(o, path, "proceeds"_L1)) {
            const QString proceedsPath = JsonReader::join(path, "proceeds"_L1);
            if (const auto total = m_r.object(*proceeds, proceedsPath, "grandTotal"_L1)) {
                const QString totalPath = JsonReader::join(proceedsPath, "grandTotal"_L1);
                part.orderTotal = m_r.text(*total, totalPath, "amount"_L1);
                part.currency = m_r.text(*total, totalPath, "currencyCode"_L1);
            }
        }
        if (const auto fulfillment = m_r.object(o, path, "fulfillment"_L1))
            readFulfillment(*fulfillment, JsonReader::join(path, "fulfillment"_L1), part);
        if (const auto tax = m_r.object(o, path, "tax"_L1))
            readTax(*tax, JsonReader::join(path, "tax"_L1), part);
        if (const auto packages = m_r.array(o, path, "packages"_L1))
            readPackages(*packages, JsonReader::join(path, "packages"_L1), part);

        OrderCollector::ItemTextList itemTexts;
        if (const auto items = m_r.array(o, path, "orderItems"_L1)) {
            const QString itemsPath = JsonReader::join(path, "orderItems"_L1);
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
    void readRecipient(const QJsonObject& recipient, const QString& path, OrderRecord& part)
    {
        if (const auto a = m_r.object(recipient, path, "deliveryAddress"_L1)) {
            const QString p = JsonReader::join(path, "deliveryAddress"_L1);
            m_c.setPii(part, PiiField::RecipientName, m_r.text(*a, p, "name"_L1));
            m_c.setPii(part, PiiField::RecipientCompany, m_r.text(*a, p, "companyName"_L1));
            m_c.setPii(part, PiiField::AddressLine1, m_r.text(*a, p, "addressLine1"_L1));
            m_c.setPii(part, PiiField::AddressLine2, m_r.text(*a, p, "addressLine2"_L1));
            m_c.setPii(part, PiiField::AddressLine3, m_r.text(*a, p, "addressLine3"_L1));
            m_c.setPii(part, PiiField::City, m_r.text(*a, p, "city"_L1));
            QStringList district;
            for (const auto key : {"districtOrCounty"_L1, "municipality"_L1}) {
                if (const auto value = m_r.text(*a, p, key))
                    district.append(*value);
            }
            if (!district.isEmpty())
                m_c.setPii(part, PiiField::District, district.join(", "_L1));
            m_c.setPii(part, PiiField::StateOrRegion, m_r.text(*a, p, "stateOrRegion"_L1));
            m_c.setPii(part, PiiField::PostalCode, m_r.text(*a, p, "postalCode"_L1));
            m_c.setPii(part, PiiField::Phone, m_r.text(*a, p, "phone"_L1));
            m_c.setPii(part, PiiField::AddressType, m_r.text(*a, p, "addressType"_L1));
            if (const auto extended = m_r.object(*a, p, "extendedFields"_L1))
                m_c.setPii(part, PiiField::AddressDetails, JsonReader::compactJson(*extended));
            part.shipCountry = m_r.text(*a, p, "countryCode"_L1);
        }
        if (const auto preference = m_r.object(recipient, path, "deliveryPreference"_L1))
            m_c.setPii(part, PiiField::DeliveryInstructions, JsonReader::compactJson(*preference));
    }

    void readFulfillment(const QJsonObject& f, const QString& path, OrderRecord& part)
    {
        if (const auto status = m_r.text(f, path, "fulfillmentStatus"_L1))
            part.status = OrderStatus::normalize(*status);
        if (const auto by = m_r.text(f, path, "fulfilledBy"_L1)) {
            if (*by == "MERCHANT"_L1)
                part.fulfillmentChannel = u"MFN"_s;
            else if (*by == "AMAZON"_L1)
                part.fulfillmentChannel = u"AFN"_s;
        }
        if (const auto window = m_r.object(f, path, "shipByWindow"_L1)) {
            const QString p = JsonReader::join(path, "shipByWindow"_L1);
            part.earliestShipDate = m_r.dateTime(*window, p, "earliestDateTime"_L1);
            part.latestShipDate = m_r.dateTime(*window, p, "latestDateTime"_L1);
        }
        if (const auto window = m_r.object(f, path, "deliverByWindow"_L1))
            part.latestDeliveryDate
                = m_r.dateTime(*window, JsonReader::join(path, "deliverByWindow"_L1), "latestDateTime"_L1);
    }

    void readTax(const QJsonObject& tax, const QString& path, OrderRecord& part)
    {
        const auto registrations = m_r.array(tax, path, "taxRegistrations"_L1);
        if (!registrations)
            return;
        // Only the buyer's registrations are the buyer's data; the merchant's and the
        // marketplace's are not.
        const QString listPath = JsonReader::join(path, "taxRegistrations"_L1);
        QJsonArray buyers;
        QStringList numbers;
        for (qsizetype i = 0; i < registrations->size(); ++i) {
            const auto entry = m_r.element(*registrations, listPath, i);
            if (!entry)
                return;
            const QString entryPath = JsonReader::join(listPath, i);
            if (m_r.text(*entry, entryPath, "entityType"_L1) != u"BUYER"_s)
                continue;
            buyers.append(*entry);
            if (const auto number = m_r.text(*entry, entryPath, "taxRegistrationNumber"_L1))
                numbers.append(*number);
            if (!part.pii.count(PiiField::BuyerCompany))
                m_c.setPii(part, PiiField::BuyerCompany, m_r.text(*entry, entryPath, "legalName"_L1));
        }
        if (!numbers.isEmpty())
            m_c.setPii(part, PiiField::BuyerTaxId, numbers.join(", "_L1));
        m_c.setPii(part, PiiField::BuyerTaxDetails, JsonReader::compactJson(buyers));
    }

    void readPackages(const QJsonArray& packages, const QString& path, OrderRecord& part)
    {
        // The order's ship time is that of its last package; the delivery status is that package's.
        std::optional<QString> lastStatus;
        for (qsizetype i = 0; i < packages.size(); ++i) {
            const auto package = m_r.element(packages, path, i);
            if (!package)
                return;
            const QString packagePath = JsonReader::join(path, i);
            const auto shipTime = m_r.dateTime(*package, packagePath, "shipTime"_L1);
            std::optional<QString> status;
            if (const auto packageStatus = m_r.object(*package, packagePath, "packageStatus"_L1))
                status = m_r.text(*packageStatus, JsonReader::join(packagePath, "packageStatus"_L1),
                                  "status"_L1);
            if (shipTime && (!part.shipTime || *shipTime >= *part.shipTime)) {
                part.shipTime = shipTime;
                if (status)
                    part.deliveryStatus = status;
            }
            if (status)
                lastStatus = status;
        }
        if (!part.deliveryStatus)
            part.deliveryStatus = lastStatus;
    }

    void readItem(const QJsonObject& item, const QString& path, OrderRecord& part,
                  OrderCollector::ItemTextList& itemTexts)
    {
        OrderItem result;
        const auto itemId = m_r.text(item, path, "orderItemId"_L1);
        if (!itemId) {
            if (!m_r.failed())
                m_r.failMissing(path, "orderItemId"_L1);
            return;
        }
        result.orderItemId = *itemId;
        result.quantityOrdered = m_r.integer(item, path, "quantityOrdered"_L1);
        if (const auto product = m_r.object(item, path, "product"_L1)) {
            const QString p = JsonReader::join(path, "product"_L1);
            result.asin = m_r.text(*product, p, "asin"_L1);
            result.title = m_r.text(*product, p, "title"_L1);
            result.sellerSku = m_r.text(*product, p, "sellerSku"_L1);
            if (const auto price = m_r.object(*product, p, "price"_L1)) {
                const QString pricePath = JsonReader::join(p, "price"_L1);
                if (const auto unit = m_r.object(*price, pricePath, "unitPrice"_L1)) {
                    const QString unitPath = JsonReader::join(pricePath, "unitPrice"_L1);
                    result.itemPrice = m_r.text(*unit, unitPath, "amount"_L1);
                    result.currency = m_r.text(*unit, unitPath, "currencyCode"_L1);
                }
            }
            if (const auto customization = m_r.object(*product, p, "customization"_L1)) {
                if (const auto url
                    = m_r.text(*customization, JsonReader::join(p, "customization"_L1), "customizedUrl"_L1))
                    itemTexts.append({*itemId, PiiField::CustomizedUrl, *url});
            }
        }
        if (const auto fulfillment = m_r.object(item, path, "fulfillment"_L1)) {
            const QString p = JsonReader::join(path, "fulfillment"_L1);
            result.quantityShipped = m_r.integer(*fulfillment, p, "quantityFulfilled"_L1);
            if (const auto packing = m_r.object(*fulfillment, p, "packing"_L1)) {
                const QString packingPath = JsonReader::join(p, "packing"_L1);
                if (const auto gift = m_r.object(*packing, packingPath, "giftOption"_L1)) {
                    if (const auto message
                        = m_r.text(*gift, JsonReader::join(packingPath, "giftOption"_L1), "giftMessage"_L1))
                        itemTexts.append({*itemId, PiiField::GiftMessage, *message});
                }
            }
        }
        part.items.append(result);
    }

    QString m_fileName;
    JsonReader& m_r;
    OrderCollector& m_c;
};

} // namespace

bool SpApi2026Parser::accepts(const QJsonObject& root)
{
    return root.contains("order"_L1) || root.contains("orders"_L1);
}

Result<ParsedOrders> SpApi2026Parser::parse(const QJsonObject& root, const ImportInput& input)
{
    JsonReader reader(input.fileName);
    OrderCollector collector(input.omit);
    OrderReader orders(input.fileName, reader, collector);
    ParsedOrders parsed;

    if (root.contains("orders"_L1)) {
        parsed.format = tr("SP-API Orders 2026-01-01 searchOrders");
        const auto list = reader.array(root, QString(), "orders"_L1);
        if (reader.failed())
            return reader.error();
        const QString listPath = u"orders"_s;
        const qsizetype count = list ? list->size() : 0;
        for (qsizetype i = 0; i < count; ++i) {
            if (i % 500 == 0 && !input.report(input.totalBytes * i / count))
                return input.cancelled();
            const auto order = reader.element(*list, listPath, i);
            if (!order || !orders.read(*order, JsonReader::join(listPath, i)))
                return reader.error();
        }
    } else {
        parsed.format = tr("SP-API Orders 2026-01-01 getOrder");
        const auto order = reader.object(root, QString(), "order"_L1);
        if (!order) {
            if (!reader.failed())
                reader.fail(u"order"_s, JsonReader::tr("missing"));
            return reader.error();
        }
        if (!orders.read(*order, u"order"_s))
            return reader.error();
    }
    if (!input.report(input.totalBytes))
        return input.cancelled();
    parsed.records = collector.take();
    return parsed;
}

} // namespace dpp
