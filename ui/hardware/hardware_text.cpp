#include "ui/hardware/hardware_text.h"

#include <QLocale>
#include <QStringList>

namespace ptlab::ui {

using namespace ptlab::hardware;

QString HardwareText::bytes(std::uint64_t value)
{
    // Whole numbers stay whole ("32 KiB"), others get one decimal in the locale's own format ("1,5 GiB").
    std::uint64_t unit = 1;
    while (unit < (1ull << 50) && value >= unit * 1024)
        unit *= 1024;
    const int decimals = value % unit == 0 ? 0 : 1;
    return QLocale().formattedDataSize(static_cast<qint64>(value), decimals, QLocale::DataSizeIecFormat);
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
