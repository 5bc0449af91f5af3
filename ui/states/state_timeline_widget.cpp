#include "ui/states/state_timeline_widget.h"

#include "ui/states/state_names.h"
#include "ui/widgets/palette.h"

#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace ptlab::ui {

using namespace ptlab::states;

namespace {
constexpr int ZombieValue = TaskStateCount; // one more colour after the six states
constexpr double SliceSeconds = 0.1;
} // namespace

StateTimelineWidget::StateTimelineWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stateTimeline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    m_plot->setMinimumHeight(140);
    layout->addWidget(m_plot);

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (int s = 0; s <= ZombieValue; ++s) {
        const QColor c = s == ZombieValue ? zombieColor() : stateColor(static_cast<TaskState>(s));
        gradient.setColorStopAt(static_cast<double>(s) / ZombieValue, c);
    }
    gradient.setLevelCount(ZombieValue + 1);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    m_map->setDataRange(QCPRange(0, ZombieValue));

    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->setSubTicks(false);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) { showHover(e->pos()); });
    retranslate();
    redraw();
}

void StateTimelineWidget::retranslate()
{
    m_plot->xAxis->setLabel(tr("time (s), live at the right edge"));
    m_plot->yAxis->setLabel(tr("task"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StateTimelineWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        m_plot->xAxis->setLabelFont(font());
        m_plot->yAxis->setLabelFont(font());
        m_plot->xAxis->setTickLabelFont(font());
        m_plot->yAxis->setTickLabelFont(font());
        redraw();
    }
    QWidget::changeEvent(event);
}

void StateTimelineWidget::setZoom(double zoom)
{
    m_zoom = zoom;
    for (QCPAxis* axis : { m_plot->xAxis, m_plot->yAxis }) {
        axis->setBasePen(QPen(Qt::black, zoom));
        axis->setTickPen(QPen(Qt::black, zoom));
    }
    redraw();
}

void StateTimelineWidget::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::clamp(seconds, 5, 300);
    redraw();
}

void StateTimelineWidget::setPaused(bool paused)
{
    m_paused = paused;
    m_frozenAt = m_nowSeconds;
    redraw();
}

void StateTimelineWidget::append(const EngineSnapshot& snapshot)
{
    m_nowSeconds = static_cast<double>(snapshot.timeNs) / 1e9;
    const double keepAfter = m_nowSeconds - 300; // the longest window offered
    std::vector<Row> rows;
    QHash<TaskId, int> rowOf;
    rows.reserve(snapshot.tasks.size());
    for (const auto& t : snapshot.tasks) {
        Row row;
        if (auto it = m_rowOf.find(t.id); it != m_rowOf.end())
            row = std::move(m_rows[*it]);
        row.id = t.id;
        row.kind = t.kind;
        row.pid = t.pid;
        row.tid = t.tid;
        for (const auto& s : t.samples) {
            if (row.samples.empty() || s.timeNs > row.samples.back().timeNs)
                row.samples.push_back(s);
        }
        while (!row.samples.empty() && static_cast<double>(row.samples.front().timeNs) / 1e9 < keepAfter)
            row.samples.pop_front();
        rowOf.insert(t.id, static_cast<int>(rows.size()));
        rows.push_back(std::move(row));
    }
    m_rows = std::move(rows);
    m_rowOf = std::move(rowOf);
    // Each redraw refills every cell (tasks x time slices): five times a second is smooth enough for
    // 100 ms slices and keeps the GUI thread's share small when hundreds of tasks compete for the CPU.
    if (!m_paused && (!m_redrawClock.isValid() || m_redrawClock.elapsed() >= 200)) {
        m_redrawClock.start();
        redraw();
    }
}

int StateTimelineWidget::stateAt(TaskId id, double seconds) const
{
    auto it = m_rowOf.find(id);
    if (it == m_rowOf.end())
        return -1;
    const auto& samples = m_rows[*it].samples;
    // A sample describes the interval that ends at its time.
    for (const auto& s : samples) {
        if (static_cast<double>(s.timeNs) / 1e9 >= seconds)
            return s.zombie ? ZombieValue : static_cast<int>(s.state);
    }
    return -1;
}

