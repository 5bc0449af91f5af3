// Safe by construction (issue 14, part 5), checked over the sources themselves so that it stays true:
// no shell anywhere (argv only), servers bound to loopback only, and every file ptlab writes for the
// user goes through a temporary file and a rename (core/util/atomic_file, ui/widgets/atomic_save).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kSourceRoot = fs::path(PTLAB_RESOURCES_DIR).parent_path();

struct Finding
{
    std::string file;
    int line;
    std::string text;
};

// Lines of core/, ui/ and app/ (comments after // dropped) that match `pattern`, except in `allowed`.
std::vector<Finding> find(const std::regex& pattern, const std::vector<std::string>& allowed = {})
{
    std::vector<Finding> found;
    for (const char* part : { "core", "ui", "app" }) {
        for (const auto& entry : fs::recursive_directory_iterator(kSourceRoot / part)) {
            const auto ext = entry.path().extension();
            if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".h"))
                continue;
            const std::string relative = fs::relative(entry.path(), kSourceRoot).string();
            if (std::find(allowed.begin(), allowed.end(), relative) != allowed.end())
                continue;
            std::ifstream in(entry.path());
            std::string line;
            int number = 0;
            while (std::getline(in, line)) {
                ++number;
                const auto comment = line.find("//");
                const std::string code = comment == std::string::npos ? line : line.substr(0, comment);
                if (std::regex_search(code, pattern))
                    found.push_back({ relative, number, line });
            }
        }
    }
    return found;
}

std::string describe(const std::vector<Finding>& found)
{
    std::ostringstream out;
    for (const auto& f : found)
        out << f.file << ':' << f.line << ": " << f.text << '\n';
    return out.str();
}

} // namespace

TEST_CASE("the sources are there to check", "[safety]")
{
    REQUIRE(fs::is_directory(kSourceRoot / "core"));
    // The checks below can fail: the pattern finds what it looks for.
    std::regex probe(R"(readFileBounded)");
    CHECK_FALSE(find(probe).empty());
}

TEST_CASE("no shell is ever invoked: programs start from an argv", "[safety]")
{
    const std::regex shell(
        R"((^|[^\w:])(std)?::system\s*\(|(^|[^\w:])system\s*\(|\bpopen\s*\(|"/bin/sh"|\bexecl[pe]?\s*\(|startCommand\s*\()");
    const auto found = find(shell);
    INFO(describe(found));
    CHECK(found.empty());
}

TEST_CASE("servers listen on loopback only", "[safety]")
{
    const std::regex any(R"(INADDR_ANY|in6addr_any|QHostAddress::Any|QHostAddress::AnyIPv)");
    const auto found = find(any);
    INFO(describe(found));
    CHECK(found.empty());
}

TEST_CASE("files written for the user go through a temporary file and a rename", "[safety]")
{
    const std::regex directWrite(
        R"(std::ofstream|\bfopen\s*\(|QIODevice::WriteOnly|QFile::WriteOnly|->savePng\s*\(\s*path|->savePdf\s*\(\s*path|\.save\s*\(\s*QString::fromStdString)");
    const auto found = find(directWrite, { "core/util/atomic_file.cpp", "ui/widgets/atomic_save.cpp" });
    INFO(describe(found));
    CHECK(found.empty());
}
