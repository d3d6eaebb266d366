// Every role against every permission, checked against the table in docs/roles.md, through
// Session::require (what every core service calls).
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AlarmService.h"
#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "orders/OrderStore.h"
#include "retention/Retention.h"
#include "vault/UserAccounts.h"

#include <QFile>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

class TestPermissions final : public QObject
{
    Q_OBJECT

private:
    // docs/roles.md: | `permission` | meaning | dpo | operator | ... |
    static QHash<QString, QStringList> documentedGrants(QStringList& roleColumns)
    {
        QHash<QString, QStringList> grants;
        QFile file(sourceDir() + QStringLiteral("/docs/roles.md"));
        if (!file.open(QIODevice::ReadOnly))
            return grants;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            QStringList cells = line.split(QLatin1Char('|'));
            if (cells.size() < 4)
                continue;
            cells = cells.mid(1, cells.size() - 2);
            for (QString& c : cells)
                c = c.trimmed();
            if (cells.first() == QLatin1String("permission")) {
                roleColumns = cells.mid(2);
            } else if (cells.first().startsWith(QLatin1Char('`')) && !roleColumns.isEmpty()
                       && cells.size() == roleColumns.size() + 2) {
                const QString permission = cells.first().mid(1, cells.first().size() - 2);
                QStringList granted;
                for (int i = 0; i < roleColumns.size(); ++i) {
                    if (cells.at(i + 2) == QLatin1String("x"))
                        granted << roleColumns.at(i);
                }
                grants.insert(permission, granted);
            }
        }
        return grants;
    }

