#include "ui/wordproc/heartbeat_widget.h"

#include "ui/widgets/palette.h"

#include <QPainter>
#include <cmath>

namespace ptlab::ui {

HeartbeatWidget::HeartbeatWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heartbeat"));
    m_clock.start();
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        ++m_frames;
        update();
    });
}

void HeartbeatWidget::setRunning(bool running)
{
    if (running)
        m_timer.start();
    else
        m_timer.stop();
}

QSize HeartbeatWidget::sizeHint() const
{
    const int h = fontMetrics().height() * 3;
    return { h, h };
}

void HeartbeatWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // One beat a second: a quick double pulse, like a heart.
    const double t = std::fmod(m_clock.elapsed() / 1000.0, 1.0);
    const double pulse = std::exp(-std::pow((t - 0.1) * 18, 2)) + 0.6 * std::exp(-std::pow((t - 0.3) * 18, 2));
    const double side = std::min(width(), height());
    const double r = side * (0.28 + 0.14 * pulse);
    p.setPen(Qt::NoPen);
    p.setBrush(okabeIto::Vermillion);
    p.drawEllipse(QPointF(width() / 2.0, height() / 2.0), r, r);
}

} // namespace ptlab::ui
