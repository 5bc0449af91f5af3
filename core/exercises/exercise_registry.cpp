#include "core/exercises/exercise.h"

#include "core/util/clocks.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ptlab::exercises {

double valueOf(const Values& values, std::string_view key, double fallback)
{
    for (const auto& v : values)
        if (v.key == key)
            return v.value;
    return fallback;
}

const std::vector<Generator>& generators()
{
    static const std::vector<Generator> all = {
        statesPinnedGenerator(),
        wordprocScalingGenerator(),
        hardwareParallelismGenerator(),
        forkSpawnGenerator(),
        contextSwitchGenerator(),
        workloadSpeedupGenerator(),
        trainingScalingGenerator(),
    };
    return all;
}

const Generator* findGenerator(std::string_view name)
{
    for (const auto& g : generators())
        if (g.name == name)
            return &g;
    return nullptr;
}

std::vector<const Generator*> generatorsForPage(std::string_view page)
{
    std::vector<const Generator*> found;
    for (const auto& g : generators())
        if (g.page == page)
            found.push_back(&g);
    return found;
}

Question generate(const Generator& generator, std::uint64_t seed)
{
    // Both halves of the 64-bit seed feed the engine: seeds that differ only above bit 31 differ too.
    std::seed_seq sequence { static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32) };
    Rng rng(sequence);
    Question q;
    q.generator = generator.name;
    q.seed = seed;
    q.params = generator.draw(rng);
    q.prediction = generator.prediction;
    q.text = fillText(generator.questionText, q.params);
    return q;
}

Answer run(const Generator& generator, const Question& question, const RunContext& context)
{
    Answer a;
    a.generator = generator.name;
    a.seed = question.seed;
    const double start = monotonicSeconds();
    auto measured = generator.measure(question.params, context);
    a.seconds = monotonicSeconds() - start;
    a.cancelled = context.cancelled();
    if (!measured) {
        a.error = measured.error();
        return a;
    }
    a.values = std::move(measured.value());
    a.measured = valueOf(a.values, "measured");
    Values all = question.params;
    all.insert(all.end(), a.values.begin(), a.values.end());
    a.explanation = fillText(generator.explanationText, all);
    context.report(1.0);
    return a;
}

Verdict judge(double predicted, double measured)
{
    Verdict v;
    v.predicted = predicted;
    v.measured = measured;
    const double scale = std::max(std::abs(measured), 1e-12);
    v.offPercent = std::abs(predicted - measured) / scale * 100.0;
    for (int band : { 10, 20, 50, 100 }) {
        if (v.offPercent <= band) {
            v.withinPercent = band;
            break;
        }
    }
    return v;
}

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return "-";
    const double rounded = std::round(value);
    char buf[64];
    std::to_chars_result r;
    if (std::abs(value - rounded) < 1e-9 || std::abs(value) >= 100) {
        r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(rounded));
    } else {
        // Three significant digits, written in fixed notation.
        const int digits = value == 0 ? 0 : static_cast<int>(std::floor(std::log10(std::abs(value))));
        const int decimals = std::clamp(2 - digits, 0, 6);
        r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
        // Trailing zeros say nothing: 0.250 -> 0.25
        char* end = r.ptr;
        if (std::find(buf, end, '.') != end) {
            while (end > buf && end[-1] == '0')
                --end;
            if (end > buf && end[-1] == '.')
                --end;
        }
        return std::string(buf, end);
    }
    return std::string(buf, r.ptr);
}

std::string fillText(std::string text, const Values& values)
{
    for (const auto& v : values) {
        // {key|word0|word1|...}: the word the value indexes.
        const std::string choice = "{" + v.key + "|";
        for (std::size_t at = text.find(choice); at != std::string::npos; at = text.find(choice, at)) {
            const std::size_t end = text.find('}', at);
            if (end == std::string::npos)
                break;
            std::vector<std::string> words;
            for (std::size_t from = at + choice.size();;) {
                const std::size_t bar = text.find('|', from);
                if (bar == std::string::npos || bar > end) {
                    words.push_back(text.substr(from, end - from));
                    break;
                }
                words.push_back(text.substr(from, bar - from));
                from = bar + 1;
            }
            const auto index = static_cast<std::size_t>(std::clamp(v.value, 0.0, double(words.size() - 1)));
            text.replace(at, end + 1 - at, words[index]);
            at += words[index].size();
        }
        const std::string placeholder = "{" + v.key + "}";
        const std::string number = formatNumber(v.value);
        for (std::size_t at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + number.size()))
            text.replace(at, placeholder.size(), number);
    }
    return text;
}

} // namespace ptlab::exercises
