#pragma once

#include "core/hardware/topology.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>

namespace ptlab::ui {

// Texts the Hardware page's widgets share: sizes in the current locale, translated box labels.
class HardwareText
{
    Q_DECLARE_TR_FUNCTIONS(HardwareText)
public:
    // Binary units with the locale's decimal separator: "32 KiB", "15,6 GiB" (vi).
    static QString bytes(std::uint64_t bytes);
    // The lines lstopo would print in the node's box, with translated words and localized sizes.
    static QStringList label(const hardware::TopologyNode& node);
    // "L2", "L1d", "L1i".
    static QString cacheName(unsigned level, hardware::CacheType type);
};

} // namespace ptlab::ui
