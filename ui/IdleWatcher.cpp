// IdleWatcher: see the header.
#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace dpp::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stop();
        emit idle();
    });
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleWatcher::start()
{
    if (!m_filtering) {
        QCoreApplication::instance()->installEventFilter(this);
        m_filtering = true;
    }
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
    if (m_filtering) {
        if (auto* app = QCoreApplication::instance())
            app->removeEventFilter(this);
        m_filtering = false;
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dpp::ui
