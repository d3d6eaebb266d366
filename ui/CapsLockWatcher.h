// CapsLockWatcher: tells whether Caps Lock is on, from the key events of the fields it watches.
// Qt has no API for the lock state and X11 needs XKB for it; like KeePassXC's fallback, a letter
// typed whose case disagrees with Shift means Caps Lock is on, and the Caps Lock key toggles a
// known state. Works on every platform and in tests (QTest::keyClick).
#pragma once

#include <QObject>

class QWidget;

namespace dpp::ui {

class CapsLockWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit CapsLockWatcher(QObject* parent = nullptr);

    //! Watches the key presses of widget (a password field).
    void watch(QWidget* widget);

    bool isOn() const { return m_known && m_on; }
    //! Forgets the state (after a lock): it is learnt again from the next letter.
    void reset();

signals:
    void changed(bool on);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void set(bool on);

    bool m_known = false;
    bool m_on = false;
};

} // namespace dpp::ui
