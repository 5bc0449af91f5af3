#pragma once

#include "core/training/model.h"
#include "core/training_memory/float_formats.h"

#include <span>

namespace ptlab::training_memory {

// Part 1's forward and backward passes (training::layerForward / layerBackward, layer by layer as
// training::Mlp::forward and backward run them) with every value they store rounded to `format`:
// each layer's pre-activation and output, each layer's incoming gradient, and the final parameter
// gradient. Products accumulate in fp32 as tensor cores do; the rounding is where fp16 loses values
// (core/training_memory/float_formats). With Fp32 nothing is rounded and the results are Mlp's, bit
// for bit.

// All layers of `model` on `x`; `cache.output` holds the rounded logits.
void forwardIn(
    FloatFormat format, const training::Mlp& model, const training::Matrix& x, training::ForwardCache& cache);

// Backward from dLogits (rounded first) through the cache of forwardIn; `grad` (parameterCount() entries) is
// overwritten with the gradient in `format`.
void backwardIn(FloatFormat format, const training::Mlp& model, const training::ForwardCache& cache,
    training::Matrix dLogits, std::span<float> grad);

// Rounds every entry of `m` to `format` in place.
void roundMatrix(FloatFormat format, training::Matrix& m);

} // namespace ptlab::training_memory
