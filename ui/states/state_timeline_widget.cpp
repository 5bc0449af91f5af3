#include "ui/states/state_timeline_widget.h"

#include "ui/states/state_names.h"
#include "ui/widgets/palette.h"

#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <array>
#include <cmath>
#include <qcustomplot.h>

namespace ptlab::ui {

using namespace ptlab::states;

namespace {
constexpr int ZombieValue = TaskStateCount; // one more colour after the six states
constexpr int MaxColumns = 600; // cells across, whatever the window: the cost of a redraw is fixed
constexpr double SampledSliceSeconds = 0.05; // samples are no finer than the sampling rate allows
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

void StateTimelineWidget::setWindowSeconds(double seconds)
{
    m_windowSeconds = std::clamp(seconds, 0.005, 300.0);
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
        for (const auto& i : t.intervals) {
            if (row.intervals.empty() || i.startNs >= row.intervals.back().endNs)
                row.intervals.push_back(i);
        }
        row.open = t.openInterval;
        while (!row.intervals.empty() && static_cast<double>(row.intervals.front().endNs) / 1e9 < keepAfter)
            row.intervals.pop_front();
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
    const Row& row = m_rows[*it];
    if (!row.intervals.empty() || row.open) {
        std::size_t cursor = 0;
        return cellValue(row, seconds, seconds, cursor);
    }
    const auto& samples = row.samples;
    // A sample describes the interval that ends at its time.
    for (const auto& s : samples) {
        if (static_cast<double>(s.timeNs) / 1e9 >= seconds)
            return s.zombie ? ZombieValue : static_cast<int>(s.state);
    }
    return -1;
}

int StateTimelineWidget::cellValue(const Row& row, double from, double to, std::size_t& cursor) const
{
    // The state that filled most of [from, to]; at a single instant, the state then.
    const auto fromNs = static_cast<std::int64_t>(from * 1e9), toNs = static_cast<std::int64_t>(to * 1e9);
    std::array<std::int64_t, TaskStateCount> filled {};
    bool any = false;
    auto take = [&](const StateInterval& i) {
        const std::int64_t a = std::max(i.startNs, fromNs), b = std::min(i.endNs, toNs);
        if (b < a || (b == a && fromNs != toNs))
            return;
        filled[static_cast<int>(i.state)] += b - a + 1;
        any = true;
    };
    while (cursor < row.intervals.size() && row.intervals[cursor].endNs < fromNs)
        ++cursor;
    for (std::size_t i = cursor; i < row.intervals.size() && row.intervals[i].startNs <= toNs; ++i)
        take(row.intervals[i]);
    if (row.open)
        take(*row.open);
    if (!any)
        return -1;
    return static_cast<int>(std::max_element(filled.begin(), filled.end()) - filled.begin());
}

void StateTimelineWidget::redraw()
{
    const double end = m_paused ? m_frozenAt : m_nowSeconds;
    const double start = end - m_windowSeconds;
    const int cols = std::clamp(static_cast<int>(std::round(m_windowSeconds / SampledSliceSeconds)), 1, MaxColumns);
    const double slice = m_windowSeconds / cols;
    const int exactCols = MaxColumns;
    const double exactSlice = m_windowSeconds / exactCols;
    const int rows = std::max(1, static_cast<int>(m_rows.size()));
    bool anyExact = false;
    for (const auto& row : m_rows)
        anyExact = anyExact || !row.intervals.empty() || row.open;
    const int mapCols = anyExact ? exactCols : cols;
    const double mapSlice = anyExact ? exactSlice : slice;
    m_map->data()->setSize(mapCols, rows);
    m_map->data()->setRange(QCPRange(start + mapSlice / 2, end - mapSlice / 2), QCPRange(0, rows - 1));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const Row& row = m_rows[r];
        if (!row.intervals.empty() || row.open) {
            std::size_t cursor = 0;
            for (int c = 0; c < mapCols; ++c) {
                const int v = cellValue(row, start + c * mapSlice, start + (c + 1) * mapSlice, cursor);
                m_map->data()->setCell(c, r, v < 0 ? std::nan("") : v);
            }
            continue;
        }
        const auto& samples = row.samples;
        size_t i = 0;
        // A sample describes the interval since the previous one: the cell shows the first sample
        // at or after its end, within one sampling interval.
        const double reach = std::max(mapSlice, SampledSliceSeconds * 2);
        for (int c = 0; c < mapCols; ++c) {
            const double sliceEnd = start + (c + 1) * mapSlice;
            while (i < samples.size() && static_cast<double>(samples[i].timeNs) / 1e9 < sliceEnd - mapSlice)
                ++i;
            double value = std::nan("");
            if (i < samples.size() && static_cast<double>(samples[i].timeNs) / 1e9 <= sliceEnd + reach)
                value = samples[i].zombie ? ZombieValue : static_cast<int>(samples[i].state);
            m_map->data()->setCell(c, r, value);
        }
    }
    if (m_rows.empty()) {
        for (int c = 0; c < cols; ++c)
            m_map->data()->setCell(c, 0, std::nan(""));
    }
    m_plot->xAxis->setRange(start, end);
    const double labelWidth = QFontMetricsF(font()).horizontalAdvance(QStringLiteral("-000.000 "));
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
