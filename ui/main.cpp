// dpp-console: the desktop console. Hardens the process, loads the translation, checks that the
// SQLite in use is SQLCipher, then opens the window on first start or unlock.
#include "MainWindow.h"
#include "crypto/ProcessHardening.h"
#include "storage/Database.h"
#include "vault/VaultPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QTranslator>

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(dpp::ui::main)
};

} // namespace

int main(int argc, char* argv[])
{
    // Before anything else, and before any key exists: no core dumps, no ptrace, umask 077.
    const bool hardened = dpp::hardenProcess();

    QApplication app(argc, argv);
    // No organisation name: QStandardPaths would nest it, ~/.local/share/dpp-console/dpp-console/.
    QApplication::setApplicationName(QStringLiteral("dpp-console"));
    QApplication::setApplicationVersion(QStringLiteral(DPP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dpp-console"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dppconsole"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QApplication::setApplicationDisplayName(Main::tr("DPP Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("DPP Console: keeps buyer data under Amazon's Data Protection Policy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("database")},
        Main::tr("The database file (default: %1).").arg(dpp::VaultPaths::defaultDatabasePath()),
        Main::tr("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    if (!hardened)
        qWarning("dpp-console: could not turn off core dumps and ptrace; keys may reach a core file");

    if (dpp::Database::cipherVersion().isEmpty()) {
        // Plain SQLite would write the buyers' data unencrypted: refuse before anything is created.
        QMessageBox::critical(
            nullptr, Main::tr("DPP Console"),
            Main::tr("This build of DPP Console uses plain SQLite instead of SQLCipher, so it "
                     "cannot encrypt the database. It does not start.\n\nInstall SQLCipher 4 "
                     "(installer/setup-debian.sh) and build DPP Console again."));
        return 1;
    }

    const QString database = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                          : dpp::VaultPaths::defaultDatabasePath();
    dpp::ui::MainWindow window{dpp::VaultPaths(database)};
    window.resize(1200, 800);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        window.resize(window.size().boundedTo(available.size()));
        window.move(available.center() - window.rect().center());
    }
    window.show();
    return QApplication::exec();
}
