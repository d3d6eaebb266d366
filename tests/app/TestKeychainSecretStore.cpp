// TestKeychainSecretStore: KeychainSecretStore through a real gnome-keyring (run inside
// tests/support/with-keyring.sh), the same contract on FakeSecretStore, and the store without any
// Secret Service (child processes of this binary): a clear Unavailable, in time, nothing in plaintext.
#include "FakeSecretStore.h"
#include "TestSupport.h"
#include "crypto/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace dpp;
using namespace std::chrono_literals;

namespace {

const char* const childFunction = "childUseWithoutSecretService";
constexpr int childWaitMs = 60000;

//! Empty when this process runs in with-keyring.sh's throw-away keyring; otherwise why not.
//! DPP_KEYRING_TMP is exported only by with-keyring.sh: run directly in a desktop session, this test
//! must not write into the user's own keychain.
QString realKeyringSkipReason()
{
    if (qEnvironmentVariableIsSet("DPP_TEST_NO_KEYRING"))
        return QStringLiteral("with-keyring.sh found no Secret Service (see its note on stderr): the "
                              "real-keyring part is not tested here");
    if (!qEnvironmentVariableIsSet("DPP_KEYRING_TMP"))
        return QStringLiteral(
            "not run through tests/support/with-keyring.sh: the real-keyring part runs only "
            "in a throw-away keyring, never in the user's (use ctest)");
    return {};
}

#define SKIP_WITHOUT_REAL_KEYRING()                                                                          \
    do {                                                                                                     \
        const QString reason = realKeyringSkipReason();                                                      \
        if (!reason.isEmpty())                                                                               \
            QSKIP(qPrintable(reason));                                                                       \
    } while (false)

//! For failure messages: the error of a result, evaluated only when there is one.
template <typename T> QString describe(const Result<T>& result)
{
    if (result.ok())
        return QStringLiteral("(succeeded)");
    return QStringLiteral("error %1: %2")
        .arg(static_cast<int>(result.error().code()))
        .arg(result.error().message());
}

template <typename T> bool failsWith(const Result<T>& result, ErrorCode code)
{
    return !result.ok() && result.error().code() == code;
}

std::unique_ptr<SecretStore> makeStore(const QString& kind)
{
    if (kind == QLatin1String("keychain"))
        return std::make_unique<KeychainSecretStore>();
    return std::make_unique<test::FakeSecretStore>();
}

//! The forms in which a leaked secret would show up in a file: raw, base64 (QtKeychain's encoding),
//! base64url, hex.
QList<QByteArray> leakForms(QByteArrayView secret)
{
    const QByteArray raw = secret.toByteArray();
    return {raw, raw.toBase64(QByteArray::OmitTrailingEquals),
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), raw.toHex(),
            raw.toHex().toUpper()};
}

//! Regular files under root (recursively, hidden ones too) whose bytes contain any of the forms.
//! Sockets and FIFOs are skipped: opening a FIFO would block.
QStringList filesHolding(const QString& root, const QList<QByteArray>& forms)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = test::fileBytes(path);
        for (const QByteArray& form : forms) {
            if (bytes.contains(form)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

QStringList allFiles(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    return files;
}

//! 32 random letters and digits: binary-safe like any secret, and found verbatim in every plaintext
//! encoding (QSettings escapes other bytes in .ini files).
QByteArray printableSecret()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const SecureBytes random = SecureBytes::random(32);
    QByteArray result;
    for (std::size_t i = 0; i < random.size(); ++i)
        result.append(alphabet[random.data()[i] % (sizeof(alphabet) - 1)]);
    return result;
}

//! A Unix socket that accepts connections (into the backlog) and never says a word: a session bus
//! that hangs during the handshake, to exercise the store's timeout.
class SilentSocket final
{
public:
    explicit SilentSocket(const QString& path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        if (m_fd < 0 || static_cast<std::size_t>(native.size()) >= sizeof(address.sun_path))
            return;
        std::copy(native.cbegin(), native.cend(), address.sun_path);
        m_listening = ::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0
            && ::listen(m_fd, 16) == 0;
    }
    ~SilentSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentSocket(const SilentSocket&) = delete;
    SilentSocket& operator=(const SilentSocket&) = delete;
    bool listening() const { return m_listening; }

private:
    int m_fd = -1;
    bool m_listening = false;
};

} // namespace

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void accountsDoNotMix_data();
    void accountsDoNotMix();
    void fakeSimulatesMissingAndLockedKeychain();
    void scannerFindsPlaintextCopies();
    void withoutSecretService_data();
    void withoutSecretService();
    void childUseWithoutSecretService();
    void lockedKeychainIsUnavailable(); // last: it leaves the throw-away keyring locked
};

