#include "core/training/dataset.h"
#include "core/training_memory/low_precision_passes.h"
#include "core/training_memory/scenario_model.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace ptlab;
using namespace ptlab::training_memory;

TEST_CASE("part 1's passes in fp32 through the low-precision wrapper give Mlp's results bit for bit",
    "[training_memory][precision]")
{
    const auto shape = scenarioShape(16);
    const training::Mlp model(shape, 3);
    const auto data = scenarioData(shape, 40, 9);
    const training::Batch batch = wholeBatch(data);
    training::ForwardCache a, b;
    model.forward(0, shape.layers(), batch.x, a);
    forwardIn(FloatFormat::Fp32, model, batch.x, b);
    CHECK(a.output == b.output);
    CHECK(a.bytes() == b.bytes());
    std::vector<float> ga(shape.parameterCount(), 0.0f), gb(shape.parameterCount(), 1.0f);
    (void)model.lossAndGradient(batch, 1.0f / 40, ga);
    training::Matrix d;
    (void)training::softmaxCrossEntropy(b.output, batch.labels, 1.0f / 40, d);
    backwardIn(FloatFormat::Fp32, model, b, d, gb); // overwrites gb
    CHECK(ga == gb);
}

TEST_CASE("in fp16 every stored activation and gradient is an fp16 value and tiny gradients flush to zero",
    "[training_memory][precision]")
{
    const auto shape = scenarioShape(16);
    const training::Mlp model(shape, 3);
    const training::Batch batch = wholeBatch(scenarioData(shape, 40, 9));
    training::ForwardCache cache;
    forwardIn(FloatFormat::Fp16, model, batch.x, cache);
    const auto isFp16 = [](const training::Matrix& m) {
        for (Eigen::Index i = 0; i < m.size(); ++i)
            if (roundTo(FloatFormat::Fp16, m.data()[i]) != m.data()[i])
                return false;
        return true;
    };
    CHECK(isFp16(cache.output));
    for (const auto& m : cache.inputs)
        CHECK(isFp16(m));
    for (const auto& m : cache.preActivations)
        CHECK(isFp16(m));
    std::vector<float> grad(shape.parameterCount());
    training::Matrix d;
    // a loss weighted 2^-30 per sample: dL/dlogit is below fp16's smallest subnormal (2^-24) everywhere
    (void)training::softmaxCrossEntropy(cache.output, batch.labels, std::ldexp(1.0f, -30), d);
    CHECK(d.cwiseAbs().maxCoeff() > 0);
    backwardIn(FloatFormat::Fp16, model, cache, d, grad);
    for (float g : grad)
        REQUIRE(g == 0.0f);
    // the same gradient scaled by 2^16 survives
    (void)training::softmaxCrossEntropy(cache.output, batch.labels, std::ldexp(1.0f, -14), d);
    backwardIn(FloatFormat::Fp16, model, cache, d, grad);
    std::size_t nonzero = 0;
    for (float g : grad) {
        nonzero += g != 0.0f;
        REQUIRE(roundTo(FloatFormat::Fp16, g) == g);
    }
    CHECK(nonzero > grad.size() / 2);
}
