// Retention: counts and lists of due orders, holds, the retention period.
#include "retention/Retention.h"

#include "audit/AuditLog.h"
#include "orders/OrderRecord.h"
#include "orders/OrderStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QTimeZone>

namespace dpp {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
const QString kPeriodKey = QStringLiteral("retention.days");

QDateTime timeOf(const Statement& stmt, int column)
{
    if (stmt.columnIsNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(stmt.columnInt(column), QTimeZone::utc());
}

//! The bases whose due date is basis time + period (cancelled orders are due at once).
const QString kPeriodBases = QStringLiteral("('ship-time','latest-ship-date','last-update')");

//! Orders whose PII is live and whose clock runs (no legal hold).
const QString kLiveAndRunning = QStringLiteral("pii_state = 'present' AND hold NOT LIKE '%legal%'");

QString awaitingStatuses()
{
    return QStringLiteral("('%1','%2','%3','%4')")
        .arg(QLatin1StringView(OrderStatus::PendingAvailability), QLatin1StringView(OrderStatus::Pending),
             QLatin1StringView(OrderStatus::Unshipped), QLatin1StringView(OrderStatus::PartiallyShipped));
}

//! The active holds of an order as orders.hold stores them: "", "legal", "tax", "legal,tax".
Result<void> refreshHoldColumn(Database& db, qint64 orderKey)
{
    auto stmt = db.prepare(QStringLiteral(
        "UPDATE orders SET hold = coalesce((SELECT group_concat(kind, ',') FROM (SELECT DISTINCT kind FROM "
        "order_holds WHERE order_key = ?1 AND released_at IS NULL ORDER BY kind)), '') WHERE id = ?1"));
    DPP_TRY(stmt);
    stmt->bind(1, orderKey);
    return stmt->run();
}

Result<qint64> orderKeyOf(Database& db, const QString& orderId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id FROM orders WHERE order_id = ?"));
    DPP_TRY(stmt);
    stmt->bind(1, orderId);
    auto row = stmt->step();
    DPP_TRY(row);
    if (!row.value())
        return Error(ErrorCode::NotFound, Retention::tr("There is no order %1.").arg(orderId));
    return stmt->columnInt(0);
}

} // namespace

Retention::Retention(Vault& vault)
    : m_vault(vault)
{ }

QString Retention::holdKindName(HoldKind kind)
{
    return kind == HoldKind::Legal ? QStringLiteral("legal") : QStringLiteral("tax");
}

std::optional<HoldKind> Retention::holdKindFromName(const QString& name)
{
    if (name == QLatin1String("legal"))
        return HoldKind::Legal;
    if (name == QLatin1String("tax"))
        return HoldKind::Tax;
    return std::nullopt;
}

QString Retention::holdKindDisplayName(HoldKind kind)
{
    return kind == HoldKind::Legal ? tr("Legal hold") : tr("Tax hold");
}

Result<int> Retention::periodDays() const
{
    auto text = m_vault.setting(kPeriodKey, QString::number(RetentionRules::DefaultPeriodDays));
    DPP_TRY(text);
    bool ok = false;
    const int days = text->toInt(&ok);
    if (!ok || days < RetentionRules::MinimumPeriodDays || days > RetentionRules::DefaultPeriodDays)
        return RetentionRules::DefaultPeriodDays;
    return days;
}

Result<void> Retention::setPeriodDays(int days)
{
    DPP_TRY(m_vault.authorize(Permission::RetentionManage));
    if (days < RetentionRules::MinimumPeriodDays || days > RetentionRules::DefaultPeriodDays)
        return Error(
            ErrorCode::InvalidInput,
            tr("The DPP allows buyer data no longer than %1 days after shipment: choose from %2 to %1 "
               "days.")
                .arg(RetentionRules::DefaultPeriodDays)
                .arg(RetentionRules::MinimumPeriodDays));
    Database& db = m_vault.database();
    const QDateTime now = m_vault.clock()();
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    DPP_TRY(m_vault.writeSetting(kPeriodKey, QString::number(days)));
    auto due = db.prepare(QStringLiteral("UPDATE orders SET due_at = basis_time + ? + paused_seconds "
                                         "WHERE due_basis IN %1 AND basis_time IS NOT NULL")
                              .arg(kPeriodBases));
    DPP_TRY(due);
    due->bind(1, days * kSecondsPerDay);
    DPP_TRY(due->run());
    DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                   {AuditAction::RetentionPeriodChanged, AuditOutcome::Allowed,
                                    QStringLiteral("setting"), kPeriodKey,
                                    AuditDetails().setting(kPeriodKey).count(days)},
                                   now));
    DPP_TRY(tx->commit());
    return m_vault.audit().publishHead();
}