void TestKeychainSecretStore::initTestCase()
{
    // Tried: say up front whether the real keychain is exercised, so a skip cannot pass unnoticed.
    const QString reason = realKeyringSkipReason();
    if (reason.isEmpty())
        qInfo("real keychain: gnome-keyring in with-keyring.sh's throw-away session");
    else if (qEnvironmentVariableIsSet("DPP_REQUIRE_KEYRING")) // run-tests.sh installed gnome-keyring
        QFAIL(qPrintable(QStringLiteral("real keychain NOT tested: ") + reason));
    else
        qWarning("real keychain NOT tested: %s", qPrintable(reason));
}

void TestKeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fake") << QStringLiteral("fake");
    QTest::newRow("system keychain") << QStringLiteral("keychain");
}

void TestKeychainSecretStore::roundTrip()
{
    // Tried: write a 32-byte random secret, read it back equal, overwrite it with another and read
    // that one, remove it, read again (NotFound), remove again (missing is success). For the real
    // keychain also: no file of the throw-away HOME/XDG folders (keyring file included) holds the
    // secret in a readable form, and each call came back well within the timeout.
    QFETCH(QString, kind);
    if (kind == QLatin1String("keychain"))
        SKIP_WITHOUT_REAL_KEYRING();
    const auto store = makeStore(kind);
    const QString account = QStringLiteral("db-roundtrip/slot-scheduler");

    const SecureBytes first = SecureBytes::random(32);
    QElapsedTimer clock;
    clock.start();
    const auto written = store->write(account, first);
    QVERIFY2(written.ok(), qPrintable(describe(written)));
    QVERIFY2(clock.elapsed() < 5000, "a write to a running keychain took more than 5 s");

    auto readBack = store->read(account);
    QVERIFY2(readBack.ok(), qPrintable(describe(readBack)));
    QCOMPARE(readBack->size(), std::size_t{32});
    QVERIFY2(readBack->equals(first), "read back other bytes than were written");

    const SecureBytes second = SecureBytes::random(32);
    const auto overwritten = store->write(account, second);
    QVERIFY2(overwritten.ok(), qPrintable(describe(overwritten)));
    readBack = store->read(account);
    QVERIFY2(readBack.ok(), qPrintable(describe(readBack)));
    QVERIFY2(readBack->equals(second), "an overwrite did not replace the secret");
    QVERIFY(!readBack->equals(first));

    if (kind == QLatin1String("keychain")) {
        const QString root = qEnvironmentVariable("DPP_KEYRING_TMP");
        QVERIFY2(QDir(root + QStringLiteral("/data/keyrings")).exists(),
                 "gnome-keyring wrote no keyring file");
        for (const SecureBytes* secret : {&first, &second}) {
            const QStringList leaks = filesHolding(root, leakForms(secret->view()));
            QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("secret readable in: ") + leaks.join(u", ")));
        }
    }

    const auto removed = store->remove(account);
    QVERIFY2(removed.ok(), qPrintable(describe(removed)));
    const auto afterRemove = store->read(account);
    QVERIFY2(!afterRemove.ok(), "the entry survived remove()");
    QCOMPARE(afterRemove.error().code(), ErrorCode::NotFound);
    QVERIFY2(afterRemove.error().message().contains(account), qPrintable(afterRemove.error().message()));
    const auto removedAgain = store->remove(account);
    QVERIFY2(removedAgain.ok(), qPrintable(describe(removedAgain)));
    QVERIFY2(clock.elapsed() < 15000, "the round trip took more than 15 s");
}

void TestKeychainSecretStore::accountsDoNotMix_data()
{
    roundTrip_data();
}

