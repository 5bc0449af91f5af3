#include "ui/hardware/hardware_text.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace ptlab::ui {

using namespace ptlab::hardware;

QString HardwareText::bytes(std::uint64_t value)
{
    static const char* const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    double v = static_cast<double>(value);
    int unit = 0;
    while (v >= 1024.0 && unit < 5) {
        v /= 1024.0;
        ++unit;
    }
    const double rounded = std::round(v * 10.0) / 10.0;
    const int decimals = (unit == 0 || rounded == std::floor(rounded)) ? 0 : 1;
    return QLocale().toString(rounded, 'f', decimals) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

QString HardwareText::cacheName(unsigned level, CacheType type)
{
    QString name = QStringLiteral("L%1").arg(level);
    if (type == CacheType::Data)
        name += QLatin1Char('d');
    else if (type == CacheType::Instruction)
        name += QLatin1Char('i');
    return name;
}

QStringList HardwareText::label(const TopologyNode& node)
{
    switch (node.kind) {
    case NodeKind::Machine:
        if (node.total_memory)
            return { tr("Machine (%1 total)").arg(bytes(node.total_memory)) };
        return { tr("Machine") };
    case NodeKind::NumaNode: {
        QString line = QStringLiteral("NUMANode L#%1").arg(node.logical_index);
        QStringList detail;
        if (node.os_index)
            detail << QStringLiteral("P#%1").arg(*node.os_index);
        if (node.local_memory)
            detail << bytes(node.local_memory);
        if (!detail.isEmpty())
            line += QStringLiteral(" (") + detail.join(QLatin1Char(' ')) + QLatin1Char(')');
        return { line };
    }
    case NodeKind::MemCache:
    case NodeKind::Cache:
        if (node.cache_size)
            return { QString::fromStdString(node.type_name) + QStringLiteral(" (") + bytes(node.cache_size)
                + QLatin1Char(')') };
        return { QString::fromStdString(node.type_name) };
    default:
        break;
    }
    QStringList lines;
    for (const auto& line : nodeLabel(node))
        lines << QString::fromStdString(line);
    return lines;
}

} // namespace ptlab::ui
