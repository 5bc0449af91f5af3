#include "ui/training_memory/run_panel.h"

#include "core/states/engine.h"
#include "ui/shell/app_context.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace ptlab::ui {

RunPanel::WatchFunction RunPanel::watchWorkers()
{
    auto& engine = context().engine();
    {
        std::lock_guard lock(m_watched->mutex);
        for (std::uint64_t id : m_watched->ids)
            engine.forget(id); // only terminated tasks go; a worker still running stays listed
    }
    m_watched = std::make_shared<WatchList>();
    return [e = &engine, list = m_watched](pid_t tid, const std::string& label) {
        if (auto id = e->watch(tid, label)) {
            std::lock_guard lock(list->mutex);
            list->ids.push_back(id.value());
        }
    };
}

RunPanel::RunPanel(AppContext& context, QWidget* parent) : ScenarioPanel(parent), m_context(context)
{
    m_run = new BackgroundRun(this);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    m_settings = new QHBoxLayout;
    m_runButton = new QPushButton(this);
    auto* row = new QHBoxLayout;
    row->addLayout(m_settings);
    row->addWidget(m_runButton);
    row->addStretch(1);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_results = new QVBoxLayout;
    layout->addLayout(m_results, 1);
    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (m_run->running())
            m_run->stop();
        else
            run();
    });
    connect(m_run, &BackgroundRun::started, this, &RunPanel::updateRunButton);
    connect(m_run, &BackgroundRun::finished, this, &RunPanel::updateRunButton);
    updateRunButton();
}

RunPanel::~RunPanel()
{
    m_run->stop(); // no result arrives at a half-destroyed panel
}

void RunPanel::setActive(bool active)
{
    if (!active)
        m_run->stop();
}

QString RunPanel::statusText() const
{
    return m_status->text();
}

void RunPanel::changeEvent(QEvent* event)
{
    ScenarioPanel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateRunButton();
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        QFont bold = QApplication::font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.2);
        m_title->setFont(bold);
        restyle();
    }
}

void RunPanel::restyle()
{
    for (QCustomPlot* p : m_plots) {
        stylePlot(p, m_context.zoom());
        p->replot(QCustomPlot::rpQueuedReplot);
    }
}

void RunPanel::setHeading(const QString& title, const QString& explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
}

void RunPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

QLocale RunPanel::locale() const
{
    return m_context.locale();
}

QString RunPanel::number(double value, int decimals) const
{
    return locale().toString(value, 'f', decimals);
}

QString RunPanel::significant(double value, int digits) const
{
    return locale().toString(value, 'g', digits);
}

QString RunPanel::bytes(double b) const
{
    if (b >= 1e9)
        return tr("%1 GB").arg(number(b / 1e9, 1));
    if (b >= 1e6)
        return tr("%1 MB").arg(number(b / 1e6, 1));
    if (b >= 1e4)
        return tr("%1 KB").arg(number(b / 1e3, 1));
    return tr("%1 B").arg(locale().toString(static_cast<qlonglong>(b)));
}

QString RunPanel::percent(double share, int decimals) const
{
    return tr("%1 %").arg(number(100.0 * share, decimals));
}

QCustomPlot* RunPanel::addPlot(QWidget* parent, int minimumHeightLines)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumHeight(QFontMetrics(QApplication::font()).height() * minimumHeightLines);
    plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    stylePlot(plot, m_context.zoom());
    m_plots.push_back(plot);
    return plot;
}

void RunPanel::stylePlot(QCustomPlot* plot, double zoom)
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    for (QCPAxis* axis : { plot->xAxis, plot->yAxis, plot->yAxis2 }) {
        axis->setLabelFont(f);
        axis->setTickLabelFont(f);
        axis->setBasePen(QPen(Qt::black, zoom));
        axis->setTickPen(QPen(Qt::black, zoom));
    }
    plot->legend->setFont(f);
}

void RunPanel::updateRunButton()
{
    m_runButton->setText(m_run->running() ? tr("Stop") : tr("Run"));
}

} // namespace ptlab::ui
