// FlatFileReader: tab-separated order reports -> OrderRecords, one pass over the bytes; each line
// is decoded once and split into views, and only the cells of known columns become strings.
#include "orders/import/FlatFileReader.h"

#include <QStringDecoder>
#include <array>
#include <variant>

using namespace Qt::StringLiterals;

namespace dpp {

namespace {

// What a known column carries.
enum class Column
{
    OrderId,
    PurchaseDate,
    LastUpdateDate,
    Status,
    FulfillmentChannel,
    SalesChannel,
    OrderItemId,
    Sku,
    Asin,
    Title,
    QuantityOrdered,
    QuantityShipped,
    Currency,
    ItemPrice,
    ShipCountry,
    EarliestShipDate,
    LatestShipDate,
    LatestDeliveryDate,
    ShipTime,
    Count
};

struct ColumnName
{
    const char* name; // lower case
    std::variant<Column, PiiField> target;
};

// Header names (compared in lower case) per flatfile-columns.tsv and Amazon's report attribute
// lists. "amazon-order-id" (all-orders reports) and "order-id" (order reports) are the same fact.
const ColumnName knownColumns[] = {
    {"amazon-order-id", Column::OrderId},
    {"order-id", Column::OrderId},
    {"purchase-date", Column::PurchaseDate},
    {"last-updated-date", Column::LastUpdateDate},
    {"order-status", Column::Status},
    {"fulfillment-channel", Column::FulfillmentChannel},
    {"sales-channel", Column::SalesChannel},
    {"order-item-id", Column::OrderItemId},
    {"sku", Column::Sku},
    {"asin", Column::Asin},
    {"product-name", Column::Title},
    {"quantity", Column::QuantityOrdered},
    {"quantity-purchased", Column::QuantityOrdered},
    {"quantity-shipped", Column::QuantityShipped},
    {"currency", Column::Currency},
    {"item-price", Column::ItemPrice},
    {"ship-country", Column::ShipCountry},
    {"earliest-ship-date", Column::EarliestShipDate},
    {"latest-ship-date", Column::LatestShipDate},
    {"latest-delivery-date", Column::LatestDeliveryDate},
    {"shipment-date", Column::ShipTime},
    {"ship-date", Column::ShipTime},
    {"actual-ship-date", Column::ShipTime},
    {"recipient-name", PiiField::RecipientName},
    {"ship-address-1", PiiField::AddressLine1},
    {"ship-address-2", PiiField::AddressLine2},
    {"ship-address-3", PiiField::AddressLine3},
    {"ship-city", PiiField::City},
    {"ship-county", PiiField::District},
    {"ship-district", PiiField::District},
    {"ship-state", PiiField::StateOrRegion},
    {"ship-postal-code", PiiField::PostalCode},
    {"ship-phone-number", PiiField::Phone},
    {"address-type", PiiField::AddressType},
    {"delivery-instructions", PiiField::DeliveryInstructions},
    {"buyer-name", PiiField::BuyerName},
    {"buyer-email", PiiField::BuyerEmail},
    {"buyer-phone-number", PiiField::BuyerPhone},
    {"buyer-company-name", PiiField::BuyerCompany},
    {"cpf", PiiField::BuyerTaxId},
    {"purchase-order-number", PiiField::PurchaseOrderNumber},
    {"bill-address-1", PiiField::BillAddressLine1},
    {"bill-address-2", PiiField::BillAddressLine2},
    {"bill-address-3", PiiField::BillAddressLine3},
    {"bill-city", PiiField::BillCity},
    {"bill-state", PiiField::BillStateOrRegion},
    {"bill-postal-code", PiiField::BillPostalCode},
    {"gift-message-text", PiiField::GiftMessage},
    {"gift-message", PiiField::GiftMessage},
    {"customized-url", PiiField::CustomizedUrl},
};

struct Layout
{
    std::array<int, static_cast<std::size_t>(Column::Count)> facts;
    QList<std::pair<int, PiiField>> pii;
    int unknown = 0;

