#include "ui/training/parallel_views.h"

#include "ui/widgets/palette.h"

#include <QLocale>
#include <QPainter>
#include <qcustomplot.h>

namespace ptlab::ui {

TensorView::TensorView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tensorView"));
}

void TensorView::setReport(const training::ModelShape& shape, std::vector<training::TensorSlice> slices, int workers,
    std::uint64_t bytesPerStep)
{
    m_shape = shape;
    m_slices = std::move(slices);
    m_workers = workers;
    m_bytes = bytesPerStep;
    update();
}

QSize TensorView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 16, line * 10);
}

void TensorView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    p.setPen(palette().text().color());
    if (m_slices.empty()) {
        p.drawText(rect().adjusted(line, line, -line, -line), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Run the tensor-parallel scenario to see which worker holds which rows of each layer."));
        return;
    }
    const int L = m_shape.layers();
    const QRect head(line / 2, line / 4, width() - line, 3 * line);
    p.drawText(head, Qt::TextWordWrap,
        tr("Each layer's W (out × in) is split by output rows over %1 workers. Forward: each computes its rows, "
           "then all gather the full output. Backward: partial input gradients are summed. Sent per worker and "
           "step: %2.")
            .arg(m_workers)
            .arg(QLocale().formattedDataSize(static_cast<qint64>(m_bytes))));
    const QRectF area(line, head.bottom() + line / 2.0, width() - 2 * line, height() - head.bottom() - 2.5 * line);
    const double colW = area.width() / L;
    int maxRows = 1;
    for (int l = 0; l < L; ++l)
        maxRows = std::max(maxRows, m_shape.outputs(l));
    for (int l = 0; l < L; ++l) {
        const double x = area.left() + l * colW + colW * 0.15;
        const double w = colW * 0.7;
        const double h = area.height() * std::max(0.15, static_cast<double>(m_shape.outputs(l)) / maxRows);
        const double top = area.top() + (area.height() - h) / 2;
        for (const auto& s : m_slices) {
            if (s.layer != l || s.rowEnd <= s.rowBegin)
                continue;
            const double y0 = top + h * s.rowBegin / m_shape.outputs(l), y1 = top + h * s.rowEnd / m_shape.outputs(l);
            const QRectF r(x, y0, w, y1 - y0);
            const QColor c = taskColor(static_cast<std::uint64_t>(s.worker));
            p.fillRect(r, c);
            p.setPen(QPen(palette().base().color(), 1));
            p.drawRect(r);
            if (r.height() > line) {
                p.setPen(textOn(c));
                p.drawText(r, Qt::AlignCenter, tr("w%1").arg(s.worker));
            }
        }
        p.setPen(palette().text().color());
        p.drawText(QRectF(x - colW * 0.15, area.bottom() + line / 4.0, colW, line), Qt::AlignCenter,
            tr("layer %1").arg(l + 1));
        p.drawText(QRectF(x - colW * 0.15, area.bottom() + line * 1.2, colW, line), Qt::AlignCenter,
            QStringLiteral("%1×%2").arg(m_shape.outputs(l)).arg(m_shape.inputs(l)));
    }
}

GridView::GridView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("gridView"));
}

void GridView::setGrid(int groups, int stages, std::vector<std::pair<int, int>> stageLayers)
{
    m_groups = groups;
    m_stages = stages;
    m_layers = std::move(stageLayers);
    update();
}

QSize GridView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 16, line * 9);
}

