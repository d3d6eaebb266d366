// SpApi2026Parser: the responses of the SP-API Orders API 2026-01-01, getOrder ({"order": {...}})
// and searchOrders ({"orders": [...], "pagination": ...}), model orders_2026-01-01.json.
#pragma once

#include "orders/import/ImportSupport.h"

namespace dpp {

class SpApi2026Parser final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::OrderFileParser)

public:
    //! Whether the document is a 2026-01-01 response (it has "order" or "orders").
    static bool accepts(const QJsonObject& root);
    static Result<ParsedOrders> parse(const QJsonObject& root, const ImportInput& input);
};

} // namespace dpp
