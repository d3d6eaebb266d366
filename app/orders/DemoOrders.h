// DemoOrders: synthetic orders for trying the console and for the benchmark (issue 5, item 5).
// Buyers carry clearly made-up names ("Demo Buyer 000042", "Testperson Example") and addresses
// on "Example Street" with example.invalid e-mail addresses; order ids use the 999- prefix that
// Amazon never issues. Deterministic for a seed.
#pragma once

#include "orders/OrderRecord.h"

#include <QDateTime>
#include <vector>

namespace dpp {

class DemoOrders final
{
public:
    /*!
     * count orders purchased over the 90 days before now, with a realistic mix: most shipped
     * (with a ship time), some unshipped, pending, cancelled, a few unshipped for over 60 days;
     * three marketplaces; one to three items; the PII fields of a merchant-fulfilled order.
     * Order i (from 0) has the id "999-<7 digits of seed>-<7 digits of i>", so batches with
     * different seeds never collide and one seed always gives the same orders.
     */
    static std::vector<OrderRecord> generate(int count, const QDateTime& now, quint32 seed = 1,
                                             int firstIndex = 0);
};

} // namespace dpp