Result<RetentionCounts> Retention::counts()
{
    DPP_TRY(m_vault.authorize(Permission::OrdersView));
    Database& db = m_vault.database();
    const qint64 now = m_vault.clock()().toSecsSinceEpoch();
    const auto one = [&](const QString& where, qint64 a, qint64 b) -> Result<qint64> {
        auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM orders WHERE ") + where);
        DPP_TRY(stmt);
        if (where.contains(u'?'))
            stmt->bind(1, a);
        if (where.count(u'?') > 1)
            stmt->bind(2, b);
        auto row = stmt->step();
        DPP_TRY(row);
        return stmt->columnInt(0);
    };
    RetentionCounts counts;
    auto overdue = one(QStringLiteral("due_at < ? AND ") + kLiveAndRunning, now, 0);
    DPP_TRY(overdue);
    counts.overdue = overdue.value();
    auto soon = one(QStringLiteral("due_at >= ? AND due_at <= ? AND ") + kLiveAndRunning, now,
                    now + 7 * kSecondsPerDay);
    DPP_TRY(soon);
    counts.dueWithin7Days = soon.value();
    auto held = one(QStringLiteral("hold <> ''"), 0, 0);
    DPP_TRY(held);
    counts.onHold = held.value();
    auto review = one(
        QStringLiteral("status IN %1 AND purchase_date <= ? AND purchase_date <> ?").arg(awaitingStatuses()),
        now - RetentionRules::ReviewAfterDays * kSecondsPerDay, OrderStore::UnknownPurchaseDate);
    DPP_TRY(review);
    counts.needsReview = review.value();
    return counts;
}

