#include "core/util/json_writer.h"

#include <cmath>
#include <cstdio>

namespace ptlab {

JsonWriter::JsonWriter(std::ostream& out, bool pretty) : m_out(out), m_pretty(pretty) { }

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out << ',';
        m_first.back() = false;
        if (m_pretty)
            m_out << '\n' << std::string(m_first.size() * 2, ' ');
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out << '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_first.pop_back();
    if (m_pretty)
        m_out << '\n' << std::string(m_first.size() * 2, ' ');
    m_out << '}';
    if (m_first.empty())
        m_out << '\n';
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out << '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_first.pop_back();
    m_out << ']';
    if (m_first.empty())
        m_out << '\n';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    separate();
    m_out << '"' << escape(name) << "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    separate();
    m_out << '"' << escape(text) << '"';
    return *this;
}

JsonWriter& JsonWriter::value(bool b)
{
    separate();
    m_out << (b ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out << "null";
        return *this;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", number);
    m_out << buf;
    return *this;
}

void JsonWriter::writeInt(long long v)
{
    separate();
    m_out << v;
}

void JsonWriter::writeUInt(unsigned long long v)
{
    separate();
    m_out << v;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out << "null";
    return *this;
}

std::string JsonWriter::escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out;
}

} // namespace ptlab
