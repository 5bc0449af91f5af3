#include "ui/hardware/hardware_page.h"

#include "core/hardware/hardware_summary.h"
#include "core/hardware/topology_loader.h"
#include "core/states/engine.h"
#include "core/util/preset.h"
#include "ui/hardware/summary_cards.h"
#include "ui/hardware/topology_view.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/error_text.h"
#include "ui/widgets/palette.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <climits>
#include <qcustomplot.h>
#include <tuple>
#include <unistd.h>

namespace ptlab::ui {

using namespace ptlab::hardware;

namespace {

const char* const SyntheticExample = "pack:2 [numa] l3:1 core:8 pu:2";

bool isThisMachine(const Topology& t)
{
    return t.source == TopologySource::Live || t.source == TopologySource::Fallback;
}

} // namespace

HardwarePage::HardwarePage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_splitter = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(left);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_note = new QLabel(left);
    m_note->setObjectName(QStringLiteral("topologyNote"));
    // Palettes rather than style sheets: widgets under a style sheet stop following the zoomed
    // application font.
    for (auto [label, background, text] : { std::tuple { m_error, QColor(0xfd, 0xe2, 0xd6), QColor(0x6b, 0x1f, 0x00) },
             std::tuple { m_note, QColor(0xe8, 0xf1, 0xfa), QColor(0x0b, 0x2e, 0x4f) } }) {
        label->setWordWrap(true);
        label->setFrameShape(QFrame::Box);
        label->setMargin(4);
        label->setAutoFillBackground(true);
        QPalette pal = label->palette();
        pal.setColor(QPalette::Window, background);
        pal.setColor(QPalette::WindowText, text);
        label->setPalette(pal);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_error->hide();
    m_scroll = new QScrollArea(left);
    m_scroll->setObjectName(QStringLiteral("topologyScroll"));
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view = new TopologyView;
    m_scroll->setWidget(m_view);
    m_scroll->viewport()->installEventFilter(this);
    leftLayout->addWidget(m_error);
    m_leftSplitter = new QSplitter(Qt::Vertical, left);
    m_leftSplitter->addWidget(m_scroll);
    m_leftSplitter->addWidget(buildLoadPanel());
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 0);
    connect(m_leftSplitter, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    leftLayout->addWidget(m_leftSplitter, 1);

    auto* side = new QScrollArea(m_splitter);
    side->setWidgetResizable(true);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards and banners wrap to the column
    side->setWidget(buildSidePanel());
    side->setMinimumWidth(240);

    m_splitter->addWidget(left);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    outer->addWidget(m_splitter);

    connect(m_view, &TopologyView::puMenuRequested, this,
        [this](unsigned cpu, const QPoint& globalPos) { showPinMenu(cpu, globalPos); });

    m_timer.setInterval(500); // /proc/stat twice a second: cheap, and steady enough to read
    connect(&m_timer, &QTimer::timeout, this, &HardwarePage::refresh);
    retranslate();
    zoomChanged(zoom());
}

HardwarePage::~HardwarePage()
{
    if (m_discovery.joinable())
        m_discovery.join();
}

void HardwarePage::loadLiveInBackground()
{
    if (m_discovery.joinable() && !m_discoveryDone)
        return; // one discovery at a time
    if (m_discovery.joinable())
        m_discovery.join();
    m_loaded = true;
    m_discoveryDone = false;
    emit statusMessage(tr("Discovering this machine…"));
    QPointer<HardwarePage> self(this);
    const int applied = m_applied;
    m_discovery = std::thread([self, this, applied] {
        auto result = std::make_shared<Result<Topology>>(loadLiveTopology({}));
        // The page joins this thread before it is destroyed, so `this` is alive for the post; the
        // QPointer guards the queued call that runs after the thread ended.
        QMetaObject::invokeMethod(
            this,
            [self, this, result, applied] {
                if (!self)
                    return;
                m_discoveryDone = true;
                if (m_applied != applied)
                    return; // the user (or a preset) chose another topology meanwhile
                if (!*result) {
                    showError(tr("Could not describe this machine.") + QLatin1Char(' ')
                        + ErrorText::describe(result->error()));
                    return;
                }
                applyTopology(std::move(*result).value());
                emit statusMessage(QString());
            },
            Qt::QueuedConnection);
    });
}

QString HardwarePage::title() const
{
    return tr("Hardware");
}

QWidget* HardwarePage::buildSidePanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);

    m_sourceGroup = new QGroupBox(panel);
    auto* grid = new QGridLayout(m_sourceGroup);
    m_liveButton = new QPushButton(m_sourceGroup);
    m_liveButton->setObjectName(QStringLiteral("liveTopologyButton"));
    m_samples = new QComboBox(m_sourceGroup);
    m_samples->setObjectName(QStringLiteral("sampleTopologies"));
    m_samples->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_samples->setMinimumContentsLength(12);
    m_xmlButton = new QPushButton(m_sourceGroup);
    m_xmlButton->setObjectName(QStringLiteral("loadXmlButton"));
    m_syntheticButton = new QPushButton(m_sourceGroup);
    m_syntheticButton->setObjectName(QStringLiteral("syntheticButton"));
    m_exportButton = new QPushButton(m_sourceGroup);
    m_exportButton->setObjectName(QStringLiteral("exportXmlButton"));
    // One column: the buttons keep their whole text at 300 % zoom and in Vietnamese.
    grid->addWidget(m_liveButton, 0, 0);
    grid->addWidget(m_samples, 1, 0);
    grid->addWidget(m_xmlButton, 2, 0);
    grid->addWidget(m_syntheticButton, 3, 0);
    grid->addWidget(m_exportButton, 4, 0);
    m_fit = new QCheckBox(m_sourceGroup);
    m_fit->setObjectName(QStringLiteral("fitTopology"));
    grid->addWidget(m_fit, 5, 0);
    connect(m_fit, &QCheckBox::toggled, this, [this](bool on) {
        m_view->setAvailableSize(m_scroll->viewport()->size());
        m_view->setFitToView(on);
    });
    layout->addWidget(m_sourceGroup);
    layout->addWidget(m_note); // what is shown: this machine, a file, a synthetic machine, the fallback
    fillSampleCombo();

    connect(m_liveButton, &QPushButton::clicked, this, [this] { loadLive(); });
    connect(m_syntheticButton, &QPushButton::clicked, this, [this] { askSynthetic(); });
    connect(m_xmlButton, &QPushButton::clicked, this, [this] { askXmlFile(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { askExport(); });
    connect(m_samples, &QComboBox::activated, this, [this](int index) {
        const QString path = m_samples->itemData(index).toString();
        if (!path.isEmpty())
            loadSample(path);
    });

    m_cards = new SummaryCards(panel);
    layout->addWidget(m_cards);

    layout->addStretch(1);
    return panel;
}

QWidget* HardwarePage::buildLoadPanel()
{
    // A plain title label rather than a group box: a box's title does not wrap and would make the
    // column as wide as the title at 300 % zoom.
    m_loadGroup = new QWidget;
    auto* loadLayout = new QVBoxLayout(m_loadGroup);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    m_loadTitle = new QLabel(m_loadGroup);
    m_loadTitle->setObjectName(QStringLiteral("loadTitle"));
    m_loadTitle->setWordWrap(true);
    QFont bold;
    bold.setBold(true);
    m_loadTitle->setFont(bold);
    loadLayout->addWidget(m_loadTitle);
    m_loadText = new QLabel(m_loadGroup); // only for a failed read
    m_loadText->setWordWrap(true);
    m_loadText->hide();
    m_plot = new QCustomPlot(m_loadGroup);
    m_plot->setObjectName(QStringLiteral("cpuLoadPlot"));
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // 0 %, 50 %, 100 %: readable however small the plot gets.
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int v : { 0, 50, 100 })
        yTicker->addTick(v, QString());
    m_plot->yAxis->setTicker(yTicker);
    m_plot->yAxis->setSubTicks(false);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setBrush(okabeIto::Orange);
    m_bars->setPen(QPen(okabeIto::Vermillion));
    m_bars->setWidth(0.7);
    m_plot->yAxis->setRange(0, 112); // room for the "100 %" tick label
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setTickLength(0, 3);
    loadLayout->addWidget(m_loadText);
    loadLayout->addWidget(m_plot);
    return m_loadGroup;
}

