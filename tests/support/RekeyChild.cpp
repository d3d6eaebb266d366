// rekey-child: signs in as the test user and rotates the database key again and again until it
// is killed. TestRekeyCrash kills it at random moments to prove a crash never loses the database.
#include "VaultFixture.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: rekey-child DATABASE\n", stderr);
        return 2;
    }
    const dpp::VaultPaths paths(QString::fromLocal8Bit(argv[1]));
    auto vault
        = dpp::Vault::unlock(paths, QStringLiteral("dpo"), dpp::test::bytesOf(dpp::test::TestPassword));
    if (!vault) {
        std::fprintf(stderr, "rekey-child: %s\n", qPrintable(vault.error().message()));
        return 1;
    }
    std::puts("unlocked");
    std::fflush(stdout);
    for (int round = 1;; ++round) {
        auto rotated = vault.value()->rotateDatabaseKey();
        if (!rotated) {
            std::fprintf(stderr, "rekey-child: %s\n", qPrintable(rotated.error().message()));
            return 1;
        }
        std::printf("rotated %d\n", round);
        std::fflush(stdout);
    }
}