void GridView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    p.setPen(palette().text().color());
    if (m_groups < 1 || m_stages < 1) {
        p.drawText(rect().adjusted(line, line, -line, -line), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Run the hybrid scenario to see the grid of workers."));
        return;
    }
    const QRect head(line / 2, line / 4, width() - line, 2 * line);
    p.drawText(head, Qt::TextWordWrap,
        tr("%1 data-parallel groups × %2 pipeline stages: activations flow along a row; the workers of a column "
           "all-reduce their stage's gradients.")
            .arg(m_groups)
            .arg(m_stages));
    const QRectF area(line, head.bottom() + line, width() - 2 * line, height() - head.bottom() - 2 * line);
    const double cw = area.width() / m_stages, ch = area.height() / m_groups;
    for (int g = 0; g < m_groups; ++g)
        for (int s = 0; s < m_stages; ++s) {
            const QRectF cell(area.left() + s * cw + cw * 0.12, area.top() + g * ch + ch * 0.15, cw * 0.76, ch * 0.7);
            const QColor c = taskColor(
                static_cast<std::uint64_t>(g) * static_cast<std::uint64_t>(m_stages) + static_cast<std::uint64_t>(s));
            p.setPen(QPen(c.darker(140), 2));
            p.setBrush(c.lighter(150));
            p.drawRoundedRect(cell, line / 3.0, line / 3.0);
            p.setPen(textOn(c.lighter(150)));
            QString layers;
            if (static_cast<std::size_t>(s) < m_layers.size())
                layers = tr("layers %1–%2")
                             .arg(m_layers[static_cast<std::size_t>(s)].first + 1)
                             .arg(m_layers[static_cast<std::size_t>(s)].second);
            p.drawText(cell, Qt::AlignCenter | Qt::TextWordWrap,
                tr("worker %1").arg(g * m_stages + s) + QLatin1Char('\n') + layers);
            p.setPen(QPen(palette().text().color(), 1.5));
            if (s + 1 < m_stages) // activations to the next stage
                p.drawLine(
                    QPointF(cell.right(), cell.center().y()), QPointF(cell.right() + cw * 0.24, cell.center().y()));
            if (g + 1 < m_groups) { // all-reduce with the group below
                p.setPen(QPen(okabeIto::Vermillion, 2, Qt::DashLine));
                p.drawLine(
                    QPointF(cell.center().x(), cell.bottom()), QPointF(cell.center().x(), cell.bottom() + ch * 0.3));
            }
        }
}

void drawGantt(QCustomPlot* plot, const std::vector<GanttBlock>& blocks, const QStringList& rowNames,
    const QString& xLabel, double zoom)
{
    plot->clearItems();
    plot->clearPlottables();
    double first = 0, last = 1;
    if (!blocks.empty()) {
        first = blocks.front().start;
        last = blocks.front().end;
        for (const auto& b : blocks) {
            first = std::min(first, b.start);
            last = std::max(last, b.end);
        }
    }
    const int rows = static_cast<int>(rowNames.size());
    // The idle background of every row: whatever is not covered by a block is the bubble.
    for (int r = 0; r < rows; ++r) {
        auto* idle = new QCPItemRect(plot);
        idle->topLeft->setCoords(first, r - 0.42);
        idle->bottomRight->setCoords(last, r + 0.42);
        idle->setPen(Qt::NoPen);
        idle->setBrush(QColor(0xDD, 0xDD, 0xDD));
    }
    const double span = std::max(1e-12, last - first);
    const QFontMetrics fm(plot->font());
    for (const auto& b : blocks) {
        auto* item = new QCPItemRect(plot);
        item->topLeft->setCoords(b.start, b.row - 0.38);
        item->bottomRight->setCoords(b.end, b.row + 0.38);
        item->setPen(QPen(b.colour.darker(150), 1));
        item->setBrush(b.colour);
        // A label only where the block is wide enough for it on screen.
        const double px = (b.end - b.start) / span * std::max(100, plot->axisRect()->width());
        if (!b.label.isEmpty() && px > fm.horizontalAdvance(b.label) + 4) {
            auto* text = new QCPItemText(plot);
            text->position->setCoords((b.start + b.end) / 2, b.row);
            text->setText(b.label);
            text->setColor(textOn(b.colour));
            text->setClipToAxisRect(true);
        }
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < rows; ++r)
        ticker->addTick(r, rowNames[r]);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->setRange(-0.5, rows - 0.5);
    plot->yAxis->setRangeReversed(true); // row 0 on top
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setRange(first, first + span * 1.02);
    plot->xAxis->setLabel(xLabel);
    Q_UNUSED(zoom);
    plot->replot();
}

} // namespace ptlab::ui
