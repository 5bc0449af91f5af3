// The glossary (resources/glossary.json) is ptlab's one vocabulary: the lessons and the Vietnamese UI
// catalogues must use its preferred terms and none of the variants it forbids.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path kResources = PTLAB_RESOURCES_DIR;
const fs::path kTranslations = fs::path(PTLAB_RESOURCES_DIR).parent_path() / "translations";

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

json loadGlossary()
{
    return json::parse(readAll(kResources / "glossary.json"));
}

// Decodes the code point that starts at `i` (or ends just before `i` when `backwards`); 0 at the ends.
char32_t codePointAt(const std::string& s, std::size_t i, bool backwards)
{
    if (backwards) {
        if (i == 0)
            return 0;
        --i;
        while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
            --i;
    } else if (i >= s.size()) {
        return 0;
    }
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) & 0x3F : 0; };
    if (b0 < 0x80)
        return b0;
    if ((b0 & 0xE0) == 0xC0)
        return static_cast<char32_t>(((b0 & 0x1F) << 6) | cont(1));
    if ((b0 & 0xF0) == 0xE0)
        return static_cast<char32_t>(((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2));
    return static_cast<char32_t>(((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3));
}

// Letters of English and Vietnamese text: a match glued to one of these is part of a longer word.
bool isLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')
        || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

// Whole-word, case-sensitive occurrences of `word` in `text`.
int countWord(const std::string& text, const std::string& word)
{
    int n = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        if (!isLetter(codePointAt(text, at, true)) && !isLetter(codePointAt(text, at + word.size(), false)))
            ++n;
    }
    return n;
}

