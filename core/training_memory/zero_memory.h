#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ptlab::training_memory {

// Model-state memory per device under ZeRO (Rajbhandari et al., 2019, §5): fp16 parameters (2Ψ
// bytes) and gradients (2Ψ), optimizer states KΨ (mixed-precision Adam: fp32 master weights,
// momentum and variance, K = 12), partitioned over N_d data-parallel devices.
struct ZeroStageMemory
{
    int stage = 0; // 0 = plain data parallelism, 1 = P_os, 2 = P_os+g, 3 = P_os+g+p
    double paramBytes = 0;
    double gradientBytes = 0;
    double optimizerBytes = 0;
    double totalBytes = 0;
    // Elements each device sends per step, as the paper counts them (2Ψ for all-reduce; 3Ψ for
    // ZeRO-3), and the bytes of fp16 a ring actually moves per device: factor (N_d − 1)/N_d.
    double commElements = 0;
    double commRingBytes = 0;
    std::string collectives; // "all-reduce", "reduce-scatter + all-gather", ...
};

struct ZeroCalculation
{
    double params = 0;
    int devices = 1;
    int k = 12;
    std::vector<ZeroStageMemory> stages; // 0..3
};

[[nodiscard]] ZeroCalculation zeroMemory(double params, int devices, int k = 12);
[[nodiscard]] const char* zeroStageName(int stage); // "baseline", "ZeRO-1", ...

} // namespace ptlab::training_memory
