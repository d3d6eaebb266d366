// AuditLogModel: the audit log as a table for the audit view, newest first. It pages through
// AuditLog::query by key (fetchMore), so it holds only the pages the view has scrolled to.
#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <vector>

namespace dpp {
class Vault;
}

namespace dpp::ui {

class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        ObjectColumn,
        OutcomeColumn,
        DetailsColumn,
        ColumnCount
    };

    static constexpr int DefaultPageSize = 200;

    explicit AuditLogModel(QObject* parent = nullptr);

    //! Shows the log of vault (owned by the window) under filter, from its first page.
    void setVault(Vault* vault, const AuditFilter& filter = {});
    //! Shows the rows matching filter, from the newest.
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    //! Reads the first page again (e.g. when the view is shown and rows were added meanwhile).
    void reload();
    //! Forgets the vault and every row (the console locked).
    void clear();
    //! Rows per page (tests use small pages).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    //! The stored row behind a model row.
    const AuditRow& auditRow(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    //! A readable, translated label of an action name (auditActionName()); unknown names as they are.
    static QString actionText(const QString& actionName);
    static QString actionText(AuditAction action);
    //! "allowed" -> "Allowed", ... (translated); unknown outcomes as they are.
    static QString outcomeText(const QString& outcome);
    //! The typed details as "count 3, setting idle_lock_minutes" (they hold no PII by construction).
    static QString detailsText(const QString& detailsJson);
    //! A time as the view shows it: local time, the locale's short date, with seconds.
    static QString timeText(const QDateTime& at);
    //! "1 row", "12 rows" (locale digits). Two strings, not %n: the console ships no English
    //! numerus translation, and both of its languages have one singular.
    static QString rowsText(qint64 rows);

signals:
    //! Reading a page failed; the view shows message inline. Paging stops until the next reset.
    void errorOccurred(const QString& message);

private:
    //! Appends the next page to m_rows; emits the insertion only when notify (not inside a reset).
    void fetchPage(bool notify);

    Vault* m_vault = nullptr;
    AuditFilter m_filter;
    std::vector<AuditRow> m_rows;
    bool m_atEnd = true;
    bool m_busy = false; //!< inside a reset or an insertion: fetchMore waits
    int m_pageSize = DefaultPageSize;
};

} // namespace dpp::ui