void HardwarePage::fillSampleCombo()
{
    const int current = m_samples->currentIndex();
    m_samples->clear();
    m_samples->addItem(tr("Sample machines…"), QString());
    const QDir dir(QStringLiteral(":/topologies"));
    for (const QString& file : dir.entryList({ QStringLiteral("*.xml") }, QDir::Files, QDir::Name)) {
        const QString base = QFileInfo(file).completeBaseName();
        QString text = base;
        if (base == QLatin1String("laptop-4c8t"))
            text = tr("Laptop: 4 cores, 8 hardware threads");
        else if (base == QLatin1String("desktop-6c-smt-off"))
            text = tr("Desktop: 6 cores, SMT off");
        else if (base == QLatin1String("hybrid-4p8e"))
            text = tr("Hybrid laptop: 4 performance + 8 efficiency cores");
        else if (base == QLatin1String("server-2s-numa"))
            text = tr("Server: 2 sockets, 2 NUMA nodes");
        else if (base == QLatin1String("big-4s-8numa"))
            text = tr("Big server: 4 sockets, 8 NUMA nodes");
        m_samples->addItem(text, dir.filePath(file));
        m_samples->setItemData(m_samples->count() - 1, base, Qt::ToolTipRole);
    }
    m_samples->setCurrentIndex(std::max(0, current));
}

