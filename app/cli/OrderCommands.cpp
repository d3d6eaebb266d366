// OrderCommands: see the header. Usage is checked before signing in, so a typo costs no password
// prompt and leaves no audit row. Lists page through the core (keyset cursors), so a million orders
// never sit in memory at once, and print as they go.
#include "cli/OrderCommands.h"

#include "cli/CommandContext.h"
#include "cli/Output.h"
#include "orders/DemoOrders.h"
#include "orders/OrderStore.h"
#include "retention/Retention.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <cstdio>

namespace dpp::cli {

namespace {

constexpr int PageSize = 500;
//! The seed of `dppctl demo` orders (and the console's): ids "999-0000001-<index>".
constexpr quint32 DemoSeed = 1;

const QString StatusOption = QStringLiteral("status");
const QString LimitOption = QStringLiteral("limit");
const QString ListOption = QStringLiteral("list");
const QString LegalOption = QStringLiteral("legal");
const QString TaxOption = QStringLiteral("tax");
const QString ReasonOption = QStringLiteral("reason");
const QString ReviewOption = QStringLiteral("review");
const QString OrdersOption = QStringLiteral("orders");

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString localMinute(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("-");
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? tr("-") : text;
}

//! One JSON object on one line (JSON Lines): a list of a million orders streams.
void printJsonLine(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

//! Columns of a given width, the last one as it is (rows are printed as pages arrive, so the
//! widths cannot follow the content).
void printColumns(const QStringList& cells, const QList<int>& widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.value(i) - 1) + u' ';
    printOut(line);
}

int usageLine(const QString& usage)
{
    return usageError(tr("usage: dppctl %1").arg(usage));
}

//! --limit N: a positive number, or 0 when not given (no limit).
Result<qint64> limitOption(const CommandContext& context)
{
    if (!context.isSet(LimitOption))
        return qint64(0);
    bool ok = false;
    const qint64 limit = context.value(LimitOption).toLongLong(&ok);
    if (!ok || limit < 1)
        return Error(ErrorCode::InvalidInput,
                     tr("--limit takes a number of 1 or more, not \"%1\".").arg(context.value(LimitOption)));
    return limit;
}

//! --status S[,S]: the statuses as OrderStatus names (the spellings files use are accepted too).
Result<QStringList> statusOption(const CommandContext& context)
{
    QStringList statuses;
    if (!context.isSet(StatusOption))
        return statuses;
    for (const QString& part : context.value(StatusOption).split(u',', Qt::SkipEmptyParts)) {
        const auto status = OrderStatus::normalize(part.trimmed());
        if (!status)
            return Error(ErrorCode::InvalidInput,
                         tr("unknown order status \"%1\"; the statuses are: %2")
                             .arg(part.trimmed(), OrderStatus::all().join(u", ")));
        statuses << *status;
    }
    if (statuses.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("--status takes one or more of: %1").arg(OrderStatus::all().join(u", ")));
    return statuses;
}

std::optional<RetentionList> retentionListFromName(const QString& name)
{
    if (name == QLatin1String("overdue"))
        return RetentionList::Overdue;
    if (name == QLatin1String("due-soon"))
        return RetentionList::DueWithin7Days;
    if (name == QLatin1String("on-hold"))
        return RetentionList::OnHold;
    if (name == QLatin1String("review"))
        return RetentionList::NeedsReview;
    if (name == QLatin1String("all"))
        return RetentionList::All;
    return std::nullopt;
}

//! The one hold kind of --legal or --tax.
Result<HoldKind> holdKindOption(const CommandContext& context)
{
    const bool legal = context.isSet(LegalOption);
    const bool tax = context.isSet(TaxOption);
    if (legal == tax)
        return Error(ErrorCode::InvalidInput, tr("give either --legal or --tax."));
    return legal ? HoldKind::Legal : HoldKind::Tax;
}

QJsonObject orderToJson(const OrderSummary& order)
{
    return QJsonObject{
        {QStringLiteral("id"), order.orderId},
        {QStringLiteral("status"), textOrNull(order.status)},
        {QStringLiteral("marketplace"), textOrNull(order.marketplaceId)},
        {QStringLiteral("fulfillment_channel"), textOrNull(order.fulfillmentChannel)},
        {QStringLiteral("purchase_date"), isoOrNull(order.purchaseDate)},
        {QStringLiteral("ship_date"), isoOrNull(order.shipTime)},
        {QStringLiteral("latest_ship_date"), isoOrNull(order.latestShipDate)},
        {QStringLiteral("due"), isoOrNull(order.due)},
        {QStringLiteral("basis"), RetentionRules::basisName(order.basis)},
        {QStringLiteral("hold"), textOrNull(order.hold)},
        {QStringLiteral("needs_review"), order.needsReview},
        {QStringLiteral("pii"), OrderStore::piiStateName(order.pii)},
        {QStringLiteral("masked_name"), textOrNull(order.maskedName)},
    };
}

QJsonObject retentionToJson(const RetentionEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.orderId},
        {QStringLiteral("status"), textOrNull(entry.status)},
        {QStringLiteral("purchase_date"), isoOrNull(entry.purchaseDate)},
        {QStringLiteral("due"), isoOrNull(entry.due)},
        {QStringLiteral("basis"), RetentionRules::basisName(entry.basis)},
        {QStringLiteral("basis_time"), isoOrNull(entry.basisTime)},
        {QStringLiteral("hold"),
         entry.hold ? QJsonValue(Retention::holdKindName(*entry.hold)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hold_review"),
         entry.holdReview.isValid() ? QJsonValue(entry.holdReview.toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("needs_review"), entry.needsReview},
    };
}

} // namespace

OrderCommands::OrderCommands(CommandContext& context)
    : m_context(context)
{ }

QList<QCommandLineOption> OrderCommands::options()
{
    return {
        {StatusOption, tr("orders list: only orders with this status (several separated by commas)."),
         QStringLiteral("S")},
        {LimitOption, tr("orders list: at most N orders."), QStringLiteral("N")},
        {ListOption, tr("retention list: overdue, due-soon, on-hold, review or all (default)."),
         QStringLiteral("LIST")},
        {LegalOption, tr("retention hold, release: a legal hold (pauses the clock).")},
        {TaxOption, tr("retention hold, release: a tax hold (invoice fields go to the tax archive).")},
        {ReasonOption, tr("retention hold: why (kept in the database, not in the audit log)."),
         QStringLiteral("TEXT")},
        {ReviewOption, tr("retention hold --legal: when the hold must be looked at again."),
         QStringLiteral("YYYY-MM-DD")},
        {OrdersOption, tr("demo: how many synthetic orders to add."), QStringLiteral("N")},
    };
}

QString OrderCommands::usage()
{
    return tr("\n\nOrders and retention (issue 5; PII always masked here):\n"
              "  import FILE...          import SP-API Orders JSON or flat-file order reports; prints how\n"
              "                          many orders were new, updated, and which files were refused\n"
              "  orders list [--status S] [--limit N]  the orders, newest first (--json: one object a line)\n"
              "  retention list [--list overdue|due-soon|on-hold|review|all]  due dates, basis, holds\n"
              "  retention hold ORDER --legal --reason TEXT --review YYYY-MM-DD  pause the clock\n"
              "  retention hold ORDER --tax --reason TEXT  keep the invoice fields for tax\n"
              "  retention release ORDER --legal|--tax  end a hold\n"
              "  retention period [DAYS] show or shorten the retention period (1 to 30 days)\n"
              "  demo --orders N         add N synthetic orders with made-up buyers (ids 999-...)\n");
}

int OrderCommands::import(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return usageLine(tr("import FILE..."));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    OrderStore store(*vault.value());
    auto summary = store.importFiles(arguments);
    if (!summary)
        return fail(summary.error());
    // The messages name file, line or path and field, never a value.
    for (const QString& refusal : std::as_const(summary->refusals))
        printError(tr("refused: %1").arg(refusal));
    if (m_context.json()) {
        printJson({{QStringLiteral("new"), summary->added},
                   {QStringLiteral("updated"), summary->updated},
                   {QStringLiteral("unchanged"), summary->unchanged},
                   {QStringLiteral("refused"), summary->refusedFiles},
                   {QStringLiteral("pii_dropped"), summary->piiDropped}});
    } else {
        printOut(tr("New:      %1").arg(summary->added));
        printOut(tr("Updated:  %1 (%2 unchanged)").arg(summary->updated).arg(summary->unchanged));
        printOut(tr("Refused:  %1 of %2 files").arg(summary->refusedFiles).arg(arguments.size()));
        if (summary->piiDropped > 0)
            printOut(tr("Orders purged before, whose PII was not stored again: %1").arg(summary->piiDropped));
    }
    return summary->refusedFiles == 0 ? Ok : ActionFailed;
}

int OrderCommands::orders(const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("list"))
        return listOrders(arguments);
    return usageError(tr("orders takes list; see dppctl --help"));
}

