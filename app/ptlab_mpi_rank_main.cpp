// One MPI rank of the data-parallel training: `mpirun -np N ptlab-mpi-rank --steps K ...` (normally
// started by `ptlab train --mode data --backend mpi`). Every rank holds a full replica and trains on its
// shard of each batch exactly like a built-in worker (core/training DataParallelReplica); the gradients
// are summed by MPI_Allreduce instead of ptlab's ring. Rank 0 prints the same JSON as `ptlab train --json`.

#include "core/training/report_json.h"
#include "core/training/trainer.h"
#include "core/util/atomic_file.h"

#include <CLI/CLI.hpp>
#include <mpi.h>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <poll.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

using namespace ptlab::training;

namespace {

std::uint64_t fingerprint(std::span<const float> values)
{
    std::uint64_t h = 1469598103934665603ull; // FNV-1a over the bytes: equal on every rank ⇔ same replica
    const auto* p = reinterpret_cast<const unsigned char*>(values.data());
    for (std::size_t i = 0; i < values.size_bytes(); ++i)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

// A thread that waits on a pidfd of ptlab and ends this rank as soon as ptlab is gone (killed, even
// with SIGKILL). mpirun would stop the rank too, on its own SIGTERM, but on a loaded machine it can
// take longer than the second a class should wait.
void watchParent(int pid)
{
    const int fd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    if (fd < 0) {
        if (errno == ESRCH)
            ::_exit(1); // already gone
        return; // no pidfd (old kernel): mpirun's stop remains
    }
    std::thread([fd] {
        pollfd p { fd, POLLIN, 0 };
        while (::poll(&p, 1, -1) < 0 && errno == EINTR) { }
        ::_exit(1);
    }).detach();
}

} // namespace

int main(int argc, char** argv)
{
    MPI_Init(&argc, &argv);
    int rank = 0, ranks = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &ranks);

    CLI::App app("One rank of ptlab's data-parallel training under MPI.", "ptlab-mpi-rank");
    TrainConfig config;
    config.mode = Mode::Data;
    int width = 512, layers = 6, classes = 3;
    std::string optimizer = "adam", parametersOut;
    app.add_option("--steps", config.steps)->check(CLI::Range(1, 100000));
    app.add_option("--batch", config.batch)->check(CLI::Range(1, 1 << 20));
    app.add_option("--width", width)->check(CLI::Range(1, 8192));
    app.add_option("--layers", layers)->check(CLI::Range(1, 16));
    app.add_option("--classes", classes)->check(CLI::Range(2, 64));
    app.add_option("--optimizer", optimizer)->check(CLI::IsMember({ "adam", "sgd" }));
    app.add_option("--lr", config.optimizer.learningRate);
    app.add_option("--seed", config.seed);
    app.add_option("--dataset", config.datasetSize)->check(CLI::Range(1, 1 << 22));
    app.add_option("--parameters-out", parametersOut);
    int watchPid = 0;
    app.add_option("--watch-pid", watchPid, "end at once when this process (ptlab) ends");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        MPI_Finalize();
        return code == 0 ? 0 : 2;
    }
    if (watchPid > 0)
        watchParent(watchPid);
    config.shape = defaultShape(width, layers, classes);
    config.optimizer.kind = optimizer == "adam" ? OptimizerConfig::Kind::Adam : OptimizerConfig::Kind::Sgd;
    config.workers = ranks;
    if (config.batch < ranks) {
        if (rank == 0)
            std::cerr << "ptlab-mpi-rank: the batch is smaller than the number of ranks\n";
        MPI_Finalize();
        return 2;
    }
    // Who is who, so the launcher can show every rank on the States and Hardware pages.
    std::cout << nlohmann::json { { "rank", rank }, { "rank_pid", static_cast<int>(::getpid()) } }.dump() << std::endl;

    DataParallelReplica replica(config, rank, ranks);
    TrainReport report;
    report.config = config;
    report.parameterBytes = config.shape.parameterCount() * sizeof(float);
    std::vector<double> stepEnds;
    std::vector<double> mySpans; // (step, kind, start, end) × steps × 3
    MPI_Barrier(MPI_COMM_WORLD);
    const double t0 = MPI_Wtime();
    for (int step = 0; step < config.steps; ++step) {
        const double a = MPI_Wtime() - t0;
        float loss = replica.computeGradient(step);
        const double b = MPI_Wtime() - t0;
        auto grad = replica.gradient();
        MPI_Allreduce(MPI_IN_PLACE, grad.data(), static_cast<int>(grad.size()), MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
        MPI_Allreduce(MPI_IN_PLACE, &loss, 1, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
        const double c = MPI_Wtime() - t0;
        replica.applyGradient(step);
        const double d = MPI_Wtime() - t0;
        for (double v : { double(step), 0.0, a, b, double(step), 1.0, b, c, double(step), 2.0, c, d })
            mySpans.push_back(v);
        // Replicas identical? Compare a fingerprint of every rank's parameters.
        unsigned long long fp = fingerprint(replica.model().parameters()), lo = fp, hi = fp;
        MPI_Allreduce(&fp, &lo, 1, MPI_UNSIGNED_LONG_LONG, MPI_MIN, MPI_COMM_WORLD);
        MPI_Allreduce(&fp, &hi, 1, MPI_UNSIGNED_LONG_LONG, MPI_MAX, MPI_COMM_WORLD);
        if (lo != hi)
            report.replicasIdentical = false;
        report.loss.push_back(loss);
        stepEnds.push_back(MPI_Wtime() - t0);
        if (rank == 0)
            std::cout << nlohmann::json { { "progress", step }, { "loss", loss } }.dump() << std::endl;
    }
    // Rank 0 collects everyone's spans for the timeline (the last 50 steps).
    const int keep = std::min(config.steps, 50) * 12;
    std::vector<double> tail(mySpans.end() - keep, mySpans.end());
    std::vector<double> all(rank == 0 ? static_cast<std::size_t>(keep) * static_cast<std::size_t>(ranks) : 0);
    MPI_Gather(tail.data(), keep, MPI_DOUBLE, all.data(), keep, MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        finishTimes(config, stepEnds, report);
        for (int r = 0; r < ranks; ++r)
            for (int i = 0; i < keep; i += 4) {
                const double* v = &all[static_cast<std::size_t>(r * keep + i)];
                report.spans.push_back(
                    { r, static_cast<int>(v[0]), static_cast<WorkerSpan::Kind>(static_cast<int>(v[1])), v[2], v[3] });
            }
        const auto params = replica.model().parameters();
        report.parameters.assign(params.begin(), params.end());
        const Dataset data = makeSpirals(config.datasetSize, config.shape.widths.back(), 0.04f, config.seed + 1);
        report.accuracy = replica.model().accuracy(Batch { data.x, data.labels });
        nlohmann::json doc = reportToJson(report, "mpi");
        // MPI picks its own all-reduce algorithm: what it sends is not ours to count; say what went in.
        doc["allreduce_input_bytes"] = report.parameterBytes;
        if (!parametersOut.empty()) {
            std::string error;
            if (!ptlab::writeFileAtomically(parametersOut, nlohmann::json(report.parameters).dump(), error))
                std::cerr << "ptlab-mpi-rank: " << error << '\n';
        }
        std::cout << doc.dump() << std::endl;
    }
    MPI_Finalize();
    return 0;
}
