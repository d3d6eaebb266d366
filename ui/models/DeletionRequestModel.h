// DeletionRequestModel: Amazon's deletion requests as a table for the Deletion requests view (issue
// 6, item 5), newest receipt first as DeletionRequests::list returns them, with each request's
// status and countdown in words and colours. Requests are few (one per Amazon notice), so the
// model reads them all at once rather than paging. The note is not shown here: it may name a
// buyer, and a table is seen over a shoulder; the detail pane shows it for the selected request.
#pragma once

#include "purge/DeletionRequests.h"

#include <QAbstractTableModel>
#include <QColor>

namespace dpp {
class Vault;
}

namespace dpp::ui {

class DeletionRequestModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        ReferenceColumn,
        ReceivedColumn,
        ActionColumn,
        ScopeColumn,
        StatusColumn,
        CountdownColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1, //!< the request's id, on every column
    };

    explicit DeletionRequestModel(QObject* parent = nullptr);

    //! Shows the requests of vault (owned by the window) at the vault's clock.
    void setVault(Vault* vault);
    //! Reads the requests again (after a change, or for countdowns that moved on).
    void reload();
    //! Forgets the vault and every request (the console locked).
    void clear();

    const DeletionRequest& request(int row) const { return m_requests.at(row); }
    //! The row of the request with id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "Delete" or "Return" (translated).
    static QString actionText(DeletionAction action);
    //! "everything", "3 orders", "01/01/2025 – 30/06/2025" (purchase dates) (translated, local date format).
    static QString scopeText(const DeletionRequest& request);
    //! "Open", "Overdue", "Fulfilled", "Complete" (translated).
    static QString statusText(DeletionStatus status);
    /*!
     * The countdown that matters now: the hours left of the 72 while the request is open
     * ("5 h left of 72"), "overdue by 3 h" once they are past, the days left of the 90 once it is
     * fulfilled but not complete, "nothing left to do" once complete.
     */
    static QString countdownText(const DeletionRequest& request);
    //! The countdown's colour (green, amber within 24 h, red once overdue); invalid for none.
    static QColor countdownColor(const DeletionRequest& request);
    //! A time in UTC to the minute, "8 Dec 2026 01:55 UTC" (the locale's format): Amazon's clock.
    static QString utcText(const QDateTime& at);
    //! Whether the request is past a deadline (shown bold as well as red).
    static bool isLate(const DeletionRequest& request);

signals:
    //! Reading the requests failed; the view shows message inline.
    void errorOccurred(const QString& message);

private:
    Vault* m_vault = nullptr;
    QList<DeletionRequest> m_requests;
};

} // namespace dpp::ui