int OrderCommands::listOrders(const QStringList& arguments)
{
    const QString usage = tr("orders list [--json] [--status S] [--limit N]");
    if (arguments.size() != 1)
        return usageLine(usage);
    auto limit = limitOption(m_context);
    if (!limit)
        return usageError(limit.error().message());
    auto statuses = statusOption(m_context);
    if (!statuses)
        return usageError(statuses.error().message());

    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    OrderStore store(*vault.value());
    OrderPageRequest request;
    request.filter.statuses = statuses.value();
    request.sort = OrderSort::PurchaseDate;
    request.descending = true;
    const bool json = m_context.json();
    const QList<int> widths{21, 20, 18, 18, 18, 18, 11, 9};
    if (!json)
        printColumns({tr("ORDER ID"), tr("STATUS"), tr("PURCHASED"), tr("SHIPPED"), tr("DUE"), tr("BASIS"),
                      tr("HOLD"), tr("PII"), tr("BUYER")},
                     widths);
    qint64 printed = 0;
    for (;;) {
        request.limit = limit.value() > 0
            ? static_cast<int>(std::min<qint64>(PageSize, limit.value() - printed))
            : PageSize;
        auto page = store.page(request);
        if (!page)
            return fail(page.error());
        for (const OrderSummary& order : std::as_const(page->rows)) {
            if (json)
                printJsonLine(orderToJson(order));
            else
                printColumns({order.orderId, orDash(order.status), localMinute(order.purchaseDate),
                              localMinute(order.shipTime), localMinute(order.due),
                              RetentionRules::basisName(order.basis), orDash(order.hold),
                              OrderStore::piiStateName(order.pii), orDash(order.maskedName)},
                             widths);
        }
        printed += page->rows.size();
        if (page->rows.size() < request.limit || page->cursors.isEmpty()
            || (limit.value() > 0 && printed >= limit.value()))
            break;
        request.after = page->cursors.last();
    }
    return Ok;
}

