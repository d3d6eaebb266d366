// RetentionListModel: one of the Retention view's lists (overdue, due within 7 days, on hold, needs
// review) as a table. It pages through Retention::list by order id (fetchMore), so it holds only
// the pages the view has scrolled to. No PII: hold reasons are the DPO's words, not buyer data.
#pragma once

#include "common/Clock.h"
#include "retention/Retention.h"

#include <QAbstractTableModel>

namespace dpp {
class Vault;
}

namespace dpp::ui {

class RetentionListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrderIdColumn,
        StatusColumn,
        PurchasedColumn,
        DueColumn,
        BasisColumn,
        HoldColumn,
        ColumnCount
    };
    enum Roles
    {
        OrderIdRole = Qt::UserRole + 1,
    };

    static constexpr int DefaultPageSize = 200;

    explicit RetentionListModel(Clock clock = systemClock(), QObject* parent = nullptr);

    //! Shows list which of vault (owned by the window), from its first page.
    void setList(Vault* vault, RetentionList which);
    RetentionList list() const { return m_list; }
    void reload();
    //! Forgets the vault and every row (the console locked).
    void clear();
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    const RetentionEntry& entry(int row) const { return m_rows.at(row); }
    int rowOf(const QString& orderId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void errorOccurred(const QString& message);

private:
    void fetchPage(bool notify);

    Clock m_clock;
    Vault* m_vault = nullptr;
    RetentionList m_list = RetentionList::Overdue;
    QList<RetentionEntry> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
    int m_pageSize = DefaultPageSize;
};

} // namespace dpp::ui
