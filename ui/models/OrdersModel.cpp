// OrdersModel: see the header. Pages are read lazily from data(): a view asks only for the rows it
// paints, so a jump to the end reads one page (by OFFSET) and scrolling on from there reads its
// neighbours by cursor, each as cheap as the first.
#include "OrdersModel.h"

#include "VaultJob.h"
#include "retention/Retention.h"
#include "vault/Vault.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <limits>

namespace dpp::ui {

namespace {

constexpr qint64 SecondsPerDay = 24 * 3600;
constexpr qint64 SoonSeconds = 7 * SecondsPerDay;

} // namespace

OrdersModel::OrdersModel(Clock clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(std::move(clock))
{ }

OrdersModel::~OrdersModel() = default;

void OrdersModel::setVault(Vault* vault, const OrderFilter& filter)
{
    m_vault = vault;
    m_store = vault ? std::make_unique<OrderStore>(*vault) : nullptr;
    setFilter(filter);
}

void OrdersModel::setFilter(const OrderFilter& filter)
{
    m_filter = filter;
    reload();
}

void OrdersModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_failed = false;
    m_count = 0;
    if (m_store) {
        Result<qint64> count = m_store->count(m_filter);
        if (count) {
            m_count = count.value();
        } else {
            m_failed = true;
            reportError(count.error().message());
        }
    }
    endResetModel();
}

void OrdersModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_store.reset();
    m_filter = {};
    m_pages.clear();
    m_count = 0;
    m_failed = false;
    endResetModel();
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const OrderSort key = column == DueColumn ? OrderSort::DueDate : OrderSort::PurchaseDate;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_sort && descending == m_descending)
        return;
    m_sort = key;
    m_descending = descending;
    // A new order is a new list: every cached page belongs to the old one.
    reload();
}

void OrdersModel::reportError(const QString& message) const
{
    // Queued: data() is const and may run inside a paint; the view shows the message afterwards.
    QMetaObject::invokeMethod(
        const_cast<OrdersModel*>(this),
        [this, message] { emit const_cast<OrdersModel*>(this)->errorOccurred(message); },
        Qt::QueuedConnection);
}

bool OrdersModel::fetchPage(qint64 index) const
{
    if (!m_store || m_failed)
        return false;
    // While a job (an import) works on the vault off the GUI thread, the GUI leaves it alone; the
    // rows show once the view reloads after it.
    if (VaultJobs::isBusy())
        return false;
    OrderPageRequest request;
    request.filter = m_filter;
    request.sort = m_sort;
    request.descending = m_descending;
    request.limit = PageSize;
    const auto before = m_pages.find(index - 1);
    const auto after = m_pages.find(index + 1);
    if (before != m_pages.end() && before->second.rows.size() == PageSize) {
        request.after = before->second.cursors.last();
        ++m_keysetFetches;
    } else if (after != m_pages.end() && !after->second.cursors.isEmpty()) {
        request.after = after->second.cursors.first();
        request.backwards = true;
        ++m_keysetFetches;
    } else {
        // A jump (or the first page): no neighbour to start from.
        request.offset = index * PageSize;
        if (index > 0)
            ++m_offsetFetches;
    }
    Result<OrderPage> page = m_store->page(request);
    if (!page) {
        m_failed = true;
        reportError(page.error().message());
        return false;
    }
    Page& stored = m_pages[index];
    stored.rows = std::move(page->rows);
    stored.cursors = std::move(page->cursors);
    stored.lastUse = ++m_useCounter;
    evict();
    return true;
}

void OrdersModel::evict() const
{
    while (static_cast<int>(m_pages.size()) > MaxCachedPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(), [](const auto& a, const auto& b) {
            return a.second.lastUse < b.second.lastUse;
        });
        m_pages.erase(oldest);
    }
}

const OrdersModel::Page* OrdersModel::pageFor(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 index = row / PageSize;
    auto found = m_pages.find(index);
    if (found == m_pages.end()) {
        if (!fetchPage(index))
            return nullptr;
        found = m_pages.find(index);
    }
    found->second.lastUse = ++m_useCounter;
    return &found->second;
}