int OrderCommands::retention(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("list"))
        return listRetention(arguments);
    if (action == QLatin1String("hold"))
        return placeHold(arguments);
    if (action == QLatin1String("release"))
        return releaseHold(arguments);
    if (action == QLatin1String("period"))
        return period(arguments);
    return usageError(tr("retention takes list, hold, release or period; see dppctl --help"));
}

int OrderCommands::listRetention(const QStringList& arguments)
{
    const QString usage = tr("retention list [--json] [--list overdue|due-soon|on-hold|review|all]");
    if (arguments.size() != 1)
        return usageLine(usage);
    const QString listName
        = m_context.isSet(ListOption) ? m_context.value(ListOption) : QStringLiteral("all");
    const auto which = retentionListFromName(listName);
    if (!which)
        return usageLine(usage);

    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    Retention retention(*vault.value());
    const bool json = m_context.json();
    const QList<int> widths{21, 20, 18, 18, 11, 12};
    if (!json)
        printColumns({tr("ORDER ID"), tr("STATUS"), tr("DUE"), tr("BASIS"), tr("HOLD"), tr("REVIEW")},
                     widths);
    QString after;
    for (;;) {
        auto entries = retention.list(which.value(), PageSize, after);
        if (!entries)
            return fail(entries.error());
        for (const RetentionEntry& entry : std::as_const(entries.value())) {
            if (json) {
                printJsonLine(retentionToJson(entry));
                continue;
            }
            QString review = entry.needsReview ? tr("unshipped") : QString();
            if (entry.holdReview.isValid())
                review = entry.holdReview.toString(Qt::ISODate);
            printColumns({entry.orderId, orDash(entry.status), localMinute(entry.due),
                          RetentionRules::basisName(entry.basis),
                          entry.hold ? Retention::holdKindName(*entry.hold) : tr("-"), orDash(review)},
                         widths);
        }
        // Stops also should a page not move on, rather than print the same rows forever.
        if (entries->size() < PageSize || entries->last().orderId == after)
            break;
        after = entries->last().orderId;
    }
    return Ok;
}

