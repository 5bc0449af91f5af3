#include "core/exercises/exercise.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <thread>

using namespace ptlab::exercises;

TEST_CASE("exercises: at least six generators, unique names, one for every demo page", "[exercises]")
{
    const auto& all = generators();
    CHECK(all.size() >= 6);
    std::set<std::string> names;
    for (const auto& g : all) {
        CHECK(names.insert(g.name).second);
        CHECK_FALSE(g.summary.empty());
        CHECK_FALSE(g.questionText.empty());
        CHECK_FALSE(g.explanationText.empty());
        CHECK(g.prediction.max > g.prediction.min);
        CHECK(findGenerator(g.name) == &g);
    }
    for (const char* page : { "states", "wordproc", "hardware", "compare", "apps", "training" }) {
        INFO(page);
        CHECK_FALSE(generatorsForPage(page).empty());
    }
    CHECK(findGenerator("no-such-exercise") == nullptr);
}

TEST_CASE("exercises: the same seed gives the same question, other seeds vary it", "[exercises]")
{
    for (const auto& g : generators()) {
        INFO(g.name);
        const Question a = generate(g, 7);
        const Question b = generate(g, 7);
        CHECK(a.text == b.text);
        REQUIRE(a.params.size() == b.params.size());
        for (std::size_t i = 0; i < a.params.size(); ++i)
            CHECK(a.params[i].value == b.params[i].value);
        CHECK(a.text.find('{') == std::string::npos); // every placeholder filled
        std::set<std::string> texts;
        for (std::uint64_t seed = 1; seed <= 30; ++seed)
            texts.insert(generate(g, seed).text);
        CHECK(texts.size() >= 2);
    }
}

TEST_CASE("exercises: texts are filled locale-independently, choices pick their word", "[exercises]")
{
    CHECK(formatNumber(3) == "3");
    CHECK(formatNumber(0.25) == "0.25");
    CHECK(formatNumber(1.23456) == "1.23");
    CHECK(formatNumber(1234.4) == "1234");
    CHECK(fillText("{n} {mode|threads|processes}, {n}", { { "n", 2 }, { "mode", 1 } }) == "2 processes, 2");
    CHECK(fillText("{mode|threads|processes}", { { "mode", 0 } }) == "threads");
}

TEST_CASE("exercises: a prediction is judged by how far it is from the measurement", "[exercises]")
{
    CHECK(judge(1.05, 1.0).withinPercent == 10);
    CHECK(judge(1.15, 1.0).withinPercent == 20);
    CHECK(judge(0.6, 1.0).withinPercent == 50);
    CHECK(judge(5, 1.0).withinPercent == 0);
    CHECK(judge(5, 1.0).offPercent == Approx(400));
}

namespace {

// Runs one generator for real (each in a test case of its own, so a sanitizer build stays within the timeout).
Answer runForReal(const std::string& name, std::uint64_t seed = 3)
{
    const Generator* g = findGenerator(name);
    REQUIRE(g);
    const Question q = generate(*g, seed);
    const Answer a = run(*g, q);
    INFO(name << ": " << (a.error ? a.error->message : std::string()));
    REQUIRE_FALSE(a.error);
    CHECK_FALSE(a.cancelled);
    CHECK(a.measured > 0);
    CHECK(a.explanation.find('{') == std::string::npos);
    CHECK(a.seconds > 0);
    return a;
}

const double HardwareThreads = std::max(1u, std::thread::hardware_concurrency());

} // namespace

TEST_CASE("exercises: every generator is run by a test case below", "[exercises]")
{
    const std::set<std::string> tested { "states-pinned", "hardware-parallelism", "fork-spawn", "context-switch",
        "workload-speedup", "training-scaling", "wordproc-scaling" };
    std::set<std::string> all;
    for (const auto& g : generators())
        all.insert(g.name);
    CHECK(all == tested);
}

TEST_CASE("exercises: states-pinned measures the CPU share of threads on one CPU", "[exercises][slow]")
{
    const Answer a = runForReal("states-pinned");
    // n threads on one CPU never get more than the wall time between them.
    CHECK(valueOf(a.values, "total_cpu_s") <= valueOf(a.values, "wall_s") * 1.1);
    CHECK(valueOf(a.values, "cpu_each_s") > 0);
    CHECK(valueOf(a.values, "cpu_min_s") <= valueOf(a.values, "cpu_max_s"));
}

TEST_CASE("exercises: hardware-parallelism measures busy CPUs against hwloc's count", "[exercises][slow]")
{
    const Answer a = runForReal("hardware-parallelism");
    CHECK(a.measured <= valueOf(a.values, "expected") * 1.1);
    CHECK(valueOf(a.values, "pus") >= 1);
    CHECK(valueOf(a.values, "cores") >= 1);
}

TEST_CASE("exercises: fork-spawn times fork and posix_spawn from a grown process", "[exercises][slow]")
{
    const Answer a = runForReal("fork-spawn");
    CHECK(valueOf(a.values, "fork_us") > 0);
    CHECK(valueOf(a.values, "spawn_us") > 0);
}

TEST_CASE("exercises: context-switch times pipe round trips of threads and processes", "[exercises][slow]")
{
    const Answer a = runForReal("context-switch");
    CHECK(valueOf(a.values, "threads_us") > 0);
    CHECK(valueOf(a.values, "processes_us") > 0);
}

TEST_CASE("exercises: workload-speedup runs the Mandelbrot miniature with 1 and N workers", "[exercises][slow]")
{
    const Answer a = runForReal("workload-speedup");
    // No upper bound: under other load, N workers win a larger share of the CPUs than 1 does.
    CHECK(valueOf(a.values, "wall_1_s") > 0);
    CHECK(valueOf(a.values, "wall_n_s") > 0);
    CHECK(valueOf(a.values, "ideal") <= HardwareThreads);
}

TEST_CASE("exercises: training-scaling trains with 1 and N data-parallel workers", "[exercises][slow]")
{
    // The smallest question (batch 64, 2 workers): the model trains slowly in sanitizer builds.
    const Generator* g = findGenerator("training-scaling");
    REQUIRE(g);
    std::uint64_t seed = 1;
    while (seed < 200
        && !(valueOf(generate(*g, seed).params, "batch") == 64 && valueOf(generate(*g, seed).params, "workers") == 2))
        ++seed;
    REQUIRE(seed < 200);
    const Answer a = runForReal("training-scaling", seed);
    CHECK(valueOf(a.values, "single_sps") > 0);
    CHECK(valueOf(a.values, "data_sps") > 0);
    CHECK(valueOf(a.values, "sent_kib") > 0);
}

TEST_CASE("exercises: wordproc-scaling reformats a small and a bigger book", "[exercises][slow]")
{
    const Answer a = runForReal("wordproc-scaling");
    CHECK(valueOf(a.values, "big_pages") > valueOf(a.values, "small_pages"));
    CHECK(a.measured > 1.0);
}

TEST_CASE("exercises: a cancel ends a run early and says so", "[exercises]")
{
    for (const char* name : { "states-pinned", "workload-speedup", "wordproc-scaling", "fork-spawn" }) {
        INFO(name);
        const Generator* g = findGenerator(name);
        REQUIRE(g);
        std::atomic<bool> cancel { true };
        RunContext context;
        context.cancel = &cancel;
        const Answer a = run(*g, generate(*g, 1), context);
        CHECK(a.cancelled);
    }
}
