#include "ui/hardware/topology_view.h"

#include "ui/hardware/hardware_text.h"
#include "ui/widgets/palette.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace ptlab::ui {

using namespace ptlab::hardware;

namespace {

// lstopo's colours, so the picture looks like the one students find in hwloc's documentation.
QColor fillFor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Machine:
        return QColor(0xff, 0xff, 0xff);
    case NodeKind::Package:
        return QColor(0xde, 0xde, 0xde);
    case NodeKind::Die:
        return QColor(0xe6, 0xe6, 0xe6);
    case NodeKind::Group:
        return QColor(0xee, 0xee, 0xee);
    case NodeKind::NumaNode:
        return QColor(0xef, 0xdf, 0xde);
    case NodeKind::MemCache:
        return QColor(0xf2, 0xe8, 0xe8);
    case NodeKind::Cache:
        return QColor(0xff, 0xff, 0xff);
    case NodeKind::Core:
        return QColor(0xbe, 0xbe, 0xbe);
    case NodeKind::PU:
    case NodeKind::Bridge:
        return QColor(0xff, 0xff, 0xff);
    case NodeKind::PciDevice:
        return QColor(0xde, 0xde, 0xde);
    case NodeKind::OsDevice:
        return QColor(0xbe, 0xbe, 0xde);
    case NodeKind::Misc:
        return QColor(0xff, 0xff, 0xff);
    }
    return Qt::white;
}

QColor blend(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
        static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
        static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

TopologyView::TopologyView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void TopologyView::setTopology(const Topology& topology)
{
    m_topology = topology;
    m_busy.clear();
    relayout();
}

void TopologyView::setLiveOverlay(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    relayout(); // PUs make room for tokens and the load bar only when live
}

void TopologyView::setLoads(const std::vector<CpuLoad>& loads)
{
    for (const auto& l : loads)
        m_busy[l.cpu] = l.busy;
    if (m_live)
        update();
}

void TopologyView::setTokens(std::vector<Token> tokens)
{
    std::sort(tokens.begin(), tokens.end(), [](const Token& a, const Token& b) { return a.id < b.id; });
    m_tokens = std::move(tokens);
    if (m_live)
        update();
}

int TopologyView::tokenCpu(states::TaskId id) const
{
    if (!m_live)
        return -1;
    for (const auto& t : m_tokens) {
        if (t.id == id && t.cpu >= 0 && findPuBox(m_layout, static_cast<unsigned>(t.cpu)))
            return t.cpu;
    }
    return -1;
}

int TopologyView::puBoxCount() const
{
    return static_cast<int>(std::count_if(
        m_layout.boxes.begin(), m_layout.boxes.end(), [](const LayoutBox& b) { return b.kind == NodeKind::PU; }));
}

std::vector<std::string> TopologyView::labelFor(const TopologyNode& node) const
{
    std::vector<std::string> lines;
    for (const QString& line : HardwareText::label(node))
        lines.push_back(line.toStdString());
    // Hybrid processors: say which kind of core each one is (hwloc's CoreType, e.g. "Efficiency core").
    const QString kind = coreKindName(node);
    if (!kind.isEmpty())
        lines.push_back(kind.toStdString());
    return lines;
}

QString TopologyView::coreKindName(const TopologyNode& node) const
{
    if (node.kind != NodeKind::Core || m_topology.cpu_kinds.size() < 2 || m_topology.nodes.empty())
        return {};
    const TopologyNode* first = m_topology.nodes.data();
    if (&node < first || &node >= first + m_topology.nodes.size())
        return {};
    const auto pus = m_topology.pusBelow(static_cast<int>(&node - first));
    if (pus.empty())
        return {};
    const int kind = m_topology.cpuKindOf(pus.front());
    if (kind < 0)
        return {};
    return QString::fromStdString(m_topology.cpu_kinds[static_cast<std::size_t>(kind)].name());
}

void TopologyView::relayout()
{
    const QFontMetricsF fm(font());
    m_lineHeight = fm.height();
    m_padding = std::max(2.0, std::round(m_lineHeight * 0.25));
    m_tokenSize = std::round(m_lineHeight * 0.95);
    m_barHeight = std::max(3.0, std::round(m_lineHeight * 0.3));

    LayoutMetrics metrics;
    metrics.line_height = m_lineHeight;
    metrics.char_width = fm.averageCharWidth();
    metrics.padding = m_padding;
    metrics.gap = m_padding;
    if (m_live) {
        // A PU holds its two label lines, one row of task tokens and the load bar.
        metrics.min_pu_height = m_padding * 2 + m_lineHeight * 2 + m_padding + m_tokenSize + m_padding + m_barHeight;
        metrics.min_pu_width = m_padding * 2 + m_tokenSize * 5.5; // room for four or five tokens
    }
    metrics.text_width = [fm](const std::string& s) { return fm.horizontalAdvance(QString::fromStdString(s)) + 1.0; };
    metrics.label = [this](const TopologyNode& node) { return labelFor(node); };
    m_layout = m_topology.empty() ? TopologyLayout {} : layoutTopology(m_topology, metrics);
    applyScale();
}

void TopologyView::setFitToView(bool fit)
{
    m_fit = fit;
    applyScale();
}

void TopologyView::setAvailableSize(const QSize& size)
{
    m_available = size;
    if (m_fit)
        applyScale();
}

void TopologyView::applyScale()
{
    m_scale = 1.0;
    if (m_fit && m_layout.width > 0 && m_layout.height > 0 && !m_available.isEmpty()) {
        m_scale = std::min(
            { 1.0, (m_available.width() - 2) / m_layout.width, (m_available.height() - 2) / m_layout.height });
        m_scale = std::max(m_scale, 0.05);
    }
    const QSize size = sizeHint();
    setMinimumSize(size);
    resize(size);
    updateGeometry();
    update();
}

QPointF TopologyView::toLayout(const QPoint& widgetPos) const
{
    return QPointF((widgetPos.x() - 1) / m_scale, (widgetPos.y() - 1) / m_scale);
}

QSize TopologyView::sizeHint() const
{
    return QSize(static_cast<int>(std::ceil(m_layout.width * m_scale)) + 2,
        static_cast<int>(std::ceil(m_layout.height * m_scale)) + 2);
}

void TopologyView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange)
        relayout();
    QWidget::changeEvent(event);
}

