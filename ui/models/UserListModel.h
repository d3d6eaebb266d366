// UserListModel: the accounts of the open database (UserAccounts::list) as a table for the Users
// view. A console has tens of accounts, not thousands, so it holds them all; cleared on lock.
#pragma once

#include "vault/UserAccounts.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace dpp::ui {

class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserNameColumn,
        DisplayNameColumn,
        RolesColumn,
        StatusColumn,
        SecondFactorColumn,
        LastSignInColumn,
        PasswordAgeColumn,
        LockedColumn,
        PiiKeyColumn,
        LeavingColumn,
        ColumnCount
    };
    enum DataRole
    {
        UserNameRole = Qt::UserRole + 1, //!< the account's user name, in every column
    };

    explicit UserListModel(QObject* parent = nullptr);

    //! Shows users as of now (ages and the grace period are counted from it).
    void setUsers(const QList<UserRecord>& users, const QDateTime& now);
    void clear();

    //! The row of the account named userName, -1 when not listed.
    int rowOf(const QString& userName) const;
    const UserRecord& user(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "DPO", "Operator", ... (translated): short enough for a table cell.
    static QString roleShortName(Role role);
    //! What the role may do, in one sentence (translated), for the role check boxes.
    static QString roleMeaning(Role role);
    //! The roles as short names, comma-separated, in the order of Roles::personRoles().
    static QString rolesText(const std::set<Role>& roles);

private:
    QString secondFactorText(const UserRecord& user) const;
    QString passwordAgeText(const UserRecord& user) const;

    QList<UserRecord> m_users;
    QDateTime m_now;
};

} // namespace dpp::ui
