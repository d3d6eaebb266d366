// Tests of the order file parsers (OrderFileParser) and of OrderRecord's merging and statuses:
// Amazon's own published examples (ordersV0.json's, orders_2026-01-01.json's) and the public
// flat-file samples in ../shared/reference/spapi, compared against the files themselves, and
// synthetic files for the quirks and the refusals. Every buyer in the synthetic data is made up.
#include "TestSupport.h"
#include "orders/OrderRecord.h"
#include "orders/import/OrderFileParser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dpp;
using namespace Qt::StringLiterals;

namespace {

QString examplesDir()
{
    return test::referenceDir() + u"/spapi/orders-examples"_s;
}

QString flatFileDir()
{
    return test::referenceDir() + u"/spapi/flatfile-samples"_s;
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(test::fileBytes(path)).object();
}

QDateTime isoDate(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

const OrderRecord* findRecord(const ParsedOrders& parsed, const QString& orderId)
{
    for (const OrderRecord& record : parsed.records) {
        if (record.orderId == orderId)
            return &record;
    }
    return nullptr;
}

std::optional<QString> pii(const OrderRecord& record, PiiField field)
{
    const auto it = record.pii.find(field);
    if (it == record.pii.end())
        return std::nullopt;
    return it->second;
}

const OrderItem* findItem(const OrderRecord& record, const QString& itemId)
{
    for (const OrderItem& item : record.items) {
        if (item.orderItemId == itemId)
            return &item;
    }
    return nullptr;
}

// The example of one 200 response of orders_2026-01-01.json, as Amazon publishes it.
QByteArray model2026Example(const QString& apiPath)
{
    const QJsonObject model
        = readJson(test::referenceDir() + u"/spapi/spapi-models/orders_2026-01-01.json"_s);
    const QJsonObject example = model.value("paths"_L1)
                                    .toObject()
                                    .value(apiPath)
                                    .toObject()
                                    .value("get"_L1)
                                    .toObject()
                                    .value("responses"_L1)
                                    .toObject()
                                    .value("200"_L1)
                                    .toObject()
                                    .value("examples"_L1)
                                    .toObject()
                                    .value("application/json"_L1)
                                    .toObject();
    return QJsonDocument(example).toJson();
}

// Checks a v0 part (an Order of getOrders, or the payload of another operation) against the
// record the parser made of it.
void compareV0Part(const QJsonObject& part, const OrderRecord& record, const QString& file)
{
    const QByteArray where = file.toUtf8();
    QVERIFY2(record.orderId == part.value("AmazonOrderId"_L1).toString(), where);
    QVERIFY2(!record.origin.isEmpty() && record.origin.startsWith(file), where);
    if (part.contains("PurchaseDate"_L1))
        QVERIFY2(record.purchaseDate == isoDate(part.value("PurchaseDate"_L1)), where);
    if (part.contains("LatestShipDate"_L1))
        QVERIFY2(record.latestShipDate == isoDate(part.value("LatestShipDate"_L1)), where);
    if (part.contains("OrderStatus"_L1))
        QVERIFY2(record.status == part.value("OrderStatus"_L1).toString(), where);
    if (part.contains("FulfillmentChannel"_L1))
        QVERIFY2(record.fulfillmentChannel == part.value("FulfillmentChannel"_L1).toString(), where);
    if (part.contains("MarketplaceId"_L1))
        QVERIFY2(record.marketplaceId == part.value("MarketplaceId"_L1).toString(), where);
    if (part.contains("NumberOfItemsUnshipped"_L1))
        QVERIFY2(record.itemsUnshipped == part.value("NumberOfItemsUnshipped"_L1).toInt(), where);
    if (part.contains("OrderTotal"_L1))
        QVERIFY2(record.orderTotal == part.value("OrderTotal"_L1).toObject().value("Amount"_L1).toString(),
                 where);

    if (part.contains("ShippingAddress"_L1)) {
        const QJsonObject address = part.value("ShippingAddress"_L1).toObject();
        QVERIFY2(pii(record, PiiField::RecipientName) == address.value("Name"_L1).toString(), where);
        QVERIFY2(pii(record, PiiField::AddressLine1) == address.value("AddressLine1"_L1).toString(), where);
        QVERIFY2(pii(record, PiiField::City) == address.value("City"_L1).toString(), where);
        QVERIFY2(pii(record, PiiField::PostalCode) == address.value("PostalCode"_L1).toString(), where);
        QVERIFY2(record.shipCountry == address.value("CountryCode"_L1).toString(), where);
        if (address.contains("Phone"_L1))
            QVERIFY2(pii(record, PiiField::Phone) == address.value("Phone"_L1).toString(), where);
    } else {
        // The seller's own DefaultShipFromLocationAddress is not the buyer's.
        QVERIFY2(!pii(record, PiiField::RecipientName) && !pii(record, PiiField::Phone), where);
        QVERIFY2(!record.shipCountry, where);
    }
    const QJsonObject buyer = part.contains("BuyerInfo"_L1) ? part.value("BuyerInfo"_L1).toObject() : part;
    if (buyer.contains("BuyerEmail"_L1))
        QVERIFY2(pii(record, PiiField::BuyerEmail) == buyer.value("BuyerEmail"_L1).toString(), where);
    if (buyer.contains("BuyerName"_L1))
        QVERIFY2(pii(record, PiiField::BuyerName) == buyer.value("BuyerName"_L1).toString(), where);
    if (buyer.contains("PurchaseOrderNumber"_L1))
        QVERIFY2(pii(record, PiiField::PurchaseOrderNumber)
                     == buyer.value("PurchaseOrderNumber"_L1).toString(),
                 where);

    if (part.contains("OrderItems"_L1)) {
        const QJsonArray items = part.value("OrderItems"_L1).toArray();
        QVERIFY2(record.items.size() == items.size(), where);
        QStringList gifts;
        QStringList urls;
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const QString itemId = item.value("OrderItemId"_L1).toString();
            const OrderItem* parsed = findItem(record, itemId);
            QVERIFY2(parsed, where);
            if (item.contains("ASIN"_L1))
                QVERIFY2(parsed->asin == item.value("ASIN"_L1).toString(), where);
            if (item.contains("QuantityOrdered"_L1))
                QVERIFY2(parsed->quantityOrdered == item.value("QuantityOrdered"_L1).toInt(), where);
            if (item.contains("ItemPrice"_L1))
                QVERIFY2(parsed->itemPrice
                             == item.value("ItemPrice"_L1).toObject().value("Amount"_L1).toString(),
                         where);
            const QJsonObject info
                = item.contains("BuyerInfo"_L1) ? item.value("BuyerInfo"_L1).toObject() : item;
            if (info.contains("GiftMessageText"_L1))
                gifts.append(itemId + ": "_L1 + info.value("GiftMessageText"_L1).toString());
            const QString url
                = info.value("BuyerCustomizedInfo"_L1).toObject().value("CustomizedURL"_L1).toString();
            if (!url.isEmpty())
                urls.append(itemId + ": "_L1 + url);
        }
        QVERIFY2(pii(record, PiiField::GiftMessage).value_or(QString()) == gifts.join(u'\n'), where);
        QVERIFY2(pii(record, PiiField::CustomizedUrl).value_or(QString()) == urls.join(u'\n'), where);
    }
    if (part.contains("RegulatedInformation"_L1)) {
        const QJsonObject regulated = part.value("RegulatedInformation"_L1).toObject();
        const QString expected = QString::fromUtf8(QJsonDocument(regulated).toJson(QJsonDocument::Compact));
        QVERIFY2(pii(record, PiiField::RegulatedInformation) == expected, where);
    }
    for (const auto& [field, value] : record.pii)
        QVERIFY2(!value.isEmpty(), where);
}

// A parse that must fail: the message names the place and holds none of the secrets.
void expectRefusal(const Result<ParsedOrders>& result, const QString& place, const QStringList& secrets)
{
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
    const QString message = result.error().message();
    QVERIFY2(message.contains(place), qPrintable(message));
    for (const QString& secret : secrets)
        QVERIFY2(!message.contains(secret),
                 qPrintable(u"a value of the file is in the message: "_s + message));
}

} // namespace