void TopologyView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect(), palette().base());
    p.translate(1, 1);
    p.scale(m_scale, m_scale);
    const double penWidth = std::max(1.0, m_lineHeight / 16.0);
    const QPen border(QColor(0x55, 0x55, 0x55), penWidth);
    const QColor hot(0xf3, 0xb8, 0x4f); // a light orange: black labels stay readable on a busy PU

    QFont tokenFont = font();
    tokenFont.setPointSizeF(std::max(5.0, font().pointSizeF() * 0.75));
    const QFontMetricsF tokenMetrics(tokenFont);

    for (const LayoutBox& box : m_layout.boxes) {
        const QRectF r(box.x, box.y, box.w, box.h);
        QColor fill = fillFor(box.kind);
        double busy = -1;
        if (box.kind == NodeKind::PU && m_live && box.os_index) {
            if (auto it = m_busy.find(*box.os_index); it != m_busy.end()) {
                busy = it->second;
                fill = blend(Qt::white, hot, busy);
            }
        }
        p.setPen(border);
        p.setBrush(fill);
        p.drawRect(r);

        p.setPen(textOn(fill));
        double y = box.y + m_padding;
        for (const auto& line : box.label) {
            p.drawText(QRectF(box.x + m_padding, y, std::max(0.0, box.w - 2 * m_padding), m_lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, QString::fromStdString(line));
            y += m_lineHeight;
        }
        if (box.kind != NodeKind::PU || !m_live)
            continue;

        // Load bar along the bottom (the colour is not the only cue).
        const QRectF bar(
            box.x + m_padding, box.y + box.h - m_padding - m_barHeight, box.w - 2 * m_padding, m_barHeight);
        p.setPen(QPen(QColor(0x77, 0x77, 0x77), penWidth * 0.5));
        p.setBrush(Qt::white);
        p.drawRect(bar);
        if (busy > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(okabeIto::Vermillion);
            p.drawRect(QRectF(bar.x(), bar.y(), bar.width() * std::clamp(busy, 0.0, 1.0), bar.height()));
        }

        // Task tokens: the demo tasks that last ran on this PU.
        if (!box.os_index)
            continue;
        std::vector<const Token*> here;
        for (const auto& t : m_tokens) {
            if (t.cpu >= 0 && static_cast<unsigned>(t.cpu) == *box.os_index)
                here.push_back(&t);
        }
        if (here.empty())
            continue;
        p.setFont(tokenFont);
        const double top = box.y + m_padding + static_cast<double>(box.label.size()) * m_lineHeight + m_padding * 0.5;
        const double right = box.x + box.w - m_padding;
        const double spacing = m_padding * 0.5;
        std::vector<QString> texts;
        std::vector<double> widths;
        double total = 0;
        for (const Token* t : here) {
            texts.push_back(QString::number(t->id)); // an identifier, not a quantity: no digit grouping
            widths.push_back(std::max(m_tokenSize, tokenMetrics.horizontalAdvance(texts.back()) + m_tokenSize * 0.5));
            total += widths.back() + spacing;
        }
        std::size_t shown = here.size();
        if (box.x + m_padding + total - spacing > right) {
            // Keep room for "+N" after the tokens that fit.
            shown = 0;
            double used = 0;
            while (shown < here.size()) {
                const QString more = QStringLiteral("+%1").arg(here.size() - shown - 1);
                if (box.x + m_padding + used + widths[shown] + spacing + tokenMetrics.horizontalAdvance(more) > right)
                    break;
                used += widths[shown] + spacing;
                ++shown;
            }
        }
        double x = box.x + m_padding;
        for (std::size_t i = 0; i < shown; ++i) {
            const Token& t = *here[i];
            const QColor c = taskColor(t.id);
            const QRectF tokenRect(x, top, widths[i], m_tokenSize);
            p.setPen(QPen(t.running ? Qt::black : QColor(0x88, 0x88, 0x88), penWidth * (t.running ? 1.5 : 1.0)));
            p.setBrush(c);
            p.drawRoundedRect(tokenRect, m_tokenSize / 2, m_tokenSize / 2);
            p.setPen(textOn(c));
            p.drawText(tokenRect, Qt::AlignCenter, texts[i]);
            x += widths[i] + spacing;
        }
        if (shown < here.size()) {
            p.setPen(Qt::black);
            p.drawText(QRectF(x, top, std::max(0.0, right - x + m_padding), m_tokenSize),
                Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("+%1").arg(here.size() - shown));
        }
        p.setFont(font());
    }
}

