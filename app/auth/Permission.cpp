// The role table. Keep it identical to docs/roles.md; TestPermissions checks every cell.
#include "auth/Permission.h"

#include <QCoreApplication>

namespace dpp {

namespace {
using P = Permission;

struct PermissionName
{
    Permission permission;
    const char* name;
};

constexpr PermissionName PermissionNames[] = {
    {P::StatusView, "status.view"},
    {P::OrdersView, "orders.view"},
    {P::UnshippedOrdersView, "orders.view-unshipped"},
    {P::PiiReveal, "pii.reveal"},
    {P::LabelsPrint, "labels.print"},
    {P::OrdersImport, "orders.import"},
    {P::RetentionManage, "retention.manage"},
    {P::PurgeExecute, "purge.execute"},
    {P::DeletionRequestsManage, "deletion-requests.manage"},
    {P::AccessReviewsManage, "access-reviews.manage"},
    {P::ProcessingRecordsManage, "processing-records.manage"},
    {P::ReportsView, "reports.view"},
    {P::ComplianceReport, "reports.compliance"},
    {P::InventoryView, "inventory.view"},
    {P::InventoryManage, "inventory.manage"},
    {P::IncidentsManage, "incidents.manage"},
    {P::EvidenceManage, "evidence.manage"},
    {P::AuditRead, "audit.read"},
    {P::AuditVerify, "audit.verify"},
    {P::AlarmsAcknowledge, "alarms.acknowledge"},
    {P::CanariesManage, "canaries.manage"},
    {P::UsersManage, "users.manage"},
    {P::SettingsManage, "settings.manage"},
    {P::KillSwitch, "pii.kill-switch"},
    {P::KeysManage, "keys.manage"},
    {P::BackupRun, "backup.run"},
    {P::BackupRestore, "backup.restore"},
};

struct RoleName
{
    Role role;
    const char* name;
};

constexpr RoleName RoleNames[] = {
    {Role::Dpo, "dpo"},
    {Role::Operator, "operator"},
    {Role::Warehouse, "warehouse"},
    {Role::Responder, "responder"},
    {Role::Auditor, "auditor"},
    {Role::Admin, "admin"},
    {Role::Scheduler, "scheduler"},
};
} // namespace

QList<Role> Roles::personRoles()
{
    return {Role::Dpo, Role::Operator, Role::Warehouse, Role::Responder, Role::Auditor, Role::Admin};
}

QList<Permission> Roles::allPermissions()
{
    QList<Permission> all;
    for (const auto& entry : PermissionNames)
        all.append(entry.permission);
    return all;
}

std::set<Permission> Roles::permissions(Role role)
{
    switch (role) {
    case Role::Dpo:
        // DESIGN: retention rules and holds, purge, deletion requests, access reviews, records of
        // processing, compliance reports, reveal PII with a reason.
        return {P::StatusView,
                P::OrdersView,
                P::PiiReveal,
                P::OrdersImport,
                P::RetentionManage,
                P::PurgeExecute,
                P::DeletionRequestsManage,
                P::AccessReviewsManage,
                P::ProcessingRecordsManage,
                P::ReportsView,
                P::ComplianceReport,
                P::InventoryView,
                P::InventoryManage,
                P::AuditRead,
                P::AuditVerify,
                P::AlarmsAcknowledge,
                P::CanariesManage,
                P::KeysManage,
                P::BackupRun,
                P::BackupRestore};
    case Role::Operator:
        // Order operations: masked orders, reveal with a reason to fulfil an order.
        return {P::StatusView, P::OrdersView, P::UnshippedOrdersView, P::PiiReveal, P::OrdersImport};
    case Role::Warehouse:
        // Unshipped orders (masked) and labels: the label is the only place the address appears.
        return {P::StatusView, P::UnshippedOrdersView, P::LabelsPrint};
    case Role::Responder:
        // Incidents, runbooks, evidence, the audit log; no PII.
        return {P::StatusView,  P::IncidentsManage,   P::EvidenceManage, P::AuditRead,
                P::AuditVerify, P::AlarmsAcknowledge, P::InventoryView};
    case Role::Auditor:
        // Read-only: reports, inventories, audit log; no PII.
        return {P::StatusView,    P::ReportsView, P::ComplianceReport,
                P::InventoryView, P::AuditRead,   P::AuditVerify};
    case Role::Admin:
        // Accounts, settings, the kill switch, key slots and backups; no PII.
        return {P::StatusView, P::UsersManage,   P::SettingsManage, P::KillSwitch,   P::KeysManage,
                P::BackupRun,  P::BackupRestore, P::AuditVerify,    P::InventoryView};
    case Role::Scheduler:
        // Unattended jobs only: purge-due, verify-audit, backup. No PII key, no console.
        return {P::PurgeExecute, P::AuditVerify, P::BackupRun};
    }
    return {};
}

bool Roles::needsPii(Role role)
{
    return role == Role::Dpo || role == Role::Operator || role == Role::Warehouse;
}

QString Roles::name(Role role)
{
    for (const auto& entry : RoleNames) {
        if (entry.role == role)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<Role> Roles::fromName(const QString& name)
{
    for (const auto& entry : RoleNames) {
        if (name == QLatin1String(entry.name))
            return entry.role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Dpo:
        return QCoreApplication::translate("dpp::Roles", "Data Protection Officer");
    case Role::Operator:
        return QCoreApplication::translate("dpp::Roles", "Operator");
    case Role::Warehouse:
        return QCoreApplication::translate("dpp::Roles", "Warehouse manager");
    case Role::Responder:
        return QCoreApplication::translate("dpp::Roles", "Incident responder");
    case Role::Auditor:
        return QCoreApplication::translate("dpp::Roles", "Auditor");
    case Role::Admin:
        return QCoreApplication::translate("dpp::Roles", "IT administrator");
    case Role::Scheduler:
        return QCoreApplication::translate("dpp::Roles", "Scheduler (service)");
    }
    return {};
}

QString Roles::name(Permission permission)
{
    for (const auto& entry : PermissionNames) {
        if (entry.permission == permission)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

} // namespace dpp
