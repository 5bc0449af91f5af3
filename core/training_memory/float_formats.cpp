#include "core/training_memory/float_formats.h"

#include <bit>
#include <cmath>
#include <limits>

namespace ptlab::training_memory {

FormatInfo formatInfo(FloatFormat format)
{
    FormatInfo info;
    info.format = format;
    info.name = formatName(format);
    switch (format) {
    case FloatFormat::Fp32:
        info.bits = 32;
        info.exponentBits = 8;
        info.mantissaBits = 23;
        break;
    case FloatFormat::Fp16:
        info.bits = 16;
        info.exponentBits = 5;
        info.mantissaBits = 10;
        break;
    case FloatFormat::Bf16:
        info.bits = 16;
        info.exponentBits = 8;
        info.mantissaBits = 7;
        break;
    }
    const int bias = (1 << (info.exponentBits - 1)) - 1;
    const int maxExp = bias; // largest unbiased exponent of a finite value
    const int minExp = 1 - bias;
    info.maxFinite = std::ldexp(2.0 - std::ldexp(1.0, -info.mantissaBits), maxExp);
    info.minNormal = std::ldexp(1.0, minExp);
    info.minSubnormal = std::ldexp(1.0, minExp - info.mantissaBits);
    info.epsilon = std::ldexp(1.0, -info.mantissaBits);
    info.decimalDigits = (info.mantissaBits + 1) * std::log10(2.0);
    return info;
}

const char* formatName(FloatFormat format)
{
    switch (format) {
    case FloatFormat::Fp32:
        return "fp32";
    case FloatFormat::Fp16:
        return "fp16";
    case FloatFormat::Bf16:
        return "bf16";
    }
    return "?";
}

std::uint16_t toFp16Bits(float value)
{
    const std::uint32_t x = std::bit_cast<std::uint32_t>(value);
    const std::uint32_t sign = (x >> 16) & 0x8000u;
    const std::uint32_t absBits = x & 0x7FFFFFFFu;
    if (absBits >= 0x7F800000u) // inf or NaN (keep NaN quiet)
        return static_cast<std::uint16_t>(sign | 0x7C00u | (absBits > 0x7F800000u ? 0x200u : 0u));
    const int exp = static_cast<int>(absBits >> 23) - 127; // unbiased
    std::uint32_t mant = absBits & 0x7FFFFFu;
    if (exp > 15) // beyond the largest binade: overflow
        return static_cast<std::uint16_t>(sign | 0x7C00u);
    if (exp >= -14) {
        // normal in fp16: keep 10 of 23 fraction bits, round to nearest even on the 13 dropped
        std::uint32_t half = (static_cast<std::uint32_t>(exp + 15) << 10) | (mant >> 13);
        const std::uint32_t rest = mant & 0x1FFFu;
        if (rest > 0x1000u || (rest == 0x1000u && (half & 1u)))
            ++half; // a carry into the exponent is right, and 0x7C00 is inf
        return static_cast<std::uint16_t>(sign | half);
    }
    if (exp < -25) // below half the smallest subnormal: zero
        return static_cast<std::uint16_t>(sign);
    // subnormal: value = mant' * 2^-24 with the implicit bit made explicit
    mant |= 0x800000u;
    const int shift = -exp - 1; // 14..24: (1.f * 2^exp) / 2^-24 = mant >> (23 - 24 - exp)
    std::uint32_t half = mant >> shift;
    const std::uint32_t rest = mant & ((1u << shift) - 1u);
    const std::uint32_t halfway = 1u << (shift - 1);
    if (rest > halfway || (rest == halfway && (half & 1u)))
        ++half;
    return static_cast<std::uint16_t>(sign | half);
}

float fromFp16Bits(std::uint16_t bits)
{
    const std::uint32_t sign = (static_cast<std::uint32_t>(bits) & 0x8000u) << 16;
    const int exp = (bits >> 10) & 0x1F;
    const std::uint32_t mant = bits & 0x3FFu;
    float magnitude;
    if (exp == 0)
        magnitude = std::ldexp(static_cast<float>(mant), -24);
    else if (exp == 31)
        magnitude = mant ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
    else
        magnitude = std::ldexp(static_cast<float>(mant | 0x400u), exp - 25);
    return std::bit_cast<float>(std::bit_cast<std::uint32_t>(magnitude) | sign);
}

std::uint16_t toBf16Bits(float value)
{
    const std::uint32_t x = std::bit_cast<std::uint32_t>(value);
    if ((x & 0x7FFFFFFFu) > 0x7F800000u) // NaN stays NaN (rounding could carry it into inf)
        return static_cast<std::uint16_t>((x >> 16) | 0x40u);
    // bf16 is the top half of fp32: same exponent, so subnormals and overflow follow from the carry
    const std::uint32_t lower = x & 0xFFFFu;
    std::uint32_t upper = x >> 16;
    if (lower > 0x8000u || (lower == 0x8000u && (upper & 1u)))
        ++upper;
    return static_cast<std::uint16_t>(upper);
}

float fromBf16Bits(std::uint16_t bits)
{
    return std::bit_cast<float>(static_cast<std::uint32_t>(bits) << 16);
}

float roundTo(FloatFormat format, float value)
{
    switch (format) {
    case FloatFormat::Fp32:
        return value;
    case FloatFormat::Fp16:
        return fromFp16Bits(toFp16Bits(value));
    case FloatFormat::Bf16:
        return fromBf16Bits(toBf16Bits(value));
    }
    return value;
}

double roundDoubleTo(FloatFormat format, double value)
{
    // Double to float first: for fp16 this double rounding cannot change a result here because fp32
    // keeps 13 more fraction bits than fp16 and the values we show are short decimals.
    return roundTo(format, static_cast<float>(value));
}

RoundingOutcome classifyRounding(FloatFormat format, double value)
{
    const double rounded = roundDoubleTo(format, value);
    if (std::isinf(rounded) && !std::isinf(value))
        return RoundingOutcome::Overflow;
    if (rounded == 0 && value != 0)
        return RoundingOutcome::Underflow;
    if (rounded != 0 && std::fabs(rounded) < formatInfo(format).minNormal)
        return RoundingOutcome::Subnormal;
    return rounded == value ? RoundingOutcome::Exact : RoundingOutcome::Rounded;
}

const char* outcomeName(RoundingOutcome outcome)
{
    switch (outcome) {
    case RoundingOutcome::Exact:
        return "exact";
    case RoundingOutcome::Rounded:
        return "rounded";
    case RoundingOutcome::Subnormal:
        return "subnormal";
    case RoundingOutcome::Underflow:
        return "underflow";
    case RoundingOutcome::Overflow:
        return "overflow";
    }
    return "?";
}

} // namespace ptlab::training_memory
