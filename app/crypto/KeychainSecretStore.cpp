// KeychainSecretStore: QtKeychain's jobs made synchronous by a bounded local event loop, and its error
// codes turned into messages a person can act on.
#include "crypto/KeychainSecretStore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>
#include <qt6keychain/keychain.h>
#include <utility>

namespace dpp {

namespace {

// Codes and QtKeychain's own wording, for diagnosis: QT_LOGGING_RULES="dpp.keychain.debug=true".
// Never the secret.
Q_LOGGING_CATEGORY(lcKeychain, "dpp.keychain", QtWarningMsg)

QString withDetail(const QString& message, const QString& detail)
{
    if (detail.isEmpty())
        return message;
    return message + QLatin1Char(' ') + KeychainSecretStore::tr("(Secret Service: %1)").arg(detail);
}

Error noKeychain(const QString& detail)
{
    return {
        ErrorCode::Unavailable,
        withDetail(KeychainSecretStore::tr("No system keychain (Secret Service) is running: the scheduler's "
                                           "key slot cannot be used. Password slots still work."),
                   detail)};
}

Error keychainLocked(const QString& detail)
{
    return {ErrorCode::Unavailable,
            withDetail(KeychainSecretStore::tr("The system keychain is locked: unlock it (sign in to the "
                                               "desktop session that owns it) and try again. The scheduler's "
                                               "key slot cannot be used until then; password slots still "
                                               "work."),
                       detail)};
}

Error toError(QKeychain::Error code, const QString& detail, const QString& account)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return {ErrorCode::NotFound,
                KeychainSecretStore::tr("The system keychain holds no entry \"%1\".").arg(account)};
    // Writing into a locked collection that no prompt could unlock (no display): libsecret's
    // "Cannot create an item in a locked collection", QtKeychain's AccessDenied.
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return keychainLocked(detail);
    // No session bus, a bus without org.freedesktop.secrets, or a keyring daemon without a default
    // collection that could only be created through a prompt: QtKeychain 0.13 passes libsecret's
    // error on as OtherError (its text goes into the detail); other back ends use NoBackendAvailable.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return noKeychain(detail);
    case QKeychain::CouldNotDeleteEntry:
        return {ErrorCode::Failed,
                withDetail(KeychainSecretStore::tr("The system keychain could not delete the entry \"%1\".")
                               .arg(account),
                           detail)};
    case QKeychain::NoError:
        break;
    }
    return {ErrorCode::Failed, withDetail(KeychainSecretStore::tr("The system keychain failed."), detail)};
}

std::optional<Error> checkCall(const QString& account)
{
    // A QEventLoop needs the application object, and QtKeychain's libsecret callbacks arrive on
    // GLib's default main context, which only the application thread's event dispatcher runs.
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return Error(
            ErrorCode::Failed,
            KeychainSecretStore::tr("Internal error: the system keychain needs a QCoreApplication."));
    if (QThread::currentThread() != app->thread())
        return Error(ErrorCode::Failed,
                     KeychainSecretStore::tr("Internal error: the system keychain was used "
                                             "outside the application thread."));
    if (account.isEmpty())
        return Error(ErrorCode::InvalidInput, KeychainSecretStore::tr("A keychain entry needs a name."));
    return std::nullopt;
}

// Runs a job until it finishes or the timeout passes. QtKeychain's libsecret callback holds a raw
// pointer to a started job, so a job that timed out must not be deleted here (use after free when
// the answer comes late): it is handed over to delete itself when it finishes, if ever. Returns
// false on timeout; job is then empty.
template <typename JobType> bool runJob(std::unique_ptr<JobType>& job, std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start(); // queued: nothing can finish before exec() below
    timer.start(timeout);
    // Keep user input out of a GUI caller's nested loop; it waits at most the timeout.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (finished)
        return true;
    QObject::disconnect(job.get(), nullptr, &loop, nullptr);
    JobType* orphan = job.release();
    orphan->setAutoDelete(true);
    return false;
}

Error timedOut(std::chrono::milliseconds timeout)
{
    return {ErrorCode::Unavailable,
            KeychainSecretStore::tr("The system keychain did not answer (waited %1 s).")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count())};
}

