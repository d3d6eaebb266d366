// ScreenLockWatcher: see the header.
#include "ScreenLockWatcher.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <unistd.h>

namespace dpp::ui {

namespace {
const QString Login1Service = QStringLiteral("org.freedesktop.login1");
} // namespace

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : QObject(parent)
{ }

void ScreenLockWatcher::listen(const QDBusConnection& sessionBus, const QDBusConnection& systemBus)
{
    if (sessionBus.isConnected()) {
        struct Saver
        {
            const char* service;
            const char* path;
        };
        // KDE, Xfce, MATE and others implement the freedesktop name; GNOME its own.
        for (const Saver& saver : {Saver{"org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"},
                                   Saver{"org.freedesktop.ScreenSaver", "/ScreenSaver"},
                                   Saver{"org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"}}) {
            const QString service = QString::fromLatin1(saver.service);
            QDBusConnection bus = sessionBus;
            if (bus.connect(service, QString::fromLatin1(saver.path), service,
                            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool))))
                m_sources.append(service + QLatin1Char(' ') + QString::fromLatin1(saver.path));
        }
    }
    if (!systemBus.isConnected()) {
        emit ready();
        return;
    }
    // Our logind session: the one this process belongs to.
    QDBusMessage call = QDBusMessage::createMethodCall(
        Login1Service, QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
    call << static_cast<quint32>(::getpid());
    auto* watcher = new QDBusPendingCallWatcher(systemBus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, systemBus](QDBusPendingCallWatcher* finished) { onSessionPath(finished, systemBus); });
}

void ScreenLockWatcher::onSessionPath(QDBusPendingCallWatcher* call, QDBusConnection systemBus)
{
    call->deleteLater();
    const QDBusPendingReply<QDBusObjectPath> reply = *call;
    if (!reply.isError()) {
        const QString path = reply.value().path();
        if (systemBus.connect(Login1Service, path, QStringLiteral("org.freedesktop.login1.Session"),
                              QStringLiteral("Lock"), this, SLOT(onSessionLock())))
            m_sources.append(QStringLiteral("login1 ") + path);
    }
    // No logind, or a process outside any session (a service, a container): nothing to hear.
    emit ready();
}

void ScreenLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit screenLocked();
}

void ScreenLockWatcher::onSessionLock()
{
    emit screenLocked();
}

} // namespace dpp::ui
