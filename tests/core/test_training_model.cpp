#include "core/training/dataset.h"
#include "core/training/model.h"
#include "core/training/optimizer.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace ptlab::training;

namespace {

double lossAt(Mlp& model, const Batch& batch)
{
    return model.meanLoss(batch);
}

} // namespace

TEST_CASE("training: parameter layout is flat, layer after layer", "[training]")
{
    const ModelShape shape { { 2, 5, 4, 3 } };
    CHECK(shape.layers() == 3);
    CHECK(shape.parameterCount() == 5 * 3 + 4 * 6 + 3 * 5);
    CHECK(shape.weightOffset(1) == 15);
    CHECK(shape.biasOffset(1) == 15 + 20);
    CHECK(shape.layerRange(1, 3) == std::pair<std::size_t, std::size_t>(15, shape.parameterCount()));
}

TEST_CASE("training: backward matches finite differences", "[training]")
{
    for (Activation act : { Activation::Tanh, Activation::Relu }) {
        ModelShape shape { { 2, 7, 6, 3 }, act };
        Mlp model(shape, 42);
        const Dataset data = makeSpirals(16, 3, 0.05f, 7);
        const Batch batch = batchSlice(data, 0, 16, 0, 16);
        std::vector<float> grad(shape.parameterCount(), 0.0f);
        (void)model.lossAndGradient(batch, 1.0f / 16.0f, grad);
        auto params = model.parameters();
        int checked = 0, bad = 0;
        for (std::size_t i = 0; i < params.size(); i += 3) {
            const float keep = params[i];
            const float eps = 1e-2f;
            params[i] = keep + eps;
            const double up = lossAt(model, batch);
            params[i] = keep - eps;
            const double down = lossAt(model, batch);
            params[i] = keep;
            const double numeric = (up - down) / (2 * eps);
            ++checked;
            if (std::abs(numeric - grad[i]) > 2e-3 + 0.05 * std::abs(numeric))
                ++bad;
        }
        INFO("activation " << static_cast<int>(act) << ": " << bad << " of " << checked << " differ");
        // ReLU has kinks where a finite difference straddles zero: allow a few there, none with tanh.
        CHECK(bad <= (act == Activation::Relu ? checked / 20 : 0));
    }
}

TEST_CASE("training: Adam makes the spiral loss fall", "[training]")
{
    ModelShape shape = defaultShape(32, 3, 3);
    Mlp model(shape, 1);
    OptimizerConfig oc;
    oc.learningRate = 1e-2f;
    Optimizer opt(oc, shape.parameterCount());
    const Dataset data = makeSpirals(512, 3, 0.02f, 2);
    const Batch all = batchSlice(data, 0, 512, 0, 512);
    const float before = model.meanLoss(all);
    std::vector<float> grad(shape.parameterCount());
    for (int step = 0; step < 150; ++step) {
        std::fill(grad.begin(), grad.end(), 0.0f);
        const Batch b = batchSlice(data, step, 128, 0, 128);
        (void)model.lossAndGradient(b, 1.0f / 128, grad);
        opt.update(model.parameters(), grad, step + 1);
    }
    const float after = model.meanLoss(all);
    CHECK(after < 0.6f * before);
    CHECK(model.accuracy(all) > 0.6f);
}
