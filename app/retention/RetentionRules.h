// RetentionRules: when an order's PII is due for purge (../shared/DESIGN.md, Data flow 3). The DPP
// allows PII "no longer than 30 days after order shipment": due = actual ship time (else the
// LatestShipDate of a shipped order) + the retention period, which may only be shortened. A
// cancelled order is due at once; an order still awaiting shipment 60 days after purchase is
// flagged for review. Pure functions of the order's facts and the time: no database.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace dpp {

//! What a due date was computed from; stored with the order and shown.
enum class DueBasis
{
    ShipTime, //!< the actual ship time + the period
    LatestShipDate, //!< a shipped order without its ship time: LatestShipDate + the period
    LastUpdate, //!< a shipped order without either date: its last update (else first seen) + the period
    Cancelled, //!< due at once: the cancellation (its last update), else when it was first seen
    AwaitingShipment, //!< not shipped yet: no due date (flagged for review 60 days after purchase)
    Incomplete, //!< only parts of the order have arrived (no status): no due date yet
};

struct RetentionFacts
{
    std::optional<QString> status; //!< OrderStatus
    std::optional<QDateTime> purchaseDate;
    std::optional<QDateTime> lastUpdateDate;
    std::optional<QDateTime> latestShipDate;
    std::optional<QDateTime> shipTime;
};

struct RetentionDecision
{
    DueBasis basis = DueBasis::Incomplete;
    QDateTime basisTime; //!< the time the basis names (invalid for AwaitingShipment, Incomplete)
    QDateTime due; //!< basisTime + period; invalid when there is no due date
};

class RetentionRules final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::RetentionRules)

public:
    static constexpr int DefaultPeriodDays = 30; //!< the DPP's limit; settings may only shorten it
    static constexpr int MinimumPeriodDays = 1;
    static constexpr int ReviewAfterDays = 60; //!< unshipped this long after purchase: review

    /*!
     * The due date of an order. firstSeen is when DPP Console first saw the order cancelled (used
     * when a cancelled order has no last-update date). periodDays in [1, 30].
     */
    static RetentionDecision decide(const RetentionFacts& facts, int periodDays, const QDateTime& firstSeen);
    //! Whether an order awaiting shipment needs review at now (purchase + 60 days <= now).
    static bool needsReview(const RetentionFacts& facts, const QDateTime& now);

    static QString basisName(DueBasis basis); //!< stored: "ship-time", "latest-ship-date", ...
    static std::optional<DueBasis> basisFromName(const QString& name);
    static QString basisDisplayName(DueBasis basis); //!< translated
};

} // namespace dpp