const Topology& HardwarePage::topology() const
{
    return m_view->topology();
}

bool HardwarePage::showsLiveMachine() const
{
    return !topology().empty() && isThisMachine(topology());
}

bool HardwarePage::loadLive(const LiveOptions& options)
{
    m_loaded = true;
    Result<Topology> t = loadLiveTopology(options);
    if (!t) {
        showError(tr("Could not describe this machine.") + QLatin1Char(' ') + ErrorText::describe(t.error()));
        return false;
    }
    applyTopology(std::move(t).value());
    return true;
}

bool HardwarePage::loadSynthetic(const QString& description)
{
    m_loaded = true;
    Result<Topology> t = hardware::loadSynthetic(description.trimmed().toStdString());
    if (!t) {
        showError(tr("“%1” is not a valid synthetic description (for example: %2). The topology shown before is kept.")
                      .arg(description, QLatin1String(SyntheticExample))
            + QLatin1Char(' ') + ErrorText::describe(t.error()));
        return false;
    }
    m_lastSynthetic = description.trimmed();
    applyTopology(std::move(t).value());
    return true;
}

bool HardwarePage::loadXmlData(const QByteArray& xml, const QString& origin)
{
    return applyLoaded(
        loadXmlBuffer(std::string_view(xml.constData(), static_cast<std::size_t>(xml.size())), origin.toStdString()),
        origin);
}

bool HardwarePage::applyLoaded(const Result<Topology>& t, const QString& origin)
{
    m_loaded = true;
    if (!t) {
        showError(tr("Could not load the topology from %1. The topology shown before is kept.").arg(origin)
            + QLatin1Char(' ') + ErrorText::describe(t.error()));
        return false;
    }
    applyTopology(t.value());
    return true;
}

bool HardwarePage::loadXmlFile(const QString& path)
{
    if (!path.startsWith(QLatin1Char(':'))) {
        // From disk: through core's reader, which refuses FIFOs, devices and oversized files.
        return applyLoaded(hardware::loadXmlFile(path.toStdString()), QFileInfo(path).fileName());
    }
    QFile file(path); // one of the samples built into ptlab
    if (!file.open(QIODevice::ReadOnly)) {
        m_loaded = true;
        showError(tr("Could not open %1: %2. The topology shown before is kept.").arg(path, file.errorString()));
        return false;
    }
    return loadXmlData(file.readAll(), QFileInfo(path).fileName());
}

bool HardwarePage::loadSample(const QString& resourcePath)
{
    const bool ok = loadXmlFile(resourcePath);
    if (ok) {
        const int index = m_samples->findData(resourcePath);
        if (index >= 0)
            m_samples->setCurrentIndex(index);
    }
    return ok;
}

