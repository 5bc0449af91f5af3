#include "core/hardware/hardware_summary.h"
#include "core/hardware/pci_classes.h"

#include <catch2/catch.hpp>

using namespace ptlab::hardware;

namespace {

int add(Topology& t, int parent, TopologyNode node)
{
    node.parent = parent;
    node.depth = parent < 0 ? 0 : t.nodes[parent].depth + 1;
    t.nodes.push_back(std::move(node));
    const int index = static_cast<int>(t.nodes.size()) - 1;
    if (parent >= 0)
        t.nodes[parent].children.push_back(index);
    return index;
}

TopologyNode node(NodeKind kind)
{
    TopologyNode n;
    n.kind = kind;
    return n;
}

TopologyNode pciDevice(unsigned bus, unsigned class_id)
{
    TopologyNode n = node(NodeKind::PciDevice);
    PciInfo pci;
    pci.bus = bus;
    pci.class_id = class_id;
    pci.vendor_id = 0x10de;
    pci.device_id = 0x2204;
    pci.class_name = pciClassName(class_id);
    n.pci = pci;
    return n;
}

TopologyNode osDevice(OsDeviceType type, const std::string& name)
{
    TopologyNode n = node(NodeKind::OsDevice);
    n.osdev_type = type;
    n.name = name;
    return n;
}

} // namespace

TEST_CASE("GPUs are the GPU and co-processor OS devices, one per PCI device", "[hardware][summary]")
{
    Topology t;
    const int machine = add(t, -1, node(NodeKind::Machine));
    TopologyNode package = node(NodeKind::Package);
    package.infos = { { "CPUModel", "Test CPU" } };
    const int pkg = add(t, machine, package);
    add(t, add(t, pkg, node(NodeKind::Core)), node(NodeKind::PU));
    TopologyNode bridge = node(NodeKind::Bridge);
    bridge.host_bridge = true;
    const int host = add(t, machine, bridge);

    TopologyNode gpu_pci = pciDevice(1, 0x0300);
    gpu_pci.infos = { { "PCIVendor", "NVIDIA Corporation" }, { "PCIDevice", "GA102 [GeForce RTX 3090]" } };
    const int gpu = add(t, host, gpu_pci);
    add(t, gpu, osDevice(OsDeviceType::Gpu, "card0"));
    add(t, gpu, osDevice(OsDeviceType::Gpu, "renderD128"));
    TopologyNode cuda = osDevice(OsDeviceType::CoProcessor, "cuda0");
    cuda.infos = { { "GPUModel", "NVIDIA GeForce RTX 3090" }, { "GPUVendor", "NVIDIA Corporation" } };
    add(t, gpu, cuda);
    const int nic = add(t, host, pciDevice(2, 0x0200));
    add(t, nic, osDevice(OsDeviceType::Network, "enp2s0"));
    // An accelerator hwloc did not attach to PCI.
    add(t, machine, osDevice(OsDeviceType::CoProcessor, "ve0"));

    const HardwareSummary s = summarize(t);
    CHECK(s.cpu_model == "Test CPU");
    CHECK(s.packages == 1);
    CHECK(s.pus == 1);
    REQUIRE(s.gpus.size() == 2);
    CHECK(s.gpus[0].pci_address == "0000:01:00.0");
    CHECK(s.gpus[0].os_devices == std::vector<std::string> { "card0", "renderD128", "cuda0" });
    CHECK(s.gpus[0].name == "NVIDIA GeForce RTX 3090");
    CHECK(s.gpus[0].vendor == "NVIDIA Corporation");
    CHECK(s.gpus[1].pci_address.empty());
    CHECK(s.gpus[1].name == "ve0");
    REQUIRE(s.pci_devices.size() == 2);
    CHECK(s.pci_devices[0].class_name == "VGA");
    CHECK(s.pci_devices[0].device == "GA102 [GeForce RTX 3090]");
    CHECK(s.pci_devices[1].class_name == "Ethernet");
    CHECK(s.pci_devices[1].vendor == "10de");
    CHECK(s.pci_devices[1].os_devices == std::vector<std::string> { "enp2s0" });

    CHECK(nodeLabel(t.nodes[gpu]) == std::vector<std::string> { "PCI 01:00.0 (VGA)", "GA102 [GeForce RTX 3090]" });
    CHECK(nodeLabel(t.nodes[t.nodes[gpu].children[2]]).at(1) == "NVIDIA GeForce RTX 3090");
}

TEST_CASE("PCI class names", "[hardware][summary]")
{
    CHECK(pciClassName(0x0200) == "Ethernet");
    CHECK(pciClassName(0x0108) == "NVMe");
    CHECK(pciClassName(0x0302) == "3D");
    CHECK(pciClassName(0x0180) == "Storage");
    CHECK(pciClassName(0x0c03) == "USB");
    CHECK(pciClassName(0x0604) == "PCI Bridge");
    CHECK(pciClassName(0xff00) == "PCI");
    CHECK(pciClassIsGpuLike(0x0300));
    CHECK(pciClassIsGpuLike(0x1200));
    CHECK_FALSE(pciClassIsGpuLike(0x0200));
}

TEST_CASE("Byte sizes for students", "[hardware][summary]")
{
    CHECK(formatBytes(0) == "0 B");
    CHECK(formatBytes(1000) == "1000 B");
    CHECK(formatBytes(32 * 1024) == "32 KiB");
    CHECK(formatBytes(1280 * 1024) == "1.25 MiB");
    CHECK(formatBytes(5463302144ull) == "5.09 GiB");
    CHECK(formatBytes(16ull << 30) == "16 GiB");
    CHECK(formatBytes(150ull << 30) == "150 GiB");
    CHECK(formatBytes(1ull << 40) == "1 TiB");
}

TEST_CASE("Labels follow lstopo", "[hardware][summary]")
{
    TopologyNode pu = node(NodeKind::PU);
    pu.logical_index = 3;
    pu.os_index = 7;
    CHECK(nodeLabel(pu) == std::vector<std::string> { "PU L#3", "P#7" });
    TopologyNode l3 = node(NodeKind::Cache);
    l3.type_name = "L3";
    l3.cache_size = 32ull << 20;
    CHECK(nodeLabel(l3) == std::vector<std::string> { "L3 (32 MiB)" });
    TopologyNode numa = node(NodeKind::NumaNode);
    numa.os_index = 1;
    numa.logical_index = 1;
    numa.local_memory = 64ull << 30;
    CHECK(nodeLabel(numa) == std::vector<std::string> { "NUMANode L#1 (P#1 64 GiB)" });
    TopologyNode machine = node(NodeKind::Machine);
    machine.total_memory = 8ull << 30;
    CHECK(nodeLabel(machine) == std::vector<std::string> { "Machine (8 GiB total)" });
    TopologyNode block = osDevice(OsDeviceType::Block, "nvme0n1");
    block.type_name = "Block";
    block.infos = { { "Size", "1048576" } };
    CHECK(nodeLabel(block) == std::vector<std::string> { "Block \"nvme0n1\"", "1 GiB" });
}
