#pragma once

#include <cmath>
#include <cstdint>

namespace ptlab::training {

// A small deterministic generator (splitmix64) with its own uniform and normal draws, so the same seed
// gives the same model and data with every standard library (std:: distributions are not portable),
// in every worker thread, process and MPI rank.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    float uniform() { return static_cast<float>(next() >> 40) * (1.0f / 16777216.0f); } // [0, 1)
    float normal() // Box–Muller
    {
        const float u1 = uniform() + 1e-7f, u2 = uniform();
        return std::sqrt(-2.0f * std::log(u1)) * std::cos(6.2831853f * u2);
    }

private:
    std::uint64_t m_state;
};

} // namespace ptlab::training
