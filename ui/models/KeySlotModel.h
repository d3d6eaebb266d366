// KeySlotModel: the key slots of the open database (Vault::status().keySlots) as a table for the
// overview. A handful of rows, so it holds them all; cleared when the console locks.
#pragma once

#include "vault/Vault.h"

#include <QAbstractTableModel>
#include <QList>

namespace dpp::ui {

class KeySlotModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        PrincipalColumn,
        PiiKeyColumn,
        CreatedColumn,
        KdfColumn,
        ColumnCount
    };

    explicit KeySlotModel(QObject* parent = nullptr);

    void setKeySlots(const QList<SlotSummary>& keySlots);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "password" -> "Password", ... (translated); unknown kinds as they are.
    static QString kindText(const QString& kind);

private:
    QList<SlotSummary> m_slots;
};

} // namespace dpp::ui