QString TopologyView::tooltipFor(int boxIndex) const
{
    const LayoutBox& box = m_layout.boxes[static_cast<std::size_t>(boxIndex)];
    const TopologyNode& node = m_topology.nodes[static_cast<std::size_t>(box.node)];
    QStringList lines = HardwareText::label(node);
    switch (node.kind) {
    case NodeKind::PU:
        lines << tr("A hardware thread: the kernel calls it CPU %1. One thread runs on it at a time.")
                     .arg(node.os_index ? QLocale().toString(*node.os_index) : QStringLiteral("?"));
        if (m_live && node.os_index) {
            if (auto it = m_busy.find(*node.os_index); it != m_busy.end())
                lines << tr("Busy: %1 %").arg(QLocale().toString(it->second * 100, 'f', 0));
            QStringList ids;
            for (const auto& t : m_tokens) {
                if (t.cpu >= 0 && static_cast<unsigned>(t.cpu) == *node.os_index)
                    ids << QStringLiteral("#%1").arg(t.id);
            }
            if (!ids.isEmpty())
                lines << tr("Demo tasks that last ran here: %1").arg(ids.join(QStringLiteral(", ")));
            lines << tr("Right-click to pin a demo task to this CPU.");
        }
        break;
    case NodeKind::Core:
        lines << tr("A core: its hardware threads share its execution units and L1 cache.");
        break;
    case NodeKind::Cache:
        lines << tr("A cache shared by the cores below it.");
        if (node.cache_line_size)
            lines << tr("Line size: %1 bytes").arg(QLocale().toString(node.cache_line_size));
        break;
    case NodeKind::NumaNode:
        lines << tr("A NUMA node: memory that the cores next to it reach faster than the others do.");
        break;
    case NodeKind::Package: {
        const std::string model = node.info("CPUModel");
        lines << tr("A package: one physical processor chip in its socket.");
        if (!model.empty())
            lines << QString::fromStdString(model);
        break;
    }
    default:
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

void TopologyView::contextMenuEvent(QContextMenuEvent* event)
{
    const QPointF at = toLayout(event->pos());
    const int index = boxAt(m_layout, at.x(), at.y());
    if (!m_live || index < 0)
        return;
    const LayoutBox& box = m_layout.boxes[static_cast<std::size_t>(index)];
    if (box.kind == NodeKind::PU && box.os_index)
        emit puMenuRequested(*box.os_index, event->globalPos());
}

bool TopologyView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF at = toLayout(help->pos());
        const int index = boxAt(m_layout, at.x(), at.y());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace ptlab::ui
