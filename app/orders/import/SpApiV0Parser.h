// SpApiV0Parser: the responses of the SP-API Orders API v0 (getOrders, getOrder, getOrderAddress,
// getOrderBuyerInfo, getOrderItems, getOrderItemsBuyerInfo, getOrderRegulatedInfo), model
// ordersV0.json. Every part is read by the same code: a part sets what it carries.
#pragma once

#include "orders/import/ImportSupport.h"

namespace dpp {

class SpApiV0Parser final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::OrderFileParser)

public:
    //! Whether the document is a v0 response (it has a "payload" member).
    static bool accepts(const QJsonObject& root);
    static Result<ParsedOrders> parse(const QJsonObject& root, const ImportInput& input);
};

} // namespace dpp