Result<QList<RetentionEntry>> Retention::list(RetentionList which, int limit, const QString& afterOrderId)
{
    DPP_TRY(m_vault.authorize(Permission::OrdersView));
    Database& db = m_vault.database();
    const QDateTime nowTime = m_vault.clock()();
    const qint64 now = nowTime.toSecsSinceEpoch();
    QString where;
    bool byDue = true;
    switch (which) {
    case RetentionList::Overdue:
        where = QStringLiteral("due_at < :now AND ") + kLiveAndRunning;
        break;
    case RetentionList::DueWithin7Days:
        where = QStringLiteral("due_at >= :now AND due_at <= :week AND ") + kLiveAndRunning;
        break;
    case RetentionList::OnHold:
        where = QStringLiteral("hold <> ''");
        byDue = false;
        break;
    case RetentionList::NeedsReview:
        where = QStringLiteral("status IN %1 AND purchase_date <= :review AND purchase_date <> :unknown")
                    .arg(awaitingStatuses());
        byDue = false;
        break;
    case RetentionList::All:
        where = QStringLiteral("pii_state = 'present'");
        break;
    }
    // Keyset paging after an order id: by (due_at, order_id) or by order_id.
    qint64 afterDue = 0;
    if (!afterOrderId.isEmpty()) {
        if (byDue) {
            auto stmt = db.prepare(QStringLiteral("SELECT due_at FROM orders WHERE order_id = ?"));
            DPP_TRY(stmt);
            stmt->bind(1, afterOrderId);
            auto row = stmt->step();
            DPP_TRY(row);
            if (!row.value())
                return Error(ErrorCode::NotFound, tr("There is no order %1.").arg(afterOrderId));
            afterDue = stmt->columnInt(0);
            where += QStringLiteral(" AND (due_at, order_id) > (:afterDue, :afterId)");
        } else {
            where += QStringLiteral(" AND order_id > :afterId");
        }
    }
    const QString sql
        = QStringLiteral("SELECT o.order_id, o.status, o.purchase_date, o.due_at, o.due_basis, o.basis_time, "
                         "h.kind, h.reason, h.review_date FROM orders o LEFT JOIN order_holds h ON h.id = "
                         "(SELECT id FROM order_holds WHERE order_key = o.id AND released_at IS NULL "
                         "ORDER BY kind LIMIT 1) WHERE %1 ORDER BY %2 LIMIT :limit")
              .arg(where, byDue ? QStringLiteral("o.due_at, o.order_id") : QStringLiteral("o.order_id"));
    auto stmt = db.prepare(sql);
    DPP_TRY(stmt);
    const auto bindNamed = [&](const char* name, auto value) {
        const int index = stmt->parameterIndex(QString::fromLatin1(name));
        if (index > 0)
            stmt->bind(index, value);
    };
    bindNamed(":now", now);
    bindNamed(":week", now + 7 * kSecondsPerDay);
    bindNamed(":review", now - RetentionRules::ReviewAfterDays * kSecondsPerDay);
    bindNamed(":unknown", OrderStore::UnknownPurchaseDate);
    bindNamed(":afterDue", afterDue);
    bindNamed(":afterId", afterOrderId);
    bindNamed(":limit", static_cast<qint64>(std::max(limit, 0)));
    QList<RetentionEntry> entries;
    while (true) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            return entries;
        RetentionEntry e;
        e.orderId = stmt->columnText(0);
        e.status = stmt->columnText(1);
        if (stmt->columnInt(2) != OrderStore::UnknownPurchaseDate)
            e.purchaseDate = timeOf(*stmt, 2);
        if (stmt->columnInt(3) != OrderStore::NoDueDate)
            e.due = timeOf(*stmt, 3);
        e.basis = RetentionRules::basisFromName(stmt->columnText(4)).value_or(DueBasis::Incomplete);
        e.basisTime = timeOf(*stmt, 5);
        if (!stmt->columnIsNull(6)) {
            e.hold = holdKindFromName(stmt->columnText(6));
            e.holdReason = stmt->columnText(7);
            e.holdReview = QDate::fromString(stmt->columnText(8), Qt::ISODate);
        }
        RetentionFacts facts;
        if (!e.status.isEmpty())
            facts.status = e.status;
        if (e.purchaseDate.isValid())
            facts.purchaseDate = e.purchaseDate;
        e.needsReview = RetentionRules::needsReview(facts, nowTime);
        entries << e;
    }
}

Result<void> Retention::placeHold(const QString& orderId, HoldKind kind, const QString& reason,
                                  const QDate& reviewDate)
{
    DPP_TRY(m_vault.authorize(Permission::RetentionManage));
    const QDateTime now = m_vault.clock()();
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Say why the order is held: the reason is kept with the hold."));
    if (kind == HoldKind::Legal && (!reviewDate.isValid() || reviewDate <= now.date()))
        return Error(
            ErrorCode::InvalidInput,
            tr("A legal hold needs a review date after today, when someone checks it is still needed."));
    Database& db = m_vault.database();
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    auto key = orderKeyOf(db, orderId);
    DPP_TRY(key);
    auto active = db.prepare(
        QStringLiteral("SELECT 1 FROM order_holds WHERE order_key = ? AND kind = ? AND released_at IS NULL"));
    DPP_TRY(active);
    active->bind(1, key.value()).bind(2, holdKindName(kind));
    auto found = active->step();
    DPP_TRY(found);
    if (found.value())
        return Error(ErrorCode::AlreadyExists,
                     kind == HoldKind::Legal ? tr("Order %1 is already on legal hold.").arg(orderId)
                                             : tr("Order %1 is already on tax hold.").arg(orderId));
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO order_holds (order_key, kind, reason, review_date, set_by, set_by_name, set_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    DPP_TRY(insert);
    insert->bind(1, key.value()).bind(2, holdKindName(kind)).bind(3, reason.trimmed());
    if (reviewDate.isValid())
        insert->bind(4, reviewDate.toString(Qt::ISODate));
    else
        insert->bindNull(4);
    if (m_vault.session().principalId() > 0)
        insert->bind(5, m_vault.session().principalId());
    else
        insert->bindNull(5);
    insert->bind(6, m_vault.session().name()).bind(7, now.toSecsSinceEpoch());
    DPP_TRY(insert->run());
    DPP_TRY(refreshHoldColumn(db, key.value()));
    DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                   {AuditAction::HoldPlaced, AuditOutcome::Allowed, QStringLiteral("order"),
                                    orderId, AuditDetails().holdKind(holdKindName(kind))},
                                   now));
    DPP_TRY(tx->commit());
    return m_vault.audit().publishHead();
}

