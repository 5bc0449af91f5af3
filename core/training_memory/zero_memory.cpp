#include "core/training_memory/zero_memory.h"

namespace ptlab::training_memory {

ZeroCalculation zeroMemory(double psi, int devices, int k)
{
    ZeroCalculation c;
    c.params = psi;
    c.devices = devices < 1 ? 1 : devices;
    c.k = k;
    const double n = c.devices;
    const double ring = (n - 1) / n;
    for (int stage = 0; stage <= 3; ++stage) {
        ZeroStageMemory m;
        m.stage = stage;
        m.paramBytes = stage >= 3 ? 2 * psi / n : 2 * psi;
        m.gradientBytes = stage >= 2 ? 2 * psi / n : 2 * psi;
        m.optimizerBytes = stage >= 1 ? k * psi / n : k * psi;
        m.totalBytes = m.paramBytes + m.gradientBytes + m.optimizerBytes;
        // Baseline all-reduce = reduce-scatter + all-gather (Ψ each). ZeRO-1/2 replace it by a
        // reduce-scatter of gradients and an all-gather of updated parameters: the same 2Ψ.
        // ZeRO-3 all-gathers parameters in forward and again in backward: 3Ψ.
        m.commElements = stage >= 3 ? 3 * psi : 2 * psi;
        m.commRingBytes = 2.0 * m.commElements * ring;
        m.collectives = stage == 0 ? "all-reduce (gradients)"
            : stage == 3           ? "all-gather (params, forward + backward) + reduce-scatter (gradients)"
                                   : "reduce-scatter (gradients) + all-gather (params)";
        c.stages.push_back(m);
    }
    return c;
}

const char* zeroStageName(int stage)
{
    switch (stage) {
    case 0:
        return "baseline";
    case 1:
        return "ZeRO-1";
    case 2:
        return "ZeRO-2";
    case 3:
        return "ZeRO-3";
    }
    return "?";
}

} // namespace ptlab::training_memory
