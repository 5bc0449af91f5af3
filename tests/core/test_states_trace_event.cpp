#include "core/util/trace_event.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using ptlab::TraceWriter;

TEST_CASE("trace writer emits valid Chrome trace-event JSON with named tracks and complete slices", "[trace]")
{
    TraceWriter w;
    w.nameProcess(1, "ptlab states");
    w.nameThread(1, 7, "thread #7", 0);
    w.addSlice(1, 7, "running", "state", 10.5, 4000, { { "cpu", 1 } });
    w.addSlice(1, 7, "ready", "state", 4010.5, 250);
    std::ostringstream out;
    w.write(out);
    const auto doc = nlohmann::json::parse(out.str());
    REQUIRE(doc.at("traceEvents").is_array());
    int slices = 0, names = 0;
    for (const auto& e : doc["traceEvents"]) {
        REQUIRE(e.at("ph").is_string());
        REQUIRE(e.at("pid").is_number_integer());
        REQUIRE(e.at("tid").is_number_integer());
        if (e["ph"] == "X") {
            ++slices;
            REQUIRE(e.at("ts").is_number());
            REQUIRE(e.at("dur").get<double>() >= 0);
            REQUIRE(e.at("name").is_string());
            REQUIRE(e.at("cat") == "state");
        } else {
            REQUIRE(e["ph"] == "M");
            ++names;
            REQUIRE(e.at("args").is_object());
        }
    }
    CHECK(slices == 2);
    CHECK(names == 3);
    CHECK(w.sliceCount() == 2);
}
