#include "core/training_memory/scenario_model.h"

namespace ptlab::training_memory {

training::ModelShape scenarioShape(int hidden)
{
    training::ModelShape shape = training::defaultShape(hidden, 3, 3);
    shape.hidden = training::Activation::Tanh;
    return shape;
}

training::Dataset scenarioData(const training::ModelShape& shape, int samples, std::uint64_t seed)
{
    return training::makeSpirals(samples, shape.widths.back(), 0.04f, seed);
}

training::Batch wholeBatch(const training::Dataset& data)
{
    return training::batchSlice(data, 0, data.size(), 0, data.size());
}

} // namespace ptlab::training_memory