    int at(Column column) const { return facts[static_cast<std::size_t>(column)]; }
};

Layout layoutOf(const QList<QStringView>& header)
{
    Layout layout;
    layout.facts.fill(-1);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toString().toLower();
        bool used = false;
        for (const ColumnName& known : knownColumns) {
            if (name != QLatin1StringView(known.name))
                continue;
            if (const auto* column = std::get_if<Column>(&known.target)) {
                int& index = layout.facts[static_cast<std::size_t>(*column)];
                // amazon-order-id before order-id, quantity before quantity-purchased: the first wins.
                if (index < 0) {
                    index = static_cast<int>(i);
                    used = true;
                }
            } else {
                layout.pii.append({static_cast<int>(i), std::get<PiiField>(known.target)});
                used = true;
            }
            break;
        }
        if (!used)
            ++layout.unknown;
    }
    return layout;
}

class RowReader final
{
public:
    RowReader(const ImportInput& input, const Layout& layout, OrderCollector& collector)
        : m_input(input)
        , m_layout(layout)
        , m_c(collector)
    { }

    Result<void> read(const QList<QStringView>& cells, const QStringList& header, qsizetype lineNumber)
    {
        m_cells = &cells;
        m_header = &header;
        m_line = lineNumber;
        m_error.reset();

        OrderRecord part;
        const auto orderId = cell(Column::OrderId);
        if (!orderId)
            return problem(m_layout.at(Column::OrderId), FlatFileReader::tr("the order id is empty"));
        part.orderId = *orderId;
        part.origin = FlatFileReader::tr("%1: line %2").arg(m_input.fileName).arg(lineNumber);

        part.purchaseDate = date(Column::PurchaseDate);
        part.lastUpdateDate = date(Column::LastUpdateDate);
        part.earliestShipDate = date(Column::EarliestShipDate);
        part.latestShipDate = date(Column::LatestShipDate);
        part.latestDeliveryDate = date(Column::LatestDeliveryDate);
        part.shipTime = date(Column::ShipTime);
        if (const auto status = cell(Column::Status))
            part.status = OrderStatus::normalize(*status);
        if (const auto channel = cell(Column::FulfillmentChannel)) {
            if (channel->compare("Amazon"_L1, Qt::CaseInsensitive) == 0 || *channel == "AFN"_L1)
                part.fulfillmentChannel = u"AFN"_s;
            else if (channel->compare("Merchant"_L1, Qt::CaseInsensitive) == 0 || *channel == "MFN"_L1)
                part.fulfillmentChannel = u"MFN"_s;
        }
        part.salesChannel = cell(Column::SalesChannel);
        part.shipCountry = cell(Column::ShipCountry);
        part.currency = cell(Column::Currency);

        // One row per item. Reports without order-item-id (the all-orders reports) tell the
        // items apart by SKU, else ASIN.
        OrderItem item;
        item.sellerSku = cell(Column::Sku);
        item.asin = cell(Column::Asin);
        item.orderItemId
            = cell(Column::OrderItemId).value_or(item.sellerSku.value_or(item.asin.value_or(QString())));
        item.title = cell(Column::Title);
        item.quantityOrdered = number(Column::QuantityOrdered);
        item.quantityShipped = number(Column::QuantityShipped);
        item.itemPrice = cell(Column::ItemPrice);
        item.currency = part.currency;
        if (m_error)
            return *m_error;
        if (!item.orderItemId.isEmpty())
            part.items.append(item);

        QList<std::pair<PiiField, QString>> itemTexts;
        for (const auto& [index, field] : m_layout.pii) {
            const auto value = cellAt(index);
            if (field == PiiField::GiftMessage || field == PiiField::CustomizedUrl) {
                if (value)
                    itemTexts.append({field, *value});
            } else {
                m_c.setPii(part, field, value);
            }
        }

        // Several rows of one order may carry different ship times: the order's is the last.
        if (const OrderRecord* known = m_c.find(part.orderId)) {
            if (known->shipTime && (!part.shipTime || *known->shipTime > *part.shipTime))
                part.shipTime = known->shipTime;
        }
        m_c.add(part);
        const QString textKey
            = item.orderItemId.isEmpty() ? FlatFileReader::tr("line %1").arg(lineNumber) : item.orderItemId;
        for (const auto& [field, text] : itemTexts)
            m_c.addItemText(part.orderId, field, textKey, text);
        return success();
    }

private:
    std::optional<QString> cellAt(int index) const
    {
        if (index < 0 || index >= m_cells->size())
            return std::nullopt; // a short row: the missing trailing cells are empty
        const QStringView value = (*m_cells)[index].trimmed();
        if (value.isEmpty())
            return std::nullopt;
        return value.toString();
    }

