// AlarmModel: the open alarms as a table for the alarms view, newest first (issue 3, item 4).
#pragma once

#include "audit/AlarmService.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <vector>

namespace dpp {
class Vault;
}

namespace dpp::ui {

class AlarmModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        RaisedColumn,
        SubjectColumn,
        RowsColumn,
        ColumnCount
    };

    //! The alarm's id, on every column (Qt::UserRole).
    static constexpr int IdRole = Qt::UserRole;

    explicit AlarmModel(QObject* parent = nullptr);

    //! Shows the open alarms of vault (owned by the window) for its session.
    void setVault(Vault* vault);
    //! Reads the open alarms again (after an acknowledgement, or when the view is shown).
    void reload();
    //! Forgets the vault and every alarm (the console locked).
    void clear();

    const Alarm& alarm(int row) const { return m_alarms.at(static_cast<std::size_t>(row)); }
    //! The row of the alarm with id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "denied-actions" -> "Repeated denied actions" (translated); unknown rules as they are.
    static QString ruleText(const QString& rule);
    //! What the rule watches for, one sentence (translated); empty for unknown rules.
    static QString ruleDescription(const QString& rule);
    //! "warning" -> "Warning" (translated); unknown severities as they are.
    static QString severityText(const QString& severity);
    static QColor severityColor(const QString& severity);
    static QIcon severityIcon(const QString& severity);
    //! 0 info, 1 warning, 2 critical (unknown: 1), for "the highest severity".
    static int severityRank(const QString& severity);

signals:
    //! Reading the alarms failed; the view shows message inline.
    void errorOccurred(const QString& message);

private:
    Vault* m_vault = nullptr;
    //! At most AlarmService's limit (200) open alarms: they are acknowledged away, so the list
    //! stays short; no paging needed, unlike the audit log.
    std::vector<Alarm> m_alarms;
};

} // namespace dpp::ui
