#pragma once

#include "core/util/error.h"

#include <string>

namespace ptlab::workloads {

// A directory under $TMPDIR (or /tmp) removed with everything in it when this goes away.
class TempTree
{
public:
    TempTree() = default;
    ~TempTree();
    TempTree(const TempTree&) = delete;
    TempTree& operator=(const TempTree&) = delete;
    [[nodiscard]] Result<void> create(const std::string& prefix);
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

[[nodiscard]] Result<void> writeWholeFile(const std::string& path, const std::string& bytes);
[[nodiscard]] bool readWholeFile(const std::string& path, std::string& bytes);

} // namespace ptlab::workloads
