// PiiField: the buyer data of an order that DPP Console keeps only encrypted, from
// ../shared/reference/spapi/orders-pii-fields.md (Amazon's restricted elements of the Orders API
// v0 and 2026-01-01, and the flat-file report columns classed PII or quasi-identifier). Each field
// is sealed on its own with the order's data key (associated data: order id and field name), and
// each has a masked form that shows no more than an initial.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace dpp {

enum class PiiField
{
    // The recipient's delivery address (v0 ShippingAddress, 2026 recipient.deliveryAddress,
    // flat-file recipient-name / ship-*).
    RecipientName,
    RecipientCompany,
    AddressLine1,
    AddressLine2,
    AddressLine3,
    City,
    District, //!< County, District, Municipality (joined with ", ")
    StateOrRegion,
    PostalCode,
    Phone,
    AddressType, //!< Residential / Commercial (listed as restricted by Amazon)
    AddressDetails, //!< ExtendedFields: street name and number, complement, neighborhood, geo-coordinates
                    //!< (JSON)
    DeliveryInstructions, //!< DeliveryPreferences, flat-file delivery-Instructions (JSON or text)
                          // The buyer (v0 BuyerInfo, 2026 buyer, flat-file buyer-*).
    BuyerName,
    BuyerEmail,
    BuyerPhone,
    BuyerCompany, //!< BuyerCompanyName, BuyerTaxInfo.CompanyLegalName, BuyerLegalCompanyName
    BuyerTaxId, //!< TaxClassifications values, BuyerTaxRegistrationId, flat-file cpf
    BuyerTaxDetails, //!< the rest of BuyerTaxInfo / BuyerTaxInformation (JSON)
    BuyerCounty, //!< BuyerInfo.BuyerCounty (Brazil)
    PurchaseOrderNumber,
    // The billing address of flat-file reports (bill-*).
    BillAddressLine1,
    BillAddressLine2,
    BillAddressLine3,
    BillCity,
    BillStateOrRegion,
    BillPostalCode,
    // Items and regulated information.
    GiftMessage, //!< every item's gift message (one per line: "<order item id>: <text>")
    CustomizedUrl, //!< Amazon Custom's download URL(s), one per line
    RegulatedInformation, //!< getOrderRegulatedInfo's Fields (JSON)
};

//! How a field's masked form is made.
enum class PiiMask
{
    Name, //!< each word: its initial and three stars ("J*** S***")
    Email, //!< the local part hidden ("***@marketplace.amazon.com")
    Phone, //!< stars and the last two digits ("*** 24")
    Initial, //!< the first character and three stars
    Hidden, //!< only "***" (free text, URLs, JSON, tax ids)
};

class PiiFields final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::PiiFields)

public:
    static QList<PiiField> all();
    //! Stable name, stored in the database, settings and associated data: "recipient.name", ...
    static QString name(PiiField field);
    static std::optional<PiiField> fromName(const QString& name);
    //! Translated, for the console.
    static QString displayName(PiiField field);
    static PiiMask maskKind(PiiField field);
    //! The masked form shown without revealing. Never longer than it needs to be: the number of
    //! stars does not follow the length of the value.
    static QString mask(PiiField field, const QString& value);
    //! Whether an invoice needs the field (the tax hold moves these to the cold tax archive).
    static bool isInvoiceField(PiiField field);
};

} // namespace dpp