private slots:
    void tableMatchesDocs_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("granted");
        QStringList roleColumns;
        const auto grants = documentedGrants(roleColumns);
        QVERIFY2(!grants.isEmpty(), "docs/roles.md has no permission table");
        QCOMPARE(grants.size(), Roles::allPermissions().size());
        QList<Role> everyRole = Roles::personRoles();
        everyRole << Role::Scheduler;
        QCOMPARE(roleColumns.size(), everyRole.size());
        for (Role role : everyRole) {
            QVERIFY2(roleColumns.contains(Roles::name(role)), qPrintable(Roles::name(role)));
            for (Permission permission : Roles::allPermissions()) {
                const QString name = Roles::name(permission);
                QVERIFY2(grants.contains(name),
                         qPrintable(name + QStringLiteral(" is not in docs/roles.md")));
                QTest::addRow("%s %s", qPrintable(Roles::name(role)), qPrintable(name))
                    << static_cast<int>(role) << static_cast<int>(permission)
                    << grants.value(name).contains(Roles::name(role));
            }
        }
    }

    void tableMatchesDocs()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, granted);
        const Session session(1, QStringLiteral("someone"), {static_cast<Role>(role)});
        const auto result = session.require(static_cast<Permission>(permission));
        QCOMPARE(result.ok(), granted);
        if (!granted) {
            QCOMPARE(result.error().code(), ErrorCode::PermissionDenied);
            QVERIFY(result.error().message().contains(Roles::name(static_cast<Permission>(permission))));
        }
    }

    void onlyPiiRolesNeedThePiiKey()
    {
        QVERIFY(Session(1, QStringLiteral("a"), {Role::Warehouse}).needsPii());
        QVERIFY(!Session(1, QStringLiteral("a"), {Role::Auditor, Role::Admin, Role::Responder}).needsPii());
        QVERIFY(!Session(0, QStringLiteral("scheduler"), {Role::Scheduler}).needsPii());
        // PII-free roles never hold a permission that shows PII.
        for (Role role : {Role::Responder, Role::Auditor, Role::Admin, Role::Scheduler}) {
            QVERIFY(!Roles::permissions(role).contains(Permission::PiiReveal));
            QVERIFY(!Roles::permissions(role).contains(Permission::LabelsPrint));
            QVERIFY(!Roles::permissions(role).contains(Permission::OrdersImport));
        }
    }

    /*!
     * The same table through the core: a real account per role (the scheduler through its keychain
     * slot) on a real database. For every permission the vault's own check (what each service
     * calls, which audits a denial) must agree with docs/roles.md; where a service already exists
     * for a permission, that service is called too and must be refused exactly when the table says
     * so, with a permission.denied row in the audit log.
     */
    void tableThroughTheCore()
    {
        QStringList roleColumns;
        const auto grants = documentedGrants(roleColumns);
        QVERIFY(!grants.isEmpty());
        VaultFixture f;
        auto founder = f.create();
        QVERIFY(founder);
        // One order with (made-up) buyer data, for the reveal.
        OrderRecord order;
        order.orderId = QStringLiteral("999-0000001-0000001");
        order.status = QStringLiteral("Unshipped");
        order.pii[PiiField::RecipientName] = QStringLiteral("Demo Buyer 000001");
        QVERIFY(OrderStore(*founder).importRecords({order}).ok());
        std::vector<std::pair<Role, std::unique_ptr<Vault>>> sessions;
        for (Role role : Roles::personRoles()) {
            auto vault = addUser(*founder, f.paths, QStringLiteral("user-") + Roles::name(role), {role});
            QVERIFY2(vault.ok(), qPrintable(vault.error().message()));
            QVERIFY(vault.value()->stepUp(bytesOf(UserPassword), {}).ok());
            sessions.emplace_back(role, std::move(vault).value());
        }
        std::unique_ptr<Vault> open = std::move(founder);
        auto scheduler = switchToScheduler(open, f.paths);
        QVERIFY2(scheduler.ok(), qPrintable(scheduler.error().message()));
        sessions.emplace_back(Role::Scheduler, std::move(scheduler).value());

        for (auto& [role, vault] : sessions) {
            for (Permission permission : Roles::allPermissions()) {
                const QString name = Roles::name(permission);
                const bool expected = grants.value(name).contains(Roles::name(role));
                const QString where = Roles::name(role) + QLatin1Char(' ') + name;
                AuditFilter denials;
                denials.action = QStringLiteral("permission.denied");
                const qint64 before = vault->audit().count(denials).value();
                QCOMPARE(vault->authorize(permission).ok(), expected);
                if (!expected)
                    QVERIFY2(vault->audit().count(denials).value() == before + 1, qPrintable(where));

                // The services that exist today, called for real.
                std::optional<Result<void>> service;
                switch (permission) {
                case Permission::StatusView:
                    service = vault->status().ok() ? success() : Result<void>(vault->status().error());
                    break;
                case Permission::UsersManage:
                    service = vault->users().resetSecondFactor(QStringLiteral("user-auditor"));
                    break;
                case Permission::SettingsManage:
                    service
                        = vault->setSetting(QStringLiteral("console.idle_lock_minutes"), QStringLiteral("5"));
                    break;
                case Permission::AuditVerify: {
                    auto verified = vault->verifyAudit();
                    service = verified ? success() : Result<void>(verified.error());
                    break;
                }
                case Permission::KillSwitch:
                    service = vault->setPiiAccessOff(true);
                    if (*service)
                        QVERIFY(vault->setPiiAccessOff(false).ok());
                    break;
                case Permission::CanariesManage:
                    service = vault->alarms().plantCanary(
                        QStringLiteral("order"), QStringLiteral("canary-") + where, vault->session());
                    break;
                case Permission::KeysManage:
                    service = vault->confirmRecoveryKeyStored();
                    break;
                case Permission::OrdersView: {
                    auto counts = Retention(*vault).counts();
                    service = counts ? success() : Result<void>(counts.error());
                    break;
                }
                case Permission::OrdersImport: {
                    auto imported = OrderStore(*vault).importRecords({order});
                    service = imported ? success() : Result<void>(imported.error());
                    break;
                }
                case Permission::PiiReveal: {
                    auto revealed
                        = OrderStore(*vault).reveal(order.orderId, {QStringLiteral("fulfilment"), {}});
                    service = revealed ? success() : Result<void>(revealed.error());
                    break;
                }
                case Permission::RetentionManage:
                    service = Retention(*vault).setPeriodDays(RetentionRules::DefaultPeriodDays);
                    break;
                default:
                    break;
                }
                if (service)
                    QVERIFY2(service->ok() == expected,
                             qPrintable(where + QStringLiteral(": ")
                                        + (service->ok() ? QString() : service->error().message())));
            }
        }
    }

    void severalRolesUnite()
    {
        const Session session(1, QStringLiteral("a"), {Role::Auditor, Role::Warehouse});
        QVERIFY(session.can(Permission::AuditRead));
        QVERIFY(session.can(Permission::LabelsPrint));
        QVERIFY(!session.can(Permission::UsersManage));
    }

    void namesRoundTrip()
    {
        for (Role role : Roles::personRoles())
            QCOMPARE(Roles::fromName(Roles::name(role)), std::optional<Role>(role));
        QCOMPARE(Roles::fromName(QStringLiteral("root")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