Result<void> Retention::releaseHold(const QString& orderId, HoldKind kind)
{
    DPP_TRY(m_vault.authorize(Permission::RetentionManage));
    const QDateTime now = m_vault.clock()();
    Database& db = m_vault.database();
    auto tx = Transaction::begin(db);
    DPP_TRY(tx);
    auto key = orderKeyOf(db, orderId);
    DPP_TRY(key);
    auto active = db.prepare(QStringLiteral(
        "SELECT id, set_at FROM order_holds WHERE order_key = ? AND kind = ? AND released_at IS NULL"));
    DPP_TRY(active);
    active->bind(1, key.value()).bind(2, holdKindName(kind));
    auto found = active->step();
    DPP_TRY(found);
    if (!found.value())
        return Error(ErrorCode::NotFound,
                     kind == HoldKind::Legal ? tr("Order %1 is not on legal hold.").arg(orderId)
                                             : tr("Order %1 is not on tax hold.").arg(orderId));
    const qint64 holdId = active->columnInt(0);
    const qint64 setAt = active->columnInt(1);
    auto release = db.prepare(
        QStringLiteral("UPDATE order_holds SET released_at = ?, released_by_name = ? WHERE id = ?"));
    DPP_TRY(release);
    release->bind(1, now.toSecsSinceEpoch()).bind(2, m_vault.session().name()).bind(3, holdId);
    DPP_TRY(release->run());
    if (kind == HoldKind::Legal) {
        // The clock stood still while the hold lasted: the due date moves on by that time.
        const qint64 paused = std::max<qint64>(now.toSecsSinceEpoch() - setAt, 0);
        auto shift = db.prepare(
            QStringLiteral("UPDATE orders SET paused_seconds = paused_seconds + ?1, "
                           "due_at = CASE WHEN due_at = ?2 THEN due_at ELSE due_at + ?1 END WHERE id = ?3"));
        DPP_TRY(shift);
        shift->bind(1, paused).bind(2, OrderStore::NoDueDate).bind(3, key.value());
        DPP_TRY(shift->run());
    }
    DPP_TRY(refreshHoldColumn(db, key.value()));
    DPP_TRY(m_vault.audit().append(AuditActor::of(m_vault.session()),
                                   {AuditAction::HoldReleased, AuditOutcome::Allowed, QStringLiteral("order"),
                                    orderId, AuditDetails().holdKind(holdKindName(kind))},
                                   now));
    DPP_TRY(tx->commit());
    return m_vault.audit().publishHead();
}

Result<QList<Hold>> Retention::holds(const QString& orderId)
{
    DPP_TRY(m_vault.authorize(Permission::OrdersView));
    Database& db = m_vault.database();
    auto stmt = db.prepare(QStringLiteral(
        "SELECT h.id, h.kind, h.reason, h.review_date, h.set_by_name, h.set_at, h.released_by_name, "
        "h.released_at "
        "FROM order_holds h JOIN orders o ON o.id = h.order_key WHERE o.order_id = ? ORDER BY h.id DESC"));
    DPP_TRY(stmt);
    stmt->bind(1, orderId);
    QList<Hold> holds;
    while (true) {
        auto row = stmt->step();
        DPP_TRY(row);
        if (!row.value())
            return holds;
        Hold h;
        h.id = stmt->columnInt(0);
        h.orderId = orderId;
        h.kind = holdKindFromName(stmt->columnText(1)).value_or(HoldKind::Legal);
        h.reason = stmt->columnText(2);
        h.reviewDate = QDate::fromString(stmt->columnText(3), Qt::ISODate);
        h.setBy = stmt->columnText(4);
        h.setAt = timeOf(*stmt, 5);
        h.releasedBy = stmt->columnText(6);
        h.releasedAt = timeOf(*stmt, 7);
        holds << h;
    }
}

} // namespace dpp