bool HardwarePage::exportXml(const QString& path)
{
    if (topology().xml.empty()) {
        showError(tr("This topology has no hwloc XML to export: it was read from /proc without hwloc."));
        return false;
    }
    Result<void> r = exportXmlFile(topology(), path.toStdString());
    if (!r) {
        showError(
            tr("Could not export the topology to %1.").arg(path) + QLatin1Char(' ') + ErrorText::describe(r.error()));
        return false;
    }
    m_error->hide();
    emit statusMessage(tr("Topology saved to %1").arg(path));
    return true;
}

void HardwarePage::applyTopology(const Topology& topology)
{
    ++m_applied;
    const bool live = isThisMachine(topology);
    const HardwareSummary summary = live ? summarizeWithLiveDetails(topology) : summarize(topology);
    m_view->setLiveOverlay(live);
    m_view->setTopology(topology);
    m_cards->setSummary(summary);
    m_error->hide();
    m_exportButton->setEnabled(!topology.xml.empty()); // the /proc fallback has no hwloc XML
    m_samples->setCurrentIndex(0); // loadSample() selects its entry again
    updateNote();
    if (live) {
        sampleLoad();
        placeTasks();
    }
}

void HardwarePage::updateNote()
{
    const Topology& t = topology();
    if (t.empty()) {
        m_note->hide();
        return;
    }
    const QString origin = QString::fromStdString(t.origin);
    QString text;
    switch (t.source) {
    case TopologySource::Live:
        text = tr("This machine, as hwloc sees it. PUs are coloured by their load; numbered tokens are the demo tasks, "
                  "on the CPU each last ran on.");
        break;
    case TopologySource::Fallback:
        text = tr("hwloc could not describe this machine, so this picture was built from /proc instead. Reason: %1")
                   .arg(QString::fromStdString(t.fallback_reason));
        break;
    case TopologySource::Xml:
        text = tr("Loaded from %1. This is not the machine ptlab runs on, so no live load or tasks are drawn on it.")
                   .arg(origin);
        break;
    case TopologySource::Synthetic:
        text = tr("Synthetic machine “%1”. It is not the machine ptlab runs on, so no live load or tasks are drawn "
                  "on it.")
                   .arg(origin.isEmpty() ? m_lastSynthetic : origin);
        break;
    }
    m_note->setText(text);
    m_note->show();
}

void HardwarePage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    emit statusMessage(text);
}

QString HardwarePage::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString HardwarePage::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void HardwarePage::askSynthetic()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Synthetic topology"),
        tr("An hwloc synthetic description: levels from the top, each with how many children it has. For "
           "example:\n%1")
            .arg(QLatin1String(SyntheticExample)),
        QLineEdit::Normal, m_lastSynthetic.isEmpty() ? QLatin1String(SyntheticExample) : m_lastSynthetic, &ok);
    if (ok && !text.trimmed().isEmpty())
        loadSynthetic(text);
}

void HardwarePage::askXmlFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load an hwloc XML topology"), QString(), tr("hwloc XML (*.xml);;All files (*)"));
    if (!path.isEmpty())
        loadXmlFile(path);
}

void HardwarePage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the topology as hwloc XML"), QStringLiteral("topology.xml"), tr("hwloc XML (*.xml)"));
    if (!path.isEmpty())
        exportXml(path);
}

void HardwarePage::showPinMenu(unsigned cpu, const QPoint& globalPos)
{
    // Pin a live demo task to this PU (sched_setaffinity), or let one run anywhere again.
    states::Engine& engine = context().engine();
    const states::EngineSnapshot snap = engine.snapshot(INT64_MAX);
    QMenu menu(this);
    menu.setTitle(tr("CPU %1").arg(locale().toString(cpu)));
    int live = 0;
    for (const auto& t : snap.tasks) {
        if (t.state == states::TaskState::Terminated)
            continue;
        ++live;
        const states::TaskId id = t.id;
        const bool pinnedHere = t.affinity.size() == 1 && t.affinity.front() == static_cast<int>(cpu);
        if (pinnedHere) {
            menu.addAction(tr("Let task #%1 run on any CPU again").arg(id), this, [this, &engine, id] {
                if (Result<void> r = engine.pin(id, -1); !r)
                    showError(tr("#%1: %2").arg(id).arg(ErrorText::describe(r.error())));
                refresh();
            });
        } else {
            menu.addAction(
                tr("Pin task #%1 to CPU %2").arg(id).arg(locale().toString(cpu)), this, [this, &engine, id, cpu] {
                    if (Result<void> r = engine.pin(id, static_cast<int>(cpu)); !r)
                        showError(tr("#%1: %2").arg(id).arg(ErrorText::describe(r.error())));
                    refresh();
                });
        }
    }
    if (live == 0)
        menu.addAction(tr("No demo tasks: start some on the States page"))->setEnabled(false);
    menu.exec(globalPos);
}

