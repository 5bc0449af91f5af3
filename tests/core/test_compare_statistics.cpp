#include "core/compare/result_io.h"
#include "core/compare/statistics.h"

#include <catch2/catch.hpp>

using namespace ptlab::compare;

TEST_CASE("compare statistics: min, median, p95, mean on known samples", "[compare]")
{
    // Out of order on purpose: summarize sorts.
    const Summary s = summarize({ 5, 1, 4, 2, 3 });
    CHECK(s.count == 5);
    CHECK(s.min == 1);
    CHECK(s.max == 5);
    CHECK(s.median == 3);
    CHECK(s.mean == Approx(3));
    CHECK(s.q1 == Approx(2));
    CHECK(s.q3 == Approx(4));
    CHECK(s.p95 == Approx(4.8)); // rank 0.95 * 4 = 3.8: between 4 and 5

    const Summary even = summarize({ 10, 20, 30, 40 });
    CHECK(even.median == Approx(25));
    CHECK(even.p95 == Approx(38.5));
    CHECK(even.mean == Approx(25));

    const Summary one = summarize({ 7 });
    CHECK(one.min == 7);
    CHECK(one.median == 7);
    CHECK(one.p95 == 7);

    const Summary none = summarize({});
    CHECK(none.count == 0);
    CHECK(none.median == 0);

    std::vector<double> hundred;
    for (int i = 1; i <= 100; ++i)
        hundred.push_back(i);
    const Summary h = summarize(hundred);
    CHECK(h.median == Approx(50.5));
    CHECK(h.p95 == Approx(95.05));
    CHECK(percentile({ 1, 2 }, 0) == 1);
    CHECK(percentile({ 1, 2 }, 100) == 2);
}

TEST_CASE("compare numbers are written the same under every locale and read back exactly", "[compare]")
{
    CHECK(formatNumber(0.5) == "0.5");
    CHECK(formatNumber(1234567.25) == "1234567.25");
    const double third = 1.0 / 3.0;
    CHECK(std::stod(formatNumber(third)) == third);
}

TEST_CASE("compare results round-trip through JSON and CSV", "[compare]")
{
    ExperimentResult r;
    r.name = "ipc";
    r.unit = "MB/s";
    r.runs = 3;
    r.method = "a method, with a comma and \"quotes\"";
    Variant v;
    v.id = "pipe-processes-bw-64";
    v.label = "pipe, processes, 64 B";
    v.series = "pipe, processes";
    v.param = 64;
    v.unit = "MB/s";
    v.samples = { 1.0 / 3.0, 2.5, 1e-7 };
    v.summary = summarize(v.samples);
    Variant failed;
    failed.id = "shm";
    failed.label = "shared, \"ring\"";
    failed.unit = "us";
    failed.error = "mmap: Cannot allocate memory, really";
    r.variants = { v, failed };
    r.facts = { { "cpus", 2, "two, as seen" } };

    SECTION("JSON")
    {
        auto back = importJson(exportJson({ r }, describeMachine()));
        REQUIRE(back);
        REQUIRE(back->size() == 1);
        const auto& b = back->front();
        CHECK(b.name == "ipc");
        CHECK(b.method == r.method);
        REQUIRE(b.variants.size() == 2);
        CHECK(b.variants[0].samples == v.samples);
        CHECK(b.variants[0].series == v.series);
        CHECK(b.variants[0].param == 64);
        CHECK(b.variants[0].summary.median == v.summary.median);
        CHECK(b.variants[1].error == failed.error);
        REQUIRE(b.facts.size() == 1);
        CHECK(b.facts[0].value == 2);
        CHECK(b.facts[0].text == "two, as seen");
    }
    SECTION("CSV")
    {
        const std::string csv = exportCsv({ r });
        auto back = importCsv(csv);
        INFO(csv << (back ? std::string() : back.error().message));
        REQUIRE(back);
        REQUIRE(back->size() == 1);
        const auto& b = back->front();
        REQUIRE(b.variants.size() == 2);
        CHECK(b.variants[0].samples == v.samples);
        CHECK(b.variants[0].label == v.label);
        CHECK(b.variants[1].label == failed.label);
        CHECK(b.variants[1].error == failed.error);
        CHECK(b.variants[1].samples.empty());
        REQUIRE(b.facts.size() == 1);
        CHECK(b.facts[0].text == "two, as seen");
    }
    SECTION("bad input is an error value")
    {
        CHECK_FALSE(importJson("{ not json"));
        CHECK_FALSE(importCsv("a,b\n1,2\n"));
    }
}

TEST_CASE("compare import takes only the numbers export writes", "[compare]")
{
    // tests/fuzz/corpus/read_back/regression-*: importCsv read "nan" and "inf" (from_chars does), which
    // export writes as 0, so a file did not survive its own round trip; importJson cast 1e30 to int
    // (undefined behaviour, reported by UBSan) and took 2.5 runs as 2.
    const std::string header
        = "experiment,kind,id,label,series,param,unit,count,min,q1,median,q3,p95,max,mean,samples,text\n";
    CHECK(importCsv(header + "x,variant,a,b,,0,us,1,1,1,1,1,1,1,1,1;2,\n"));
    for (const char* row :
        { "x,variant,a,b,,0,us,1,1,1,1,1,1,1,1,1;nan,\n", "x,variant,a,b,,inf,us,1,1,1,1,1,1,1,1,1,\n",
            "x,fact,k,,,,,,,,,,,,,-inf,text\n", "x,variant,a,b,,0,us,1,1,1,1,1,1,1,1,1e400,\n" }) {
        INFO(row);
        CHECK_FALSE(importCsv(header + row));
    }

    const auto result = [](const std::string& fields) { return R"({"results": [{"bench": "x", )" + fields + "}]}"; };
    CHECK(importJson(result(R"("runs": 3, "warmup": 1, "variants": [{"id": "a", "samples": [1, 2.5]}])")));
    for (const std::string fields : {
             R"("runs": 1e30, "variants": [])",
             R"("runs": 2.5, "variants": [])",
             R"("warmup": 4294967296, "variants": [])",
             R"("runs": -3000000000, "variants": [])",
             R"("variants": [], "error": {"errno": 1e19})",
         }) {
        INFO(fields);
        CHECK_FALSE(importJson(result(fields)));
    }
}
