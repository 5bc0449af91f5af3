#pragma once

#include "core/util/error.h"

#include <cstddef>
#include <string>

namespace ptlab {

// Reads a whole file that came from outside (an import, a topology, a lesson), refusing anything
// that is not a regular file or is larger than `maxBytes`: /dev/zero, a FIFO or a huge file gets a
// clear Error instead of a hang. `what` names the file in the message ("The topology XML").
[[nodiscard]] Result<std::string> readFileBounded(
    const std::string& path, std::size_t maxBytes, const std::string& what);

} // namespace ptlab
