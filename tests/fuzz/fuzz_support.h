#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace ptlab::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return { reinterpret_cast<const char*>(data), size };
}

// Swallows what a command prints, while the command still formats all of it.
class NullBuffer : public std::streambuf
{
protected:
    int overflow(int c) override { return c == traits_type::eof() ? 0 : c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

inline std::ostream& nullStream()
{
    static NullBuffer buffer;
    static std::ostream stream(&buffer);
    return stream;
}

// One file in $TMPDIR that every input is written to, for parsers that take a path; removed at exit.
class ScratchFile
{
public:
    explicit ScratchFile(const std::string& suffix)
    {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/ptlab-fuzz-XXXXXX" + suffix;
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        const int fd = mkstemps(name.data(), static_cast<int>(suffix.size()));
        if (fd < 0)
            std::abort();
        ::close(fd);
        m_path = name.data();
    }
    ~ScratchFile() { ::unlink(m_path.c_str()); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::string& write(std::string_view text)
    {
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out)
            std::abort();
        return m_path;
    }

private:
    std::string m_path;
};

// Stops the run with a crash report when a property every input must keep is broken.
#define PTLAB_FUZZ_CHECK(condition)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz property broken: %s\n", __FILE__, __LINE__, #condition);                 \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

} // namespace ptlab::fuzz
