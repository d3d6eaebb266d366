// RetentionListModel: see the header.
#include "RetentionListModel.h"

#include "OrdersModel.h"
#include "VaultJob.h"
#include "vault/Vault.h"

#include <QFont>
#include <QLocale>

namespace dpp::ui {

RetentionListModel::RetentionListModel(Clock clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(std::move(clock))
{ }

void RetentionListModel::setList(Vault* vault, RetentionList which)
{
    m_vault = vault;
    m_list = which;
    reload();
}

void RetentionListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_vault == nullptr;
    if (!m_atEnd)
        fetchPage(false);
    // As AuditLogModel: views ask for more from their modelReset handlers; not inside the reset.
    m_busy = true;
    endResetModel();
    m_busy = false;
}

void RetentionListModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
}

int RetentionListModel::rowOf(const QString& orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).orderId == orderId)
            return i;
    return -1;
}

bool RetentionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_vault && !m_atEnd && !m_busy && !VaultJobs::isBusy();
}

void RetentionListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetchPage(true);
}

void RetentionListModel::fetchPage(bool notify)
{
    // By key: the page after the last order id shown (Retention::list's keyset).
    const QString after = m_rows.isEmpty() ? QString() : m_rows.last().orderId;
    Retention retention(*m_vault);
    Result<QList<RetentionEntry>> page = retention.list(m_list, m_pageSize, after);
    if (!page) {
        m_atEnd = true;
        emit errorOccurred(page.error().message());
        return;
    }
    QList<RetentionEntry> rows = std::move(page).value();
    m_atEnd = rows.size() < m_pageSize;
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_busy = true;
    if (notify)
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    if (notify)
        endInsertRows();
    m_busy = false;
}

int RetentionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetentionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderIdColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case PurchasedColumn:
        return tr("Purchased");
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

QVariant RetentionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionEntry& entry = m_rows.at(index.row());
    const bool legalHold = entry.hold == HoldKind::Legal;
    const OrdersModel::DueState state = OrdersModel::dueState(entry.due, m_clock(), legalHold, false);
    switch (role) {
    case OrderIdRole:
        return entry.orderId;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn) {
            const QColor color = OrdersModel::dueColor(state);
            if (color.isValid())
                return color;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == DueColumn && state == OrdersModel::DueState::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && entry.due.isValid())
            return tr("Due %1").arg(OrdersModel::timeText(entry.due));
        if (index.column() == HoldColumn && !entry.holdReason.isEmpty())
            return entry.holdReason;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case OrderIdColumn:
        return entry.orderId;
    case StatusColumn: {
        QString status = OrdersModel::statusText(entry.status);
        if (entry.needsReview)
            status = tr("%1, needs review", "status").arg(status);
        return status;
    }
    case PurchasedColumn:
        return OrdersModel::timeText(entry.purchaseDate);
    case DueColumn:
        return OrdersModel::countdownText(entry.due, m_clock(), legalHold, false);
    case BasisColumn:
        return RetentionRules::basisDisplayName(entry.basis);
    case HoldColumn:
        if (!entry.hold)
            return {};
        // Short: the column is narrow; the reason is in the tooltip and beside the list.
        if (entry.holdReview.isValid())
            return tr("%1, review %2", "hold kind, date")
                .arg(OrdersModel::holdText(Retention::holdKindName(*entry.hold)),
                     QLocale().toString(entry.holdReview, QLocale::ShortFormat));
        return OrdersModel::holdText(Retention::holdKindName(*entry.hold));
    default:
        return {};
    }
}

} // namespace dpp::ui