class TestOrderParsers final : public QObject
{
    Q_OBJECT

private slots:
    void orderStatusNormalize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status"); // empty: unknown
        QTest::newRow("v0") << u"PartiallyShipped"_s << u"PartiallyShipped"_s;
        QTest::newRow("2026 shipped") << u"SHIPPED"_s << u"Shipped"_s;
        QTest::newRow("2026 partly") << u"PARTIALLY_SHIPPED"_s << u"PartiallyShipped"_s;
        QTest::newRow("2026 pending availability") << u"PENDING_AVAILABILITY"_s << u"PendingAvailability"_s;
        QTest::newRow("2026 cancelled") << u"CANCELLED"_s << u"Canceled"_s;
        QTest::newRow("flat cancelled") << u"Cancelled"_s << u"Canceled"_s;
        QTest::newRow("flat delivered") << u"Shipped - Delivered to Buyer"_s << u"Shipped"_s;
        QTest::newRow("flat shipping") << u"Shipping"_s << u"Unshipped"_s;
        QTest::newRow("unknown") << u"Teleported"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void orderStatusNormalize()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QCOMPARE(OrderStatus::normalize(text).value_or(QString()), status);
    }

    void orderStatusClasses()
    {
        QCOMPARE(OrderStatus::all().size(), 8);
        for (const QString& status : OrderStatus::all()) {
            const int classes = int(OrderStatus::isShipped(status)) + int(OrderStatus::isCancelled(status))
                + int(OrderStatus::isAwaitingShipment(status));
            QCOMPARE(classes, status == QLatin1String(OrderStatus::Unfulfillable) ? 0 : 1);
        }
        QVERIFY(OrderStatus::isShipped(u"InvoiceUnconfirmed"_s));
        QVERIFY(!OrderStatus::isShipped(u"PartiallyShipped"_s));
        QVERIFY(OrderStatus::isAwaitingShipment(u"PartiallyShipped"_s));
    }

    void mergeNeverErases()
    {
        OrderRecord order;
        order.orderId = u"111-0000000-0000001"_s;
        order.origin = u"a.json: payload"_s;
        order.status = u"Unshipped"_s;
        order.latestShipDate = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc());
        order.items.append(
            OrderItem{u"1"_s, u"B000000001"_s, std::nullopt, std::nullopt, 1, 0, std::nullopt, std::nullopt});
        order.pii[PiiField::RecipientName] = u"Testa Person"_s;

        OrderRecord address;
        address.orderId = order.orderId;
        address.origin = u"b.json: payload"_s;
        address.pii[PiiField::RecipientName] = u"Testa Other"_s;
        address.pii[PiiField::City] = u"Testville"_s;
        address.items.append(OrderItem{u"1"_s, std::nullopt, u"SKU-1"_s, std::nullopt, std::nullopt, 1,
                                       std::nullopt, std::nullopt});
        address.items.append(OrderItem{u"2"_s, u"B000000002"_s, std::nullopt, std::nullopt, 2, std::nullopt,
                                       std::nullopt, std::nullopt});
        address.status = u"Shipped"_s;
        order.mergeFrom(address);

        QCOMPARE(order.origin, u"a.json: payload"_s);
        QCOMPARE(order.status, u"Shipped"_s);
        QVERIFY(order.latestShipDate); // not erased by a part that lacks it
        QCOMPARE(order.items.size(), 2);
        QCOMPARE(order.items[0].asin, u"B000000001"_s);
        QCOMPARE(order.items[0].sellerSku, u"SKU-1"_s);
        QCOMPARE(order.items[0].quantityOrdered, 1);
        QCOMPARE(order.items[0].quantityShipped, 1);
        QCOMPARE(order.pii.at(PiiField::RecipientName), u"Testa Other"_s);
        QCOMPARE(order.pii.at(PiiField::City), u"Testville"_s);
    }

    void v0Examples_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(examplesDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        int count = 0;
        for (const QString& file : files) {
            if (file.endsWith(".request.json"_L1) || file.contains("error400"_L1)
                || file == "getOrderItemsBuyerInfo-response-doc-example.json"_L1)
                continue;
            QTest::newRow(qPrintable(file)) << file;
            ++count;
        }
        QVERIFY2(count >= 19, "the orders examples are missing (DPP_REFERENCE_DIR)");
    }

    void v0Examples()
    {
        QFETCH(QString, file);
        const QString path = examplesDir() + u'/' + file;
        const auto parsed = OrderFileParser::parseFile(path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QVERIFY(parsed->format.startsWith("SP-API Orders v0"_L1));
        const QJsonObject payload = readJson(path).value("payload"_L1).toObject();
        if (payload.contains("Orders"_L1)) {
            const QJsonArray orders = payload.value("Orders"_L1).toArray();
            QCOMPARE(parsed->records.size(), std::size_t(orders.size()));
            for (qsizetype i = 0; i < orders.size(); ++i) {
                const QJsonObject order = orders[i].toObject();
                const OrderRecord* record
                    = findRecord(parsed.value(), order.value("AmazonOrderId"_L1).toString());
                QVERIFY(record);
                compareV0Part(order, *record, file);
            }
        } else {
            QCOMPARE(parsed->records.size(), std::size_t(1));
            compareV0Part(payload, parsed->records.front(), file);
        }
    }

    void v0Literals()
    {
        const auto order = OrderFileParser::parseFile(examplesDir() + u"/getOrder-response-2.json"_s);
        QVERIFY(order.ok());
        QCOMPARE(order->format, u"SP-API Orders v0 getOrder"_s);
        const OrderRecord& de = order->records.front();
        QCOMPARE(de.orderId, u"921-3175655-0452641"_s);
        QCOMPARE(de.purchaseDate, QDateTime(QDate(2019, 5, 7), QTime(15, 42, 57, 58), QTimeZone::utc()));
        QCOMPARE(de.status, u"Shipped"_s);
        QVERIFY(OrderStatus::isShipped(*de.status));
        QCOMPARE(de.fulfillmentChannel, u"AFN"_s);
        QCOMPARE(de.salesChannel, u"Amazon.de"_s);
        QCOMPARE(de.orderTotal, u"100.00"_s);
        QCOMPARE(de.currency, u"EUR"_s);
        QVERIFY(de.pii.empty()); // only the seller's own address is in it

        const auto address
            = OrderFileParser::parseFile(examplesDir() + u"/getOrderAddress-response-1.json"_s);
        QVERIFY(address.ok());
        QCOMPARE(address->format, u"SP-API Orders v0 getOrderAddress"_s);
        QCOMPARE(address->records.front().shipCountry, u"US"_s);
        QCOMPARE(pii(address->records.front(), PiiField::AddressType), u"Commercial"_s);

        const auto items
            = OrderFileParser::parseFile(examplesDir() + u"/getOrderItemsBuyerInfo-response-1.json"_s);
        QVERIFY(items.ok());
        QCOMPARE(items->format, u"SP-API Orders v0 getOrderItemsBuyerInfo"_s);
        QCOMPARE(pii(items->records.front(), PiiField::GiftMessage), u"68828574383266: Et toi!"_s);

        const auto buyer
            = OrderFileParser::parseFile(examplesDir() + u"/getOrderBuyerInfo-response-doc-example.json"_s);
        QVERIFY(buyer.ok());
        QCOMPARE(pii(buyer->records.front(), PiiField::BuyerCompany), u"Company Name"_s);
    }

    // Parts of one order in one file (as a person may save them together) become one record.
    void v0PartsMerge()
    {
        QJsonObject order
            = readJson(examplesDir() + u"/getOrder-response-1.json"_s).value("payload"_L1).toObject();
        QJsonObject address
            = readJson(examplesDir() + u"/getOrderAddress-response-1.json"_s).value("payload"_L1).toObject();
        QJsonObject items
            = readJson(examplesDir() + u"/getOrderItems-response-1.json"_s).value("payload"_L1).toObject();
        QCOMPARE(order.value("AmazonOrderId"_L1), address.value("AmazonOrderId"_L1));
        order.insert("ShippingAddress"_L1, address.value("ShippingAddress"_L1));
        QJsonObject second = items;
        second.insert("BuyerInfo"_L1, QJsonObject{{"BuyerEmail"_L1, u"synthetic@example.invalid"_s}});
        const QJsonObject doc{{"payload"_L1, QJsonObject{{"Orders"_L1, QJsonArray{order, second}}}}};
        const auto parsed = OrderFileParser::parse(QJsonDocument(doc).toJson(), u"merged.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->records.size(), std::size_t(1));
        const OrderRecord& record = parsed->records.front();
        QCOMPARE(record.origin, u"merged.json: payload.Orders[0]"_s);
        QCOMPARE(record.status, u"Unshipped"_s);
        QCOMPARE(pii(record, PiiField::City), u"SEATTLE"_s);
        QCOMPARE(pii(record, PiiField::BuyerEmail), u"synthetic@example.invalid"_s);
        QCOMPARE(record.items.size(), 1);
        QCOMPARE(record.items.front().sellerSku, u"NABetaASINB00551Q3CS"_s);
    }

    // The composite fields of orders-pii-fields.md, on a synthetic order.
    void v0CompositeFields()
    {
        const QByteArray data = R"({"payload": {"Orders": [{
            "AmazonOrderId": "111-0000000-0000020", "OrderStatus": "InvoiceUnconfirmed",
            "ShippingAddress": {"Name": "Testa Person", "County": "Test County", "District": "Testdistrict",
                                "Municipality": "Testmun", "CountryCode": "BR", "Phone": "",
                                "ExtendedFields": {"StreetName": "Rua Teste", "StreetNumber": "1"}},
            "DefaultShipFromLocationAddress": {"Name": "Seller Staff", "Phone": "+1 000"},
            "BuyerInfo": {"BuyerCounty": "Testcounty",
                          "BuyerTaxInfo": {"CompanyLegalName": "Testa Ltda", "TaxingRegion": "SP",
                                           "TaxClassifications": [{"Name": "CSCPF", "Value": "000.000.000-00"}]}},
            "BuyerTaxInformation": {"BuyerTaxOffice": "Test Office", "BuyerTaxRegistrationId": "T-1"}},
            {"AmazonOrderId": "111-0000000-0000020",
             "OrderItems": [{"OrderItemId": "7", "BuyerInfo": {"GiftMessageText": "Line one\nline two"}},
                            {"OrderItemId": "8", "BuyerInfo": {"GiftMessageText": "Hi"}}]}]}})";
        const auto parsed = OrderFileParser::parse(data, u"composite.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->records.size(), std::size_t(1));
        const OrderRecord& record = parsed->records.front();
        QCOMPARE(record.status, u"InvoiceUnconfirmed"_s);
        QCOMPARE(record.shipCountry, u"BR"_s);
        QCOMPARE(pii(record, PiiField::District), u"Test County, Testdistrict, Testmun"_s);
        QCOMPARE(pii(record, PiiField::AddressDetails),
                 u"{\"StreetName\":\"Rua Teste\",\"StreetNumber\":\"1\"}"_s);
        QVERIFY(!pii(record, PiiField::Phone)); // "" is absent; the seller's phone is not read
        QCOMPARE(pii(record, PiiField::BuyerCounty), u"Testcounty"_s);
        QCOMPARE(pii(record, PiiField::BuyerCompany), u"Testa Ltda"_s);
        QCOMPARE(pii(record, PiiField::BuyerTaxId), u"T-1, 000.000.000-00"_s);
        QCOMPARE(pii(record, PiiField::BuyerTaxDetails),
                 u"{\"BuyerTaxOffice\":\"Test Office\",\"TaxingRegion\":\"SP\"}"_s);
        QCOMPARE(pii(record, PiiField::GiftMessage), u"7: Line one line two\n8: Hi"_s);
        for (const auto& [field, value] : record.pii)
            QVERIFY(!value.contains("Seller Staff"_L1));
    }

    void v0DocExampleWithoutOrderIdRefused()
    {
        const auto parsed = OrderFileParser::parseFile(
            examplesDir() + u"/getOrderItemsBuyerInfo-response-doc-example.json"_s);
        expectRefusal(parsed, u"getOrderItemsBuyerInfo-response-doc-example.json: payload.AmazonOrderId"_s,
                      {u"For you!"_s, u"zme-caps"_s, u"903-1671087-0812628"_s});
        QVERIFY(!parsed.error().message().contains(examplesDir())); // the file's name, not its folder
    }

    void errorResponsesRefused_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files
            = QDir(examplesDir()).entryList({u"*-error400-*.json"_s}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            if (!file.endsWith(".request.json"_L1))
                QTest::newRow(qPrintable(file)) << file;
        }
        QVERIFY(!files.isEmpty());
    }

    void errorResponsesRefused()
    {
        QFETCH(QString, file);
        const auto parsed = OrderFileParser::parseFile(examplesDir() + u'/' + file);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        const QString message = parsed.error().message();
        QVERIFY2(message.startsWith(file), qPrintable(message));
        QVERIFY2(message.contains("InvalidInput"_L1) || message.contains("Invalid Input"_L1),
                 qPrintable(message));
    }

    void v2026GetOrder()
    {
        const QByteArray bytes = model2026Example(u"/orders/2026-01-01/orders/{orderId}"_s);
        const QJsonObject example = QJsonDocument::fromJson(bytes).object().value("order"_L1).toObject();
        QVERIFY(!example.isEmpty());
        const auto parsed = OrderFileParser::parse(bytes, u"getOrder-2026.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->format, u"SP-API Orders 2026-01-01 getOrder"_s);
        QCOMPARE(parsed->records.size(), std::size_t(1));
        const OrderRecord& record = parsed->records.front();
        QCOMPARE(record.orderId, example.value("orderId"_L1).toString());
        QCOMPARE(record.purchaseDate, isoDate(example.value("createdTime"_L1)));
        QCOMPARE(record.status, u"Shipped"_s);
        QCOMPARE(record.fulfillmentChannel, u"MFN"_s);
        QCOMPARE(record.marketplaceId, u"A1F83G8C2ARO7P"_s);
        QCOMPARE(record.salesChannel, u"Amazon.co.uk"_s);
        QCOMPARE(record.orderTotal, u"103.97"_s);
        QCOMPARE(record.currency, u"GBP"_s);
        QCOMPARE(record.latestShipDate, QDateTime(QDate(2024, 12, 26), QTime(23, 59, 59), QTimeZone::utc()));
        QCOMPARE(record.latestDeliveryDate,
                 QDateTime(QDate(2024, 12, 30), QTime(23, 59, 59), QTimeZone::utc()));
        QCOMPARE(record.shipTime, QDateTime(QDate(2024, 12, 26), QTime(14, 0), QTimeZone::utc()));
        QCOMPARE(record.deliveryStatus, u"IN_TRANSIT"_s);
        QCOMPARE(record.shipCountry, u"GB"_s);
        const QJsonObject address
            = example.value("recipient"_L1).toObject().value("deliveryAddress"_L1).toObject();
        QCOMPARE(pii(record, PiiField::RecipientName), address.value("name"_L1).toString());
        QCOMPARE(pii(record, PiiField::AddressLine2), address.value("addressLine2"_L1).toString());
        QVERIFY(!pii(record, PiiField::AddressLine3)); // "" is absent
        QCOMPARE(pii(record, PiiField::District), u"Greater Manchester"_s);
        QCOMPARE(pii(record, PiiField::BuyerEmail),
                 example.value("buyer"_L1).toObject().value("buyerEmail"_L1).toString());
        QCOMPARE(record.items.size(), 1);
        const OrderItem& item = record.items.front();
        QCOMPARE(item.orderItemId, u"20212345678901"_s);
        QCOMPARE(item.quantityOrdered, 3);
        QCOMPARE(item.quantityShipped, 3);
        QCOMPARE(item.itemPrice, u"29.99"_s);
        QCOMPARE(item.asin, u"B08DFPV54V"_s);
        QCOMPARE(pii(record, PiiField::GiftMessage),
                 u"20212345678901: Happy Christmas! Hope you enjoy your new smart speakers."_s);
        QVERIFY(!pii(record, PiiField::CustomizedUrl)); // customizedUrl is "" in Amazon's example
    }

    void v2026SearchOrders()
    {
        const QByteArray bytes = model2026Example(u"/orders/2026-01-01/orders"_s);
        const QJsonArray orders = QJsonDocument::fromJson(bytes).object().value("orders"_L1).toArray();
        QVERIFY(!orders.isEmpty());
        const auto parsed = OrderFileParser::parse(bytes, u"searchOrders-2026.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->format, u"SP-API Orders 2026-01-01 searchOrders"_s);
        QCOMPARE(parsed->records.size(), std::size_t(orders.size()));
        const OrderRecord& record = parsed->records.front();
        const QJsonObject first = orders.first().toObject();
        QCOMPARE(record.orderId, first.value("orderId"_L1).toString());
        QCOMPARE(record.origin, u"searchOrders-2026.json: orders[0]"_s);
        QCOMPARE(record.shipTime, QDateTime(QDate(2024, 12, 25), QTime(14, 0), QTimeZone::utc()));
        QCOMPARE(record.deliveryStatus, u"DELIVERED"_s);
        QCOMPARE(pii(record, PiiField::BuyerCompany), u"Smith Industries LLC"_s);
        QCOMPARE(pii(record, PiiField::PurchaseOrderNumber), u"PO-2024-12345"_s);
        const QJsonObject preference
            = first.value("recipient"_L1).toObject().value("deliveryPreference"_L1).toObject();
        QCOMPARE(pii(record, PiiField::DeliveryInstructions),
                 QString::fromUtf8(QJsonDocument(preference).toJson(QJsonDocument::Compact)));
        const QString itemId
            = first.value("orderItems"_L1).toArray().first().toObject().value("orderItemId"_L1).toString();
        QCOMPARE(pii(record, PiiField::CustomizedUrl), itemId + u": https://amazon.com/custom/view/12345"_s);
    }

    // Several packages: the ship time is the latest, the delivery status that package's.
    void v2026LatestPackage()
    {
        const QJsonObject order{
            {"orderId"_L1, u"111-0000000-0000002"_s},
            {"packages"_L1,
             QJsonArray{QJsonObject{{"shipTime"_L1, u"2026-02-03T10:00:00+01:00"_s},
                                    {"packageStatus"_L1, QJsonObject{{"status"_L1, u"IN_TRANSIT"_s}}}},
                        QJsonObject{{"shipTime"_L1, u"2026-02-01T10:00:00.250Z"_s},
                                    {"packageStatus"_L1, QJsonObject{{"status"_L1, u"DELIVERED"_s}}}}}}};
        const auto parsed
            = OrderFileParser::parse(QJsonDocument(QJsonObject{{"order"_L1, order}}).toJson(), u"o.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->records.front().shipTime,
                 QDateTime(QDate(2026, 2, 3), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(parsed->records.front().deliveryStatus, u"IN_TRANSIT"_s);
    }

    void flatFileSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("repeatedHeaders");
        QTest::newRow("SimpleInventory") << u"SimpleInventory_import_amazon_orders.tsv"_s << 4 << 0;
        QTest::newRow("affilitates") << u"affilitates_Fs2CsvSpec_all_orders_by_date.tsv"_s << 1 << 0;
        QTest::newRow("caponica fba")
            << u"caponica_ReportFbaSalesAllByLastUpdateFlatFile.header.tsv"_s << 0 << 0;
        QTest::newRow("caponica tracking")
            << u"caponica_ReportTrackingByOrderDateFlatFile.header.tsv"_s << 0 << 0;
        QTest::newRow("airbyte actionable")
            << u"airbyte_GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv"_s << 0 << 2;
        QTest::newRow("airbyte archived")
            << u"airbyte_GET_FLAT_FILE_ARCHIVED_ORDERS_DATA_BY_ORDER_DATE.csv"_s << 0 << 2;
    }

    void flatFileSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(int, repeatedHeaders);
        const auto parsed = OrderFileParser::parseFile(flatFileDir() + u'/' + file);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->format, u"flat-file order report"_s);
        QCOMPARE(int(parsed->records.size()), records);
        QCOMPARE(parsed->repeatedHeaderLines, repeatedHeaders);
        QVERIFY(parsed->unknownColumns > 0);
    }

    void flatFileSimpleInventory()
    {
        const auto parsed
            = OrderFileParser::parseFile(flatFileDir() + u"/SimpleInventory_import_amazon_orders.tsv"_s);
        QVERIFY(parsed.ok());
        // payments-date, item-tax, shipping-price, shipping-tax, ship-service-level, delivery-start-date,
        // delivery-end-date, delivery-time-zone
        QCOMPARE(parsed->unknownColumns, 8);
        QCOMPARE(parsed->records[0].orderId, u"123-4567890-1234567"_s);
        QCOMPARE(parsed->records[0].origin, u"SimpleInventory_import_amazon_orders.tsv: line 2"_s);
        const OrderRecord* twoRows = findRecord(parsed.value(), u"234-5678901-2345678"_s);
        QVERIFY(twoRows);
        QCOMPARE(twoRows->items.size(), 2);
        QCOMPARE(twoRows->items[0].orderItemId, u"22222222222222"_s);
        QCOMPARE(twoRows->items[1].orderItemId, u"33333333333333"_s);
        QCOMPARE(twoRows->items[1].quantityOrdered, 2);
        QCOMPARE(twoRows->items[1].title, u"item two"_s);
        QCOMPARE(twoRows->items[1].itemPrice, u"1.29"_s);
        QCOMPARE(twoRows->purchaseDate, QDateTime(QDate(2009, 1, 1), QTime(18, 50, 49), QTimeZone::utc()));
        QCOMPARE(pii(*twoRows, PiiField::BuyerEmail), u"example2@example.net"_s);
        QCOMPARE(pii(*twoRows, PiiField::RecipientName), u"Bob Jones"_s);
        QCOMPARE(pii(*twoRows, PiiField::PostalCode), u"11111-2222"_s);
        QCOMPARE(pii(*twoRows, PiiField::StateOrRegion), u"AK"_s);
        QVERIFY(!pii(*twoRows, PiiField::AddressLine2)); // empty cells are absent
        QVERIFY(!pii(*twoRows, PiiField::DeliveryInstructions));
        QCOMPARE(twoRows->shipCountry, u"US"_s);
    }

    void flatFileAllOrders()
    {
        const auto parsed
            = OrderFileParser::parseFile(flatFileDir() + u"/affilitates_Fs2CsvSpec_all_orders_by_date.tsv"_s);
        QVERIFY(parsed.ok());
        const OrderRecord& record = parsed->records.front();
        QCOMPARE(record.status, u"Shipped"_s);
        QCOMPARE(record.fulfillmentChannel, u"AFN"_s);
        QCOMPARE(record.salesChannel, u"Amazon.it"_s);
        QCOMPARE(record.lastUpdateDate, QDateTime(QDate(2017, 6, 18), QTime(22, 7, 59), QTimeZone::utc()));
        QCOMPARE(pii(record, PiiField::City), u"TOWNNAME"_s);
        QCOMPARE(record.items.size(), 1);
        QCOMPARE(record.items.front().itemPrice, u"89.95"_s);
        QCOMPARE(record.items.front().currency, u"EUR"_s);
        QVERIFY(!pii(record, PiiField::PurchaseOrderNumber));
    }

    // BOM, CRLF, reordered and unknown columns, short rows, a repeated header, a trailing blank line.
    void flatFileSynthetic()
    {
        QByteArray data = "\xEF\xBB\xBF";
        data += "Ship-City\tfavourite-colour\tORDER-ID\torder-item-id\tquantity-purchased\tbuyer-name\t"
                "order-status\tshipment-date\tcustomized-url\tcpf\r\n";
        data += "Testville\tgreen\t111-0000000-0000003\t90000000000001\t1\tTesta Buyer\tShipped\t"
                "2026-03-01T12:00:00Z\thttps://example.invalid/c/1\r\n";
        data += "Testville\t\t111-0000000-0000003\t90000000000002\t2\tTesta Buyer\tShipped\t"
                "2026-03-04T12:00:00+02:00\thttps://example.invalid/c/2\t000.000.000-00\r\n";
        data += "Ship-City\tfavourite-colour\tORDER-ID\torder-item-id\tquantity-purchased\tbuyer-name\t"
                "order-status\tshipment-date\tcustomized-url\tcpf\r\n";
        data += "Elsewhere\t\t111-0000000-0000004\r\n";
        data += "\r\n";
        const auto parsed = OrderFileParser::parse(data, u"/tmp/some folder/synthetic.tsv"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
        QCOMPARE(parsed->unknownColumns, 1);
        QCOMPARE(parsed->repeatedHeaderLines, 1);
        QCOMPARE(parsed->records.size(), std::size_t(2));
        const OrderRecord& first = parsed->records[0];
        QCOMPARE(first.origin, u"synthetic.tsv: line 2"_s);
        QCOMPARE(first.items.size(), 2);
        QCOMPARE(first.items[1].quantityOrdered, 2);
        QCOMPARE(first.status, u"Shipped"_s);
        QCOMPARE(first.shipTime, QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(pii(first, PiiField::City), u"Testville"_s);
        QCOMPARE(pii(first, PiiField::BuyerTaxId), u"000.000.000-00"_s);
        QCOMPARE(
            pii(first, PiiField::CustomizedUrl),
            u"90000000000001: https://example.invalid/c/1\n90000000000002: https://example.invalid/c/2"_s);
        const OrderRecord& second = parsed->records[1];
        QCOMPARE(second.orderId, u"111-0000000-0000004"_s);
        QCOMPARE(pii(second, PiiField::City), u"Elsewhere"_s);
        QVERIFY(!pii(second, PiiField::BuyerName));
        QVERIFY(second.items.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QStringList>("secrets");

        QTest::newRow("truncated json")
            << QByteArray("{\n  \"payload\": {\n    \"AmazonOrderId\": \"111-0000000-0000005\",\n"
                          "    \"BuyerName\": \"Zebulon Quux")
            << u"bad.json: line 4, column"_s << QStringList{u"Zebulon"_s, u"111-0000000-0000005"_s};
        QTest::newRow("date a number")
            << QByteArray(R"({"payload": {"Orders": [{"AmazonOrderId": "111-0000000-0000006"},
                {"AmazonOrderId": "111-0000000-0000007", "BuyerInfo": {"BuyerEmail": "zq@example.invalid"}},
                {"AmazonOrderId": "111-0000000-0000008", "PurchaseDate": 1767225600}]}})")
            << u"bad.json: payload.Orders[2].PurchaseDate"_s
            << QStringList{u"1767225600"_s, u"zq@example.invalid"_s, u"111-0000000-0000008"_s};
        QTest::newRow("date not a date")
            << QByteArray(
                   R"({"payload": {"AmazonOrderId": "111-0000000-0000009", "LastUpdateDate": "Zebulon"}})")
            << u"bad.json: payload.LastUpdateDate: expected a date"_s << QStringList{u"Zebulon"_s};
        QTest::newRow("items not an array") << QByteArray(
            R"({"payload": {"AmazonOrderId": "111-0000000-0000010", "OrderItems": {"GiftMessageText": "Hi Zebulon"}}})")
                                            << u"bad.json: payload.OrderItems: expected an array"_s
                                            << QStringList{u"Zebulon"_s};
        QTest::newRow("quantity text") << QByteArray(
            R"({"payload": {"AmazonOrderId": "111-0000000-0000011", "OrderItems": [{"OrderItemId": "1", "QuantityOrdered": "7"}]}})")
                                       << u"bad.json: payload.OrderItems[0].QuantityOrdered"_s
                                       << QStringList{};
        QTest::newRow("no order id") << QByteArray(
            R"({"payload": {"ShippingAddress": {"Name": "Zebulon Quux", "City": "Testville"}}})")
                                     << u"bad.json: payload.AmazonOrderId"_s
                                     << QStringList{u"Zebulon"_s, u"Testville"_s};
        QTest::newRow("2026 name a number") << QByteArray(
            R"({"orders": [{"orderId": "111-0000000-0000012", "buyer": {"buyerName": 42, "buyerEmail": "zq@example.invalid"}}]})")
                                            << u"bad.json: orders[0].buyer.buyerName: expected text"_s
                                            << QStringList{u"zq@example.invalid"_s};
        QTest::newRow("not an orders response")
            << QByteArray(R"({"reportDocumentId": "Zebulon"})") << u"bad.json: this JSON is not"_s
            << QStringList{u"Zebulon"_s};
        QTest::newRow("json array") << QByteArray("[1, 2]") << u"bad.json: this JSON is not"_s
                                    << QStringList{};
        QTest::newRow("empty") << QByteArray() << u"bad.json: the file is empty"_s << QStringList{};
        QTest::newRow("blank") << QByteArray("\xEF\xBB\xBF \r\n\n") << u"bad.json: the file is empty"_s
                               << QStringList{};
        QTest::newRow("tsv broken utf-8")
            << QByteArray("order-id\tbuyer-name\n111-0000000-0000013\tZebulon\n111-0000000-0000014\tZ\xC3\x28"
                          "ebulon\n")
            << u"bad.json: line 3"_s << QStringList{u"Zebulon"_s, u"111-0000000-0000014"_s};
        QTest::newRow("tsv no order id")
            << QByteArray("buyer-name\tbuyer-email\nZebulon\tzq@example.invalid\n")
            << u"bad.json: line 1: no order-id"_s << QStringList{u"Zebulon"_s, u"zq@example.invalid"_s};
        QTest::newRow("csv") << QByteArray("order-id,buyer-name\n111-0000000-0000015,Zebulon\n")
                             << u"bad.json: line 1: no order-id"_s << QStringList{u"Zebulon"_s};
        QTest::newRow("tsv bad date")
            << QByteArray("order-id\tpurchase-date\tbuyer-name\n111-0000000-0000016\tyesterday\tZebulon\n")
            << u"bad.json: line 2, column \"purchase-date\": expected a date"_s
            << QStringList{u"yesterday"_s, u"Zebulon"_s, u"111-0000000-0000016"_s};
        QTest::newRow("tsv bad quantity")
            << QByteArray("order-id\tquantity-purchased\n111-0000000-0000017\tseven\n")
            << u"bad.json: line 2, column \"quantity-purchased\""_s << QStringList{u"seven"_s};
        QTest::newRow("tsv empty order id")
            << QByteArray("order-id\tbuyer-name\n\tZebulon\n") << u"bad.json: line 2, column \"order-id\""_s
            << QStringList{u"Zebulon"_s};
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, place);
        QFETCH(QStringList, secrets);
        expectRefusal(OrderFileParser::parse(data, u"bad.json"_s), place, secrets);
    }

    void fileNameWithoutFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"broken.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"payload": {"Orders": "none"}})");
        file.close();
        const auto parsed = OrderFileParser::parseFile(path);
        expectRefusal(parsed, u"broken.json: payload.Orders: expected an array"_s, {dir.path()});

        const auto missing = OrderFileParser::parseFile(dir.filePath(u"absent.tsv"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message().startsWith("absent.tsv"_L1));
    }

    void omitDropsFields()
    {
        const std::set<PiiField> omit{PiiField::BuyerEmail, PiiField::RecipientName, PiiField::GiftMessage,
                                      PiiField::CustomizedUrl};
        const auto orders
            = OrderFileParser::parseFile(examplesDir() + u"/getOrders-response-doc-example.json"_s, omit);
        QVERIFY(orders.ok());
        const OrderRecord& record = orders->records.front();
        QVERIFY(!pii(record, PiiField::BuyerEmail));
        QVERIFY(!pii(record, PiiField::RecipientName));
        QCOMPARE(pii(record, PiiField::BuyerName), u"John Doe"_s);
        QCOMPARE(pii(record, PiiField::City), u"Canton"_s);

        const auto items
            = OrderFileParser::parseFile(examplesDir() + u"/getOrderItemsBuyerInfo-response-1.json"_s, omit);
        QVERIFY(items.ok());
        QVERIFY(items->records.front().pii.empty());

        const QByteArray flat
            = "order-id\tbuyer-email\tbuyer-name\tcustomized-url\n"
              "111-0000000-0000018\tzq@example.invalid\tTesta Buyer\thttps://example.invalid/c\n";
        const auto fromFlat = OrderFileParser::parse(flat, u"f.tsv"_s, omit);
        QVERIFY(fromFlat.ok());
        QCOMPARE(fromFlat->records.front().pii.size(), std::size_t(1));
        QCOMPARE(pii(fromFlat->records.front(), PiiField::BuyerName), u"Testa Buyer"_s);
    }

    void progressAndCancel()
    {
        QByteArray flat = "order-id\torder-item-id\tsku\tbuyer-name\n";
        for (int i = 0; i < 20000; ++i)
            flat += "111-0000000-" + QByteArray::number(1000000 + i / 2) + "\t" + QByteArray::number(i)
                + "\tSKU\tTesta\n";

        int calls = 0;
        qint64 last = -1;
        const auto all = OrderFileParser::parse(flat, u"big.tsv"_s, {}, [&](qint64 done, qint64 total) {
            ++calls;
            if (done < last || done > total || total != flat.size())
                return false;
            last = done;
            return true;
        });
        QVERIFY2(all.ok(), qPrintable(all.error().message()));
        QCOMPARE(all->records.size(), std::size_t(10000));
        QCOMPARE(all->records.back().items.size(), 2);
        QVERIFY(calls >= 4);
        QCOMPARE(last, qint64(flat.size()));

        int seen = 0;
        const auto cancelled
            = OrderFileParser::parse(flat, u"big.tsv"_s, {}, [&](qint64, qint64) { return ++seen < 2; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);

        const QByteArray json = test::fileBytes(examplesDir() + u"/getOrders-response-doc-example.json"_s);
        const auto cancelledJson
            = OrderFileParser::parse(json, u"o.json"_s, {}, [](qint64, qint64) { return false; });
        QVERIFY(!cancelledJson.ok());
        QCOMPARE(cancelledJson.error().code(), ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestOrderParsers)
#include "TestOrderParsers.moc"
