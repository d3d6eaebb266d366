// DeletionRequestModel: see the header.
#include "DeletionRequestModel.h"

#include "OrdersModel.h"
#include "vault/Vault.h"

#include <QFont>
#include <QLocale>

namespace dpp::ui {

namespace {

//! Amber from this many hours before the 72-hour deadline: a working day to act.
constexpr qint64 SoonHours = 24;
//! Amber from this many days before the 90-day deadline.
constexpr qint64 SoonDays = 7;

} // namespace

DeletionRequestModel::DeletionRequestModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DeletionRequestModel::setVault(Vault* vault)
{
    m_vault = vault;
    reload();
}

void DeletionRequestModel::reload()
{
    beginResetModel();
    m_requests.clear();
    QString error;
    if (m_vault) {
        Result<QList<DeletionRequest>> requests = DeletionRequests(*m_vault).list();
        if (requests)
            m_requests = std::move(requests).value();
        else
            error = requests.error().message();
    }
    endResetModel();
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void DeletionRequestModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_requests.clear();
    endResetModel();
}

int DeletionRequestModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_requests.size(); ++i)
        if (m_requests.at(i).id == id)
            return i;
    return -1;
}

int DeletionRequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

int DeletionRequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletionRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ReferenceColumn)
        return tr("Amazon's reference of the request");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("No.");
    case ReferenceColumn:
        return tr("Reference");
    case ReceivedColumn:
        return tr("Received");
    case ActionColumn:
        return tr("Action");
    case ScopeColumn:
        return tr("Scope");
    case StatusColumn:
        return tr("Status");
    case CountdownColumn:
        return tr("Time left");
    default:
        return {};
    }
}

QVariant DeletionRequestModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeletionRequest& r = m_requests.at(index.row());
    const bool timed = index.column() == StatusColumn || index.column() == CountdownColumn;
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::ForegroundRole:
        if (timed) {
            const QColor color = countdownColor(r);
            if (color.isValid())
                return color;
        }
        return {};
    case Qt::FontRole:
        if (timed && isLate(r)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReceivedColumn:
            return utcText(r.receivedAt);
        case ScopeColumn:
            // The column is narrow: the whole scope in the tooltip (and in the detail pane).
            switch (r.scope) {
            case DeletionScope::Orders:
                return QString(r.orderIds.mid(0, 20).join(QStringLiteral(", "))
                               + (r.orderIds.size() > 20 ? QStringLiteral(", …") : QString()));
            case DeletionScope::PurchaseRange:
                return tr("Orders purchased from %1 to %2 (UTC days, both included)")
                    .arg(QLocale().toString(r.from, QLocale::ShortFormat),
                         QLocale().toString(r.to, QLocale::ShortFormat));
            case DeletionScope::Everything:
                return tr("Every order in the database, its facts and items too");
            }
            return {};
        case CountdownColumn:
            return r.fulfilledAt.isValid() ? tr("Every copy by %1").arg(OrdersModel::timeText(r.deadline90d))
                                           : tr("Delete by %1").arg(OrdersModel::timeText(r.deadline72h));
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return QLocale().toString(r.id);
    case ReferenceColumn:
        return r.reference;
    case ReceivedColumn:
        return OrdersModel::timeText(r.receivedAt);
    case ActionColumn:
        return actionText(r.action);
    case ScopeColumn:
        return scopeText(r);
    case StatusColumn:
        return statusText(r.status);
    case CountdownColumn:
        return countdownText(r);
    default:
        return {};
    }
}

QString DeletionRequestModel::actionText(DeletionAction action)
{
    return action == DeletionAction::Return ? tr("Return") : tr("Delete");
}

QString DeletionRequestModel::scopeText(const DeletionRequest& request)
{
    switch (request.scope) {
    case DeletionScope::Everything:
        return tr("everything");
    case DeletionScope::Orders:
        return OrdersModel::ordersText(request.orderIds.size());
    case DeletionScope::PurchaseRange: {
        const QLocale locale;
        // The purchase dates alone: the column is narrow; the tooltip and the detail pane say it in full.
        return tr("%1 – %2", "purchase dates from, to")
            .arg(locale.toString(request.from, QLocale::ShortFormat),
                 locale.toString(request.to, QLocale::ShortFormat));
    }
    }
    return {};
}

QString DeletionRequestModel::statusText(DeletionStatus status)
{
    switch (status) {
    case DeletionStatus::Open:
        return tr("Open");
    case DeletionStatus::Overdue:
        return tr("Overdue");
    case DeletionStatus::Fulfilled:
        return tr("Fulfilled");
    case DeletionStatus::Complete:
        return tr("Complete");
    }
    return {};
}

QString DeletionRequestModel::utcText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return tr("%1 UTC").arg(locale.toString(at.toUTC(), format));
}

bool DeletionRequestModel::isLate(const DeletionRequest& request)
{
    return request.status == DeletionStatus::Overdue;
}

QString DeletionRequestModel::countdownText(const DeletionRequest& r)
{
    const QLocale locale;
    if (r.status == DeletionStatus::Complete)
        return tr("none: complete");
    if (!r.fulfilledAt.isValid()) {
        // The 72 hours of DPP "within 72 hours of Amazon's request", rounded down by the core.
        if (r.hoursLeft72h < 0)
            return tr("overdue by %1 h").arg(locale.toString(-r.hoursLeft72h));
        if (r.hoursLeft72h == 0)
            return tr("under 1 h left of 72 h");
        return tr("%1 h left of 72 h").arg(locale.toString(r.hoursLeft72h));
    }
    // Fulfilled, but a backup made before may still hold the data: 90 days for every copy.
    if (r.daysLeft90d < 0)
        return tr("90 d passed %1 d ago").arg(locale.toString(-r.daysLeft90d));
    if (r.daysLeft90d == 0)
        return tr("under 1 d left of 90 d");
    return tr("%1 d left of 90 d").arg(locale.toString(r.daysLeft90d));
}

QColor DeletionRequestModel::countdownColor(const DeletionRequest& r)
{
    using State = OrdersModel::DueState;
    if (r.status == DeletionStatus::Complete)
        return OrdersModel::dueColor(State::Later);
    if (r.status == DeletionStatus::Overdue)
        return OrdersModel::dueColor(State::Overdue);
    const bool soon = r.fulfilledAt.isValid() ? r.daysLeft90d < SoonDays : r.hoursLeft72h < SoonHours;
    return OrdersModel::dueColor(soon ? State::Soon : State::Later);
}

} // namespace dpp::ui
