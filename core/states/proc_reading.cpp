#include "core/states/proc_reading.h"

#include <charconv>

namespace ptlab::states {
namespace {

bool toUInt(std::string_view token, std::uint64_t& v)
{
    auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    return ec == std::errc() && end == token.data() + token.size();
}

bool toInt(std::string_view token, long long& v)
{
    auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    return ec == std::errc() && end == token.data() + token.size();
}

// Splits on spaces, calling f(index, token) until f returns false.
template <typename F> void forEachToken(std::string_view text, F&& f)
{
    size_t i = 0;
    int index = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n'))
            ++i;
        size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n')
            ++i;
        if (start < i && !f(index++, text.substr(start, i - start)))
            return;
    }
}

} // namespace

bool parseStat(std::string_view text, KernelReading& out)
{
    // "pid (comm) S ppid ...": comm may hold spaces and parentheses, so fields start after the last ')'.
    const auto close = text.rfind(')');
    if (close == std::string_view::npos)
        return false;
    // Token 0 is field 3 (state); field N is token N - 3.
    constexpr int NiceToken = 19 - 3, RssToken = 24 - 3, ProcessorToken = 39 - 3;
    bool sawState = false, sawProcessor = false;
    forEachToken(text.substr(close + 1), [&](int index, std::string_view token) {
        if (index == 0) {
            out.state = token.empty() ? '?' : token[0];
            sawState = true;
        } else if (index == NiceToken) {
            long long v = 0;
            if (toInt(token, v))
                out.nice = static_cast<int>(v);
        } else if (index == RssToken) {
            long long v = 0;
            if (toInt(token, v))
                out.rssPages = v > 0 ? static_cast<std::uint64_t>(v) : 0;
        } else if (index == ProcessorToken) {
            long long v = 0;
            sawProcessor = toInt(token, v);
            out.processor = static_cast<int>(v);
            return false;
        }
        return true;
    });
    return sawState && sawProcessor;
}

bool parseSchedstat(std::string_view text, KernelReading& out)
{
    std::uint64_t values[3] = {};
    int n = 0;
    forEachToken(text, [&](int index, std::string_view token) {
        if (index >= 3 || !toUInt(token, values[index]))
            return false;
        n = index + 1;
        return true;
    });
    if (n < 3)
        return false;
    out.onCpuNs = values[0];
    out.runqueueNs = values[1];
    out.timeslices = values[2];
    return true;
}

bool parseStatusSwitches(std::string_view text, KernelReading& out)
{
    constexpr std::string_view Voluntary = "voluntary_ctxt_switches:";
    constexpr std::string_view Involuntary = "nonvoluntary_ctxt_switches:";
    int found = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        std::uint64_t* target = nullptr;
        if (line.starts_with(Voluntary)) {
            target = &out.voluntarySwitches;
            line.remove_prefix(Voluntary.size());
        } else if (line.starts_with(Involuntary)) {
            target = &out.involuntarySwitches;
            line.remove_prefix(Involuntary.size());
        } else {
            continue;
        }
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (toUInt(line, *target))
            ++found;
    }
    return found == 2;
}

} // namespace ptlab::states
