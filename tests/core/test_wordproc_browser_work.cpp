#include "core/wordproc/browser_work.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace ptlab::wordproc;

TEST_CASE("the browser's script counts primes for real", "[wordproc][browser]")
{
    std::atomic<bool> cancel { false };
    CHECK(runScript(100, cancel).primes == 25);
    CHECK(runScript(1'000'000, cancel).primes == 78498);
    int calls = 0;
    runScript(10'000'000, cancel, [&calls](int done, int total) {
        ++calls;
        CHECK(done <= total);
    });
    CHECK(calls > 5);
    cancel = true;
    CHECK(runScript(10'000'000, cancel).cancelled);
}

TEST_CASE("the browser's loader reads every byte of its resources", "[wordproc][browser]")
{
    const std::string dir = PTLAB_RESOURCES_DIR "/lessons/en";
    auto files = pickResourceFiles(dir, 1 << 20, 5);
    REQUIRE(files.size() == 5);
    std::atomic<bool> cancel { false };
    auto first = loadResources(files, cancel);
    auto second = loadResources(files, cancel);
    CHECK(first.files == 5);
    CHECK(first.bytes > 1000);
    CHECK(first.checksum == second.checksum);
    std::uint64_t expected = 0;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary | std::ios::ate);
        expected += static_cast<std::uint64_t>(in.tellg());
    }
    CHECK(first.bytes == expected);
    CHECK(pickResourceFiles("/nonexistent", 100, 10).empty());
}
