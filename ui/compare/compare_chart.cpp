#include "ui/compare/compare_chart.h"

#include "ui/compare/compare_rows.h"
#include "ui/widgets/palette.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <qcustomplot.h>

namespace ptlab::ui {

using compare::ExperimentResult;
using compare::Variant;

namespace {

const QColor SeriesColors[] = { okabeIto::Blue, okabeIto::Vermillion, okabeIto::BluishGreen, okabeIto::ReddishPurple,
    okabeIto::Orange, okabeIto::SkyBlue, okabeIto::Black, okabeIto::Yellow };

void resetPlot(QCustomPlot* plot, double zoom)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->setVisible(false);
    QFont f = plot->font();
    f.setPointSizeF(std::max(7.0, 8.5 * zoom));
    for (QCPAxis* a : { plot->xAxis, plot->yAxis }) {
        a->setTickLabelFont(f);
        a->setLabelFont(f);
        a->setScaleType(QCPAxis::stLinear);
        a->setTicker(QSharedPointer<QCPAxisTicker>::create());
        a->setLabel(QString());
        a->setVisible(true);
        a->grid()->setVisible(true);
    }
    plot->legend->setFont(f);
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
}

bool isOutcome(const Variant& v)
{
    return v.unit == "share" || v.unit == "seen";
}

bool spreadWide(double lo, double hi)
{
    return lo > 0 && hi / lo > 20;
}

void setLog(QCPAxis* axis, const QLocale& locale)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setLogBase(10);
    ticker->setSubTickCount(8);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("gb"));
    Q_UNUSED(locale);
}

// Horizontal boxes (names read on the left) or bars for outcomes.
int drawBoxes(QCustomPlot* plot, const std::vector<const Variant*>& variants, const QLocale& locale, double zoom)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const bool outcomes = isOutcome(*variants.front());
    double lo = 1e300, hi = 0;
    QCPStatisticalBox* boxes = nullptr;
    QCPBars* bars = nullptr;
    if (outcomes) {
        bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setWidth(0.6);
        bars->setBrush(okabeIto::SkyBlue);
        bars->setPen(QPen(okabeIto::Blue));
    } else {
        boxes = new QCPStatisticalBox(plot->yAxis, plot->xAxis);
        boxes->setWidth(0.55);
        boxes->setBrush(QColor(0x56, 0xB4, 0xE9, 120));
        boxes->setMedianPen(QPen(okabeIto::Vermillion, 2.5 * zoom));
        boxes->setWhiskerWidth(0.3);
    }
    const int n = static_cast<int>(variants.size());
    for (int i = 0; i < n; ++i) {
        const Variant& v = *variants[i];
        const double key = n - i; // first variant at the top
        ticker->addTick(key, CompareTexts::variantName(v));
        const auto& s = v.summary;
        QString label;
        if (outcomes) {
            bars->addData(key, s.mean);
            label = CompareTexts::number(s.mean * 100, locale) + QStringLiteral(" %");
            hi = 1;
            lo = 0;
        } else {
            boxes->addData(key, s.min, s.q1, s.median, s.q3, s.max);
            label = CompareTexts::number(s.median, locale) + QLatin1Char(' ') + CompareTexts::unitName(v.unit);
            lo = std::min(lo, s.min);
            hi = std::max(hi, s.max);
        }
        auto* text = new QCPItemText(plot);
        text->setClipToAxisRect(false);
        text->position->setAxes(plot->xAxis, plot->yAxis);
        text->position->setCoords(outcomes ? std::max(s.mean, 0.0) : s.max, key);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setPadding(QMargins(static_cast<int>(6 * zoom), 0, 0, 0));
        QFont f = plot->font();
        f.setPointSizeF(std::max(7.0, 8.5 * zoom));
        f.setBold(true);
        text->setFont(f);
        text->setText(label);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, n + 0.6);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setLabel(CompareTexts::unitName(variants.front()->unit));
    if (outcomes) {
        plot->xAxis->setRange(0, 1.35);
        auto pct = QSharedPointer<QCPAxisTickerText>::create();
        for (int p : { 0, 50, 100 })
            pct->addTick(p / 100.0, QString::number(p) + QStringLiteral(" %"));
        plot->xAxis->setTicker(pct);
    } else if (spreadWide(std::max(lo, 1e-9), hi) && lo > 0) {
        setLog(plot->xAxis, locale);
        plot->xAxis->setRange(lo / 1.5, hi * 6); // room on the right for the median labels
    } else {
        const double top = hi > 0 ? hi : 1;
        plot->xAxis->setRange(std::min(0.0, lo), top * 1.45);
    }
    return 50 + 34 * n;
}

