#include "core/training_memory/dynamic_batching.h"
#include "core/training_memory/prefetch.h"
#include "core/training_memory/zero_run.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace ptlab::training_memory;

TEST_CASE("batch files are real files of two-spiral samples that parse back to the samples written",
    "[training_memory][prefetch]")
{
    const auto shape = scenarioShape(8);
    auto files = BatchFiles::create(shape, 3, 10, 1);
    REQUIRE(files.ok());
    REQUIRE(files->paths().size() == 3);
    const std::string dir = files->directory();
    CHECK(std::filesystem::is_directory(dir));
    auto d = loadBatchFile(files->paths()[1], 2, 3);
    REQUIRE(d.ok());
    REQUIRE(d->size() == 10);
    const auto all = scenarioData(shape, 30, 1);
    for (int i = 0; i < 10; ++i) {
        CHECK(d->x(0, i) == all.x(0, 10 + i)); // shortest round-trip text: exact
        CHECK(d->x(1, i) == all.x(1, 10 + i));
        CHECK(d->labels[static_cast<std::size_t>(i)] == all.labels[static_cast<std::size_t>(10 + i)]);
    }
    {
        std::ofstream bad(dir + "/bad.csv");
        bad << "0.5,0.25,1\n0.5,oops,2\n";
    }
    auto bad = loadBatchFile(dir + "/bad.csv", 2, 3);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ptlab::Error::Code::Parse);
    {
        std::ofstream unknown(dir + "/class.csv");
        unknown << "0.5,0.25,3\n"; // a fourth class of a 3-class model
    }
    CHECK_FALSE(loadBatchFile(dir + "/class.csv", 2, 3).ok());
    {
        auto moved = std::move(files.value());
    }
    CHECK_FALSE(std::filesystem::exists(dir));
    CHECK_FALSE(loadBatchFile(dir + "/none.csv", 2, 3).ok());
}

TEST_CASE("the prefetch trainer trains part 1's model on the batch files", "[training_memory][prefetch]")
{
    PrefetchOptions o;
    o.files = 40;
    o.rowsPerFile = 256;
    o.learningRate = 0.02f;
    o.loaderThreads = 1;
    CHECK(o.shape.widths == std::vector<int> { 2, 8, 8, 3 });
    auto files = BatchFiles::create(o.shape, o.files, o.rowsPerFile, 4);
    REQUIRE(files.ok());
    const auto r = runPrefetch(*files, o);
    REQUIRE(r.batches == o.files);
    REQUIRE(r.loss.size() == 40);
    const auto mean = [&r](std::size_t begin) {
        return (r.loss[begin] + r.loss[begin + 1] + r.loss[begin + 2] + r.loss[begin + 3] + r.loss[begin + 4]) / 5;
    };
    INFO("first five batches' loss " << mean(0) << ", last five " << mean(35));
    CHECK(mean(35) < 0.9f * mean(0)); // cross-entropy on the spirals falls
}

TEST_CASE(
    "with prefetching loader threads the trainer waits a smaller share of its time", "[training_memory][prefetch]")
{
    PrefetchOptions o;
    auto files = BatchFiles::create(o.shape, o.files, o.rowsPerFile, 3);
    REQUIRE(files.ok());
    // On a loaded machine one run can be disturbed by the scheduler: compare the least idle of three runs.
    double serialIdle = 1, prefetchedIdle = 1;
    for (int attempt = 0; attempt < 3; ++attempt) {
        o.loaderThreads = 0;
        const auto serial = runPrefetch(*files, o);
        o.loaderThreads = 2;
        const auto prefetched = runPrefetch(*files, o);
        REQUIRE(serial.batches == o.files);
        REQUIRE(prefetched.batches == o.files);
        CHECK(serial.error.code == ptlab::Error::Code::None);
        serialIdle = std::min(serialIdle, serial.idleShare);
        prefetchedIdle = std::min(prefetchedIdle, prefetched.idleShare);
        // every batch went through a loader track, and the trainer track has one wait per batch
        std::size_t loads = 0;
        for (std::size_t t = 1; t < prefetched.timeline.tracks().size(); ++t)
            for (const auto& s : prefetched.timeline.tracks()[t].spans)
                loads += s.name == "read + parse" ? 1 : 0;
        CHECK(loads == static_cast<std::size_t>(o.files));
        std::size_t waits = 0;
        for (const auto& s : prefetched.timeline.tracks()[0].spans)
            waits += s.name == "data wait" ? 1 : 0;
        CHECK(waits == static_cast<std::size_t>(o.files));
    }
    INFO("idle share without prefetch " << serialIdle << ", with " << prefetchedIdle);
    CHECK(prefetchedIdle < serialIdle);
}

