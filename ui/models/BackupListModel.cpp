// BackupListModel: see the header.
#include "BackupListModel.h"

#include "OrdersModel.h"
#include "backup/Backups.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFont>
#include <QLocale>

namespace dpp::ui {

namespace {

//! Amber from this many days before the expiry: the destruction is near, the copy still there.
constexpr qint64 SoonDays = 3;

} // namespace

BackupListModel::BackupListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BackupListModel::setVault(Vault* vault)
{
    m_vault = vault;
    reload();
}

void BackupListModel::reload()
{
    beginResetModel();
    m_backups.clear();
    QString error;
    if (m_vault) {
        Result<QList<BackupRecord>> backups = Backups(*m_vault).list();
        if (backups)
            m_backups = std::move(backups).value();
        else
            error = backups.error().message();
    }
    endResetModel();
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void BackupListModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_backups.clear();
    endResetModel();
}

QDateTime BackupListModel::now() const
{
    return m_vault ? m_vault->clock()() : QDateTime::currentDateTimeUtc();
}

int BackupListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_backups.size(); ++i)
        if (m_backups.at(i).id == id)
            return i;
    return -1;
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == PiiOrdersColumn)
        return tr("Orders whose buyer data the backup holds");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MadeColumn:
        return tr("Made");
    case ByColumn:
        return tr("By");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    case PiiOrdersColumn:
        return tr("With buyer data");
    case SizeColumn:
        return tr("Size");
    case PathColumn:
        return tr("File");
    default:
        return {};
    }
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupRecord& b = m_backups.at(index.row());
    switch (role) {
    case IdRole:
        return b.id;
    case Qt::ForegroundRole:
        if (index.column() == ExpiresColumn) {
            const QColor color = expiryColor(b, now());
            if (color.isValid())
                return color;
        }
        if (index.column() == StateColumn && b.state == BackupRecord::State::Failed)
            return OrdersModel::dueColor(OrdersModel::DueState::Overdue);
        return {};
    case Qt::FontRole:
        if (index.column() == ExpiresColumn && isOpen(b) && b.expiresAt <= now()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PiiOrdersColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PiiOrdersColumn:
            return tr("%1 with buyer data, of %2 in all")
                .arg(OrdersModel::ordersText(b.piiOrders), OrdersModel::ordersText(b.orders));
        case PathColumn:
            return QDir::toNativeSeparators(b.path);
        case StateColumn:
            if (b.state == BackupRecord::State::Destroyed && !b.destroyedBy.isEmpty())
                return tr("Destroyed %1 by %2").arg(OrdersModel::timeText(b.destroyedAt), b.destroyedBy);
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
    case MadeColumn:
        return OrdersModel::timeText(b.createdAt);
    case ByColumn:
        return b.createdBy;
    case ExpiresColumn: {
        const QString words = expiryText(b, now());
        return words.isEmpty()
            ? OrdersModel::timeText(b.expiresAt)
            : tr("%1, %2", "expiry time, in words").arg(OrdersModel::timeText(b.expiresAt), words);
    }
    case StateColumn:
        return stateText(b);
    case PiiOrdersColumn:
        return QLocale().toString(b.piiOrders);
    case SizeColumn:
        return b.size > 0 ? QLocale().formattedDataSize(b.size) : QString();
    case PathColumn:
        return QDir::toNativeSeparators(b.path);
    default:
        return {};
    }
}

bool BackupListModel::isOpen(const BackupRecord& backup)
{
    return backup.state == BackupRecord::State::Present || backup.state == BackupRecord::State::Writing;
}

QString BackupListModel::expiryText(const BackupRecord& backup, const QDateTime& now)
{
    if (!isOpen(backup))
        return {};
    if (backup.expiresAt <= now)
        return tr("expired");
    const qint64 days = now.secsTo(backup.expiresAt) / 86400;
    if (days == 0)
        return tr("in under a day");
    return days == 1 ? tr("in 1 day") : tr("in %1 days").arg(QLocale().toString(days));
}

QColor BackupListModel::expiryColor(const BackupRecord& backup, const QDateTime& now)
{
    using State = OrdersModel::DueState;
    if (!isOpen(backup))
        return {};
    if (backup.expiresAt <= now)
        return OrdersModel::dueColor(State::Overdue);
    return OrdersModel::dueColor(now.secsTo(backup.expiresAt) < SoonDays * 86400 ? State::Soon
                                                                                 : State::Later);
}

QString BackupListModel::stateText(const BackupRecord& backup)
{
    switch (backup.state) {
    case BackupRecord::State::Writing:
        return tr("being written (or cut short)");
    case BackupRecord::State::Present:
        return tr("present");
    case BackupRecord::State::Failed:
        return tr("failed: no file was left");
    case BackupRecord::State::Destroyed:
        break;
    }
    const QString on = OrdersModel::dateText(backup.destroyedAt);
    if (backup.destroyReason == QLatin1String("expired"))
        return tr("destroyed on %1 (expired)").arg(on);
    if (backup.destroyReason == QLatin1String("gone"))
        return tr("destroyed on %1 (recorded as gone)").arg(on);
    return tr("destroyed on %1 (by hand)").arg(on);
}

} // namespace dpp::ui
