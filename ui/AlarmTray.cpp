// AlarmTray: see the header.
#include "AlarmTray.h"

#include "models/AlarmModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QSystemTrayIcon>
#include <utility>

namespace dpp::ui {

AlarmTray::AlarmTray(QObject* parent)
    : QObject(parent)
{
    // No tray (the offscreen platform, some Wayland desktops): the badge and status bar remain.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
    m_icon->setToolTip(tr("DPP Console"));
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &AlarmTray::activated);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activated();
    });
}

bool AlarmTray::shouldNotify(qint64 before, qint64 after)
{
    return after > before;
}

QString AlarmTray::messageText(qint64 count, const QString& highestSeverity)
{
    const QString n = QLocale().toString(count);
    // Two strings, not %n: the console ships no English numerus translation (as AuditLogModel).
    QString text = count == 1 ? tr("1 open alarm.") : tr("%1 open alarms.").arg(n);
    if (!highestSeverity.isEmpty())
        text += QLatin1Char(' ') + tr("Highest severity: %1.").arg(AlarmModel::severityText(highestSeverity));
    return text;
}

void AlarmTray::update(qint64 count, const QString& highestSeverity)
{
    const qint64 before = std::exchange(m_count, count);
    if (!m_icon)
        return;
    m_icon->setVisible(count > 0);
    if (count > 0)
        m_icon->setToolTip(messageText(count, QString()));
    if (shouldNotify(before, count))
        m_icon->showMessage(tr("DPP Console: alarms"), messageText(count, highestSeverity),
                            count > 0 && AlarmModel::severityRank(highestSeverity) == 2
                                ? QSystemTrayIcon::Critical
                                : QSystemTrayIcon::Warning);
}

void AlarmTray::reset()
{
    m_count = 0;
    if (m_icon)
        m_icon->hide();
}

} // namespace dpp::ui
