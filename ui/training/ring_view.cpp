#include "ui/training/ring_view.h"

#include "ui/widgets/palette.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace ptlab::ui {

RingState ringStateAfter(const std::vector<training::RingStep>& plan, int ranks, int steps)
{
    RingState s;
    s.contributions.assign(static_cast<std::size_t>(ranks), std::vector<int>(static_cast<std::size_t>(ranks), 1));
    for (int k = 0; k < steps && k < static_cast<int>(plan.size()); ++k) {
        auto next = s.contributions; // every transfer of a step happens at once
        for (const auto& t : plan[static_cast<std::size_t>(k)].transfers) {
            const auto c = static_cast<std::size_t>(t.chunk);
            const int sent = s.contributions[static_cast<std::size_t>(t.from)][c];
            auto& mine = next[static_cast<std::size_t>(t.to)][c];
            mine = plan[static_cast<std::size_t>(k)].phase == training::RingStep::Phase::ReduceScatter ? mine + sent
                                                                                                       : sent;
        }
        s.contributions = std::move(next);
    }
    return s;
}

RingView::RingView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ringView"));
    m_timer.setInterval(900);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int total = static_cast<int>(m_plan.size());
        setStep(total > 0 ? (m_step + 1) % (total + 1) : 0);
    });
}

void RingView::setPlan(std::vector<training::RingStep> plan, int ranks, std::size_t gradientBytes)
{
    m_plan = std::move(plan);
    m_ranks = ranks;
    m_bytes = gradientBytes;
    m_step = 0;
    update();
}

void RingView::setAnimating(bool on)
{
    if (on && m_ranks > 1)
        m_timer.start();
    else
        m_timer.stop();
}

void RingView::setZoom(double zoom)
{
    m_zoom = zoom;
    updateGeometry();
    update();
}

void RingView::setStep(int step)
{
    m_step = step;
    update();
}

QSize RingView::minimumSizeHint() const
{
    return QSize(static_cast<int>(260 * m_zoom), static_cast<int>(220 * m_zoom));
}

void RingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void RingView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    const QLocale locale;
    if (m_ranks < 1) {
        p.setPen(palette().text().color());
        p.drawText(rect().adjusted(line, line, -line, -line), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Run the data-parallel scenario to see the ring all-reduce."));
        return;
    }
    const int n = m_ranks;
    const int total = static_cast<int>(m_plan.size());
    // Header: the step and what it does.
    QString head;
    if (n == 1)
        head = tr("One worker: nothing to all-reduce.");
    else if (m_step == 0)
        head = tr("Before the all-reduce: every rank holds its own gradient (%1 chunks).").arg(n);
    else {
        const bool reduce
            = m_plan[static_cast<std::size_t>(m_step) - 1].phase == training::RingStep::Phase::ReduceScatter;
        head = tr("Step %1 of %2: %3")
                   .arg(m_step)
                   .arg(total)
                   .arg(reduce ? tr("reduce-scatter (receiver adds the chunk)")
                               : tr("all-gather (receiver copies the summed chunk)"));
    }
    std::size_t sentSoFar = 0;
    for (int k = 0; k < m_step && k < total; ++k)
        sentSoFar += m_plan[static_cast<std::size_t>(k)].transfers[0].bytes;
    const std::size_t sentTotal = n > 1 ? training::ringBytesSent(m_plan, 0) : 0;
    const QString foot = tr("Sent by rank 0 so far: %1 of %2 = 2(N−1)/N × %3 (gradient)")
                             .arg(locale.formattedDataSize(static_cast<qint64>(sentSoFar)),
                                 locale.formattedDataSize(static_cast<qint64>(sentTotal)),
                                 locale.formattedDataSize(static_cast<qint64>(m_bytes)));
    const QRect headRect(line / 2, line / 4, width() - line, 2 * line);
    p.setPen(palette().text().color());
    p.drawText(headRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, head);
    const QRect footRect(line / 2, height() - 2 * line - line / 4, width() - line, 2 * line);
    p.drawText(footRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, foot);

    // Layout: ranks on a circle inside the area between header and footer.
    const QRectF area(0, headRect.bottom() + line / 2.0, width(), footRect.top() - headRect.bottom() - line);
    const QPointF centre = area.center();
    const double boxW = std::max<double>(fm.horizontalAdvance(tr("rank %1").arg(n - 1)) + line, n * line * 0.9 + line);
    const double boxH = 2.4 * line;
    const double radius = std::max(0.0, std::min(area.width() - boxW, area.height() - boxH) / 2.0);
    std::vector<QRectF> boxes;
    for (int r = 0; r < n; ++r) {
        const double a = -M_PI / 2 + 2 * M_PI * r / n;
        const QPointF c = centre + QPointF(radius * std::cos(a), radius * std::sin(a));
        boxes.emplace_back(c.x() - boxW / 2, c.y() - boxH / 2, boxW, boxH);
    }
    const RingState state = ringStateAfter(m_plan, n, m_step);
    // Arrows of the current step (the transfers that produced this state).
    if (m_step > 0 && n > 1) {
        const auto& step = m_plan[static_cast<std::size_t>(m_step) - 1];
        for (const auto& t : step.transfers) {
            const QPointF a = boxes[static_cast<std::size_t>(t.from)].center(),
                          b = boxes[static_cast<std::size_t>(t.to)].center();
            const QPointF mid = (a + b) / 2;
            const QPointF out = mid - centre;
            const double len = std::hypot(out.x(), out.y());
            const QPointF bend = len > 0 ? mid + out / len * line * 1.5 : mid;
            QPainterPath path(a);
            path.quadTo(bend, b);
            const QColor colour = taskColor(static_cast<std::uint64_t>(t.chunk));
            p.setPen(QPen(colour, std::max(2.0, 2.5 * m_zoom)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            // Arrow head at 80 % along the curve.
            const QPointF tip = path.pointAtPercent(0.8), back = path.pointAtPercent(0.72);
            const double ang = std::atan2(tip.y() - back.y(), tip.x() - back.x());
            const double h = line * 0.6;
            QPolygonF head { tip, tip - QPointF(h * std::cos(ang - 0.45), h * std::sin(ang - 0.45)),
                tip - QPointF(h * std::cos(ang + 0.45), h * std::sin(ang + 0.45)) };
            p.setBrush(colour);
            p.drawPolygon(head);
            const QString label = tr("chunk %1").arg(t.chunk);
            const QRectF lr(bend.x() - fm.horizontalAdvance(label) / 2.0 - 2, bend.y() - line / 2.0,
                fm.horizontalAdvance(label) + 4, line);
            p.setPen(Qt::NoPen);
            p.setBrush(palette().base());
            p.drawRect(lr);
            p.setPen(palette().text().color());
            p.drawText(lr, Qt::AlignCenter, label);
        }
    }
    // Ranks and their chunks: the fill height says how many ranks' gradients the chunk sums.
    for (int r = 0; r < n; ++r) {
        const QRectF box = boxes[static_cast<std::size_t>(r)];
        p.setPen(QPen(palette().text().color(), 1));
        p.setBrush(palette().window());
        p.drawRoundedRect(box, line / 3.0, line / 3.0);
        p.drawText(QRectF(box.left(), box.top(), box.width(), line * 1.1), Qt::AlignCenter, tr("rank %1").arg(r));
        const double cw = (box.width() - line) / n;
        for (int c = 0; c < n; ++c) {
            const QRectF cell(box.left() + line / 2.0 + c * cw + 1, box.top() + line * 1.15, cw - 2, line);
            const int have = state.contributions[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            const QColor colour = taskColor(static_cast<std::uint64_t>(c));
            p.setPen(QPen(colour.darker(130), have == n ? 2 : 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cell);
            QRectF fill = cell;
            fill.setTop(cell.bottom() - cell.height() * have / n);
            p.fillRect(fill, colour);
        }
    }
}

} // namespace ptlab::ui
