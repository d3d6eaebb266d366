// IdleWatcher: emits idle() after a stretch without user input anywhere in the application (an
// application-wide event filter restarts a single-shot timer on every key, click, wheel or move).
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace dpp::ui {

class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }

    //! Starts watching (the countdown begins now); stop() ends it.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_filtering = false;
};

} // namespace dpp::ui
