#include "core/training/alignment.h"

#include "core/training/dataset.h"
#include "core/training/optimizer.h"
#include "core/training/random.h"

#include <chrono>

namespace ptlab::training {

namespace {

Batch wholeSet(const Dataset& d)
{
    Batch b;
    b.x = d.x;
    b.labels = d.labels;
    return b;
}

} // namespace

AlignmentRun runAlignment(const AlignmentConfig& c, const std::function<void(const AlignmentPoint&)>& onPoint)
{
    const auto started = std::chrono::steady_clock::now();
    AlignmentRun run;
    Batch train = wholeSet(makeSpirals(c.trainSamples, 2, c.pointNoise, c.seed));
    const Batch test = wholeSet(makeSpirals(c.testSamples, 2, c.pointNoise, c.seed + 1000));
    // Wrong labels, as a hurried annotator makes them: a fixed share, chosen by the seed.
    Rng rng(c.seed + 7);
    for (int& label : train.labels) {
        if (rng.uniform() < c.labelNoise) {
            label = 1 - label;
            ++run.flippedLabels;
        }
    }
    Mlp model(defaultShape(c.width, c.layers, 2), c.seed);
    OptimizerConfig oc;
    oc.kind = OptimizerConfig::Kind::Adam;
    oc.learningRate = c.learningRate;
    Optimizer optimizer(oc, model.parameters().size());
    std::vector<float> grad(model.parameters().size());
    const float scale = 1.0f / static_cast<float>(train.size());
    auto evaluate = [&](int step) {
        AlignmentPoint p;
        p.step = step;
        p.trainLogLoss = model.meanLoss(train);
        p.testLogLoss = model.meanLoss(test);
        p.trainAccuracy = model.accuracy(train);
        p.testAccuracy = model.accuracy(test);
        if (p.testAccuracy > run.bestTestAccuracy) {
            run.bestTestAccuracy = p.testAccuracy;
            run.bestStep = step;
        }
        run.points.push_back(p);
        if (onPoint)
            onPoint(p);
    };
    evaluate(0);
    for (int step = 1; step <= c.steps; ++step) {
        if (c.cancel && c.cancel->load(std::memory_order_relaxed)) {
            run.cancelled = true;
            break;
        }
        std::fill(grad.begin(), grad.end(), 0.0f);
        (void)model.lossAndGradient(train, scale, grad);
        optimizer.update(model.parameters(), grad, step);
        if (step % c.evalEvery == 0 || step == c.steps)
            evaluate(step);
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return run;
}

} // namespace ptlab::training
