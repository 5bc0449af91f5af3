#include "core/util/preset.h"

#include <charconv>

namespace ptlab {
namespace {

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

} // namespace

Preset parsePreset(std::string_view preset)
{
    Preset out;
    while (!preset.empty()) {
        const auto end = preset.find(';');
        const auto item = trim(preset.substr(0, end));
        if (!item.empty()) {
            const auto eq = item.find('=');
            const auto key = trim(item.substr(0, eq));
            const auto value = eq == std::string_view::npos ? std::string_view() : trim(item.substr(eq + 1));
            if (!key.empty())
                out[std::string(key)] = std::string(value);
        }
        if (end == std::string_view::npos)
            break;
        preset.remove_prefix(end + 1);
    }
    return out;
}

std::optional<int> presetInt(const Preset& preset, const std::string& key)
{
    const auto it = preset.find(key);
    if (it == preset.end() || it->second.empty())
        return std::nullopt;
    int value = 0;
    const char* first = it->second.data();
    const char* last = first + it->second.size();
    const auto [end, ec] = std::from_chars(*first == '+' ? first + 1 : first, last, value);
    if (ec != std::errc() || end != last)
        return std::nullopt;
    return value;
}

} // namespace ptlab
