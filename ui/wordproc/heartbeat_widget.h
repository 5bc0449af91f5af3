#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace ptlab::ui {

// A pulse animated by a timer on the GUI thread: it stops beating whenever that thread is blocked.
class HeartbeatWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HeartbeatWidget(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    int beats() const { return m_frames; }
    // The pulse only animates while its page is shown: a hidden page spends no timer ticks.
    void setRunning(bool running);
    bool running() const { return m_timer.isActive(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_frames = 0;
};

} // namespace ptlab::ui