    std::optional<QString> cell(Column column) const { return cellAt(m_layout.at(column)); }

    Error problem(int index, const QString& what) const
    {
        return Error(ErrorCode::InvalidInput,
                     FlatFileReader::tr("%1: line %2, column \"%3\": %4")
                         .arg(m_input.fileName)
                         .arg(m_line)
                         .arg(m_header->value(index), what));
    }

    std::optional<QDateTime> date(Column column)
    {
        const auto text = cell(column);
        if (!text)
            return std::nullopt;
        auto parsed = parseIsoDateTime(*text);
        if (!parsed && !m_error)
            m_error = problem(m_layout.at(column), FlatFileReader::tr("expected a date and time (ISO 8601)"));
        return parsed;
    }

    std::optional<int> number(Column column)
    {
        const auto text = cell(column);
        if (!text)
            return std::nullopt;
        bool ok = false;
        const int value = text->toInt(&ok);
        if ((!ok || value < 0) && !m_error) {
            m_error = problem(m_layout.at(column), FlatFileReader::tr("expected a whole number"));
            return std::nullopt;
        }
        return value;
    }

    const ImportInput& m_input;
    const Layout& m_layout;
    OrderCollector& m_c;
    const QList<QStringView>* m_cells = nullptr;
    const QStringList* m_header = nullptr;
    qsizetype m_line = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<ParsedOrders> FlatFileReader::parse(QByteArrayView data, const ImportInput& input)
{
    ParsedOrders parsed;
    parsed.format = tr("flat-file order report");
    OrderCollector collector(input.omit);
    // Stateless: a sequence cut at the end of a line is an error of that line, not carried over.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);

    qsizetype pos = 0;
    if (data.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    qsizetype lineNumber = 0;
    QByteArrayView headerBytes;
    QStringList header;
    std::optional<Layout> layout;
    std::optional<RowReader> rows;
    qsizetype rowsRead = 0;

    if (!input.report(0))
        return input.cancelled();
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue; // a blank line, as at the end of most reports
        if (!headerBytes.isEmpty() && line == headerBytes) {
            ++parsed.repeatedHeaderLines;
            continue;
        }
        const QString text = decoder.decode(line);
        if (decoder.hasError()) {
            return Error(ErrorCode::InvalidInput,
                         tr("%1: line %2: the text is not UTF-8.").arg(input.fileName).arg(lineNumber));
        }
        const QList<QStringView> cells = QStringView(text).split(u'\t');

        if (!layout) {
            headerBytes = line;
            for (const QStringView name : cells)
                header.append(name.trimmed().toString());
            layout = layoutOf(cells);
            if (layout->at(Column::OrderId) < 0) {
                return Error(
                    ErrorCode::InvalidInput,
                    tr("%1: line %2: no order-id or amazon-order-id column; this is not an order report "
                       "(columns are separated by tabs).")
                        .arg(input.fileName)
                        .arg(lineNumber));
            }
            parsed.unknownColumns = layout->unknown;
            rows.emplace(input, *layout, collector);
            continue;
        }
        DPP_TRY(rows->read(cells, header, lineNumber));
        if (++rowsRead % 4096 == 0 && !input.report(pos))
            return input.cancelled();
    }
    if (!layout)
        return Error(ErrorCode::InvalidInput, tr("%1: the file is empty.").arg(input.fileName));
    if (!input.report(data.size()))
        return input.cancelled();
    parsed.records = collector.take();
    return parsed;
}

} // namespace dpp