void replaceAll(std::string& s, const std::string& from, const std::string& to)
{
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

std::string unescapeXml(std::string s)
{
    replaceAll(s, "&lt;", "<");
    replaceAll(s, "&gt;", ">");
    replaceAll(s, "&quot;", "\"");
    replaceAll(s, "&apos;", "'");
    replaceAll(s, "&amp;", "&");
    return s;
}

// The text between <tag ...> and </tag> (or empty for <tag .../>), starting the search at `from`.
std::string elementText(const std::string& xml, const std::string& tag, std::size_t from, std::size_t limit)
{
    const auto open = xml.find("<" + tag, from);
    if (open == std::string::npos || open >= limit)
        return {};
    const auto endOpen = xml.find('>', open);
    if (endOpen == std::string::npos || xml[endOpen - 1] == '/')
        return {};
    const auto close = xml.find("</" + tag + ">", endOpen);
    return close == std::string::npos ? std::string() : unescapeXml(xml.substr(endOpen + 1, close - endOpen - 1));
}

struct Message
{
    std::string source;
    std::string translation;
};

std::vector<Message> readCatalogue(const fs::path& path)
{
    const std::string xml = readAll(path);
    std::vector<Message> out;
    for (auto at = xml.find("<message"); at != std::string::npos; at = xml.find("<message", at + 1)) {
        const auto end = xml.find("</message>", at);
        if (end == std::string::npos)
            break;
        out.push_back({ elementText(xml, "source", at, end), elementText(xml, "translation", at, end) });
    }
    return out;
}

std::vector<fs::path> lessonFiles(const std::string& lang)
{
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(kResources / "lessons" / lang)) {
        const std::string name = e.path().filename().string();
        // Lessons and their quizzes alike.
        if (e.path().extension() == ".md" && name.size() > 3
            && std::isdigit(static_cast<unsigned char>(name[0])))
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<fs::path> viCatalogues()
{
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(kTranslations)) {
        const std::string name = e.path().filename().string();
        if (name.size() > 6 && name.compare(name.size() - 6, 6, "_vi.ts") == 0)
            out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> strings(const json& term, const char* key)
{
    std::vector<std::string> out;
    if (term.contains(key))
        for (const auto& v : term.at(key))
            out.push_back(v.get<std::string>());
    return out;
}

// Phrases that contain a forbidden variant legitimately ("nhân hệ điều hành" is the kernel) are blanked out.
std::string withoutAllowed(std::string text, const json& glossary)
{
    for (const auto& term : glossary.at("terms"))
        for (const auto& allowed : strings(term, "vi_allowed"))
            replaceAll(text, allowed, " ");
    return text;
}

} // namespace

TEST_CASE("the glossary is well formed and covers the course's core vocabulary", "[glossary]")
{
    const json g = loadGlossary();
    REQUIRE(g.at("terms").is_array());
    std::set<std::string> ids;
    for (const auto& term : g.at("terms")) {
        const std::string id = term.at("id").get<std::string>();
        INFO("term " << id);
        CHECK(ids.insert(id).second);
        for (const char* key : { "en", "vi", "en_def", "vi_def" })
            CHECK_FALSE(term.at(key).get<std::string>().empty());
        // A preferred term never contains one of its own forbidden variants.
        for (const auto& bad : strings(term, "vi_forbidden"))
            CHECK(countWord(term.at("vi").get<std::string>(), bad) == 0);
    }
    for (const char* required : { "process", "thread", "core", "kernel", "state-new", "state-ready", "state-running",
             "state-waiting", "state-suspended", "state-terminated", "lock", "mutex", "preempt", "worker", "rank",
             "context-switch", "scheduler", "signal-handler", "deadlock", "data-race", "shared-memory", "all-reduce",
             "pipeline-parallelism" })
        CHECK(ids.count(required) == 1);
}

TEST_CASE("the word matcher respects word boundaries and case", "[glossary]")
{
    CHECK(countWord("Tạm ngưng một luồng", "Tạm ngưng") == 1);
    CHECK(countWord("Đã kết thúc", "Kết thúc") == 0);
    CHECK(countWord("→ Kết thúc.", "Kết thúc") == 1);
    CHECK(countWord("một nhânh", "một nhân") == 0);
    CHECK(countWord("khóa", "khoá") == 0);
    CHECK(countWord("8 nhân, 16 luồng", "8 nhân") == 1);
}

TEST_CASE("the lessons use no variant the glossary forbids", "[glossary][lessons]")
{
    const json g = loadGlossary();
    for (const std::string lang : { "vi", "en" }) {
        const auto files = lessonFiles(lang);
        REQUIRE(files.size() >= 14);
        for (const auto& file : files) {
            const std::string text = withoutAllowed(readAll(file), g);
            for (const auto& term : g.at("terms"))
                for (const auto& bad : strings(term, lang == "vi" ? "vi_forbidden" : "en_forbidden")) {
                    INFO(file.filename().string()
                        << " uses \"" << bad << "\"; the glossary (" << term.at("id").get<std::string>() << ") says \""
                        << term.at(lang).get<std::string>() << "\"");
                    CHECK(countWord(text, bad) == 0);
                }
        }
    }
}

TEST_CASE("the lessons use the glossary's preferred terms", "[glossary][lessons]")
{
    // Every state name and the core terms appear in their preferred form in some lesson of each language.
    const json g = loadGlossary();
    for (const std::string lang : { "vi", "en" }) {
        std::string all;
        for (const auto& file : lessonFiles(lang))
            all += readAll(file) + "\n";
        for (const auto& term : g.at("terms")) {
            const std::string id = term.at("id").get<std::string>();
            if (id.rfind("state-", 0) != 0 && id != "process" && id != "thread" && id != "core" && id != "preempt"
                && id != "lock" && id != "context-switch" && id != "signal-handler")
                continue;
            const std::string preferred = term.at(lang).get<std::string>();
            INFO(lang << ": no lesson uses \"" << preferred << "\"");
            CHECK(all.find(preferred) != std::string::npos);
        }
    }
}

TEST_CASE("the Vietnamese UI catalogues follow the glossary", "[glossary]")
{
    const json g = loadGlossary();
    std::map<std::string, std::string> preferredFor; // UI source string -> required translation
    for (const auto& term : g.at("terms"))
        for (const auto& source : strings(term, "ui_sources"))
            preferredFor[source] = term.at("vi").get<std::string>();
    const auto catalogues = viCatalogues();
    REQUIRE(catalogues.size() >= 2);
    std::set<std::string> seen;
    for (const auto& file : catalogues) {
        const auto messages = readCatalogue(file);
        CHECK_FALSE(messages.empty());
        for (const auto& m : messages) {
            INFO(file.filename().string() << ": \"" << m.source << "\" -> \"" << m.translation << "\"");
            if (auto it = preferredFor.find(m.source); it != preferredFor.end()) {
                seen.insert(m.source);
                CHECK(m.translation == it->second);
            }
            const std::string text = withoutAllowed(m.translation, g);
            for (const auto& term : g.at("terms"))
                for (const auto& bad : strings(term, "vi_forbidden")) {
                    INFO("forbidden \"" << bad << "\", the glossary (" << term.at("id").get<std::string>()
                                        << ") says \"" << term.at("vi").get<std::string>() << "\"");
                    CHECK(countWord(text, bad) == 0);
                }
        }
    }
    // The state names are in the catalogue, so the check above really compared them.
    for (const char* state : { "New", "Ready", "Running", "Waiting", "Suspended", "Terminated" })
        CHECK(seen.count(state) == 1);
}