void HardwarePage::setActive(bool active)
{
    if (active) {
        if (!m_loaded)
            loadLiveInBackground();
        refresh();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void HardwarePage::showEvent(QShowEvent* event)
{
    if (!m_loaded)
        loadLiveInBackground();
    Page::showEvent(event);
}

void HardwarePage::refresh()
{
    sampleLoad();
    placeTasks();
}

void HardwarePage::sampleLoad()
{
    auto sample = m_sampler.sample();
    if (!sample) {
        m_loadText->setText(tr("Cannot read the CPU load.") + QLatin1Char(' ') + ErrorText::describe(sample.error()));
        m_loadText->show();
        return;
    }
    m_loadText->hide();
    const auto& cpus = sample->cpus;
    m_overall = sample->overall;
    m_view->setLoads(cpus);

    QVector<double> keys, values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int step = std::max(1, static_cast<int>(cpus.size() + 15) / 16);
    for (std::size_t i = 0; i < cpus.size(); ++i) {
        keys << static_cast<double>(i);
        values << cpus[i].busy * 100.0;
        if (static_cast<int>(i) % step == 0)
            ticker->addTick(static_cast<double>(i), locale().toString(cpus[i].cpu));
    }
    m_bars->setData(keys, values, true);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.6, std::max<double>(1, static_cast<double>(cpus.size())) - 0.4);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateLoadTitle();
}

void HardwarePage::updateLoadTitle()
{
    if (m_overall)
        m_loadTitle->setText(
            tr("CPU load of this machine: %1 %").arg(locale().toString(m_overall->busy * 100.0, 'f', 0)));
    else
        m_loadTitle->setText(tr("CPU load of this machine"));
}

bool HardwarePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        m_view->setAvailableSize(m_scroll->viewport()->size());
    return Page::eventFilter(watched, event);
}

void HardwarePage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    // After the layouts have given the splitters their new sizes.
    QTimer::singleShot(0, this, [this] { fitLoadPanel(); });
}

void HardwarePage::fitLoadPanel()
{
    // The topology gets most of the room, however large the zoom, until the user drags a handle.
    if (m_splitMoved)
        return;
    const QFontMetrics fm(QApplication::font());
    const int total = m_leftSplitter->height();
    if (total > 0) {
        const int load = std::min(fm.height() * 10, total * 2 / 5);
        m_leftSplitter->setSizes({ total - load, load });
    }
    const int width = m_splitter->width();
    if (width > 0) {
        const int side = std::max(m_splitter->widget(1)->minimumSizeHint().width(), width * 2 / 5);
        m_splitter->setSizes({ width - side, side });
    }
}

void HardwarePage::placeTasks()
{
    const states::EngineSnapshot snap = context().engine().snapshot(INT64_MAX);
    std::vector<TopologyView::Token> tokens;
    for (const auto& t : snap.tasks) {
        if (t.state == states::TaskState::Terminated || t.latest.processor < 0)
            continue;
        tokens.push_back({ t.id, t.latest.processor, t.state == states::TaskState::Running });
    }
    m_view->setTokens(std::move(tokens));
}

