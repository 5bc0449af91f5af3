#include "core/training_memory/loss_scaler.h"

#include <algorithm>

namespace ptlab::training_memory {

LossScaler::LossScaler(float initialScale, int growthInterval, float minScale)
    : m_scale(initialScale), m_growthInterval(std::max(1, growthInterval)), m_minScale(minScale)
{ }

bool LossScaler::update(bool overflow)
{
    if (overflow) {
        m_scale = std::max(m_minScale, m_scale * 0.5f);
        m_goodSteps = 0;
        ++m_skipped;
        return false;
    }
    if (++m_goodSteps >= m_growthInterval) {
        m_scale *= 2.0f;
        m_goodSteps = 0;
    }
    return true;
}

} // namespace ptlab::training_memory