const OrderSummary* OrdersModel::summary(int row) const
{
    const Page* page = pageFor(row);
    const int offset = row % PageSize;
    // Fewer rows than counted when orders went away since the count (a purge): blank rows until
    // the next reload.
    if (!page || offset >= page->rows.size())
        return nullptr;
    return &page->rows.at(offset);
}

int OrdersModel::cachedRowOf(const QString& orderId) const
{
    for (const auto& [index, page] : m_pages)
        for (int i = 0; i < page.rows.size(); ++i)
            if (page.rows.at(i).orderId == orderId)
                return static_cast<int>(index * PageSize + i);
    return -1;
}

int OrdersModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // QTableView counts rows in int; two thousand million orders are beyond any seller here.
    return static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags OrdersModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == PurchasedColumn || section == DueColumn)
            return tr("Click to sort by this column");
        if (section == BuyerColumn)
            return tr("The recipient's name, masked. Reveal it in the order's details.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderIdColumn:
        return tr("Order");
    case PurchasedColumn:
        return tr("Purchased");
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Sales channel");
    case BuyerColumn:
        return tr("Buyer");
    case TotalColumn:
        return tr("Total");
    case ShippingColumn:
        return tr("Shipped / ship by");
    case DueColumn:
        return tr("PII due for purge");
    case BasisColumn:
        return tr("Due date basis");
    case HoldColumn:
        return tr("Hold");
    default:
        return {};
    }
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary* order = summary(index.row());
    if (!order)
        return {};
    const bool legalHold = order->hold.split(QLatin1Char(',')).contains(QStringLiteral("legal"));
    const bool purged = order->pii == PiiState::Purged;
    switch (role) {
    case OrderIdRole:
        return order->orderId;
    case KeyRole:
        return order->key;
    case DueStateRole:
        return static_cast<int>(dueState(order->due, m_clock(), legalHold, purged));
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn) {
            const QColor color = dueColor(dueState(order->due, m_clock(), legalHold, purged));
            if (color.isValid())
                return color;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn
            && dueState(order->due, m_clock(), legalHold, purged) == DueState::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChannelColumn:
            return tr("Marketplace %1, fulfilled by %2")
                .arg(order->marketplaceId,
                     order->fulfillmentChannel == QLatin1String("AFN") ? tr("Amazon") : tr("the seller"));
        case DueColumn:
            if (order->due.isValid() && !purged)
                return tr("Due %1 (%2)")
                    .arg(timeText(order->due), RetentionRules::basisDisplayName(order->basis));
            return {};
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case OrderIdColumn:
        return order->orderId;
    case PurchasedColumn:
        return timeText(order->purchaseDate);
    case StatusColumn:
        return statusText(order->status);
    case ChannelColumn:
        return order->salesChannel.isEmpty() ? order->marketplaceId : order->salesChannel;
    case BuyerColumn:
        if (order->pii == PiiState::Purged)
            return tr("(purged)");
        return order->maskedName;
    case TotalColumn:
        return totalText(order->orderTotal, order->currency);
    case ShippingColumn:
        if (order->shipTime.isValid())
            return dateText(order->shipTime);
        if (order->latestShipDate.isValid() && OrderStatus::isAwaitingShipment(order->status))
            return tr("by %1", "ship by a date").arg(dateText(order->latestShipDate));
        return {};
    case DueColumn:
        return countdownText(order->due, m_clock(), legalHold, purged);
    case BasisColumn:
        return RetentionRules::basisDisplayName(order->basis);
    case HoldColumn:
        return holdText(order->hold);
    default:
        return {};
    }
}

OrdersModel::DueState OrdersModel::dueState(const QDateTime& due, const QDateTime& now, bool legalHold,
                                            bool purged)
{
    if (purged)
        return DueState::Purged;
    if (legalHold)
        return DueState::LegalHold;
    if (!due.isValid())
        return DueState::NoDueDate;
    const qint64 seconds = now.secsTo(due);
    if (seconds < 0)
        return DueState::Overdue;
    return seconds <= SoonSeconds ? DueState::Soon : DueState::Later;
}

