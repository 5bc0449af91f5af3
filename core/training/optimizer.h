#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace ptlab::training {

struct OptimizerConfig
{
    enum class Kind
    {
        Sgd, // with momentum
        Adam,
    };
    Kind kind = Kind::Adam;
    float learningRate = 1e-3f;
    float momentum = 0.9f; // SGD
    float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f; // Adam
};

// SGD with momentum or Adam over a flat parameter buffer. update() may be called on disjoint ranges
// from different threads (each pipeline stage updates its own layers): the state is per element.
class Optimizer
{
public:
    Optimizer(OptimizerConfig config, std::size_t parameters);
    // params[i] -= ... for i in [begin, end); `step` counts from 1 (Adam's bias correction).
    void update(std::span<float> params, std::span<const float> grad, std::size_t begin, std::size_t end, long step);
    void update(std::span<float> params, std::span<const float> grad, long step)
    {
        update(params, grad, 0, params.size(), step);
    }
    // Bytes of optimizer state (Adam: two moments per parameter; SGD: one velocity).
    [[nodiscard]] std::size_t stateBytes() const;
    [[nodiscard]] const OptimizerConfig& config() const { return m_config; }

private:
    OptimizerConfig m_config;
    std::vector<float> m_first, m_second;
};

} // namespace ptlab::training
