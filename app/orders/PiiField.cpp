// PiiField: names, labels, masks and the invoice flag of the sealed order fields.
#include "orders/PiiField.h"

#include <iterator>

namespace dpp {

namespace {

struct FieldInfo
{
    PiiField field;
    const char* name;
    PiiMask mask;
    bool invoice;
};

// In PiiField's order. Invoice fields: what an invoice names (buyer, tax identity, billing and
// delivery address); the tax hold moves these to the cold tax archive (issue 6).
constexpr FieldInfo kFields[] = {
    {PiiField::RecipientName, "recipient.name", PiiMask::Name, true},
    {PiiField::RecipientCompany, "recipient.company", PiiMask::Initial, true},
    {PiiField::AddressLine1, "recipient.address1", PiiMask::Initial, true},
    {PiiField::AddressLine2, "recipient.address2", PiiMask::Initial, true},
    {PiiField::AddressLine3, "recipient.address3", PiiMask::Initial, true},
    {PiiField::City, "recipient.city", PiiMask::Initial, true},
    {PiiField::District, "recipient.district", PiiMask::Initial, true},
    {PiiField::StateOrRegion, "recipient.state", PiiMask::Initial, true},
    {PiiField::PostalCode, "recipient.postal-code", PiiMask::Initial, true},
    {PiiField::Phone, "recipient.phone", PiiMask::Phone, false},
    {PiiField::AddressType, "recipient.address-type", PiiMask::Hidden, false},
    {PiiField::AddressDetails, "recipient.address-details", PiiMask::Hidden, false},
    {PiiField::DeliveryInstructions, "recipient.delivery-instructions", PiiMask::Hidden, false},
    {PiiField::BuyerName, "buyer.name", PiiMask::Name, true},
    {PiiField::BuyerEmail, "buyer.email", PiiMask::Email, false},
    {PiiField::BuyerPhone, "buyer.phone", PiiMask::Phone, false},
    {PiiField::BuyerCompany, "buyer.company", PiiMask::Initial, true},
    {PiiField::BuyerTaxId, "buyer.tax-id", PiiMask::Hidden, true},
    {PiiField::BuyerTaxDetails, "buyer.tax-details", PiiMask::Hidden, true},
    {PiiField::BuyerCounty, "buyer.county", PiiMask::Initial, true},
    {PiiField::PurchaseOrderNumber, "buyer.purchase-order-number", PiiMask::Hidden, true},
    {PiiField::BillAddressLine1, "bill.address1", PiiMask::Initial, true},
    {PiiField::BillAddressLine2, "bill.address2", PiiMask::Initial, true},
    {PiiField::BillAddressLine3, "bill.address3", PiiMask::Initial, true},
    {PiiField::BillCity, "bill.city", PiiMask::Initial, true},
    {PiiField::BillStateOrRegion, "bill.state", PiiMask::Initial, true},
    {PiiField::BillPostalCode, "bill.postal-code", PiiMask::Initial, true},
    {PiiField::GiftMessage, "item.gift-message", PiiMask::Hidden, false},
    {PiiField::CustomizedUrl, "item.customized-url", PiiMask::Hidden, false},
    {PiiField::RegulatedInformation, "order.regulated-information", PiiMask::Hidden, false},
};

const FieldInfo& info(PiiField field)
{
    return kFields[static_cast<int>(field)];
}

const QString kStars = QStringLiteral("***");

//! The first character (a whole surrogate pair, never half of one) and three stars.
QString initialOf(QStringView word)
{
    if (word.isEmpty())
        return kStars;
    const qsizetype length = word.size() > 1 && word.at(0).isHighSurrogate() ? 2 : 1;
    return word.first(length).toString() + kStars;
}

} // namespace

QList<PiiField> PiiFields::all()
{
    QList<PiiField> fields;
    for (const FieldInfo& entry : kFields)
        fields << entry.field;
    return fields;
}

QString PiiFields::name(PiiField field)
{
    // Built once: an import names every field of every order several times.
    static const QList<QString> names = [] {
        QList<QString> list;
        for (const FieldInfo& entry : kFields)
            list << QString::fromLatin1(entry.name);
        return list;
    }();
    return names.at(static_cast<qsizetype>(field));
}

std::optional<PiiField> PiiFields::fromName(const QString& name)
{
    for (const FieldInfo& entry : kFields)
        if (name == QLatin1StringView(entry.name))
            return entry.field;
    return std::nullopt;
}

QString PiiFields::displayName(PiiField field)
{
    switch (field) {
    case PiiField::RecipientName:
        return tr("Recipient");
    case PiiField::RecipientCompany:
        return tr("Recipient's company");
    case PiiField::AddressLine1:
        return tr("Address line 1");
    case PiiField::AddressLine2:
        return tr("Address line 2");
    case PiiField::AddressLine3:
        return tr("Address line 3");
    case PiiField::City:
        return tr("City");
    case PiiField::District:
        return tr("County or district");
    case PiiField::StateOrRegion:
        return tr("State or region");
    case PiiField::PostalCode:
        return tr("Postal code");
    case PiiField::Phone:
        return tr("Recipient's phone");
    case PiiField::AddressType:
        return tr("Address type");
    case PiiField::AddressDetails:
        return tr("Street details and location");
    case PiiField::DeliveryInstructions:
        return tr("Delivery instructions");
    case PiiField::BuyerName:
        return tr("Buyer");
    case PiiField::BuyerEmail:
        return tr("Buyer's e-mail");
    case PiiField::BuyerPhone:
        return tr("Buyer's phone");
    case PiiField::BuyerCompany:
        return tr("Buyer's company");
    case PiiField::BuyerTaxId:
        return tr("Buyer's tax id");
    case PiiField::BuyerTaxDetails:
        return tr("Buyer's tax details");
    case PiiField::BuyerCounty:
        return tr("Buyer's county");
    case PiiField::PurchaseOrderNumber:
        return tr("Purchase order number");
    case PiiField::BillAddressLine1:
        return tr("Billing address line 1");
    case PiiField::BillAddressLine2:
        return tr("Billing address line 2");
    case PiiField::BillAddressLine3:
        return tr("Billing address line 3");
    case PiiField::BillCity:
        return tr("Billing city");
    case PiiField::BillStateOrRegion:
        return tr("Billing state or region");
    case PiiField::BillPostalCode:
        return tr("Billing postal code");
    case PiiField::GiftMessage:
        return tr("Gift message");
    case PiiField::CustomizedUrl:
        return tr("Customization download");
    case PiiField::RegulatedInformation:
        return tr("Regulated information");
    }
    return name(field);
}

PiiMask PiiFields::maskKind(PiiField field)
{
    return info(field).mask;
}

QString PiiFields::mask(PiiField field, const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    switch (maskKind(field)) {
    case PiiMask::Name: {
        QStringList words;
        for (QStringView word : QStringView(trimmed).split(u' ', Qt::SkipEmptyParts)) {
            words << initialOf(word);
            if (words.size() == 3) // the number of words says little; a long name says more
                break;
        }
        return words.join(u' ');
    }
    case PiiMask::Email: {
        const qsizetype at = trimmed.lastIndexOf(u'@');
        if (at < 0 || at == trimmed.size() - 1)
            return kStars;
        return kStars + trimmed.mid(at);
    }
    case PiiMask::Phone: {
        QString digits;
        for (QChar c : trimmed)
            if (c.isDigit())
                digits += c;
        if (digits.size() < 6) // too short to show any of it
            return kStars;
        return kStars + u' ' + digits.right(2);
    }
    case PiiMask::Initial:
        return initialOf(trimmed);
    case PiiMask::Hidden:
        return kStars;
    }
    return kStars;
}

bool PiiFields::isInvoiceField(PiiField field)
{
    return info(field).invoice;
}

static_assert(std::size(kFields) == static_cast<std::size_t>(PiiField::RegulatedInformation) + 1,
              "kFields lists every PiiField in order");

} // namespace dpp
