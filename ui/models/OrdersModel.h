// OrdersModel: the orders of the open database as a table (issue 5), for a million orders as for
// ten. rowCount is OrderStore::count(filter); rows are read in pages of PageSize on demand, each
// page found by keyset from a cached neighbour's cursor (OrderPageRequest::after, or backwards)
// and only by OFFSET after a jump; a small LRU cache keeps the pages last used. No PII: the buyer
// column is the masked name. The due countdown is coloured and says the same in words.
#pragma once

#include "common/Clock.h"
#include "orders/OrderStore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <map>
#include <memory>

namespace dpp {
class Vault;
}

namespace dpp::ui {

class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrderIdColumn,
        PurchasedColumn,
        StatusColumn,
        ChannelColumn,
        BuyerColumn,
        TotalColumn,
        ShippingColumn,
        DueColumn,
        BasisColumn,
        HoldColumn,
        ColumnCount
    };

    enum Roles
    {
        OrderIdRole = Qt::UserRole + 1, //!< QString
        DueStateRole, //!< DueState as int
        KeyRole, //!< qint64, the paging key
    };

    //! How near an order's due date is; the countdown's colour and words follow it.
    enum class DueState
    {
        Later, //!< more than 7 days
        Soon, //!< 7 days or less
        Overdue,
        NoDueDate,
        LegalHold, //!< the clock is paused
        Purged, //!< no PII left to purge
    };
    Q_ENUM(DueState)

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;

    explicit OrdersModel(Clock clock = systemClock(), QObject* parent = nullptr);
    ~OrdersModel() override;

    //! Shows the orders of vault (owned by the window) matching filter, from the first page.
    void setVault(Vault* vault, const OrderFilter& filter = {});
    void setFilter(const OrderFilter& filter);
    const OrderFilter& filter() const { return m_filter; }
    OrderSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_descending ? Qt::DescendingOrder : Qt::AscendingOrder; }
    //! Counts again and forgets every cached page (after an import, a hold, a change of period).
    void reload();
    //! Forgets the vault and every row (the console locked).
    void clear();

    //! The row's facts, when its page is cached or can be read now; null otherwise.
    const OrderSummary* summary(int row) const;
    //! The row of orderId among the cached pages, -1 when none.
    int cachedRowOf(const QString& orderId) const;
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    //! How the pages read so far were found (tests): by cursor and by OFFSET.
    int keysetFetches() const { return m_keysetFetches; }
    int offsetFetches() const { return m_offsetFetches; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    //! Purchased and Due sort (by the database); the other columns are not sortable.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == PurchasedColumn || column == DueColumn; }

    // The texts, shared with the Retention view.
    static DueState dueState(const QDateTime& due, const QDateTime& now, bool legalHold, bool purged);
    //! "12 d 4 h", "overdue 2 d 3 h", "no due date", "on legal hold", ...
    static QString countdownText(const QDateTime& due, const QDateTime& now, bool legalHold, bool purged);
    //! The countdown's colour for the application's palette (dark on light, light on dark); invalid
    //! for the states that are not coloured.
    static QColor dueColor(DueState state);
    static QString statusText(const QString& status); //!< "PartiallyShipped" -> "Partially shipped"
    static QString holdText(const QString& holds); //!< "legal,tax" -> "Legal, Tax"
    static QString timeText(const QDateTime& at); //!< local, short date and time (no seconds)
    static QString dateText(const QDateTime& at); //!< local, short date
    static QString totalText(const QString& amount, const QString& currency);
    //! "1 order", "12 orders" (locale digits).
    static QString ordersText(qint64 count);

signals:
    //! Reading failed; the view shows message inline.
    void errorOccurred(const QString& message);

private:
    struct Page
    {
        QList<OrderSummary> rows;
        QList<OrderCursor> cursors;
        quint64 lastUse = 0;
    };

    //! The page holding row, read now if needed; null when it cannot be read.
    const Page* pageFor(int row) const;
    bool fetchPage(qint64 index) const;
    void evict() const;
    void reportError(const QString& message) const;

    Clock m_clock;
    Vault* m_vault = nullptr;
    std::unique_ptr<OrderStore> m_store;
    OrderFilter m_filter;
    OrderSort m_sort = OrderSort::PurchaseDate;
    bool m_descending = true;
    qint64 m_count = 0;
    mutable std::map<qint64, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_keysetFetches = 0;
    mutable int m_offsetFetches = 0;
    mutable bool m_failed = false; //!< a read failed: no more reads until the next reset
};

} // namespace dpp::ui
