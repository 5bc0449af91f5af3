// Files ptlab writes and reads back: the Compare page's exported results (importJson, importCsv) and the
// prefetch demo's batch files (loadBatchFile, through a real file). Every input goes to all three.
// A result that imports must export and import again to the same values: import accepts only what
// export can write.
#include "core/compare/machine_info.h"
#include "core/compare/result_io.h"
#include "core/training_memory/prefetch.h"
#include "tests/fuzz/fuzz_support.h"

#include <cstring>

using namespace ptlab;
using compare::ExperimentResult;

namespace {

bool sameNumber(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || a == b;
}

bool sameSamples(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!sameNumber(a[i], b[i]))
            return false;
    return true;
}

// What both formats carry: names, variants with their samples, facts.
bool sameResults(const std::vector<ExperimentResult>& a, const std::vector<ExperimentResult>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto &x = a[i], &y = b[i];
        if (x.name != y.name || x.variants.size() != y.variants.size() || x.facts.size() != y.facts.size())
            return false;
        for (std::size_t v = 0; v < x.variants.size(); ++v) {
            const auto &p = x.variants[v], &q = y.variants[v];
            if (p.id != q.id || p.label != q.label || p.unit != q.unit || p.series != q.series || p.error != q.error
                || !sameSamples(p.samples, q.samples) || (!p.series.empty() && !sameNumber(p.param, q.param)))
                return false;
        }
        for (std::size_t f = 0; f < x.facts.size(); ++f) {
            const auto &p = x.facts[f], &q = y.facts[f];
            if (p.key != q.key || p.text != q.text || !sameNumber(p.value, q.value))
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::ScratchFile batchFile(".csv");
    const std::string text(fuzz::asText(data, size));

    if (auto results = compare::importJson(text)) {
        const compare::MachineInfo machine;
        auto again = compare::importJson(compare::exportJson(*results, machine));
        PTLAB_FUZZ_CHECK(again.ok());
        PTLAB_FUZZ_CHECK(sameResults(*results, *again));
    }
    if (auto results = compare::importCsv(text)) {
        auto again = compare::importCsv(compare::exportCsv(*results));
        PTLAB_FUZZ_CHECK(again.ok());
        PTLAB_FUZZ_CHECK(sameResults(*results, *again));
    }

    const std::string& path = batchFile.write(text);
    for (const auto& [inputs, classes] : { std::pair { 2, 3 }, std::pair { 4, 2 } }) {
        if (auto batch = training_memory::loadBatchFile(path, inputs, classes)) {
            // One column per sample, one label per column, every label a class.
            PTLAB_FUZZ_CHECK(batch->x.rows() == inputs);
            PTLAB_FUZZ_CHECK(batch->labels.size() == static_cast<std::size_t>(batch->size()));
            for (int label : batch->labels)
                PTLAB_FUZZ_CHECK(label >= 0 && label < classes);
        }
    }
    return 0;
}