// libsecret skips the items of a locked collection when no unlock prompt can be shown (no display):
// QtKeychain then reports a lookup as EntryNotFound and a delete as success while the entry is still
// there (seen with gnome-keyring 42, libsecret 0.20, QtKeychain 0.13.2). The Secret Service's
// SearchItems lists matching locked items without a prompt, which tells "locked" from "missing".
// The attributes are QtKeychain's: "user" is the key, "server" the service.
bool hasLockedEntry(const QString& account, std::chrono::milliseconds timeout)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call.setAutoStartService(false);
    QDBusArgument attributes;
    attributes.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    for (const auto& [attribute, value] : {std::pair{QStringLiteral("user"), account},
                                           std::pair{QStringLiteral("server"), SecretStore::service()}}) {
        attributes.beginMapEntry();
        attributes << attribute << value;
        attributes.endMapEntry();
    }
    attributes.endMap();
    call << QVariant::fromValue(attributes);
    const QDBusMessage reply = bus.call(call, QDBus::Block, static_cast<int>(timeout.count()));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        qCDebug(lcKeychain) << "SearchItems failed:" << reply.errorName() << reply.errorMessage();
        return false;
    }
    return !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
}

// Overwrites the bytes of a buffer we hold the only reference to (SecureBytes::takeFrom wipes its source).
void wipe(QByteArray& bytes)
{
    SecureBytes discarded = SecureBytes::takeFrom(bytes);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

QString KeychainSecretStore::name() const
{
    return tr("the system keychain");
}

Result<void> KeychainSecretStore::write(const QString& account, const SecureBytes& secret)
{
    if (auto error = checkCall(account))
        return *error;
    QByteArray bytes(secret.chars(), static_cast<qsizetype>(secret.size()));
    auto job = std::make_unique<QKeychain::WritePasswordJob>(service());
    job->setKey(account);
    // Binary, so the secret never becomes a QString. QtKeychain base64-encodes it internally for
    // libsecret; those copies are beyond our reach.
    job->setBinaryData(bytes);
    if (!runJob(job, m_timeout)) {
        qCWarning(lcKeychain) << "write: no answer within" << m_timeout.count() << "ms";
        bytes.clear(); // still shared with the orphaned job: wiping would only wipe a copy
        return timedOut(m_timeout);
    }
    const QKeychain::Error code = job->error();
    const QString detail = job->errorString();
    job.reset(); // drops QtKeychain's reference, so the wipe below reaches the only copy
    wipe(bytes);
    if (code != QKeychain::NoError) {
        qCDebug(lcKeychain) << "write failed:" << static_cast<int>(code) << detail;
        return toError(code, detail, account);
    }
    return success();
}

Result<SecureBytes> KeychainSecretStore::read(const QString& account)
{
    if (auto error = checkCall(account))
        return *error;
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(service());
    job->setKey(account);
    if (!runJob(job, m_timeout)) {
        qCWarning(lcKeychain) << "read: no answer within" << m_timeout.count() << "ms";
        return timedOut(m_timeout);
    }
    const QKeychain::Error code = job->error();
    if (code != QKeychain::NoError) {
        const QString detail = job->errorString();
        qCDebug(lcKeychain) << "read failed:" << static_cast<int>(code) << detail;
        if (code == QKeychain::EntryNotFound && hasLockedEntry(account, m_timeout))
            return keychainLocked({});
        return toError(code, detail, account);
    }
    QByteArray bytes = job->binaryData();
    job.reset(); // drops QtKeychain's reference, so takeFrom wipes the only copy
    return SecureBytes::takeFrom(bytes);
}

Result<void> KeychainSecretStore::remove(const QString& account)
{
    if (auto error = checkCall(account))
        return *error;
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(service());
    job->setKey(account);
    if (!runJob(job, m_timeout)) {
        qCWarning(lcKeychain) << "remove: no answer within" << m_timeout.count() << "ms";
        return timedOut(m_timeout);
    }
    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
        if (hasLockedEntry(account, m_timeout)) {
            qCDebug(lcKeychain) << "remove: QtKeychain reported" << static_cast<int>(code)
                                << "but a locked entry remains";
            return keychainLocked({});
        }
        return success();
    }
    const QString detail = job->errorString();
    qCDebug(lcKeychain) << "remove failed:" << static_cast<int>(code) << detail;
    return toError(code, detail, account);
}

} // namespace dpp
