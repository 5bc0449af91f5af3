#pragma once

#include "core/util/error.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::exercises {

// A named number: a question's parameter ("threads" = 3) or a measured value ("cpu_each_s" = 0.66).
struct Value
{
    std::string key;
    double value = 0;
};
using Values = std::vector<Value>;

[[nodiscard]] double valueOf(const Values& values, std::string_view key, double fallback = 0);

// What the student predicts: one number in a unit, within a sensible range.
struct Prediction
{
    std::string unit; // "s", "x" (a ratio), "CPUs"
    double min = 0;
    double max = 100;
    int decimals = 1; // for the input field
};

// A question drawn from a seed: the same generator and seed give the same question on every machine.
struct Question
{
    std::string generator;
    std::uint64_t seed = 0;
    Values params; // drawn from the seed, in the order the text uses them
    Prediction prediction;
    std::string text; // English, parameters filled in (the command line); the ui words its own
};

// What the run measured. `measured` is the number to set beside the prediction (same unit).
struct Answer
{
    std::string generator;
    std::uint64_t seed = 0;
    double measured = 0;
    Values values; // every measured (and derived) number, by key
    std::string explanation; // English, filled in
    double seconds = 0; // wall time of the run
    bool cancelled = false;
    std::optional<Error> error; // the experiment could not run here
};

// Passed to a run: a cancel flag checked in its loops, and progress 0..1 (any thread).
struct RunContext
{
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(double)> progress;

    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

using Rng = std::mt19937;

// One generator. Texts are English data with {key} placeholders filled from the question's params
// and the answer's values; the ui translates its own wording of the same sentences.
struct Generator
{
    std::string name; // "states-pinned": the command-line name
    std::string page; // the demo page it belongs to: "states", "wordproc", "hardware", "compare", "apps", "training"
    std::string summary; // one line for `ptlab exercise list`
    std::string questionText;
    std::string explanationText;
    Prediction prediction;
    std::function<Values(Rng&)> draw; // small fixed ranges: a run takes a few seconds at most
    // Runs the experiment for real; the returned values must hold "measured".
    std::function<Result<Values>(const Values& params, const RunContext& context)> measure;
};

[[nodiscard]] const std::vector<Generator>& generators();
[[nodiscard]] const Generator* findGenerator(std::string_view name);
[[nodiscard]] std::vector<const Generator*> generatorsForPage(std::string_view page);

[[nodiscard]] Question generate(const Generator& generator, std::uint64_t seed);
// Runs on the calling thread until done or cancelled (then `cancelled` holds and the values may be partial).
[[nodiscard]] Answer run(const Generator& generator, const Question& question, const RunContext& context = {});

// How far a prediction is from the measurement.
struct Verdict
{
    double predicted = 0;
    double measured = 0;
    double offPercent = 0; // |predicted - measured| / |measured| x 100
    int withinPercent = 0; // 10, 20, 50 or 100: the smallest band it falls in; 0: further off than 100 %
};
[[nodiscard]] Verdict judge(double predicted, double measured);

// Replaces {key} with the value, locale-independent ("0.25", "3", "1.2e+03" never; 3 significant digits).
[[nodiscard]] std::string fillText(std::string text, const Values& values);
[[nodiscard]] std::string formatNumber(double value);

// The draws every generator uses: an element of a small list, from the seeded engine.
template <typename T> T pick(Rng& rng, std::initializer_list<T> choices)
{
    return choices.begin()[rng() % choices.size()];
}

// Each generator, defined in the file of its page.
Generator statesPinnedGenerator();
Generator hardwareParallelismGenerator();
Generator forkSpawnGenerator();
Generator contextSwitchGenerator();
Generator workloadSpeedupGenerator();
Generator trainingScalingGenerator();
Generator wordprocScalingGenerator();

} // namespace ptlab::exercises