int drawSeries(QCustomPlot* plot, const std::vector<const Variant*>& variants, const QLocale& locale, double zoom)
{
    std::map<std::string, std::vector<const Variant*>> bySeries;
    std::vector<std::string> order;
    for (const Variant* v : variants) {
        if (!bySeries.count(v->series))
            order.push_back(v->series);
        bySeries[v->series].push_back(v);
    }
    double xlo = 1e300, xhi = 0, ylo = 1e300, yhi = 0;
    int colour = 0;
    for (const auto& name : order) {
        auto* g = new QCPGraph(plot->xAxis, plot->yAxis);
        const QColor c = SeriesColors[colour++ % 8];
        g->setPen(QPen(c, 2 * zoom, colour > 3 ? Qt::DashLine : Qt::SolidLine));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, c, 6 * zoom));
        compare::Variant named = *bySeries[name].front();
        named.param = 0;
        QString title = CompareTexts::variantName(named);
        title = title.section(QStringLiteral(" · "), 0, 0);
        g->setName(title);
        for (const Variant* v : bySeries[name]) {
            g->addData(v->param, v->summary.median);
            xlo = std::min(xlo, v->param);
            xhi = std::max(xhi, v->param);
            ylo = std::min(ylo, v->summary.median);
            yhi = std::max(yhi, v->summary.median);
        }
    }
    const std::string& unit = variants.front()->unit;
    plot->yAxis->setLabel(CompareTexts::unitName(unit));
    const bool sizes = unit == "MB/s" || unit == "us";
    const bool threads = variants.front()->series == "throughput";
    plot->xAxis->setLabel(sizes ? CompareTexts::tr("message size, bytes")
            : threads           ? CompareTexts::tr("threads")
                                : CompareTexts::tr("resident memory of ptlab before fork, MiB"));
    if (xhi / std::max(xlo, 1e-9) > 20) {
        setLog(plot->xAxis, locale);
        if (threads) {
            auto t = QSharedPointer<QCPAxisTickerText>::create();
            for (double x = xlo; x <= xhi; x *= 2)
                t->addTick(x, QString::number(x));
            plot->xAxis->setTicker(t);
        }
        plot->xAxis->setRange(xlo / 1.5, xhi * 1.5);
    } else {
        plot->xAxis->setRange(0, xhi * 1.08);
    }
    if (ylo > 0 && yhi / ylo > 20) {
        setLog(plot->yAxis, locale);
        plot->yAxis->setRange(ylo / 1.5, yhi * 1.5);
    } else {
        plot->yAxis->setRange(0, yhi * 1.15);
    }
    plot->legend->setVisible(order.size() > 1);
    plot->legend->setBrush(QColor(255, 255, 255, 210));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | (sizes ? Qt::AlignLeft : Qt::AlignRight));
    return order.size() > 4 ? 330 : 250;
}

} // namespace

void drawEmptyChart(QCustomPlot* plot, const QString& message, double zoom)
{
    resetPlot(plot, zoom);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    plot->xAxis->setRange(0, 1);
    plot->yAxis->setRange(0, 1);
    auto* text = new QCPItemText(plot);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    QFont f = plot->font();
    f.setPointSizeF(std::max(8.0, 10 * zoom));
    f.setItalic(true);
    text->setFont(f);
    text->setColor(QColor(0x55, 0x55, 0x55));
    text->setText(message);
    plot->replot();
}

int drawCompareChart(
    QCustomPlot* plot, const std::vector<const ExperimentResult*>& results, const QLocale& locale, double zoom)
{
    resetPlot(plot, zoom);
    std::vector<const Variant*> plain, series;
    for (const ExperimentResult* r : results) {
        for (const Variant& v : r->variants) {
            if (!v.error.empty() || v.samples.empty())
                continue;
            if (v.series.empty())
                plain.push_back(&v);
            // One quantity per chart: bandwidth (not latency), throughput (not switch counts).
            else if (v.unit == "MB/s" || v.unit == "M units/s" || (v.series == "fork" || v.series == "posix_spawn"))
                series.push_back(&v);
        }
    }
    int height = 0;
    if (!series.empty())
        height = drawSeries(plot, series, locale, zoom);
    else if (!plain.empty())
        height = drawBoxes(plot, plain, locale, zoom);
    else {
        drawEmptyChart(plot, CompareTexts::tr("No variant could run here."), zoom);
        return 80;
    }
    plot->replot();
    return height;
}

} // namespace ptlab::ui
