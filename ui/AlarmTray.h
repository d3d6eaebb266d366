// AlarmTray: the tray notification for open alarms (issue 3, item 4). The icon exists only where
// the desktop has a system tray; the message names the count and the highest severity, never a
// user, an object or a note, since anyone near the screen can read it.
#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace dpp::ui {

class AlarmTray final : public QObject
{
    Q_OBJECT

public:
    explicit AlarmTray(QObject* parent = nullptr);

    //! Whether a change of the open count from before to after deserves a notification: only a
    //! rise (a new alarm), not the same count again nor an acknowledgement.
    static bool shouldNotify(qint64 before, qint64 after);
    //! The notification's text; highestSeverity may be empty (the session cannot read alarms).
    static QString messageText(qint64 count, const QString& highestSeverity);

    /*!
     * The open count now: shows the icon while there are open alarms and a message when the
     * count rose since the last call. highestSeverity is only read when a message is shown.
     */
    void update(qint64 count, const QString& highestSeverity);
    //! Hides the icon and forgets the count (the console locked).
    void reset();

    bool isAvailable() const { return m_icon != nullptr; }
    qint64 lastCount() const { return m_count; }

signals:
    //! The icon or its message was clicked: the window shows the alarms.
    void activated();

private:
    QSystemTrayIcon* m_icon = nullptr;
    qint64 m_count = 0;
};

} // namespace dpp::ui