void TestKeychainSecretStore::accountsDoNotMix()
{
    // Tried: two accounts, including one that is a prefix of the other, hold different secrets; each
    // reads back its own; removing one leaves the other; an account never written is NotFound.
    QFETCH(QString, kind);
    if (kind == QLatin1String("keychain"))
        SKIP_WITHOUT_REAL_KEYRING();
    const auto store = makeStore(kind);
    const QString a = QStringLiteral("db-mix/slot-1");
    const QString b = QStringLiteral("db-mix/slot-10");
    const SecureBytes secretA = SecureBytes::random(32);
    const SecureBytes secretB = SecureBytes::random(32);

    QVERIFY(store->write(a, secretA).ok());
    QVERIFY(store->write(b, secretB).ok());
    auto readA = store->read(a);
    auto readB = store->read(b);
    QVERIFY2(readA.ok() && readB.ok(), "an entry just written could not be read");
    QVERIFY2(readA->equals(secretA), "account a read another account's secret");
    QVERIFY2(readB->equals(secretB), "account b read another account's secret");

    const auto never = store->read(QStringLiteral("db-mix/slot-never-written"));
    QVERIFY(!never.ok());
    QCOMPARE(never.error().code(), ErrorCode::NotFound);

    QVERIFY(store->remove(a).ok());
    const auto readRemoved = store->read(a);
    QVERIFY2(failsWith(readRemoved, ErrorCode::NotFound), qPrintable(describe(readRemoved)));
    readB = store->read(b);
    QVERIFY2(readB.ok(), "removing account a removed account b too");
    QVERIFY(readB->equals(secretB));
    QVERIFY(store->remove(b).ok());
}

void TestKeychainSecretStore::fakeSimulatesMissingAndLockedKeychain()
{
    // Tried: the fake's switches. Unavailable and Locked refuse every call with Unavailable, keep
    // what was stored, and it is all there again once Available.
    test::FakeSecretStore store;
    const QString account = QStringLiteral("db-fake/slot-1");
    const SecureBytes secret = SecureBytes::random(32);
    QVERIFY(store.write(account, secret).ok());

    for (const auto state :
         {test::FakeSecretStore::State::Unavailable, test::FakeSecretStore::State::Locked}) {
        store.setState(state);
        const auto written = store.write(account, SecureBytes::random(32));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code(), ErrorCode::Unavailable);
        const auto readBack = store.read(account);
        QVERIFY2(failsWith(readBack, ErrorCode::Unavailable), qPrintable(describe(readBack)));
        const auto removed = store.remove(account);
        QVERIFY2(failsWith(removed, ErrorCode::Unavailable), qPrintable(describe(removed)));
    }
    QVERIFY(store.contains(account));
    QCOMPARE(store.writeCount(), 1);
    store.setState(test::FakeSecretStore::State::Available);
    const auto readBack = store.read(account);
    QVERIFY(readBack.ok());
    QVERIFY(readBack->equals(secret));
    const auto unnamed = store.write(QString(), secret);
    QVERIFY2(failsWith(unnamed, ErrorCode::InvalidInput), qPrintable(describe(unnamed)));
}