void HardwarePage::updatePlotFonts()
{
    // A little smaller than the text around it, so the bars keep some room at 300 % zoom.
    // The application font is the zoomed one (set before zoomChanged is emitted, while this page may
    // not have received its FontChange yet).
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    for (QCPAxis* axis : { m_plot->xAxis, m_plot->yAxis }) {
        axis->setLabelFont(f);
        axis->setTickLabelFont(f);
        axis->setBasePen(QPen(Qt::black, zoom()));
        axis->setTickPen(QPen(Qt::black, zoom()));
    }
    const QFontMetrics fm(f);
    m_plot->setMinimumHeight(static_cast<int>(fm.height() * 4.5));
    fitLoadPanel();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HardwarePage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    // The zoom changes the application font; the plot's fonts and height follow it.
    if (event->type() == QEvent::FontChange)
        updatePlotFonts();
}

void HardwarePage::zoomChanged(double)
{
    m_view->relayout();
    updatePlotFonts();
}

void HardwarePage::retranslate()
{
    m_sourceGroup->setTitle(tr("Which machine"));
    m_liveButton->setText(tr("This machine"));
    m_liveButton->setToolTip(tr("Describe the computer ptlab runs on (hwloc)"));
    m_xmlButton->setText(tr("Load hwloc XML…"));
    m_xmlButton->setToolTip(tr("Open a topology saved with “lstopo --of xml”"));
    m_syntheticButton->setText(tr("Synthetic…"));
    m_syntheticButton->setToolTip(
        tr("Describe an imaginary machine, for example %1").arg(QLatin1String(SyntheticExample)));
    m_exportButton->setText(tr("Export XML…"));
    m_exportButton->setToolTip(tr("Save the topology shown as hwloc XML (for lstopo -i)"));
    m_fit->setText(tr("Fit in view"));
    m_fit->setToolTip(tr("Shrink the drawing of a big machine so that all of it is visible at once"));
    fillSampleCombo();
    m_samples->setToolTip(tr("Example machines shipped with ptlab"));
    updateLoadTitle();
    m_loadGroup->setToolTip(tr("How busy each CPU (hardware thread) was over the last half second, and all of them "
                               "together, from /proc/stat"));
    m_plot->xAxis->setLabel(tr("CPU (P#)"));
    auto yTicker = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis->ticker());
    yTicker->clear();
    for (int v : { 0, 50, 100 })
        yTicker->addTick(v, tr("%1 %").arg(locale().toString(v)));
    m_plot->yAxis->setLabel(QString());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_cards->retranslate();
    m_view->relayout();
    updateNote();
}

void HardwarePage::applyPreset(const QString& preset)
{
    // "sample=server-2s-numa", "synthetic=pack:2 core:4 pu:2", "xml=/path/file.xml", "live", "fallback",
    // "fit=on"
    for (const auto& [k, v] : parsePreset(preset.toStdString())) {
        const QString key = QString::fromStdString(k);
        const QString value = QString::fromStdString(v);
        if (key == QLatin1String("sample"))
            loadSample(QStringLiteral(":/topologies/") + value + QStringLiteral(".xml"));
        else if (key == QLatin1String("synthetic"))
            loadSynthetic(value);
        else if (key == QLatin1String("xml"))
            loadXmlFile(value);
        else if (key == QLatin1String("live"))
            loadLive();
        else if (key == QLatin1String("fit"))
            m_fit->setChecked(value != QLatin1String("off"));
        else if (key == QLatin1String("fallback")) // what a container without /sys shows
            loadLive(LiveOptions { .io = true, .force_fallback = true, .proc_root = "/" });
    }
}

void HardwarePage::startShowcase()
{
    // A few CPU-bound threads and a sleeper, so there are tokens on the PUs and load to see.
    if (!m_loaded)
        loadLiveInBackground();
    const int cpus = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
    states::SpawnRequest r;
    r.kind = states::TaskKind::Thread;
    r.workload.kind = states::Workload::Cpu;
    r.count = std::clamp(cpus, 1, 4);
    auto busy = context().engine().spawn(r);
    r.workload.kind = states::Workload::Sleep;
    r.count = 1;
    auto sleeper = context().engine().spawn(r);
    for (const auto* spawned : { &busy, &sleeper }) {
        if (spawned->error)
            showError(ErrorText::describe(*spawned->error)); // e.g. past the process limit: said, not hidden
    }
    refresh();
}

} // namespace ptlab::ui