int OrderCommands::placeHold(const QStringList& arguments)
{
    const QString usage = tr("retention hold ORDER --legal --reason TEXT --review YYYY-MM-DD | "
                             "retention hold ORDER --tax --reason TEXT");
    if (arguments.size() != 2 || arguments.at(1).isEmpty())
        return usageLine(usage);
    auto kind = holdKindOption(m_context);
    if (!kind)
        return usageLine(usage);
    const QString reason = m_context.value(ReasonOption).trimmed();
    if (reason.isEmpty())
        return usageError(tr("a hold needs --reason TEXT."));
    QDate review;
    if (kind.value() == HoldKind::Legal) {
        if (!m_context.isSet(ReviewOption))
            return usageError(tr("a legal hold needs --review YYYY-MM-DD, when it is looked at again."));
        review = QDate::fromString(m_context.value(ReviewOption), QStringLiteral("yyyy-MM-dd"));
        if (!review.isValid())
            return usageError(
                tr("--review takes a date as YYYY-MM-DD, not \"%1\".").arg(m_context.value(ReviewOption)));
    } else if (m_context.isSet(ReviewOption)) {
        return usageError(tr("--review is for legal holds; a tax hold has none."));
    }

    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    Retention retention(*vault.value());
    auto placed = retention.placeHold(arguments.at(1), kind.value(), reason, review);
    if (!placed)
        return fail(placed.error());
    if (kind.value() == HoldKind::Legal)
        printOut(tr("%1 is on legal hold until it is released; review it by %2.")
                     .arg(arguments.at(1), review.toString(Qt::ISODate)));
    else
        printOut(tr("%1 is on tax hold: its invoice fields go to the tax archive when it is purged.")
                     .arg(arguments.at(1)));
    return Ok;
}

int OrderCommands::releaseHold(const QStringList& arguments)
{
    const QString usage = tr("retention release ORDER --legal|--tax");
    if (arguments.size() != 2 || arguments.at(1).isEmpty())
        return usageLine(usage);
    auto kind = holdKindOption(m_context);
    if (!kind)
        return usageLine(usage);
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    Retention retention(*vault.value());
    auto released = retention.releaseHold(arguments.at(1), kind.value());
    if (!released)
        return fail(released.error());
    printOut(
        tr("The %1 hold on %2 is released.").arg(Retention::holdKindName(kind.value()), arguments.at(1)));
    return Ok;
}

int OrderCommands::period(const QStringList& arguments)
{
    const QString usage = tr("retention period [DAYS]");
    if (arguments.size() > 2)
        return usageLine(usage);
    std::optional<int> days;
    if (arguments.size() == 2) {
        bool ok = false;
        days = arguments.at(1).toInt(&ok);
        if (!ok || *days < RetentionRules::MinimumPeriodDays || *days > RetentionRules::DefaultPeriodDays)
            return usageError(tr("the retention period is %1 to %2 days, not \"%3\".")
                                  .arg(RetentionRules::MinimumPeriodDays)
                                  .arg(RetentionRules::DefaultPeriodDays)
                                  .arg(arguments.at(1)));
    }
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    Retention retention(*vault.value());
    if (days) {
        auto set = retention.setPeriodDays(*days);
        if (!set)
            return fail(set.error());
    }
    auto current = retention.periodDays();
    if (!current)
        return fail(current.error());
    if (m_context.json())
        printJson({{QStringLiteral("period_days"), current.value()}});
    else
        printOut(tr("Retention period: %1 days after shipment").arg(current.value()));
    return Ok;
}

int OrderCommands::demo(const QStringList& arguments)
{
    const QString usage = tr("demo --orders N");
    bool ok = false;
    const int count = m_context.value(OrdersOption).toInt(&ok);
    if (!arguments.isEmpty() || !ok || count < 1 || count > 5000000)
        return usageLine(usage + tr(" (N from 1 to 5000000)"));

    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    OrderStore store(*vault.value());
    // Demo orders of earlier runs keep their ids; this run's follow them, so it adds count orders.
    OrderFilter earlier;
    earlier.orderIdPrefix = QStringLiteral("999-%1-").arg(DemoSeed, 7, 10, QLatin1Char('0'));
    auto first = store.count(earlier);
    if (!first)
        return fail(first.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool showProgress = count > DemoChunk;
    ImportSummary total;
    for (int done = 0; done < count;) {
        const int chunk = std::min(DemoChunk, count - done);
        const auto records
            = DemoOrders::generate(chunk, now, DemoSeed, static_cast<int>(first.value()) + done);
        auto summary = store.importRecords(records);
        if (!summary)
            return fail(summary.error());
        total.added += summary->added;
        total.updated += summary->updated;
        done += chunk;
        if (showProgress)
            printError(tr("demo: %1 of %2 orders").arg(done).arg(count));
    }
    if (m_context.json())
        printJson({{QStringLiteral("new"), total.added}, {QStringLiteral("updated"), total.updated}});
    else
        printOut(tr("Added %1 demo orders with made-up buyers (ids 999-...); %2 were there already.")
                     .arg(total.added)
                     .arg(total.updated));
    return Ok;
}

} // namespace dpp::cli
