#include "core/compare/result_io.h"

#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <system_error>

namespace ptlab::compare {

using nlohmann::json;

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return "0";
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::string("0");
}

namespace {

// Finite numbers only: from_chars also reads "nan" and "inf", which formatNumber never writes and which
// would leave the statistics of a variant undefined.
bool parseNumber(std::string_view text, double& out)
{
    if (text.empty())
        return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

// A field of an imported JSON file that is present but cannot be what export writes there.
struct BadField : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// nlohmann converts any number to int by a plain cast, and 1e30 to int is undefined behaviour. Export
// writes whole numbers in int's range there.
int intField(const json& j, const char* key)
{
    if (!j.contains(key))
        return 0;
    const json& v = j.at(key);
    if (v.is_number_unsigned() && v.get<std::uint64_t>() <= static_cast<std::uint64_t>(INT_MAX))
        return static_cast<int>(v.get<std::uint64_t>());
    if (v.is_number_integer() && !v.is_number_unsigned() && v.get<std::int64_t>() >= INT_MIN
        && v.get<std::int64_t>() <= INT_MAX)
        return static_cast<int>(v.get<std::int64_t>());
    throw BadField(std::string("\"") + key + "\" is not a whole number in range");
}

json summaryJson(const Summary& s)
{
    return { { "count", s.count }, { "min", s.min }, { "q1", s.q1 }, { "median", s.median }, { "q3", s.q3 },
        { "p95", s.p95 }, { "max", s.max }, { "mean", s.mean } };
}

} // namespace

json toJson(const ExperimentResult& r)
{
    json variants = json::array();
    for (const auto& v : r.variants) {
        json j = { { "id", v.id }, { "label", v.label }, { "unit", v.unit }, { "samples", v.samples } };
        if (!v.series.empty()) {
            j["series"] = v.series;
            j["param"] = v.param;
        }
        j.update(summaryJson(v.summary));
        if (!v.error.empty())
            j["error"] = v.error;
        variants.push_back(std::move(j));
    }
    json facts = json::array();
    for (const auto& f : r.facts) {
        json j = { { "key", f.key }, { "value", f.value } };
        if (!f.text.empty())
            j["text"] = f.text;
        facts.push_back(std::move(j));
    }
    json doc
        = { { "bench", r.name }, { "unit", r.unit }, { "runs", r.runs }, { "warmup", r.warmup }, { "method", r.method },
              { "seconds", r.seconds }, { "cancelled", r.cancelled }, { "variants", variants }, { "facts", facts } };
    if (r.error)
        doc["error"] = { { "message", r.error->message }, { "errno", r.error->errnum } };
    return doc;
}

json toJson(const MachineInfo& m)
{
    return { { "cpu_model", m.cpuModel }, { "logical_cpus", m.logicalCpus }, { "hypervisor_flag", m.hypervisorFlag },
        { "virtualization", m.virtualization }, { "kernel", m.kernel } };
}

std::string exportJson(const std::vector<ExperimentResult>& results, const MachineInfo& machine)
{
    json list = json::array();
    for (const auto& r : results)
        list.push_back(toJson(r));
    const json doc = { { "ptlab_compare", 1 }, { "machine", toJson(machine) }, { "results", list } };
    return doc.dump(2) + '\n';
}

Result<std::vector<ExperimentResult>> importJson(const std::string& text)
{
    try {
        const json doc = json::parse(text);
        std::vector<ExperimentResult> out;
        for (const auto& j : doc.at("results")) {
            ExperimentResult r;
            r.name = j.at("bench").get<std::string>();
            r.unit = j.value("unit", "");
            r.runs = intField(j, "runs");
            r.warmup = intField(j, "warmup");
            r.method = j.value("method", "");
            r.seconds = j.value("seconds", 0.0);
            r.cancelled = j.value("cancelled", false);
            if (j.contains("error"))
                r.error = Error { Error::Code::Internal, intField(j["error"], "errno"),
                    j["error"].value("message", std::string()) };
            for (const auto& jv : j.at("variants")) {
                Variant v;
                v.id = jv.at("id").get<std::string>();
                v.label = jv.value("label", "");
                v.unit = jv.value("unit", "");
                v.series = jv.value("series", "");
                v.param = jv.value("param", 0.0);
                v.samples = jv.at("samples").get<std::vector<double>>();
                v.error = jv.value("error", "");
                v.summary = summarize(v.samples);
                r.variants.push_back(std::move(v));
            }
            for (const auto& jf : j.value("facts", json::array()))
                r.facts.push_back({ jf.at("key").get<std::string>(), jf.value("value", 0.0), jf.value("text", "") });
            out.push_back(std::move(r));
        }
        return out;
    } catch (const json::exception& e) {
        return Error { Error::Code::Parse, 0, std::string("not a ptlab comparison file: ") + e.what() };
    } catch (const BadField& e) {
        return Error { Error::Code::Parse, 0, std::string("not a ptlab comparison file: ") + e.what() };
    }
}

namespace {

const char* const CsvHeader
    = "experiment,kind,id,label,series,param,unit,count,min,q1,median,q3,p95,max,mean,samples,text";

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

// RFC 4180 records: quoted fields may hold commas, quotes ("") and newlines.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            if (any || !field.empty()) {
                row.push_back(std::move(field));
                rows.push_back(std::move(row));
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::string exportCsv(const std::vector<ExperimentResult>& results)
{
    std::string out = std::string(CsvHeader) + '\n';
    for (const auto& r : results) {
        for (const auto& v : r.variants) {
            std::string samples;
            for (double s : v.samples)
                samples += (samples.empty() ? "" : ";") + formatNumber(s);
            const Summary& s = v.summary;
            out += csvField(r.name) + ",variant," + csvField(v.id) + ',' + csvField(v.label) + ',' + csvField(v.series)
                + ',' + formatNumber(v.param) + ',' + csvField(v.unit) + ',' + std::to_string(s.count) + ','
                + formatNumber(s.min) + ',' + formatNumber(s.q1) + ',' + formatNumber(s.median) + ','
                + formatNumber(s.q3) + ',' + formatNumber(s.p95) + ',' + formatNumber(s.max) + ','
                + formatNumber(s.mean) + ',' + samples + ',' + csvField(v.error) + '\n';
        }
        for (const auto& f : r.facts)
            out += csvField(r.name) + ",fact," + csvField(f.key) + ",,,,," + ",,,,,,,," + formatNumber(f.value) + ','
                + csvField(f.text) + '\n';
    }
    return out;
}

Result<std::vector<ExperimentResult>> importCsv(const std::string& text)
{
    const auto rows = parseCsv(text);
    if (rows.empty() || rows[0].size() != 17 || rows[0][0] != "experiment")
        return Error { Error::Code::Parse, 0, "not a ptlab comparison CSV (wrong header)" };
    std::vector<ExperimentResult> out;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& f = rows[i];
        if (f.size() != 17)
            return Error { Error::Code::Parse, 0, "line " + std::to_string(i + 1) + " does not have 17 fields" };
        if (out.empty() || out.back().name != f[0]) {
            out.emplace_back();
            out.back().name = f[0];
        }
        ExperimentResult& r = out.back();
        if (f[1] == "fact") {
            Fact fact;
            fact.key = f[2];
            if (!parseNumber(f[15], fact.value))
                return Error { Error::Code::Parse, 0, "line " + std::to_string(i + 1) + ": bad fact value" };
            fact.text = f[16];
            r.facts.push_back(std::move(fact));
            continue;
        }
        Variant v;
        v.id = f[2];
        v.label = f[3];
        v.series = f[4];
        if (!f[5].empty() && !parseNumber(f[5], v.param))
            return Error { Error::Code::Parse, 0, "line " + std::to_string(i + 1) + ": bad param" };
        v.unit = f[6];
        std::string_view samples = f[15];
        while (!samples.empty()) {
            const auto semi = samples.find(';');
            double x = 0;
            if (!parseNumber(samples.substr(0, semi), x))
                return Error { Error::Code::Parse, 0, "line " + std::to_string(i + 1) + ": bad sample" };
            v.samples.push_back(x);
            samples = semi == std::string_view::npos ? std::string_view() : samples.substr(semi + 1);
        }
        v.error = f[16];
        v.summary = summarize(v.samples);
        if (r.unit.empty())
            r.unit = v.unit;
        r.variants.push_back(std::move(v));
    }
    return out;
}

} // namespace ptlab::compare
