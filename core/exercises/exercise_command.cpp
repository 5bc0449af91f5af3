#include "core/exercises/exercise_command.h"

#include "core/exercises/exercise.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <ostream>

namespace ptlab::exercises {

namespace {

struct Options
{
    std::string name;
    std::uint64_t seed = 1;
    double predict = 0;
    bool predicted = false;
    bool json = false;
};

nlohmann::json valuesJson(const Values& values)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto& v : values)
        j[v.key] = v.value;
    return j;
}

int list(const Options& o, cli::Io io)
{
    if (o.json) {
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& g : generators())
            arr.push_back(
                { { "name", g.name }, { "page", g.page }, { "summary", g.summary }, { "unit", g.prediction.unit } });
        io.out << nlohmann::json { { "exercises", std::move(arr) } }.dump() << '\n';
        return cli::ExitOk;
    }
    std::size_t width = 0;
    for (const auto& g : generators())
        width = std::max(width, g.name.size());
    for (const auto& g : generators())
        io.out << g.name << std::string(width + 2 - g.name.size(), ' ') << g.summary << " [" << g.page << "]\n";
    return cli::ExitOk;
}

int runOne(const Options& o, cli::Io io)
{
    const Generator* g = findGenerator(o.name);
    if (!g) {
        io.err << "ptlab exercise: no exercise named '" << o.name << "'. The exercises:";
        for (const auto& each : generators())
            io.err << ' ' << each.name;
        io.err << " (or 'list')\n";
        return cli::ExitUsage;
    }
    const Question q = generate(*g, o.seed);
    if (!o.json) {
        io.out << "Exercise " << g->name << ", seed " << o.seed << "\n"
               << q.text << "\n(answer in " << q.prediction.unit << ")\n"
               << std::flush;
    }
    const Answer a = run(*g, q);
    if (a.error) {
        io.err << "ptlab exercise: " << a.error->message << '\n';
        return cli::ExitFailure;
    }
    std::optional<Verdict> verdict;
    if (o.predicted)
        verdict = judge(o.predict, a.measured);
    if (o.json) {
        nlohmann::json doc = {
            { "name", g->name },
            { "page", g->page },
            { "seed", o.seed },
            { "question", q.text },
            { "params", valuesJson(q.params) },
            { "unit", q.prediction.unit },
            { "answer",
                { { "measured", a.measured }, { "unit", q.prediction.unit }, { "values", valuesJson(a.values) },
                    { "explanation", a.explanation }, { "seconds", a.seconds } } },
        };
        if (verdict)
            doc["prediction"] = { { "predicted", verdict->predicted }, { "off_percent", verdict->offPercent },
                { "within_percent", verdict->withinPercent } };
        io.out << doc.dump() << '\n';
        return cli::ExitOk;
    }
    io.out << "\nMeasured: " << formatNumber(a.measured) << ' ' << q.prediction.unit << '\n';
    if (verdict) {
        io.out << "Your prediction: " << formatNumber(verdict->predicted) << ' ' << q.prediction.unit << ", "
               << formatNumber(verdict->offPercent) << " % off";
        if (verdict->withinPercent > 0)
            io.out << " (within " << verdict->withinPercent << " %)";
        io.out << '\n';
    }
    io.out << a.explanation << '\n';
    return cli::ExitOk;
}

} // namespace

cli::Command exerciseCommand()
{
    return { "exercise", "a question from a seed, then the real experiment that answers it",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<Options>();
            app.footer("'ptlab exercise list' names the exercises, one a line. 'ptlab exercise NAME --seed N' prints\n"
                       "the question that seed draws (the same seed, the same question), runs the experiment on this\n"
                       "machine and prints the measured answer with its explanation; --predict X also says how far\n"
                       "X was. --json: one object with \"name\", \"seed\", \"question\", \"params\", \"unit\" and\n"
                       "\"answer\" (\"measured\", \"values\", \"explanation\"). Exit code 2: an unknown name.");
            app.add_option("name", o->name, "'list', or the exercise to run")->required();
            app.add_option("--seed", o->seed, "draws the question's numbers")->capture_default_str();
            CLI::Option* predict = app.add_option("--predict", o->predict, "your prediction, in the question's unit");
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io, predict] {
                o->predicted = predict->count() > 0;
                return o->name == "list" ? list(*o, io) : runOne(*o, io);
            };
        } };
}

} // namespace ptlab::exercises
