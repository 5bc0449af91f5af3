#include "ui/wordproc/latency_plot.h"

#include "ui/widgets/palette.h"

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace ptlab::ui {

namespace {
constexpr double WindowSeconds = 15;
}

LatencyPlot::LatencyPlot(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("latencyPlot"));
    m_plot->setMinimumHeight(160);
    layout->addWidget(m_plot);
    m_plot->addGraph();
    m_plot->graph(0)->setPen(QPen(okabeIto::Blue, 1.5));
    m_plot->graph(0)->setLineStyle(QCPGraph::lsImpulse);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->yAxis->setRange(0.1, 3000);
    m_plot->xAxis->ticker()->setTickCount(4);
    m_frameLine = new QCPItemStraightLine(m_plot);
    m_pauseLine = new QCPItemStraightLine(m_plot);
    m_frameLine->setPen(QPen(okabeIto::BluishGreen, 1.5, Qt::DashLine));
    m_pauseLine->setPen(QPen(okabeIto::Vermillion, 1.5, Qt::DashLine));
    for (auto [line, y] : { std::pair { m_frameLine, 16.0 }, std::pair { m_pauseLine, 100.0 } }) {
        line->point1->setType(QCPItemPosition::ptPlotCoords);
        line->point2->setType(QCPItemPosition::ptPlotCoords);
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
    }
    m_clock.start();
    retranslate();
}

void LatencyPlot::retranslate()
{
    m_plot->xAxis->setLabel(tr("time (s)"));
    m_plot->yAxis->setLabel(tr("timer lateness (ms)"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LatencyPlot::setZoom(double zoom)
{
    m_plot->graph(0)->setPen(QPen(okabeIto::Blue, 1.5 * zoom));
    m_frameLine->setPen(QPen(okabeIto::BluishGreen, 1.5 * zoom, Qt::DashLine));
    m_pauseLine->setPen(QPen(okabeIto::Vermillion, 1.5 * zoom, Qt::DashLine));
}

void LatencyPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        for (QCPAxis* a : { m_plot->xAxis, m_plot->yAxis }) {
            a->setLabelFont(font());
            a->setTickLabelFont(font());
        }
    }
    QWidget::changeEvent(event);
}

void LatencyPlot::add(double latencyMs)
{
    const double now = m_clock.elapsed() / 1000.0;
    auto* graph = m_plot->graph(0);
    graph->addData(now, std::max(0.1, latencyMs));
    graph->data()->removeBefore(now - WindowSeconds);
    // Replot at most ten times a second: drawing is work on the very thread being measured.
    if (m_clock.elapsed() - m_lastReplot >= 100 || latencyMs > 50) {
        m_lastReplot = m_clock.elapsed();
        m_plot->xAxis->setRange(now - WindowSeconds, now);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace ptlab::ui
