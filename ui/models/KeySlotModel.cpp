// KeySlotModel: see the header.
#include "KeySlotModel.h"

#include <QLocale>

namespace dpp::ui {

KeySlotModel::KeySlotModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void KeySlotModel::setKeySlots(const QList<SlotSummary>& keySlots)
{
    beginResetModel();
    m_slots = keySlots;
    endResetModel();
}

void KeySlotModel::clear()
{
    beginResetModel();
    m_slots.clear();
    endResetModel();
}

int KeySlotModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_slots.size());
}

int KeySlotModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeySlotModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("password"))
        return tr("Password");
    if (kind == QLatin1String("recovery"))
        return tr("Recovery key");
    if (kind == QLatin1String("keychain"))
        return tr("OS keychain");
    return kind;
}

QVariant KeySlotModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlotSummary& slot = m_slots.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            return kindText(slot.kind);
        case PrincipalColumn:
            return slot.principal;
        case CreatedColumn:
            return QLocale().toString(slot.created.toLocalTime(), QLocale::ShortFormat);
        case KdfColumn:
            if (slot.kdfAlgorithm == QLatin1String("argon2id"))
                return tr("Argon2id, %1 passes over %2 MiB").arg(slot.kdfPasses).arg(slot.kdfMemoryMiB);
            return tr("HKDF-SHA256 (random 256-bit secret)");
        case PiiKeyColumn:
            return slot.holdsPiiKey ? tr("Yes") : tr("No");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == PiiKeyColumn)
        return slot.holdsPiiKey ? tr("This slot can decrypt buyers' personal data.")
                                : tr("This slot opens the database but cannot decrypt personal data.");
    if (role == Qt::ToolTipRole && index.column() == CreatedColumn)
        return QLocale().toString(slot.created.toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant KeySlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case PrincipalColumn:
        return tr("Principal");
    case CreatedColumn:
        return tr("Created");
    case KdfColumn:
        return tr("Key derivation");
    case PiiKeyColumn:
        return tr("PII key");
    default:
        return {};
    }
}

} // namespace dpp::ui
