#include "core/training/trainer.h"

#include "core/training/crew.h"

#include <algorithm>
#include <limits>

namespace ptlab::training {

namespace detail {
Result<TrainReport> runData(const TrainConfig& config, const TrainHooks& hooks);
Result<TrainReport> runDataProcesses(const TrainConfig& config, const TrainHooks& hooks);
Result<TrainReport> runTensor(const TrainConfig& config, const TrainHooks& hooks);
Result<TrainReport> runPipeline(const TrainConfig& config, const TrainHooks& hooks);

} // namespace detail

void finishTimes(const TrainConfig& config, const std::vector<double>& stepEnds, TrainReport& report)
{
    report.stepsDone = static_cast<int>(stepEnds.size());
    if (stepEnds.empty())
        return;
    report.seconds = stepEnds.back();
    // Step 1 pays for first-touch page faults and cold caches; measure the steady state after it.
    const bool skipFirst = stepEnds.size() >= 2;
    const double span = skipFirst ? stepEnds.back() - stepEnds.front() : stepEnds.back();
    const double samples
        = static_cast<double>(config.batch) * static_cast<double>(stepEnds.size() - (skipFirst ? 1 : 0));
    report.samplesPerSecond = span > 0 ? samples / span : 0;
    report.gflops = report.samplesPerSecond * config.shape.flopsPerSample() / 1e9;
}
const char* modeName(Mode m)
{
    switch (m) {
    case Mode::Single:
        return "single";
    case Mode::Data:
        return "data";
    case Mode::Tensor:
        return "tensor";
    case Mode::Pipeline:
        return "pipeline";
    case Mode::Hybrid:
        return "hybrid";
    }
    return "single";
}

std::optional<Mode> parseMode(const std::string& name)
{
    for (Mode m : { Mode::Single, Mode::Data, Mode::Tensor, Mode::Pipeline, Mode::Hybrid })
        if (name == modeName(m))
            return m;
    return std::nullopt;
}

int TrainConfig::dataGroups() const
{
    switch (mode) {
    case Mode::Single:
    case Mode::Tensor:
    case Mode::Pipeline:
        return 1;
    case Mode::Data:
        return workers;
    case Mode::Hybrid:
        return std::max(1, workers / std::max(1, stages));
    }
    return 1;
}

int TrainConfig::threads() const
{
    switch (mode) {
    case Mode::Single:
        return 1;
    case Mode::Data:
    case Mode::Tensor:
        return workers;
    case Mode::Pipeline:
        return stages;
    case Mode::Hybrid:
        return dataGroups() * stages;
    }
    return 1;
}

Result<void> validateConfig(const TrainConfig& c)
{
    auto bad = [](const std::string& why) { return Error { Error::Code::InvalidArgument, 0, why }; };
    if (c.shape.layers() < 1 || c.shape.widths.front() != 2)
        return bad("the model needs at least one layer and 2 inputs");
    if (c.steps < 1 || c.batch < 1)
        return bad("steps and batch must be positive");
    if (c.workers < 1 || c.workers > 64)
        return bad("workers must be between 1 and 64");
    const int groups = c.dataGroups();
    if (c.batch < groups)
        return bad("the batch is smaller than the number of data-parallel workers");
    if (c.mode == Mode::Pipeline || c.mode == Mode::Hybrid) {
        if (c.stages < 1 || c.stages > c.shape.layers())
            return bad("stages must be between 1 and the number of layers (" + std::to_string(c.shape.layers()) + ")");
        if (c.microbatches < 1 || c.batch / groups < c.microbatches)
            return bad("each pipeline needs at least one sample per micro-batch");
        if (c.mode == Mode::Hybrid && c.workers % c.stages != 0)
            return bad("hybrid: workers must be a multiple of stages (groups × stages)");
    }
    return {};
}

std::vector<std::pair<int, int>> balanceStages(const ModelShape& shape, int stages)
{
    // Minimise the largest stage (L ≤ a handful of layers: a small dynamic programme).
    const int L = shape.layers();
    std::vector<double> prefix(static_cast<std::size_t>(L) + 1, 0);
    for (int l = 0; l < L; ++l)
        prefix[static_cast<std::size_t>(l) + 1] = prefix[static_cast<std::size_t>(l)] + shape.forwardFlopsPerSample(l);
    const double inf = std::numeric_limits<double>::infinity();
    // best[s][l]: the smallest possible maximum for the first l layers in s stages; cut[s][l] its last cut.
    std::vector<std::vector<double>> best(
        static_cast<std::size_t>(stages) + 1, std::vector<double>(static_cast<std::size_t>(L) + 1, inf));
    std::vector<std::vector<int>> cut(
        static_cast<std::size_t>(stages) + 1, std::vector<int>(static_cast<std::size_t>(L) + 1, 0));
    best[0][0] = 0;
    for (int s = 1; s <= stages; ++s)
        for (int l = s; l <= L; ++l)
            for (int k = s - 1; k < l; ++k) {
                const double v = std::max(best[static_cast<std::size_t>(s) - 1][static_cast<std::size_t>(k)],
                    prefix[static_cast<std::size_t>(l)] - prefix[static_cast<std::size_t>(k)]);
                if (v < best[static_cast<std::size_t>(s)][static_cast<std::size_t>(l)]) {
                    best[static_cast<std::size_t>(s)][static_cast<std::size_t>(l)] = v;
                    cut[static_cast<std::size_t>(s)][static_cast<std::size_t>(l)] = k;
                }
            }
    std::vector<std::pair<int, int>> ranges(static_cast<std::size_t>(stages));
    int end = L;
    for (int s = stages; s >= 1; --s) {
        const int begin = cut[static_cast<std::size_t>(s)][static_cast<std::size_t>(end)];
        ranges[static_cast<std::size_t>(s) - 1] = { begin, end };
        end = begin;
    }
    return ranges;
}

DataParallelReplica::DataParallelReplica(const TrainConfig& config, int rank, int ranks)
    : m_config(config)
    , m_rank(rank)
    , m_ranks(ranks)
    , m_data(makeSpirals(config.datasetSize, config.shape.widths.back(), 0.04f, config.seed + 1))
    , m_model(config.shape, config.seed)
    , m_optimizer(config.optimizer, config.shape.parameterCount())
    , m_grad(config.shape.parameterCount(), 0.0f)
{ }

int DataParallelReplica::shardSize() const
{
    const auto [b, e] = shardRange(m_config.batch, m_rank, m_ranks);
    return e - b;
}

float DataParallelReplica::computeGradient(int step)
{
    const auto [b, e] = shardRange(m_config.batch, m_rank, m_ranks);
    const Batch shard = batchSlice(m_data, step, m_config.batch, b, e);
    std::fill(m_grad.begin(), m_grad.end(), 0.0f);
    return m_model.lossAndGradient(shard, 1.0f / static_cast<float>(m_config.batch), m_grad);
}

void DataParallelReplica::applyGradient(int step)
{
    m_optimizer.update(m_model.parameters(), m_grad, step + 1);
}

Result<TrainReport> train(const TrainConfig& config, const TrainHooks& hooks)
{
    if (auto ok = validateConfig(config); !ok)
        return ok.error();
    switch (config.mode) {
    case Mode::Single:
    case Mode::Data:
        return config.processes && config.mode == Mode::Data ? detail::runDataProcesses(config, hooks)
                                                             : detail::runData(config, hooks);
    case Mode::Tensor:
        return detail::runTensor(config, hooks);
    case Mode::Pipeline:
    case Mode::Hybrid:
        return detail::runPipeline(config, hooks);
    }
    return Error { Error::Code::InvalidArgument, 0, "unknown mode" };
}

} // namespace ptlab::training
