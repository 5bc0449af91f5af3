#pragma once

#include "core/training/dataset.h"
#include "core/training/model.h"

#include <cstdint>

namespace ptlab::training_memory {

// The model every memory and time scenario trains: part 1's MLP (core/training/model.h: the same shape,
// flat parameter layout, forward and backward code) with two tanh hidden layers of `hidden` units, on
// part 1's two-spiral data with 3 classes and a softmax cross-entropy loss.
[[nodiscard]] training::ModelShape scenarioShape(int hidden = 64);

// `samples` points of the spirals for `shape`'s classes (noise 0.04, as the ZeRO run uses).
[[nodiscard]] training::Dataset scenarioData(const training::ModelShape& shape, int samples, std::uint64_t seed);

// The whole data set as one batch (for the final loss).
[[nodiscard]] training::Batch wholeBatch(const training::Dataset& data);

} // namespace ptlab::training_memory
