#include "core/training/optimizer.h"

#include <cmath>

namespace ptlab::training {

Optimizer::Optimizer(OptimizerConfig config, std::size_t parameters) : m_config(config), m_first(parameters, 0.0f)
{
    if (m_config.kind == OptimizerConfig::Kind::Adam)
        m_second.assign(parameters, 0.0f);
}

void Optimizer::update(
    std::span<float> params, std::span<const float> grad, std::size_t begin, std::size_t end, long step)
{
    const float lr = m_config.learningRate;
    if (m_config.kind == OptimizerConfig::Kind::Sgd) {
        for (std::size_t i = begin; i < end; ++i) {
            m_first[i] = m_config.momentum * m_first[i] + grad[i];
            params[i] -= lr * m_first[i];
        }
        return;
    }
    const float b1 = m_config.beta1, b2 = m_config.beta2;
    const float c1 = 1.0f - std::pow(b1, static_cast<float>(step));
    const float c2 = 1.0f - std::pow(b2, static_cast<float>(step));
    for (std::size_t i = begin; i < end; ++i) {
        m_first[i] = b1 * m_first[i] + (1.0f - b1) * grad[i];
        m_second[i] = b2 * m_second[i] + (1.0f - b2) * grad[i] * grad[i];
        params[i] -= lr * (m_first[i] / c1) / (std::sqrt(m_second[i] / c2) + m_config.epsilon);
    }
}

std::size_t Optimizer::stateBytes() const
{
    return (m_first.size() + m_second.size()) * sizeof(float);
}

} // namespace ptlab::training
