#pragma once

#include "core/training/model.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace ptlab::training {

// Capability against alignment, the course's own example: a classifier is trained to lower its log
// loss (what it can optimise) while its users want right answers on new data (accuracy). The tiny
// classifier of the training page learns two spirals from a small training set in which some labels
// are wrong, as real labels are; trained for long, it keeps lowering its training log loss by
// memorising the wrong labels too, while its accuracy on fresh, correctly labelled points stalls and
// then falls. Everything is trained and measured for real.
struct AlignmentConfig
{
    int width = 64;
    int layers = 4;
    int trainSamples = 400;
    int testSamples = 2000;
    float labelNoise = 0.2f; // share of training labels flipped to the other class
    float pointNoise = 0.05f; // spread of the points around their spiral arm
    int steps = 3000; // full-batch Adam steps
    int evalEvery = 50;
    float learningRate = 0.005f;
    std::uint64_t seed = 11;
    const std::atomic<bool>* cancel = nullptr;
};

struct AlignmentPoint
{
    int step = 0;
    float trainLogLoss = 0; // what the optimiser lowers, on the (noisy) training labels
    float testLogLoss = 0; // on fresh points with their true labels
    float trainAccuracy = 0;
    float testAccuracy = 0; // what the users want
};

struct AlignmentRun
{
    std::vector<AlignmentPoint> points;
    int flippedLabels = 0;
    int bestStep = 0; // where the test accuracy was highest
    float bestTestAccuracy = 0;
    bool cancelled = false;
    double seconds = 0;
    [[nodiscard]] const AlignmentPoint& last() const { return points.back(); }
};

// Runs on the calling thread; `onPoint` (if set) receives every evaluation as it is made.
[[nodiscard]] AlignmentRun runAlignment(
    const AlignmentConfig& config, const std::function<void(const AlignmentPoint&)>& onPoint = {});

} // namespace ptlab::training
