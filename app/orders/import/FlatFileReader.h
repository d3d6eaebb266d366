// FlatFileReader: Amazon's tab-separated flat-file order reports (GET_FLAT_FILE_ORDER_REPORT_DATA_*,
// GET_FLAT_FILE_ALL_ORDERS_DATA_*, GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING, the MWS order
// report). Columns are found by name, since the column sets differ by report, marketplace and year.
#pragma once

#include "orders/import/ImportSupport.h"

#include <QByteArrayView>

namespace dpp {

class FlatFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::OrderFileParser)

public:
    //! Reads the report; data may start with a UTF-8 byte order mark.
    static Result<ParsedOrders> parse(QByteArrayView data, const ImportInput& input);
};

} // namespace dpp
