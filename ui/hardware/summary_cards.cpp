#include "ui/hardware/summary_cards.h"

#include "ui/hardware/hardware_text.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QVBoxLayout>

namespace ptlab::ui {

using namespace ptlab::hardware;

namespace {

QString joinLines(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n'));
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

SummaryCards::SummaryCards(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryCards"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < CardCount; ++i) {
        Card card;
        card.frame = new QFrame(this);
        card.frame->setObjectName(QStringLiteral("summaryCard%1").arg(i));
        card.frame->setFrameShape(QFrame::StyledPanel);
        // Palettes and font properties rather than style sheets, so the cards follow the zoomed
        // application font.
        card.frame->setAutoFillBackground(true);
        QPalette framePalette = card.frame->palette();
        framePalette.setColor(QPalette::Window, QColor(0xf3, 0xf6, 0xf9));
        card.frame->setPalette(framePalette);
        auto* v = new QVBoxLayout(card.frame);
        v->setSpacing(2);
        card.title = new QLabel(card.frame);
        QFont bold;
        bold.setBold(true);
        card.title->setFont(bold);
        card.title->setWordWrap(true);
        card.value = new QLabel(card.frame);
        card.value->setWordWrap(true);
        card.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        card.why = new QLabel(card.frame);
        card.why->setWordWrap(true);
        QFont italic;
        italic.setItalic(true);
        card.why->setFont(italic);
        QPalette whyPalette = card.why->palette();
        whyPalette.setColor(QPalette::WindowText, QColor(0x44, 0x44, 0x44));
        card.why->setPalette(whyPalette);
        v->addWidget(card.title);
        v->addWidget(card.value);
        v->addWidget(card.why);
        layout->addWidget(card.frame);
        m_cards.push_back(card);
    }
    layout->addStretch(1);
}

void SummaryCards::setSummary(const HardwareSummary& summary)
{
    m_summary = summary;
    retranslate();
}

void SummaryCards::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SummaryCards::setCard(CardId id, const QString& title, const QString& value, const QString& why)
{
    Card& c = m_cards[static_cast<std::size_t>(id)];
    c.title->setText(title);
    c.value->setText(value);
    c.why->setText(why);
}

QString SummaryCards::cardText(int index) const
{
    if (index < 0 || index >= cardCount())
        return {};
    const Card& c = m_cards[static_cast<std::size_t>(index)];
    return c.title->text() + QLatin1Char('\n') + c.value->text() + QLatin1Char('\n') + c.why->text();
}

void SummaryCards::retranslate()
{
    const HardwareSummary& s = m_summary;
    const QLocale locale;
    const auto n = [&locale](unsigned v) { return locale.toString(v); };

    // Processor.
    {
        QStringList lines;
        lines << (s.cpu_model.empty() ? tr("Model not reported") : fromStd(s.cpu_model));
        if (!s.architecture.empty())
            lines << tr("Architecture: %1").arg(fromStd(s.architecture));
        for (const auto& k : s.cpu_kinds)
            lines << tr("%1: %2 cores, %3 hardware threads").arg(fromStd(k.name), n(k.cores), n(k.pus));
        QString why = tr("Every thread of every process runs on this processor; its model tells you how fast one "
                         "thread can go.");
        if (s.cpu_kinds.size() > 1)
            why += QLatin1Char(' ')
                + tr("Its cores are not all alike: a thread gets done sooner on a performance core than on an "
                     "efficiency core.");
        setCard(CpuCard, tr("Processor"), joinLines(lines), why);
    }

    // Packages, cores, hardware threads.
    {
        QStringList lines;
        lines << tr("Packages: %1 · cores: %2 · hardware threads: %3").arg(n(s.packages), n(s.cores), n(s.pus));
        if (s.smt() && s.pus % s.cores == 0)
            lines << tr("SMT on: %1 hardware threads share each core").arg(n(s.pus / s.cores));
        else if (s.smt())
            lines << tr("SMT on some cores only: their hardware threads share the core");
        else if (s.cores > 0)
            lines << tr("One hardware thread per core (no SMT)");
        if (s.numa_nodes > 0)
            lines << tr("NUMA nodes: %1").arg(n(s.numa_nodes));
        setCard(CoresCard, tr("Cores and hardware threads"), joinLines(lines),
            tr("The kernel can run as many threads at the same instant as there are hardware threads; any more "
               "runnable threads take turns."));
    }

    // Caches.
    {
        QStringList lines;
        for (const auto& c : s.caches)
            lines << tr("%1 × %2 of %3")
                         .arg(n(c.count), HardwareText::cacheName(c.level, c.type), HardwareText::bytes(c.size_bytes));
        if (lines.isEmpty())
            lines << tr("No caches reported");
        setCard(CachesCard, tr("Caches"), joinLines(lines),
            tr("Threads on cores that share a cache exchange data cheaply; threads writing the same cache line from "
               "different cores slow each other down (false sharing)."));
    }

    // Memory.
    {
        QStringList lines;
        const bool kernelDiffers = s.memory_kernel_total_bytes && *s.memory_kernel_total_bytes != s.memory_bytes;
        if (kernelDiffers) {
            // E.g. a virtual machine with memory added after boot: say where each number comes from.
            lines << tr("%1 in total, as the kernel counts it").arg(HardwareText::bytes(*s.memory_kernel_total_bytes));
            if (s.memory_bytes)
                lines << tr("%1 in the NUMA nodes hwloc found").arg(HardwareText::bytes(s.memory_bytes));
        } else if (s.memory_bytes) {
            lines << tr("%1 in total").arg(HardwareText::bytes(s.memory_bytes));
        } else {
            lines << tr("Total not reported");
        }
        if (s.memory_available_bytes)
            lines << tr("%1 available now").arg(HardwareText::bytes(*s.memory_available_bytes));
        setCard(MemoryCard, tr("Memory (RAM)"), joinLines(lines),
            tr("The threads of a process share its memory, while every process gets its own address space: many "
               "processes need more RAM than many threads."));
    }

    // GPUs.
    {
        QStringList lines;
        for (const auto& g : s.gpus) {
            QString line = g.name.empty() ? tr("GPU") : fromStd(g.name);
            if (!g.vendor.empty())
                line += QStringLiteral(" (") + fromStd(g.vendor) + QLatin1Char(')');
            lines << line;
        }
        if (lines.isEmpty())
            lines << tr("No discrete GPU found");
        setCard(GpuCard, tr("Graphics processors (GPU)"), joinLines(lines),
            tr("A GPU runs thousands of small threads in parallel; CPU threads hand it work through its driver."));
    }

    // Other devices.
    {
        QStringList lines;
        lines << tr("PCI devices: %1").arg(n(static_cast<unsigned>(s.pci_devices.size())));
        int shown = 0;
        for (const auto& d : s.pci_devices) {
            if (shown++ == 4) {
                lines << QStringLiteral("…");
                break;
            }
            QString line = fromStd(d.class_name);
            if (!d.os_devices.empty())
                line += QStringLiteral(" (") + fromStd(d.os_devices.front()) + QLatin1Char(')');
            lines << line;
        }
        setCard(DevicesCard, tr("Disks, network and other devices"), joinLines(lines),
            tr("An I/O-bound thread waits for these devices; while it is blocked, its CPU runs other threads."));
    }

    // Operating system.
    {
        QStringList lines;
        lines << (s.os.empty() ? tr("Operating system not recorded") : fromStd(s.os));
        if (!s.kernel.empty())
            lines << tr("Kernel %1").arg(fromStd(s.kernel));
        if (!s.hostname.empty())
            lines << tr("Host name: %1").arg(fromStd(s.hostname));
        setCard(OsCard, tr("Operating system"), joinLines(lines),
            tr("The kernel creates every process and thread, and its scheduler picks which one runs on each "
               "hardware thread."));
    }
}

} // namespace ptlab::ui
