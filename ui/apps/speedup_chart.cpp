#include "ui/apps/speedup_chart.h"

#include "ui/widgets/palette.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace ptlab::ui {

SpeedupChart::SpeedupChart(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);
    m_plot->setMinimumHeight(300);
    m_ideal = m_plot->addGraph();
    m_ideal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_amdahl = m_plot->addGraph();
    m_amdahl->setPen(QPen(okabeIto::Vermillion, 2));
    m_measured = m_plot->addGraph();
    m_measured->setLineStyle(QCPGraph::lsNone);
    m_measured->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, okabeIto::Blue, okabeIto::Blue, 8));
    m_spread = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    m_spread->setDataPlottable(m_measured);
    m_spread->setPen(QPen(okabeIto::Blue, 1.5));
    m_spread->removeFromLegend();
    m_hwLine = new QCPItemStraightLine(m_plot);
    m_hwLine->setPen(QPen(okabeIto::BluishGreen, 2, Qt::DotLine));
    m_hwText = new QCPItemText(m_plot);
    m_hwText->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_hwText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_hwText->setColor(okabeIto::BluishGreen.darker(130));
    // The legend goes under the plot, not inside it: at presentation zoom an inset legend covered the
    // points and was cut at the right edge.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    retranslate();
    redraw();
}

void SpeedupChart::setData(const std::vector<workloads::SpeedupPoint>& points, int hardwareThreads, int maxWorkers)
{
    m_points = points;
    m_hw = std::max(1, hardwareThreads);
    m_max = std::max(2, maxWorkers);
    m_fit = workloads::fitAmdahl(m_points);
    redraw();
    retranslate();
}

QString SpeedupChart::caption() const
{
    return m_caption->text();
}

void SpeedupChart::retranslate()
{
    const QLocale loc;
    m_plot->xAxis->setLabel(tr("workers (threads or processes)"));
    m_plot->yAxis->setLabel(tr("speed-up ×"));
    m_measured->setName(tr("measured (median)"));
    m_amdahl->setName(m_fit.ok ? tr("Amdahl fit, serial fraction %1").arg(loc.toString(m_fit.serialFraction, 'f', 3))
                               : tr("Amdahl fit"));
    m_ideal->setName(tr("ideal (N times faster)"));
    m_hwText->setText(tr(" %n hardware thread(s)", nullptr, m_hw));
    if (m_points.empty()) {
        m_caption->setText(tr("Press “Measure speed-up” to run the miniature with 1 … 2× the hardware threads."));
    } else if (m_fit.ok) {
        const double limit = m_fit.serialFraction > 1e-6 ? 1.0 / m_fit.serialFraction : 0;
        QString text = tr("Estimated serial fraction f = %1 (Amdahl: S(N) = 1 / (f + (1 − f)/N)).")
                           .arg(loc.toString(m_fit.serialFraction, 'f', 3));
        if (limit > 0)
            text += QLatin1Char(' ') + tr("No number of workers can beat %1×.").arg(loc.toString(limit, 'f', 1));
        text += QLatin1Char(' ')
            + tr("Beyond %n hardware thread(s), extra workers only take turns on the same cores.", nullptr, m_hw);
        text += QLatin1Char(' ') + tr("Each bar spans the slowest to the fastest run.");
        m_caption->setText(text);
    } else {
        m_caption->setText(tr("Measuring…"));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::redraw()
{
    QVector<double> x, y, lo, hi;
    double top = 2;
    for (const auto& p : m_points) {
        if (p.speedup <= 0)
            continue;
        x << p.workers;
        y << p.speedup;
        lo << p.speedup - p.speedupLow;
        hi << p.speedupHigh - p.speedup;
        top = std::max(top, p.speedupHigh);
    }
    m_measured->setData(x, y);
    m_spread->setData(lo, hi);
    QVector<double> cx, cy, ix, iy;
    for (int i = 0; i <= 100; ++i) {
        const double n = 1 + (m_max - 1) * i / 100.0;
        cx << n;
        cy << (m_fit.ok ? workloads::amdahlSpeedup(m_fit.serialFraction, n) : qQNaN());
    }
    ix << 1 << m_max;
    iy << 1 << m_max;
    m_amdahl->setData(cx, cy);
    m_ideal->setData(ix, iy);
    top = std::min<double>(top * 1.15, m_max);
    m_plot->xAxis->setRange(0.5, m_max + 0.5);
    m_plot->yAxis->setRange(0, std::max(2.0, top));
    m_hwLine->point1->setCoords(m_hw, 0);
    m_hwLine->point2->setCoords(m_hw, 1);
    m_hwText->position->setCoords(m_hw, 0.98);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpeedupChart::updateFonts(double zoom)
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    for (QCPAxis* axis : { m_plot->xAxis, m_plot->yAxis }) {
        axis->setLabelFont(f);
        axis->setTickLabelFont(f);
        axis->setBasePen(QPen(Qt::black, zoom));
        axis->setTickPen(QPen(Qt::black, zoom));
    }
    m_plot->legend->setFont(f);
    m_hwText->setFont(f);
    const QFontMetrics fm(f);
    m_plot->setMinimumHeight(fm.height() * 11);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ptlab::ui
