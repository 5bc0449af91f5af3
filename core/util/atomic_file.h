#pragma once

#include <string>

namespace ptlab {

// Writes `text` to `path` atomically: a temporary file beside it, then rename, so a reader (or a
// crash) never sees half a file. False on failure, with the reason in `error`.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string& error);

} // namespace ptlab