namespace {

QString spanText(qint64 seconds)
{
    const QLocale locale;
    const qint64 days = seconds / SecondsPerDay;
    const qint64 hours = seconds % SecondsPerDay / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return OrdersModel::tr("%1 d %2 h", "days, hours").arg(locale.toString(days), locale.toString(hours));
    if (hours > 0)
        return OrdersModel::tr("%1 h %2 min", "hours, minutes")
            .arg(locale.toString(hours), locale.toString(minutes));
    return OrdersModel::tr("%1 min").arg(locale.toString(std::max<qint64>(minutes, 1)));
}

} // namespace

QString OrdersModel::countdownText(const QDateTime& due, const QDateTime& now, bool legalHold, bool purged)
{
    switch (dueState(due, now, legalHold, purged)) {
    case DueState::Purged:
        return tr("PII purged");
    case DueState::LegalHold:
        return tr("on legal hold");
    case DueState::NoDueDate:
        return tr("no due date");
    case DueState::Overdue:
        return tr("overdue %1", "a time span: 2 d 3 h").arg(spanText(due.secsTo(now)));
    case DueState::Soon:
    case DueState::Later:
        break;
    }
    const qint64 seconds = now.secsTo(due);
    if (seconds < 60)
        return tr("due now");
    return spanText(seconds);
}

QColor OrdersModel::dueColor(DueState state)
{
    // Dark text on a light base, light text on a dark one: each keeps a contrast of at least 4.5:1
    // against its base (WCAG AA), and the words say the same for those who cannot tell the colours.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (state) {
    case DueState::Later:
        return dark ? QColor(0x8f, 0xd9, 0x9b) : QColor(0x1e, 0x6b, 0x2e);
    case DueState::Soon:
        return dark ? QColor(0xf2, 0xc4, 0x6d) : QColor(0x8a, 0x4b, 0x00);
    case DueState::Overdue:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x10, 0x20);
    case DueState::NoDueDate:
    case DueState::LegalHold:
    case DueState::Purged:
        break;
    }
    return {};
}

QString OrdersModel::statusText(const QString& status)
{
    if (status == QLatin1String(OrderStatus::PendingAvailability))
        return tr("Pending availability");
    if (status == QLatin1String(OrderStatus::Pending))
        return tr("Pending");
    if (status == QLatin1String(OrderStatus::Unshipped))
        return tr("Unshipped");
    if (status == QLatin1String(OrderStatus::PartiallyShipped))
        return tr("Partially shipped");
    if (status == QLatin1String(OrderStatus::Shipped))
        return tr("Shipped");
    if (status == QLatin1String(OrderStatus::InvoiceUnconfirmed))
        return tr("Invoice unconfirmed");
    if (status == QLatin1String(OrderStatus::Canceled))
        return tr("Cancelled");
    if (status == QLatin1String(OrderStatus::Unfulfillable))
        return tr("Unfulfillable");
    if (status.isEmpty())
        return tr("Unknown");
    return status;
}

QString OrdersModel::holdText(const QString& holds)
{
    // Short words: the column is headed "Hold" already.
    QStringList kinds;
    for (const QString& name : holds.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<HoldKind> kind = Retention::holdKindFromName(name);
        if (!kind)
            kinds << name;
        else
            kinds << (*kind == HoldKind::Legal ? tr("Legal") : tr("Tax"));
    }
    return kinds.join(QStringLiteral(", "));
}

QString OrdersModel::timeText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    // Hours and minutes: the seconds of a purchase or a deadline are noise in a list.
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(at.toLocalTime(), format);
}

QString OrdersModel::dateText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

QString OrdersModel::totalText(const QString& amount, const QString& currency)
{
    if (amount.isEmpty())
        return {};
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok)
        return currency.isEmpty() ? amount : tr("%1 %2", "amount, currency").arg(amount, currency);
    // As many decimals as Amazon sent ("11.01", "1200" for yen), in the locale's digits.
    const qsizetype point = amount.indexOf(QLatin1Char('.'));
    const int decimals = point < 0 ? 0 : static_cast<int>(amount.size() - point - 1);
    const QString number = QLocale().toString(value, 'f', decimals);
    return currency.isEmpty() ? number : tr("%1 %2", "amount, currency").arg(number, currency);
}

QString OrdersModel::ordersText(qint64 count)
{
    // Two strings, not %n: the console ships no English numerus translation (as AuditLogModel).
    return count == 1 ? tr("1 order") : tr("%1 orders").arg(QLocale().toString(count));
}

} // namespace dpp::ui
