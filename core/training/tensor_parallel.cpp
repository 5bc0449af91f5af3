// Tensor (model) parallelism: every layer's W and b split by output rows across N workers (Megatron's
// column-parallel layer, with W stored out × in). Forward: each worker computes its rows of the
// layer's output, written into a shared activation (an all-gather over shared memory). Backward: each
// worker's rows give its own weight gradient (no communication) and a PARTIAL input gradient Wᵣᵀ·dzᵣ;
// the partials are summed by a reduce-scatter (worker r sums column chunk r) and an all-gather.

#include "core/training/crew.h"
#include "core/training/dataset.h"

#include <algorithm>
#include <barrier>

namespace ptlab::training::detail {

namespace {

struct Slice
{
    int rows = 0;
    int begin = 0;
    Matrix w; // rows × in
    Vector b;
    Matrix gw;
    Vector gb;
};

} // namespace

Result<TrainReport> runTensor(const TrainConfig& config, const TrainHooks& hooks)
{
    const int n = config.workers;
    const ModelShape& shape = config.shape;
    const int L = shape.layers();
    TrainReport report;
    report.config = config;
    report.parameterBytes = shape.parameterCount() * sizeof(float);
    const Dataset data = makeSpirals(config.datasetSize, shape.widths.back(), 0.04f, config.seed + 1);

    // Each worker takes its rows out of the same initial model, then owns them.
    Mlp initial(shape, config.seed);
    std::vector<std::vector<Slice>> slices(
        static_cast<std::size_t>(n), std::vector<Slice>(static_cast<std::size_t>(L)));
    for (int r = 0; r < n; ++r)
        for (int l = 0; l < L; ++l) {
            const auto [b, e] = shardRange(shape.outputs(l), r, n);
            Slice& sl = slices[static_cast<std::size_t>(r)][static_cast<std::size_t>(l)];
            sl.rows = e - b;
            sl.begin = b;
            sl.w = initial.weight(l).middleRows(b, e - b);
            sl.b = initial.bias(l).segment(b, e - b);
            report.slices.push_back({ l, r, b, e });
        }
    // Shared between the workers: full activations, and the partial input gradients.
    std::vector<Matrix> act(static_cast<std::size_t>(L) + 1);
    std::vector<Matrix> partial(static_cast<std::size_t>(n));
    Matrix dShared;
    std::vector<std::uint64_t> sent(static_cast<std::size_t>(n), 0), sentStep(static_cast<std::size_t>(n), 0);
    std::vector<std::vector<WorkerSpan>> spans(static_cast<std::size_t>(n));
    std::barrier<> sync(n);

    StepLedger ledger(n, config, hooks, report);
    Crew crew(n, hooks, "tensor-parallel worker", [&](int r) {
        auto& mine = slices[static_cast<std::size_t>(r)];
        std::vector<Optimizer> opt;
        for (int l = 0; l < L; ++l)
            opt.emplace_back(config.optimizer,
                static_cast<std::size_t>(
                    mine[static_cast<std::size_t>(l)].w.size() + mine[static_cast<std::size_t>(l)].rows));
        std::vector<Matrix> z(static_cast<std::size_t>(L));
        std::vector<float> flat;
        for (int step = 0;; ++step) {
            const double t0 = ledger.now();
            double comm = 0;
            std::uint64_t bytes = 0;
            const Batch batch = batchSlice(data, step, config.batch, 0, config.batch);
            if (r == 0)
                act[0] = batch.x;
            sync.arrive_and_wait();
            for (int l = 0; l < L; ++l) {
                Slice& sl = mine[static_cast<std::size_t>(l)];
                Matrix& zl = z[static_cast<std::size_t>(l)];
                zl.noalias() = sl.w * act[static_cast<std::size_t>(l)];
                zl.colwise() += sl.b;
                if (r == 0)
                    act[static_cast<std::size_t>(l) + 1].resize(shape.outputs(l), config.batch);
                sync.arrive_and_wait();
                Matrix& out = act[static_cast<std::size_t>(l) + 1];
                if (l == L - 1)
                    out.middleRows(sl.begin, sl.rows) = zl;
                else if (shape.hidden == Activation::Relu)
                    out.middleRows(sl.begin, sl.rows) = zl.cwiseMax(0.0f);
                else
                    out.middleRows(sl.begin, sl.rows) = zl.array().tanh().matrix();
                const double c0 = ledger.now();
                sync.arrive_and_wait(); // all-gather done: every worker reads the whole activation next
                comm += ledger.now() - c0;
                bytes += static_cast<std::uint64_t>(out.size() - sl.rows * out.cols()) * sizeof(float);
            }
            Matrix dOut;
            const float loss = softmaxCrossEntropy(act[static_cast<std::size_t>(L)], batch.labels,
                1.0f / static_cast<float>(config.batch), dOut); // every worker, same numbers
            for (int l = L - 1; l >= 0; --l) {
                Slice& sl = mine[static_cast<std::size_t>(l)];
                const Matrix& zl = z[static_cast<std::size_t>(l)];
                Matrix dz = dOut.middleRows(sl.begin, sl.rows);
                if (l != L - 1) {
                    if (shape.hidden == Activation::Relu)
                        dz = (zl.array() > 0.0f).select(dz, 0.0f);
                    else
                        dz.array() *= 1.0f - zl.array().tanh().square();
                }
                sl.gw.noalias() = dz * act[static_cast<std::size_t>(l)].transpose();
                sl.gb = dz.rowwise().sum();
                if (l == 0)
                    break;
                partial[static_cast<std::size_t>(r)].noalias() = sl.w.transpose() * dz;
                if (r == 0)
                    dShared.resize(shape.inputs(l), config.batch);
                const double c0 = ledger.now();
                sync.arrive_and_wait();
                // Reduce-scatter: worker r sums column chunk r of every partial into the shared gradient.
                const auto [cb, ce] = shardRange(config.batch, r, n);
                dShared.middleCols(cb, ce - cb) = partial[static_cast<std::size_t>(r)].middleCols(cb, ce - cb);
                for (int q = 0; q < n; ++q)
                    if (q != r)
                        dShared.middleCols(cb, ce - cb) += partial[static_cast<std::size_t>(q)].middleCols(cb, ce - cb);
                sync.arrive_and_wait();
                dOut = dShared; // all-gather: every worker reads the other chunks
                sync.arrive_and_wait(); // nobody resizes or rewrites dShared while another still reads it
                comm += ledger.now() - c0;
                const auto chunk = static_cast<std::uint64_t>(shape.inputs(l)) * static_cast<std::uint64_t>(ce - cb);
                const auto whole
                    = static_cast<std::uint64_t>(shape.inputs(l)) * static_cast<std::uint64_t>(config.batch);
                bytes += ((n - 1) * chunk + (whole - chunk)) * sizeof(float);
            }
            const double t1 = ledger.now();
            for (int l = 0; l < L; ++l) {
                Slice& sl = mine[static_cast<std::size_t>(l)];
                flat.resize(static_cast<std::size_t>(sl.w.size() + sl.rows));
                std::vector<float> g(flat.size());
                std::copy(sl.w.data(), sl.w.data() + sl.w.size(), flat.begin());
                std::copy(sl.b.data(), sl.b.data() + sl.rows, flat.begin() + sl.w.size());
                std::copy(sl.gw.data(), sl.gw.data() + sl.gw.size(), g.begin());
                std::copy(sl.gb.data(), sl.gb.data() + sl.rows, g.begin() + sl.gw.size());
                opt[static_cast<std::size_t>(l)].update(flat, g, step + 1);
                std::copy(flat.begin(), flat.begin() + sl.w.size(), sl.w.data());
                std::copy(flat.begin() + sl.w.size(), flat.end(), sl.b.data());
            }
            const double t2 = ledger.now();
            auto& sp = spans[static_cast<std::size_t>(r)];
            sp.push_back({ r, step, WorkerSpan::Kind::Compute, t0, t1 - comm });
            sp.push_back({ r, step, WorkerSpan::Kind::Communicate, t1 - comm, t1 });
            sp.push_back({ r, step, WorkerSpan::Kind::Update, t1, t2 });
            sent[static_cast<std::size_t>(r)] += bytes;
            sentStep[static_cast<std::size_t>(r)] = bytes;
            ledger.setLoss(r, r == 0 ? loss : 0.0f);
            if (!ledger.endStep())
                break;
        }
    });
    crew.join();

    finishTimes(config, ledger.stepEnds(), report);
    for (int r = 0; r < n; ++r) {
        report.bytesTotal += sent[static_cast<std::size_t>(r)];
        report.bytesPerWorkerPerStep = std::max(report.bytesPerWorkerPerStep, sentStep[static_cast<std::size_t>(r)]);
        for (const auto& s : spans[static_cast<std::size_t>(r)])
            if (s.step >= report.stepsDone - 50)
                report.spans.push_back(s);
    }
    // Gather the slices back into one model.
    for (int r = 0; r < n; ++r)
        for (int l = 0; l < L; ++l) {
            const Slice& sl = slices[static_cast<std::size_t>(r)][static_cast<std::size_t>(l)];
            initial.weight(l).middleRows(sl.begin, sl.rows) = sl.w;
            initial.bias(l).segment(sl.begin, sl.rows) = sl.b;
        }
    report.parameters.assign(initial.parameters().begin(), initial.parameters().end());
    report.accuracy = initial.accuracy(Batch { data.x, data.labels });
    return report;
}

} // namespace ptlab::training::detail
