// purge-child: signs in as the test user and, until it is killed, imports a batch of due orders
// and purges every due order, again and again. TestPurgeCrash kills it at random moments to prove
// that each order is always either whole or purged with its tombstone.
#include "VaultFixture.h"
#include "orders/OrderStore.h"
#include "purge/PurgeEngine.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: purge-child DATABASE FIRST-BATCH\n", stderr);
        return 2;
    }
    const dpp::VaultPaths paths(QString::fromLocal8Bit(argv[1]));
    auto vault
        = dpp::Vault::unlock(paths, QStringLiteral("dpo"), dpp::test::bytesOf(dpp::test::TestPassword));
    if (!vault || !vault.value()->stepUp(dpp::test::bytesOf(dpp::test::TestPassword), {})) {
        std::fputs("purge-child: cannot sign in\n", stderr);
        return 1;
    }
    std::puts("unlocked");
    std::fflush(stdout);
    const QDateTime shipped = QDateTime::currentDateTimeUtc().addDays(-60);
    for (int batch = QString::fromLocal8Bit(argv[2]).toInt();; ++batch) {
        std::vector<dpp::OrderRecord> records;
        for (int i = 0; i < 1500; ++i) {
            dpp::OrderRecord r;
            r.orderId = QStringLiteral("999-%1-%2")
                            .arg(batch, 7, 10, QLatin1Char('0'))
                            .arg(i, 7, 10, QLatin1Char('0'));
            r.status = QStringLiteral("Shipped");
            r.purchaseDate = shipped.addDays(-1);
            r.shipTime = shipped;
            r.pii[dpp::PiiField::RecipientName] = QStringLiteral("Demo Buyer %1").arg(i);
            r.pii[dpp::PiiField::AddressLine1] = QStringLiteral("%1 Example Street").arg(i);
            records.push_back(r);
        }
        if (!dpp::OrderStore(*vault.value()).importRecords(records)) {
            std::fputs("purge-child: import failed\n", stderr);
            return 1;
        }
        std::printf("imported %d\n", batch);
        std::fflush(stdout);
        auto run = dpp::PurgeEngine(*vault.value()).purge({});
        if (!run) {
            std::fprintf(stderr, "purge-child: %s\n", qPrintable(run.error().message()));
            return 1;
        }
        std::printf("purged %lld\n", static_cast<long long>(run->orderIds.size()));
        std::fflush(stdout);
    }
}
