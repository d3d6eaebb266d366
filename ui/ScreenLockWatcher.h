// ScreenLockWatcher: emits screenLocked() when the desktop's screen locks, from D-Bus signals:
// org.freedesktop.ScreenSaver and org.gnome.ScreenSaver ActiveChanged(true) on the session bus,
// and logind's Lock signal for this process's session on the system bus (loginctl lock-session).
// A bus that is not there is skipped without complaint (KeePassXC's ScreenLockListenerDBus).
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

class QDBusPendingCallWatcher;

namespace dpp::ui {

class ScreenLockWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);

    /*!
     * Listens for the signals on these buses (normally QDBusConnection::sessionBus() and
     * systemBus(); tests pass a private bus). A disconnected bus is skipped. The logind session
     * is looked up asynchronously; until the answer arrives only the screen savers are heard.
     */
    void listen(const QDBusConnection& sessionBus, const QDBusConnection& systemBus);

    //! What it listens to, e.g. "org.freedesktop.ScreenSaver", "login1 /org/freedesktop/login1/session/_32".
    QStringList sources() const { return m_sources; }

signals:
    void screenLocked();
    //! The logind session was found (or not); sources() is complete after this.
    void ready();

private slots:
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();

private:
    void onSessionPath(QDBusPendingCallWatcher* call, QDBusConnection systemBus);

    QStringList m_sources;
};

} // namespace dpp::ui