void TestKeychainSecretStore::scannerFindsPlaintextCopies()
{
    // Tried: the leak scan used below, on files that do hold the secret: a QSettings .ini (what
    // QtKeychain's insecure fallback would write) and a base64 line. A scan that finds nothing
    // there would prove nothing elsewhere.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray secret = printableSecret();
    {
        QSettings ini(dir.filePath(QStringLiteral("config/dpp-console.conf")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("scheduler/data"), secret);
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    QFile base64File(dir.filePath(QStringLiteral(".hidden-b64")));
    QVERIFY(base64File.open(QIODevice::WriteOnly));
    base64File.write("x=" + secret.toBase64() + '\n');
    base64File.close();
    QCOMPARE(filesHolding(dir.path(), leakForms(secret)).size(), 2);
    QVERIFY(filesHolding(dir.path(), leakForms(printableSecret())).isEmpty());
}

void TestKeychainSecretStore::withoutSecretService_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("bus address points to no socket")
        << QStringLiteral("no-socket") << QStringLiteral("No system keychain (Secret Service) is running");
    QTest::newRow("no bus address") << QStringLiteral("no-address")
                                    << QStringLiteral("No system keychain (Secret Service) is running");
    QTest::newRow("bus without a secret service")
        << QStringLiteral("bare-bus") << QStringLiteral("No system keychain (Secret Service) is running");
    QTest::newRow("bus that never answers")
        << QStringLiteral("silent-bus") << QStringLiteral("The system keychain did not answer");
}

void TestKeychainSecretStore::withoutSecretService()
{
    // Tried: this binary's childUseWithoutSecretService() in a child process (QtKeychain and GLib
    // keep the first session bus they reach for the life of a process, so a separate process is
    // the reliable way) with fresh HOME, XDG folders and working folder, no DISPLAY, and:
    //   no-socket   DBUS_SESSION_BUS_ADDRESS names a socket that does not exist;
    //   no-address  DBUS_SESSION_BUS_ADDRESS unset (and no $XDG_RUNTIME_DIR/bus);
    //   bare-bus    a private dbus-daemon that has no org.freedesktop.secrets and cannot start one;
    //   silent-bus  a socket that accepts and never answers, with a 2 s store timeout.
    // The child's writes, reads and removes must fail with Unavailable and a clear message in time;
    // afterwards no file in the child's folders may hold the secret in any form.
    QFETCH(QString, situation);
    QFETCH(QString, expectedMessage);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QStringList folders{QStringLiteral("home"),  QStringLiteral("config"),  QStringLiteral("data"),
                              QStringLiteral("cache"), QStringLiteral("runtime"), QStringLiteral("cwd")};
    for (const QString& folder : folders)
        QVERIFY(QDir(root.path()).mkpath(folder));
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QByteArray secret = printableSecret();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "DPP_KEYRING_TMP",
                             "DPP_TEST_NO_KEYRING", "DPP_REQUIRE_KEYRING"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("DPP_KEYCHAIN_CHILD_SECRET"), QString::fromLatin1(secret.toHex()));
    env.insert(QStringLiteral("DPP_KEYCHAIN_CHILD_EXPECT"), expectedMessage);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dpp.keychain.debug=true"));

    QString program = QCoreApplication::applicationFilePath();
    QStringList arguments{QLatin1String(childFunction)};
    std::unique_ptr<SilentSocket> silent;
    int storeTimeoutMs = static_cast<int>(KeychainSecretStore::defaultTimeout.count());
    if (situation == QLatin1String("no-socket")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + root.filePath(QStringLiteral("runtime/no-such-bus")));
    } else if (situation == QLatin1String("bare-bus")) {
        // No <servicedir>: the bus cannot start gnome-keyring by D-Bus activation.
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (dbusRunSession.isEmpty())
            QSKIP("dbus-run-session is not installed: the bare-bus case is not tested");
        const QString config = root.filePath(QStringLiteral("bare-bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir="
                   + QFile::encodeName(root.filePath(QStringLiteral("runtime")))
                   + "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                     "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                     "<allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        arguments = QStringList{QStringLiteral("--config-file=") + config, QStringLiteral("--"), program}
            + arguments;
        program = dbusRunSession;
    } else if (situation == QLatin1String("silent-bus")) {
        const QString socketPath = root.filePath(QStringLiteral("runtime/silent-bus"));
        silent = std::make_unique<SilentSocket>(socketPath);
        QVERIFY2(silent->listening(), "could not listen on a Unix socket");
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socketPath);
        storeTimeoutMs = 2000;
    }
    env.insert(QStringLiteral("DPP_KEYCHAIN_CHILD_TIMEOUT_MS"), QString::number(storeTimeoutMs));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(root.filePath(QStringLiteral("cwd")));
    child.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    child.start(program, arguments);
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    const bool ended = child.waitForFinished(childWaitMs);
    if (!ended) {
        child.kill();
        child.waitForFinished(5000);
    }
    const qint64 elapsed = clock.elapsed();
    const QString output
        = QString::fromLocal8Bit(child.readAllStandardOutput() + child.readAllStandardError());
    QVERIFY2(
        ended,
        qPrintable(QStringLiteral("the child hung (killed after %1 s):\n").arg(childWaitMs / 1000) + output));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(
        output.contains(QStringLiteral("PASS   : TestKeychainSecretStore::") + QLatin1String(childFunction)),
        qPrintable(QStringLiteral("the child did not run its checks:\n") + output));
    // Three calls, each bounded by the store's timeout, plus process start-up.
    QVERIFY2(elapsed < 3 * storeTimeoutMs + 10000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    const QStringList leaks = filesHolding(root.path(), leakForms(secret));
    QVERIFY2(leaks.isEmpty(),
             qPrintable(QStringLiteral("secret written in plaintext to: ") + leaks.join(u", ")));
    QStringList left = allFiles(root.path());
    left.removeAll(QStringLiteral("bare-bus.conf"));
    qInfo("%s: %lld ms; files the child left: %s", qPrintable(situation), elapsed,
          left.isEmpty() ? "none" : qPrintable(left.join(u", ")));
}

void TestKeychainSecretStore::childUseWithoutSecretService()
{
    // Runs only as the child of withoutSecretService(), in the environment it prepared.
    const QByteArray secretHex = qgetenv("DPP_KEYCHAIN_CHILD_SECRET");
    if (secretHex.isEmpty())
        QSKIP("helper: runs only as a child process of withoutSecretService()");
    const QString expected = qEnvironmentVariable("DPP_KEYCHAIN_CHILD_EXPECT");
    const std::chrono::milliseconds timeout{qEnvironmentVariableIntValue("DPP_KEYCHAIN_CHILD_TIMEOUT_MS")};
    QVERIFY(timeout > 0ms);
    QByteArray raw = QByteArray::fromHex(secretHex);
    const SecureBytes secret = SecureBytes::takeFrom(raw);
    KeychainSecretStore store(timeout);
    const QString account = QStringLiteral("db-nobus/slot-scheduler");

    QElapsedTimer clock;
    clock.start();
    const auto written = store.write(account, secret);
    const qint64 writeMs = clock.elapsed();
    QVERIFY2(!written.ok(), "write succeeded without a secret service");
    qInfo("write -> %s (%lld ms)", qPrintable(written.error().message()), writeMs);
    QCOMPARE(written.error().code(), ErrorCode::Unavailable);
    QVERIFY2(written.error().message().startsWith(expected), qPrintable(written.error().message()));
    QVERIFY2(writeMs < timeout.count() + 2000, "write overran the store's timeout");

    clock.restart();
    const auto readBack = store.read(account);
    QVERIFY(!readBack.ok());
    qInfo("read -> %s (%lld ms)", qPrintable(readBack.error().message()), clock.elapsed());
    QCOMPARE(readBack.error().code(), ErrorCode::Unavailable);

    clock.restart();
    const auto removed = store.remove(account);
    QVERIFY(!removed.ok());
    qInfo("remove -> %s (%lld ms)", qPrintable(removed.error().message()), clock.elapsed());
    QCOMPARE(removed.error().code(), ErrorCode::Unavailable);
}

void TestKeychainSecretStore::lockedKeychainIsUnavailable()
{
    // Tried: store an entry, lock the login collection over D-Bus (Secret Service Lock needs no
    // prompt), then write, read and remove it. With no display no unlock prompt can be shown; every
    // call on the entry must come back quickly with Unavailable "locked", not hang, not claim the
    // entry is missing (libsecret's lookup alone says "not found") and not claim a remove that left
    // it in place. An entry that was never written stays NotFound, and removing it succeeds.
    SKIP_WITHOUT_REAL_KEYRING();
    KeychainSecretStore store;
    const QString account = QStringLiteral("db-locked/slot-scheduler");
    const QString never = QStringLiteral("db-locked/slot-never-written");
    QVERIFY(store.write(account, SecureBytes::random(32)).ok());

    const auto lock = test::runProgram(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
         QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
         QStringLiteral("org.freedesktop.Secret.Service.Lock"),
         QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")},
        {}, 10000);
    QVERIFY2(lock.exitCode == 0 && lock.out.contains("/org/freedesktop/secrets/collection/login"),
             lock.err.constData());

    QElapsedTimer clock;
    clock.start();
    const auto written = store.write(account, SecureBytes::random(32));
    qInfo("write -> %s", qPrintable(describe(written)));
    QVERIFY2(failsWith(written, ErrorCode::Unavailable),
             "a write into a locked collection did not fail as Unavailable");
    QVERIFY2(written.error().message().contains(QStringLiteral("locked")), qPrintable(describe(written)));

    const auto readBack = store.read(account);
    qInfo("read -> %s", qPrintable(describe(readBack)));
    QVERIFY2(failsWith(readBack, ErrorCode::Unavailable), "a locked entry was not reported as Unavailable");
    QVERIFY2(readBack.error().message().contains(QStringLiteral("locked")), qPrintable(describe(readBack)));

    const auto removed = store.remove(account);
    qInfo("remove -> %s", qPrintable(describe(removed)));
    QVERIFY2(failsWith(removed, ErrorCode::Unavailable), "remove() claimed success on a locked entry");

    const auto readNever = store.read(never);
    QVERIFY2(failsWith(readNever, ErrorCode::NotFound), qPrintable(describe(readNever)));
    const auto removedNever = store.remove(never);
    QVERIFY2(removedNever.ok(), qPrintable(describe(removedNever)));
    QVERIFY2(clock.elapsed() < 10000, "a locked keychain took more than 10 s to answer");
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