TEST_CASE("a cancelled prefetch run stops loaders blocked on a full queue", "[training_memory][prefetch]")
{
    PrefetchOptions o;
    o.files = 12;
    o.queueCapacity = 1;
    o.loaderThreads = 3;
    std::atomic<bool> cancel { true };
    o.cancel = &cancel;
    auto files = BatchFiles::create(o.shape, o.files, 16, 3);
    REQUIRE(files.ok());
    const auto r = runPrefetch(*files, o);
    CHECK(r.cancelled);
    CHECK(r.batches == 0);
}

TEST_CASE("padding shares of random and bucketed batches on a known set", "[training_memory][batching]")
{
    const std::vector<int> lengths { 3, 30, 9, 17 };
    // in the given order, batches of 2: {3,30} pads to 32, {9,17} pads to 24
    const std::vector<std::vector<std::size_t>> given { { 0, 1 }, { 2, 3 } };
    const auto mixed = paddingStats(lengths, given, 8);
    CHECK(mixed.realTokens == 59);
    CHECK(mixed.paddedTokens == 2 * 32 + 2 * 24);
    CHECK(mixed.paddingShare() == Approx(53.0 / 112.0));
    // bucketed: {3,9} pads to 16, {17,30} pads to 32
    const auto bucketed = makeBatches(lengths, 2, BatchingStrategy::Bucketed, 1);
    const auto b = paddingStats(lengths, bucketed, 8);
    CHECK(b.paddedTokens == 2 * 16 + 2 * 32);
    CHECK(b.paddingShare() == Approx(37.0 / 96.0));
    // every sequence once
    std::multiset<std::size_t> seen;
    for (const auto& batch : makeBatches(lengths, 3, BatchingStrategy::Random, 9))
        seen.insert(batch.begin(), batch.end());
    CHECK(seen == std::multiset<std::size_t> { 0, 1, 2, 3 });
    // no padding multiple: {3,9} -> 9, {17,30} -> 30
    CHECK(paddingStats(lengths, bucketed, 1).paddedTokens == 2 * 9 + 2 * 30);
}

TEST_CASE("bucketing by length pads less than random batches on a corpus-like set", "[training_memory][batching]")
{
    BatchingOptions o;
    o.sequences = 400;
    o.width = 8;
    const auto lengths = sampleLengths(o.sequences, o.maxLength, o.seed);
    const auto random = runBatchingEpoch(lengths, BatchingStrategy::Random, o);
    const auto bucketed = runBatchingEpoch(lengths, BatchingStrategy::Bucketed, o);
    CHECK(random.stats.realTokens == bucketed.stats.realTokens);
    CHECK(bucketed.stats.paddingShare() < random.stats.paddingShare() / 2);
    CHECK(bucketed.stats.paddedTokens < random.stats.paddedTokens);
}

TEST_CASE(
    "a data-parallel run's profiler timeline exports as Chrome trace-event JSON and CSV", "[training_memory][profiler]")
{
    ZeroRunOptions o;
    o.workers = 2;
    o.steps = 3;
    o.stage = 0;
    SpanTimeline timeline({ "worker 0", "worker 1" });
    o.timeline = &timeline;
    const auto r = runZero(o);
    REQUIRE(r.stepsDone == 3);
    std::set<std::string> names;
    for (const auto& s : timeline.tracks()[1].spans)
        names.insert(s.name);
    CHECK(names == std::set<std::string> { "data wait", "forward", "backward", "all-reduce", "optimizer" });
    std::ostringstream out;
    timeline.toTrace("ptlab training").write(out);
    const auto doc = nlohmann::json::parse(out.str());
    REQUIRE(doc.at("traceEvents").is_array());
    int slices = 0;
    for (const auto& e : doc["traceEvents"]) {
        REQUIRE(e.at("ph").is_string());
        REQUIRE(e.at("pid").is_number_integer());
        REQUIRE(e.at("tid").is_number_integer());
        if (e["ph"] == "X") {
            ++slices;
            CHECK(e.at("ts").get<double>() >= 0);
            CHECK(e.at("dur").get<double>() >= 0);
        }
    }
    CHECK(slices == 2 * 3 * 5);
    const std::string csv = stepsCsv(r.steps);
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    CHECK(line == "step,loss,samples_per_second,memory_bytes");
    int rows = 0;
    while (std::getline(lines, line)) {
        ++rows;
        CHECK(line.find(',') != std::string::npos);
        CHECK(std::count(line.begin(), line.end(), ',') == 3);
    }
    CHECK(rows == 3);
}
