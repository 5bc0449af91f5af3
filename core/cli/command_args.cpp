#include "core/cli/command_args.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace ptlab::cli {

ArgReader::ArgReader(Args args) : m_args(std::move(args)), m_used(m_args.size(), false) { }

bool ArgReader::flag(const std::string& name)
{
    for (size_t i = 0; i < m_args.size(); ++i) {
        if (!m_used[i] && m_args[i] == name) {
            m_used[i] = true;
            return true;
        }
    }
    return false;
}

std::optional<std::string> ArgReader::option(const std::string& name)
{
    const std::string prefix = name + "=";
    for (size_t i = 0; i < m_args.size(); ++i) {
        if (m_used[i])
            continue;
        if (m_args[i] == name) {
            m_used[i] = true;
            if (i + 1 >= m_args.size()) {
                if (m_error.empty())
                    m_error = "option " + name + " needs a value";
                return std::nullopt;
            }
            m_used[i + 1] = true;
            return m_args[i + 1];
        }
        if (m_args[i].rfind(prefix, 0) == 0) {
            m_used[i] = true;
            return m_args[i].substr(prefix.size());
        }
    }
    return std::nullopt;
}

std::optional<long long> ArgReader::integer(const std::string& name, long long min, long long max)
{
    auto text = option(name);
    if (!text)
        return std::nullopt;
    long long v = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size()) {
        if (m_error.empty())
            m_error = "option " + name + " expects a whole number, got '" + *text + "'";
        return std::nullopt;
    }
    if (v < min || v > max) {
        if (m_error.empty())
            m_error = "option " + name + " must be between " + std::to_string(min) + " and " + std::to_string(max)
                + ", got " + *text;
        return std::nullopt;
    }
    return v;
}

std::optional<double> ArgReader::number(const std::string& name, double min, double max)
{
    auto text = option(name);
    if (!text)
        return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(text->c_str(), &end);
    if (text->empty() || end != text->c_str() + text->size() || !std::isfinite(v)) {
        if (m_error.empty())
            m_error = "option " + name + " expects a number, got '" + *text + "'";
        return std::nullopt;
    }
    if (v < min || v > max) {
        if (m_error.empty())
            m_error = "option " + name + " is out of range: " + *text;
        return std::nullopt;
    }
    return v;
}

bool ArgReader::finish()
{
    if (!m_error.empty())
        return false;
    for (size_t i = 0; i < m_args.size(); ++i) {
        if (!m_used[i]) {
            m_error = "unknown argument '" + m_args[i] + "'";
            return false;
        }
    }
    return true;
}

} // namespace ptlab::cli
