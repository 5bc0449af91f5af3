#include "core/exercises/exercise.h"

#include <catch2/catch.hpp>

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

TEST_CASE("exercises: every generator runs for real and returns plausible measurements", "[exercises][slow]")
{
    const double hw = std::max(1u, std::thread::hardware_concurrency());
    for (const auto& g : generators()) {
        INFO(g.name);
        const Question q = generate(g, 3);
        const Answer a = run(g, q);
        INFO((a.error ? a.error->message : std::string()));
        REQUIRE_FALSE(a.error);
        CHECK_FALSE(a.cancelled);
        CHECK(a.measured > 0);
        CHECK(a.explanation.find('{') == std::string::npos);
        CHECK(a.seconds > 0);
        if (g.name == "states-pinned") {
            // n threads on one CPU never get more than the wall time between them.
            CHECK(valueOf(a.values, "total_cpu_s") <= valueOf(a.values, "wall_s") * 1.1);
            CHECK(valueOf(a.values, "cpu_each_s") > 0);
        } else if (g.name == "hardware-parallelism") {
            CHECK(a.measured <= valueOf(a.values, "expected") * 1.1);
            CHECK(valueOf(a.values, "pus") >= 1);
        } else if (g.name == "workload-speedup") {
            // No upper bound: under other load, N workers win a larger share of the CPUs than 1 does.
            CHECK(valueOf(a.values, "wall_1_s") > 0);
            CHECK(valueOf(a.values, "wall_n_s") > 0);
            CHECK(valueOf(a.values, "ideal") <= hw);
        } else if (g.name == "training-scaling") {
            CHECK(valueOf(a.values, "single_sps") > 0);
            CHECK(valueOf(a.values, "data_sps") > 0);
            CHECK(valueOf(a.values, "sent_kib") > 0);
        } else if (g.name == "fork-spawn") {
            CHECK(valueOf(a.values, "fork_us") > 0);
            CHECK(valueOf(a.values, "spawn_us") > 0);
        } else if (g.name == "wordproc-scaling") {
            CHECK(valueOf(a.values, "big_pages") > valueOf(a.values, "small_pages"));
            CHECK(a.measured > 1.0);
        }
    }
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
