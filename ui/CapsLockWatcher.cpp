// CapsLockWatcher: see the header.
#include "CapsLockWatcher.h"

#include <QKeyEvent>
#include <QWidget>

namespace dpp::ui {

CapsLockWatcher::CapsLockWatcher(QObject* parent)
    : QObject(parent)
{ }

void CapsLockWatcher::watch(QWidget* widget)
{
    widget->installEventFilter(this);
}

void CapsLockWatcher::reset()
{
    const bool wasOn = isOn();
    m_known = false;
    m_on = false;
    if (wasOn)
        emit changed(false);
}

void CapsLockWatcher::set(bool on)
{
    const bool wasOn = isOn();
    m_known = true;
    m_on = on;
    if (wasOn != on)
        emit changed(on);
}

bool CapsLockWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_CapsLock) {
            if (m_known)
                set(!m_on);
        } else if (key->text().size() == 1) {
            const QChar c = key->text().at(0);
            // Only letters that have two cases say anything about Caps Lock.
            if (c.isLetter() && c.toUpper() != c.toLower()) {
                const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
                set(c.isUpper() != shift);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dpp::ui
