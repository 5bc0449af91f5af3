#include "core/states/workload.h"

namespace ptlab::states {

std::string_view toString(Workload w)
{
    switch (w) {
    case Workload::Cpu:
        return "cpu";
    case Workload::Io:
        return "io";
    case Workload::Mixed:
        return "mixed";
    case Workload::Lock:
        return "lock";
    case Workload::Sleep:
        return "sleep";
    case Workload::External:
        return "external";
    }
    return "unknown";
}

std::optional<Workload> parseWorkload(std::string_view name)
{
    for (Workload w : { Workload::Cpu, Workload::Io, Workload::Mixed, Workload::Lock, Workload::Sleep }) {
        if (toString(w) == name)
            return w;
    }
    return std::nullopt;
}

std::string_view toString(WaitReason r)
{
    switch (r) {
    case WaitReason::None:
        return "";
    case WaitReason::Gate:
        return "gate";
    case WaitReason::Park:
        return "park";
    case WaitReason::Io:
        return "io";
    case WaitReason::Device:
        return "device";
    case WaitReason::Sleep:
        return "sleep";
    case WaitReason::Lock:
        return "lock";
    case WaitReason::DutyCycle:
        return "duty-cycle";
    }
    return "";
}

} // namespace ptlab::states
