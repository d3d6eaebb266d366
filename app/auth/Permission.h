// Permissions and roles: the fine-grained rights the core checks on every call, and the roles of
// docs/roles.md (from ../shared/DESIGN.md) as sets of them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <set>

namespace dpp {

enum class Permission
{
    StatusView, //!< see the database's status (versions, counts) — every signed-in person
    OrdersView, //!< order facts, PII masked
    UnshippedOrdersView, //!< the warehouse's picking list, PII masked
    PiiReveal, //!< decrypt one order's PII, with a reason and step-up
    LabelsPrint,
    OrdersImport,
    RetentionManage, //!< retention rules and holds
    PurgeExecute,
    DeletionRequestsManage,
    AccessReviewsManage,
    ProcessingRecordsManage,
    ReportsView,
    ComplianceReport,
    InventoryView,
    InventoryManage,
    IncidentsManage,
    EvidenceManage,
    AuditRead,
    AuditVerify,
    AlarmsAcknowledge,
    CanariesManage, //!< plant canary records (issue 3); the DPO only, so few know which they are
    UsersManage,
    SettingsManage,
    KillSwitch,
    KeysManage, //!< key slots and database-key rotation
    BackupRun, //!< write encrypted backups and destroy them
    BackupRestore, //!< restore a database from a backup (signed in to the backup's copy)
};

enum class Role
{
    Dpo,
    Operator,
    Warehouse,
    Responder,
    Auditor,
    Admin,
    Scheduler, //!< the service principal of unattended jobs; never a person
};

class Roles final
{
public:
    //! The roles a person can hold (not Scheduler).
    static QList<Role> personRoles();
    static QList<Permission> allPermissions();

    static std::set<Permission> permissions(Role role);
    //! Only these roles receive the PII key (need-to-know enforced by cryptography).
    static bool needsPii(Role role);

    static QString name(Role role); //!< "dpo", "operator", ... (stored in the database)
    static std::optional<Role> fromName(const QString& name);
    static QString displayName(Role role); //!< translated, for the UI
    static QString name(Permission permission); //!< "orders.view", ...
};

} // namespace dpp
