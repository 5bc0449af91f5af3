#pragma once

#include <string>

namespace ptlab::hardware {

// A short English name for a PCI class id (class << 8 | subclass), e.g. 0x0200 "Ethernet",
// 0x0108 "NVMe", 0x0300 "VGA"; the base class name ("Storage", "Network", ...) when the subclass is
// not one we name, "PCI" when the class is unknown.
std::string pciClassName(unsigned class_id);

// True for classes that are display controllers or processing accelerators (a GPU lives there).
bool pciClassIsGpuLike(unsigned class_id);

} // namespace ptlab::hardware
