#include "core/training/trainer.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace ptlab::training;

namespace {

TrainConfig small(Mode mode)
{
    TrainConfig c;
    c.mode = mode;
    c.shape = defaultShape(24, 4, 3);
    c.batch = 48;
    c.steps = 6;
    c.datasetSize = 480;
    c.optimizer.kind = OptimizerConfig::Kind::Sgd;
    c.optimizer.learningRate = 0.05f;
    return c;
}

double maxDiff(const std::vector<float>& a, const std::vector<float>& b)
{
    REQUIRE(a.size() == b.size());
    double d = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        d = std::max(d, static_cast<double>(std::abs(a[i] - b[i])));
    return d;
}

} // namespace

TEST_CASE("training: N data-parallel workers equal one worker on the whole batch", "[training]")
{
    const auto single = train(small(Mode::Single));
    REQUIRE(single.ok());
    CHECK(single->loss.size() == 6);
    for (int n : { 2, 3, 4 }) {
        TrainConfig c = small(Mode::Data);
        c.workers = n;
        const auto data = train(c);
        REQUIRE(data.ok());
        INFO("workers " << n);
        CHECK(data->replicasIdentical);
        CHECK(maxDiff(single->parameters, data->parameters) < 1e-4);
        CHECK(data->loss.back() == Approx(single->loss.back()).epsilon(1e-3));
        // The ring sent 2(N−1)/N of the gradient per worker and step (N divides neither exactly: ±N).
        const double expected = 2.0 * (n - 1) / n * static_cast<double>(data->parameterBytes);
        CHECK(std::abs(static_cast<double>(data->bytesPerWorkerPerStep) - expected) <= 4.0 * n);
        CHECK(data->ring.size() == static_cast<std::size_t>(2 * (n - 1)));
    }
}

TEST_CASE("training: worker processes over shared memory compute exactly what worker threads do", "[training]")
{
    TrainConfig c = small(Mode::Data);
    c.workers = 3;
    const auto threads = train(c);
    REQUIRE(threads.ok());
    c.processes = true;
    const auto processes = train(c);
    REQUIRE(processes.ok());
    CHECK(processes->replicasIdentical);
    CHECK(processes->loss == threads->loss);
    CHECK(processes->parameters == threads->parameters); // same ring, same order of additions
    CHECK(processes->bytesPerWorkerPerStep == threads->bytesPerWorkerPerStep);

    std::atomic<bool> cancel { false };
    TrainHooks hooks;
    hooks.cancel = &cancel;
    hooks.onStep = [&](int, float) { cancel = true; };
    c.steps = 1000;
    const auto cancelled = train(c, hooks);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK(cancelled->stepsDone < 1000);
}

TEST_CASE("training: tensor-parallel layers equal the unsplit model", "[training]")
{
    const auto single = train(small(Mode::Single));
    REQUIRE(single.ok());
    for (int n : { 2, 4 }) {
        TrainConfig c = small(Mode::Tensor);
        c.workers = n;
        const auto tensor = train(c);
        REQUIRE(tensor.ok());
        INFO("workers " << n);
        CHECK(maxDiff(single->parameters, tensor->parameters) < 1e-4);
        CHECK(tensor->loss.front() == Approx(single->loss.front()).epsilon(1e-5));
        CHECK(tensor->slices.size() == static_cast<std::size_t>(n * c.shape.layers()));
        CHECK(tensor->bytesPerWorkerPerStep > 0);
    }
}

TEST_CASE("training: pipeline and hybrid runs equal single training, with valid measured schedules", "[training]")
{
    const auto single = train(small(Mode::Single));
    REQUIRE(single.ok());
    for (Schedule s : { Schedule::GPipe, Schedule::OneFOneB }) {
        TrainConfig c = small(Mode::Pipeline);
        c.stages = 3;
        c.microbatches = 4;
        c.schedule = s;
        const auto pipe = train(c);
        REQUIRE(pipe.ok());
        INFO(scheduleName(s));
        CHECK(maxDiff(single->parameters, pipe->parameters) < 1e-4);
        CHECK(validate(pipe->measured).ok());
        CHECK(pipe->bubbleTheory == Approx(2.0 / 6.0));
        REQUIRE(pipe->peakActivations.size() == 3);
        if (s == Schedule::GPipe)
            CHECK(pipe->peakActivations[0] == 4);
        else
            CHECK(pipe->peakActivations[0] <= 3);
    }
    TrainConfig h = small(Mode::Hybrid);
    h.workers = 4;
    h.stages = 2;
    const auto hybrid = train(h);
    REQUIRE(hybrid.ok());
    CHECK(hybrid->replicasIdentical);
    CHECK(maxDiff(single->parameters, hybrid->parameters) < 1e-4);
}

TEST_CASE("training: a cancel stops every worker at the end of a step", "[training]")
{
    std::atomic<bool> cancel { false };
    TrainHooks hooks;
    hooks.cancel = &cancel;
    hooks.onStep = [&](int step, float) {
        if (step == 1)
            cancel = true;
    };
    TrainConfig c = small(Mode::Data);
    c.steps = 100;
    const auto r = train(c, hooks);
    REQUIRE(r.ok());
    CHECK(r->cancelled);
    CHECK(r->stepsDone == 2);
}

TEST_CASE("training: bad configurations are refused", "[training]")
{
    TrainConfig c = small(Mode::Pipeline);
    c.stages = 9;
    CHECK_FALSE(train(c).ok());
    c = small(Mode::Hybrid);
    c.workers = 3;
    c.stages = 2;
    CHECK_FALSE(train(c).ok());
}
