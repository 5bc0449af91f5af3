#include "core/hardware/pci_classes.h"

namespace ptlab::hardware {

namespace {

struct ClassName
{
    unsigned id;
    const char* name;
};

// Names after the PCI ID repository's class list (https://pci-ids.ucw.cz/read/PD/), shortened.
constexpr ClassName kSubclassNames[] = {
    { 0x0001, "VGA" },
    { 0x0100, "SCSI" },
    { 0x0101, "IDE" },
    { 0x0104, "RAID" },
    { 0x0105, "ATA" },
    { 0x0106, "SATA" },
    { 0x0107, "SAS" },
    { 0x0108, "NVMe" },
    { 0x0200, "Ethernet" },
    { 0x0207, "InfiniBand" },
    { 0x0208, "Fabric" },
    { 0x0280, "Network" },
    { 0x0300, "VGA" },
    { 0x0301, "XGA" },
    { 0x0302, "3D" },
    { 0x0380, "Display" },
    { 0x0400, "Video" },
    { 0x0401, "Audio" },
    { 0x0403, "Audio" },
    { 0x0500, "RAM" },
    { 0x0501, "Flash" },
    { 0x0502, "CXL Memory" },
    { 0x0600, "Host Bridge" },
    { 0x0601, "ISA Bridge" },
    { 0x0604, "PCI Bridge" },
    { 0x0607, "CardBus Bridge" },
    { 0x0609, "PCI Bridge" },
    { 0x0680, "Bridge" },
    { 0x0700, "Serial" },
    { 0x0701, "Parallel" },
    { 0x0703, "Modem" },
    { 0x0780, "Communication" },
    { 0x0800, "PIC" },
    { 0x0801, "DMA" },
    { 0x0802, "Timer" },
    { 0x0803, "RTC" },
    { 0x0805, "SD Host" },
    { 0x0806, "IOMMU" },
    { 0x0880, "System" },
    { 0x0900, "Keyboard" },
    { 0x0902, "Mouse" },
    { 0x0c00, "FireWire" },
    { 0x0c03, "USB" },
    { 0x0c04, "Fibre Channel" },
    { 0x0c05, "SMBus" },
    { 0x0c06, "InfiniBand" },
    { 0x0c07, "IPMI" },
    { 0x0c80, "Serial Bus" },
    { 0x0d00, "IrDA" },
    { 0x0d11, "Bluetooth" },
    { 0x0d20, "WiFi" },
    { 0x0d21, "WiFi" },
    { 0x0d80, "Wireless" },
    { 0x1000, "Network Crypto" },
    { 0x1200, "Accelerator" },
    { 0x1300, "Instrumentation" },
};

constexpr ClassName kBaseClassNames[] = {
    { 0x00, "Unclassified" },
    { 0x01, "Storage" },
    { 0x02, "Network" },
    { 0x03, "Display" },
    { 0x04, "Multimedia" },
    { 0x05, "Memory" },
    { 0x06, "Bridge" },
    { 0x07, "Communication" },
    { 0x08, "System" },
    { 0x09, "Input" },
    { 0x0a, "Docking" },
    { 0x0b, "Processor" },
    { 0x0c, "Serial Bus" },
    { 0x0d, "Wireless" },
    { 0x0e, "Intelligent" },
    { 0x0f, "Satellite" },
    { 0x10, "Encryption" },
    { 0x11, "Signal Processing" },
    { 0x12, "Accelerator" },
    { 0x40, "Co-Processor" },
};

} // namespace

std::string pciClassName(unsigned class_id)
{
    for (const auto& c : kSubclassNames) {
        if (c.id == class_id)
            return c.name;
    }
    for (const auto& c : kBaseClassNames) {
        if (c.id == (class_id >> 8))
            return c.name;
    }
    return "PCI";
}

bool pciClassIsGpuLike(unsigned class_id)
{
    const unsigned base = class_id >> 8;
    return base == 0x03 || base == 0x12 || base == 0x40;
}

} // namespace ptlab::hardware
