// RetentionRules: the due date of an order's PII from its facts.
#include "retention/RetentionRules.h"

#include "orders/OrderRecord.h"

#include <algorithm>

namespace dpp {

RetentionDecision RetentionRules::decide(const RetentionFacts& facts, int periodDays,
                                         const QDateTime& firstSeen)
{
    periodDays = std::clamp(periodDays, MinimumPeriodDays, DefaultPeriodDays);
    RetentionDecision decision;
    if (!facts.status) {
        decision.basis = DueBasis::Incomplete;
        return decision;
    }
    const QString& status = *facts.status;
    if (OrderStatus::isCancelled(status)) {
        // Due at once: nothing is left to fulfil.
        decision.basis = DueBasis::Cancelled;
        decision.basisTime = facts.lastUpdateDate ? *facts.lastUpdateDate : firstSeen;
        decision.due = decision.basisTime;
        return decision;
    }
    if (OrderStatus::isShipped(status)) {
        if (facts.shipTime && facts.shipTime->isValid()) {
            decision.basis = DueBasis::ShipTime;
            decision.basisTime = *facts.shipTime;
        } else if (facts.latestShipDate && facts.latestShipDate->isValid()) {
            decision.basis = DueBasis::LatestShipDate;
            decision.basisTime = *facts.latestShipDate;
        } else {
            // Shipped, but the file says neither when nor by when: the order is complete and the
            // DPP's clock must run from something, so from its last update, else first sight.
            decision.basis = DueBasis::LastUpdate;
            decision.basisTime = facts.lastUpdateDate ? *facts.lastUpdateDate : firstSeen;
        }
        decision.due = decision.basisTime.addDays(periodDays);
        return decision;
    }
    decision.basis
        = OrderStatus::isAwaitingShipment(status) ? DueBasis::AwaitingShipment : DueBasis::Incomplete;
    return decision;
}

bool RetentionRules::needsReview(const RetentionFacts& facts, const QDateTime& now)
{
    if (!facts.status || !OrderStatus::isAwaitingShipment(*facts.status) || !facts.purchaseDate
        || !facts.purchaseDate->isValid())
        return false;
    return facts.purchaseDate->addDays(ReviewAfterDays) <= now;
}

QString RetentionRules::basisName(DueBasis basis)
{
    switch (basis) {
    case DueBasis::ShipTime:
        return QStringLiteral("ship-time");
    case DueBasis::LatestShipDate:
        return QStringLiteral("latest-ship-date");
    case DueBasis::LastUpdate:
        return QStringLiteral("last-update");
    case DueBasis::Cancelled:
        return QStringLiteral("cancelled");
    case DueBasis::AwaitingShipment:
        return QStringLiteral("awaiting-shipment");
    case DueBasis::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

std::optional<DueBasis> RetentionRules::basisFromName(const QString& name)
{
    for (DueBasis basis : {DueBasis::ShipTime, DueBasis::LatestShipDate, DueBasis::LastUpdate,
                           DueBasis::Cancelled, DueBasis::AwaitingShipment, DueBasis::Incomplete})
        if (basisName(basis) == name)
            return basis;
    return std::nullopt;
}

QString RetentionRules::basisDisplayName(DueBasis basis)
{
    switch (basis) {
    case DueBasis::ShipTime:
        return tr("Shipped");
    case DueBasis::LatestShipDate:
        return tr("Latest ship date");
    case DueBasis::LastUpdate:
        return tr("Shipped (last update)");
    case DueBasis::Cancelled:
        return tr("Cancelled");
    case DueBasis::AwaitingShipment:
        return tr("Awaiting shipment");
    case DueBasis::Incomplete:
        return tr("Order not complete");
    }
    return basisName(basis);
}

} // namespace dpp
