// Retention: due dates of stored orders, holds and the retention period (issue 5, item 4), over
// the orders table (app/orders/OrderStore). Reading needs orders.view; holds and the period need
// retention.manage. Every change is audited; hold reasons stay in the database, never in the log.
#pragma once

#include "common/Result.h"
#include "retention/RetentionRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace dpp {

class Vault;

enum class HoldKind
{
    Legal, //!< pauses the clock, with a reason and a review date
    Tax, //!< keeps the invoice fields for tax: the purge moves them to the cold tax archive
};

struct Hold
{
    qint64 id = 0;
    QString orderId;
    HoldKind kind = HoldKind::Legal;
    QString reason; //!< typed by the DPO; kept in the database only
    QDate reviewDate; //!< legal holds: when it must be looked at again
    QString setBy; //!< principal name
    QDateTime setAt;
    QString releasedBy; //!< empty while active
    QDateTime releasedAt;
    bool active() const { return !releasedAt.isValid(); }
};

struct RetentionCounts
{
    qint64 overdue = 0; //!< due before now, PII still present, no legal hold
    qint64 dueWithin7Days = 0; //!< due from now to now + 7 days, no legal hold
    qint64 onHold = 0; //!< with an active hold (legal or tax)
    qint64 needsReview = 0; //!< awaiting shipment 60 days after purchase
};

enum class RetentionList
{
    Overdue,
    DueWithin7Days,
    OnHold,
    NeedsReview,
    All, //!< every order with PII present, by due date
};

struct RetentionEntry
{
    QString orderId;
    QString status;
    QDateTime purchaseDate;
    QDateTime due; //!< invalid when none
    DueBasis basis = DueBasis::Incomplete;
    QDateTime basisTime;
    std::optional<HoldKind> hold; //!< the active hold shown (legal before tax)
    QString holdReason;
    QDate holdReview;
    bool needsReview = false;
};

class Retention final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::Retention)

public:
    explicit Retention(Vault& vault);

    //! The retention period in days (setting retention.days, default 30).
    Result<int> periodDays() const;
    /*!
     * Shortens (or restores up to 30) the period and recomputes every due date, in one
     * transaction. Needs retention.manage; refuses more than 30 or fewer than 1 day.
     */
    Result<void> setPeriodDays(int days);

    Result<RetentionCounts> counts(); //!< needs orders.view
    /*!
     * Orders of one list, by due date (on-hold and review lists by order id), at most limit,
     * those after afterOrderId when it is set (keyset paging). Needs orders.view.
     */
    Result<QList<RetentionEntry>> list(RetentionList which, int limit, const QString& afterOrderId = {});

    /*!
     * Puts an order on hold. Legal: reason (not empty) and a review date after today; the clock
     * stops until it is released. Tax: reason; the clock runs on. A kind already active is
     * refused (AlreadyExists). Needs retention.manage. Audited with the order id and kind.
     */
    Result<void> placeHold(const QString& orderId, HoldKind kind, const QString& reason,
                           const QDate& reviewDate = {});
    //! Releases the active hold of that kind; a legal hold's time on hold moves the due date on.
    Result<void> releaseHold(const QString& orderId, HoldKind kind);
    Result<QList<Hold>> holds(const QString& orderId); //!< every hold ever, newest first; orders.view

    static QString holdKindName(HoldKind kind); //!< "legal", "tax"
    static std::optional<HoldKind> holdKindFromName(const QString& name);
    static QString holdKindDisplayName(HoldKind kind); //!< translated

private:
    Vault& m_vault;
};

} // namespace dpp