void StateTimelineWidget::redraw()
{
    const double end = m_paused ? m_frozenAt : m_nowSeconds;
    const double start = end - m_windowSeconds;
    const int cols = std::max(1, static_cast<int>(std::round(m_windowSeconds / SliceSeconds)));
    const int rows = std::max(1, static_cast<int>(m_rows.size()));
    m_map->data()->setSize(cols, rows);
    m_map->data()->setRange(QCPRange(start + SliceSeconds / 2, end - SliceSeconds / 2), QCPRange(0, rows - 1));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const auto& samples = m_rows[r].samples;
        size_t i = 0;
        for (int c = 0; c < cols; ++c) {
            const double sliceEnd = start + (c + 1) * SliceSeconds;
            while (i < samples.size() && static_cast<double>(samples[i].timeNs) / 1e9 < sliceEnd - SliceSeconds)
                ++i;
            double value = std::nan("");
            if (i < samples.size() && static_cast<double>(samples[i].timeNs) / 1e9 <= sliceEnd + SliceSeconds)
                value = samples[i].zombie ? ZombieValue : static_cast<int>(samples[i].state);
            m_map->data()->setCell(c, r, value);
        }
    }
    if (m_rows.empty()) {
        for (int c = 0; c < cols; ++c)
            m_map->data()->setCell(c, 0, std::nan(""));
    }
    m_plot->xAxis->setRange(start, end);
    const double labelWidth = QFontMetricsF(font()).horizontalAdvance(QStringLiteral("-000 "));
    m_plot->xAxis->ticker()->setTickCount(
        std::clamp(static_cast<int>(m_plot->axisRect()->width() / (labelWidth * 1.6)), 2, 8));
    m_plot->yAxis->setRange(-0.5, rows - 0.5);
    // Row labels while they fit; beyond that the hover tells which task a row is.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const double rowPixels = std::max(1.0, m_plot->axisRect()->height() / static_cast<double>(rows));
    const int step = std::max(1, static_cast<int>(std::ceil(QFontMetricsF(font()).height() / rowPixels)));
    for (int r = 0; r < static_cast<int>(m_rows.size()); r += step) {
        const auto& row = m_rows[r];
        ticker->addTick(r, QStringLiteral("#%1 %2").arg(row.id).arg(StateNames::kind(row.kind)));
    }
    m_plot->yAxis->setTicker(ticker);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StateTimelineWidget::showHover(const QPoint& pos)
{
    const double x = m_plot->xAxis->pixelToCoord(pos.x());
    const int r = static_cast<int>(std::round(m_plot->yAxis->pixelToCoord(pos.y())));
    if (r < 0 || r >= static_cast<int>(m_rows.size())) {
        QToolTip::hideText();
        return;
    }
    const Row& row = m_rows[r];
    const StateSample* found = nullptr;
    for (const auto& s : row.samples) {
        if (static_cast<double>(s.timeNs) / 1e9 >= x) {
            found = &s;
            break;
        }
    }
    if (!found) {
        QToolTip::hideText();
        return;
    }
    const QString who = row.kind == TaskKind::Thread ? tr("Thread #%1 (TID %2)").arg(row.id).arg(row.tid)
                                                     : tr("Process #%1 (PID %2)").arg(row.id).arg(row.pid);
    const QString state = found->zombie ? StateNames::zombie() : StateNames::state(found->state);
    const QString text = tr("%1\n%2 at %3 s\nthis interval: %4 % on a CPU, %5 % waiting for one")
                             .arg(who, state, locale().toString(static_cast<double>(found->timeNs) / 1e9, 'f', 2),
                                 locale().toString(found->runningPermille / 10.0, 'f', 0),
                                 locale().toString(found->readyPermille / 10.0, 'f', 0));
    QToolTip::showText(m_plot->mapToGlobal(pos), text, m_plot);
}

} // namespace ptlab::ui
