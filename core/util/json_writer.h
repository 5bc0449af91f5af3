#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ptlab {

// A small streaming JSON writer for the command line's --json output. Commas and nesting are
// tracked so callers only say what comes next.
class JsonWriter
{
public:
    explicit JsonWriter(std::ostream& out, bool pretty = false);

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(bool b);
    JsonWriter& value(double number);
    template <typename T>
    requires std::is_integral_v<T> JsonWriter& value(T number)
    {
        if constexpr (std::is_signed_v<T>)
            writeInt(static_cast<long long>(number));
        else
            writeUInt(static_cast<unsigned long long>(number));
        return *this;
    }
    JsonWriter& null();

    template <typename T> JsonWriter& field(std::string_view name, const T& v)
    {
        key(name);
        return value(v);
    }

    static std::string escape(std::string_view text);

private:
    void separate();
    void writeInt(long long v);
    void writeUInt(unsigned long long v);
    std::ostream& m_out;
    bool m_pretty;
    std::vector<bool> m_first; // one entry per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace ptlab
