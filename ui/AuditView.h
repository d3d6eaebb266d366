// AuditView: the audit log for roles with audit.read: a filter bar (time range, user, action,
// outcome), a count line, the table (paged, newest first) and "Export CSV…" of the filtered rows,
// which is itself recorded in the log (audit.exported, with the count).
#pragma once

#include "audit/AuditLog.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class AuditLogModel;
class InlineMessage;

class AuditView final : public QWidget
{
    Q_OBJECT

public:
    //! The quick choices of the time range (the range combo's item data).
    enum class Range
    {
        LastDay,
        LastWeek,
        LastMonth,
        All,
        Custom, //!< the from/to fields as edited
    };
    Q_ENUM(Range)

    explicit AuditView(QWidget* parent = nullptr);

    //! Shows the log of vault (owned by the window); reads the filter lists and the first page.
    void load(Vault* vault);
    //! Forgets the vault and every row (the console locked).
    void clear();

    //! The filter the bar describes now (UTC bounds).
    AuditFilter currentFilter() const;
    void setRange(Range range);
    AuditLogModel* model() const { return m_model; }

    /*!
     * Test hook for "Export CSV…": called instead of the file dialog, returns the chosen path
     * (empty: cancelled). Null restores the dialog.
     */
    void setExportPathProvider(std::function<QString()> provider) { m_exportPath = std::move(provider); }

    //! Writes the rows matching filter as CSV to path, in pages; returns how many.
    static Result<qint64> writeCsv(AuditLog& log, const AuditFilter& filter, const QString& path);

private:
    void applyFilter();
    void rangeChosen();
    void updateCount();
    void exportCsv();
    void fillCombos();

    Vault* m_vault = nullptr;
    InlineMessage* m_message;
    QComboBox* m_range;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QComboBox* m_user;
    QComboBox* m_action;
    QComboBox* m_outcome;
    QLabel* m_count;
    QPushButton* m_export;
    QTableView* m_table;
    AuditLogModel* m_model;
    std::function<QString()> m_exportPath;
};

} // namespace dpp::ui
