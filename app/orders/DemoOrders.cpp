// DemoOrders: synthetic, clearly made-up orders (see the header). Each order is drawn from its own
// random stream (seed and index), so a batch generated in pieces is the same as one generated
// whole, and the benchmark can make a million orders a chunk at a time.
#include "orders/DemoOrders.h"

#include <algorithm>
#include <array>

namespace dpp {

namespace {

// splitmix64: small, fast and good enough for test data; not for anything secret.
class Stream final
{
public:
    Stream(quint32 seed, qint64 index)
        : m_state((static_cast<quint64>(seed) << 32) ^ static_cast<quint64>(index) ^ 0x9E3779B97F4A7C15ULL)
    {
        next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    //! In [0, n).
    qint64 below(qint64 n) { return static_cast<qint64>(next() % static_cast<quint64>(n)); }
    //! In [low, high].
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    //! True with a chance of percent in 100.
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct Marketplace
{
    const char* id;
    const char* salesChannel;
    const char* country;
    const char* currency;
    const char* city;
    const char* region;
    const char* phonePrefix; //!< numbers reserved for fiction where the country has them
};

// Three marketplaces, weighted 60/25/15 below. Cities and regions are invented.
constexpr std::array<Marketplace, 3> kMarketplaces{{
    {"ATVPDKIKX0DER", "Amazon.com", "US", "USD", "Exampleton", "EX", "+1 555 01"},
    {"A1F83G8C2ARO7P", "Amazon.co.uk", "GB", "GBP", "Sampleford", "Demoshire", "+44 7700 900"},
    {"A1PA6795UKMFR9", "Amazon.de", "DE", "EUR", "Beispielstadt", "Musterland", "+49 30 2345"},
}};

const Marketplace& pickMarketplace(Stream& random)
{
    const qint64 r = random.below(100);
    return kMarketplaces[r < 60 ? 0 : r < 85 ? 1 : 2];
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString digits(qint64 value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

QString money(qint64 cents)
{
    return QString::number(cents / 100) + QLatin1Char('.') + digits(cents % 100, 2);
}

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

} // namespace

std::vector<OrderRecord> DemoOrders::generate(int count, const QDateTime& now, quint32 seed, int firstIndex)
{
    std::vector<OrderRecord> orders;
    if (count <= 0)
        return orders;
    orders.reserve(static_cast<std::size_t>(count));
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QString seedText = digits(seed % 10000000, 7);
    const QString mfn = QStringLiteral("MFN");

    for (int n = 0; n < count; ++n) {
        const qint64 index = static_cast<qint64>(firstIndex) + n;
        Stream random(seed, index);
        const Marketplace& market = pickMarketplace(random);
        const QString currency = QLatin1String(market.currency);

        OrderRecord order;
        order.orderId = QStringLiteral("999-") + seedText + QLatin1Char('-') + digits(index % 10000000, 7);
        order.origin = QStringLiteral("demo order %1").arg(index);
        order.fulfillmentChannel = mfn;
        order.salesChannel = QLatin1String(market.salesChannel);
        order.marketplaceId = QLatin1String(market.id);
        order.shipCountry = QLatin1String(market.country);

        // Purchased at some second of the 90 days before now.
        const qint64 purchase = nowSecs - random.between(60, 90 * kDay);
        const qint64 age = nowSecs - purchase;
        order.purchaseDate = utc(purchase);
        order.earliestShipDate = utc(purchase + kDay);
        const qint64 latestShip = purchase + 2 * kDay;
        order.latestShipDate = utc(latestShip);
        order.latestDeliveryDate = utc(purchase + 7 * kDay);

        // The status follows the age, as a real shop's would: recent orders wait, most older ones
        // are shipped, some are cancelled, and a few have been waiting for far too long.
        const qint64 roll = random.below(1000);
        QString status;
        if (age < 2 * kDay)
            status = QLatin1String(roll < 250 ? OrderStatus::Pending : OrderStatus::Unshipped);
        else if (age < 4 * kDay)
            status = QLatin1String(roll < 400       ? OrderStatus::Unshipped
                                       : roll < 480 ? OrderStatus::PartiallyShipped
                                       : roll < 520 ? OrderStatus::Canceled
                                                    : OrderStatus::Shipped);
        else
            status = QLatin1String(roll < 40       ? OrderStatus::Canceled
                                       : roll < 55 ? OrderStatus::Unshipped // late; past 60 days: review
                                       : roll < 60 ? OrderStatus::PendingAvailability
                                       : roll < 70 ? OrderStatus::InvoiceUnconfirmed
                                                   : OrderStatus::Shipped);
        order.status = status;

        // Items: one to three (most orders have one).
        const qint64 itemRoll = random.below(100);
        const int itemCount = itemRoll < 70 ? 1 : itemRoll < 92 ? 2 : 3;
        const bool shipped = OrderStatus::isShipped(status);
        const bool partly = status == QLatin1String(OrderStatus::PartiallyShipped);
        qint64 totalCents = 0;
        int unitsShipped = 0;
        int unitsUnshipped = 0;
        for (int i = 0; i < itemCount; ++i) {
            const qint64 product = random.below(500);
            const int quantity = random.chance(85) ? 1 : static_cast<int>(random.between(2, 4));
            const qint64 cents = random.between(499, 12999);
            OrderItem item;
            item.orderItemId
                = QStringLiteral("999") + digits(index % 100000000000LL, 11) + QString::number(i);
            item.asin = QStringLiteral("B0DEMO") + digits(product, 4);
            item.sellerSku = QStringLiteral("DEMO-SKU-") + digits(product, 4);
            item.title = QStringLiteral("Demo product %1").arg(product);
            item.quantityOrdered = quantity;
            const int sent = shipped || (partly && i == 0) ? quantity : 0;
            item.quantityShipped = sent;
            item.itemPrice = money(cents * quantity);
            item.currency = currency;
            order.items.append(std::move(item));
            totalCents += cents * quantity;
            unitsShipped += sent;
            unitsUnshipped += quantity - sent;
        }
        order.orderTotal = money(totalCents);
        order.currency = currency;
        order.itemsShipped = unitsShipped;
        order.itemsUnshipped = unitsUnshipped;

        // Ship times: most shipped orders carry theirs (a few hours to two days after purchase);
        // some only the latest ship date, as v0 getOrders responses do.
        qint64 lastUpdate = purchase + random.between(60, 6 * kHour);
        if (shipped || partly) {
            const qint64 shipTime = std::min(purchase + random.between(2 * kHour, 60 * kHour), nowSecs);
            if (partly || random.chance(90))
                order.shipTime = utc(shipTime);
            lastUpdate = shipTime + random.between(60, kHour);
            order.deliveryStatus
                = nowSecs - shipTime > 4 * kDay ? QStringLiteral("DELIVERED") : QStringLiteral("IN_TRANSIT");
        }
        order.lastUpdateDate = utc(std::min(lastUpdate, nowSecs));

        // The PII a merchant-fulfilled order has: the delivery address and the buyer.
        const qint64 person = index % 1000000;
        const bool testperson = random.chance(5);
        const QString name = testperson ? QStringLiteral("Testperson Example")
                                        : QStringLiteral("Demo Buyer ") + digits(person, 6);
        auto& pii = order.pii;
        pii[PiiField::RecipientName] = name;
        pii[PiiField::AddressLine1]
            = QString::number(random.between(1, 999)) + QStringLiteral(" Example Street");
        if (random.chance(20))
            pii[PiiField::AddressLine2]
                = QStringLiteral("Apartment ") + QString::number(random.between(1, 99));
        pii[PiiField::City] = QLatin1String(market.city);
        pii[PiiField::StateOrRegion] = QLatin1String(market.region);
        pii[PiiField::PostalCode] = digits(random.below(100000), 5);
        pii[PiiField::Phone] = QLatin1String(market.phonePrefix) + digits(random.below(100), 2);
        pii[PiiField::AddressType]
            = random.chance(85) ? QStringLiteral("Residential") : QStringLiteral("Commercial");
        pii[PiiField::BuyerName] = name;
        pii[PiiField::BuyerEmail]
            = QStringLiteral("demo-buyer-") + digits(person, 6) + QStringLiteral("@example.invalid");
        if (random.chance(10)) {
            pii[PiiField::BuyerCompany] = QStringLiteral("Example Trading ") + digits(person % 1000, 3);
            pii[PiiField::PurchaseOrderNumber] = QStringLiteral("PO-DEMO-") + digits(person, 6);
        }
        if (random.chance(3))
            pii[PiiField::GiftMessage]
                = order.items.first().orderItemId + QStringLiteral(": Happy demo day!");
        if (random.chance(5))
            pii[PiiField::DeliveryInstructions] = QStringLiteral("Leave at the example door.");

        orders.push_back(std::move(order));
    }
    return orders;
}

} // namespace dpp
