#!/bin/sh
# Regenerates the sample topologies in this folder with hwloc's own tools (lstopo, hwloc-annotate).
# Run from this folder: sh generate.sh   (needs the Debian package "hwloc", 2.9 or newer)
set -eu

# A laptop: 1 package, 4 cores x 2 hardware threads, L3 shared by all cores, 16 GiB.
lstopo -i "pack:1 [numa(memory=16GiB)] l3:1(size=8MiB) l2:4(size=512KiB) l1d:1(size=32KiB) l1i:1(size=32KiB) core:1 pu:2" \
    --of xml --force laptop-4c8t.xml
hwloc-annotate laptop-4c8t.xml laptop-4c8t.xml Package:0 info CPUModel "Example laptop CPU, 4 cores / 8 threads (synthetic)"

# A 2-socket server: each package is a NUMA node with 64 GiB; 12 cores x 2 threads per package.
lstopo -i "pack:2 [numa(memory=64GiB)] l3:1(size=32MiB) l2:12(size=1MiB) l1d:1(size=48KiB) l1i:1(size=32KiB) core:1 pu:2" \
    --of xml --force server-2s-numa.xml
hwloc-annotate server-2s-numa.xml server-2s-numa.xml Package:all info CPUModel "Example server CPU, 12 cores / 24 threads (synthetic)"

# A desktop with SMT turned off: 6 cores, one hardware thread each.
lstopo -i "pack:1 [numa(memory=8GiB)] l3:1(size=9MiB) l2:6(size=256KiB) l1d:1(size=32KiB) l1i:1(size=32KiB) core:1 pu:1" \
    --of xml --force desktop-6c-smt-off.xml
hwloc-annotate desktop-6c-smt-off.xml desktop-6c-smt-off.xml Package:0 info CPUModel "Example desktop CPU, 6 cores, SMT off (synthetic)"

# A hybrid (big/little) laptop: 4 performance cores with 2 threads and their own L2, 8 efficiency
# cores with 1 thread sharing an L2 per cluster of 4. hwloc's synthetic descriptions are symmetric, so
# it starts as 6 L2 x 4 cores x 2 PUs whose PU numbers put the kept threads first, is restricted to
# those 16 PUs, and gets bigger cluster L2s and CPU kinds from hwloc-annotate.
PU_INDEXES=0,1,16,17,18,19,20,21,2,3,22,23,24,25,26,27,4,5,28,29,30,31,32,33,6,7,34,35,36,37,38,39,8,40,9,41,10,42,11,43,12,44,13,45,14,46,15,47
lstopo -i "pack:1 [numa(memory=16GiB)] l3:1(size=12MiB) l2:6(size=1280KiB) core:4 l1d:1(size=48KiB) pu:2(indexes=$PU_INDEXES)" \
    --restrict 0x0000ffff --of xml --force hybrid-4p8e.xml
hwloc-annotate hybrid-4p8e.xml hybrid-4p8e.xml L2:4 size 2MiB
hwloc-annotate hybrid-4p8e.xml hybrid-4p8e.xml L2:5 size 2MiB
hwloc-annotate hybrid-4p8e.xml hybrid-4p8e.xml -- none -- cpukind 0x000000ff 1 0 CoreType "Performance core"
hwloc-annotate hybrid-4p8e.xml hybrid-4p8e.xml -- none -- cpukind 0x0000ff00 0 0 CoreType "Efficiency core"
hwloc-annotate hybrid-4p8e.xml hybrid-4p8e.xml Package:0 info CPUModel "Example hybrid CPU, 4 P-cores + 8 E-cores (synthetic)"

# A big 4-socket server, 2 NUMA nodes (sub-NUMA clusters) per package, 128 hardware threads.
lstopo -i "pack:4 group:2 [numa(memory=32GiB)] l3:1(size=16MiB) l2:8(size=1MiB) l1d:1(size=32KiB) core:1 pu:2" \
    --of xml --force big-4s-8numa.xml
hwloc-annotate big-4s-8numa.xml big-4s-8numa.xml Package:all info CPUModel "Example big server CPU, 16 cores / 32 threads (synthetic)"
