#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ptlab {

// A page's preset, "key=value;key=value" (lessons open demos with one): keys and values trimmed,
// empty items skipped, the last of a repeated key wins. The one parser every page uses.
using Preset = std::map<std::string, std::string>;
Preset parsePreset(std::string_view preset);

// The whole-number value of `key`, or nothing when it is absent or not a number.
std::optional<int> presetInt(const Preset& preset, const std::string& key);

} // namespace ptlab
