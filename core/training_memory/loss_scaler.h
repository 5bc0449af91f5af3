#pragma once

namespace ptlab::training_memory {

// Dynamic loss scaling as mixed-precision trainers do it: multiply the loss by `scale` so small
// gradients survive fp16; when a step's gradients overflow (inf/NaN), skip that step and halve the
// scale; after `growthInterval` good steps in a row, double it.
class LossScaler
{
public:
    explicit LossScaler(float initialScale = 65536.0f, int growthInterval = 200, float minScale = 1.0f);

    [[nodiscard]] float scale() const { return m_scale; }
    // Reports a step's gradients; returns true when the step must be applied, false when skipped.
    bool update(bool overflow);
    [[nodiscard]] int goodSteps() const { return m_goodSteps; }
    [[nodiscard]] int skippedSteps() const { return m_skipped; }

private:
    float m_scale;
    int m_growthInterval;
    float m_minScale;
    int m_goodSteps = 0;
    int m_skipped = 0;
};

} // namespace ptlab::training_memory
