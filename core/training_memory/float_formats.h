#pragma once

#include <cstdint>
#include <string>

namespace ptlab::training_memory {

// The three number formats of mixed-precision training, rounded in software so that every value the
// page shows comes from the same rule the hardware uses: round to nearest, ties to even, gradual
// underflow through subnormals, overflow to infinity.
enum class FloatFormat
{
    Fp32,
    Fp16,
    Bf16,
};

struct FormatInfo
{
    FloatFormat format;
    std::string name; // "fp16"
    int bits = 0;
    int exponentBits = 0;
    int mantissaBits = 0; // stored fraction bits
    double maxFinite = 0;
    double minNormal = 0;
    double minSubnormal = 0;
    double epsilon = 0; // gap between 1 and the next value
    double decimalDigits = 0; // log10(2^(mantissa+1))
};

[[nodiscard]] FormatInfo formatInfo(FloatFormat format);
[[nodiscard]] const char* formatName(FloatFormat format);

// Bit patterns (fp16 and bf16 in the low 16 bits).
[[nodiscard]] std::uint16_t toFp16Bits(float value);
[[nodiscard]] float fromFp16Bits(std::uint16_t bits);
[[nodiscard]] std::uint16_t toBf16Bits(float value);
[[nodiscard]] float fromBf16Bits(std::uint16_t bits);

// The value `value` becomes when stored in `format` (fp32 is the identity for floats).
[[nodiscard]] float roundTo(FloatFormat format, float value);
// Rounds a double to fp32 first, then to `format` (what casting a double literal does).
[[nodiscard]] double roundDoubleTo(FloatFormat format, double value);

// What happens to a value: exact, rounded, subnormal (precision lost), underflow to zero, overflow.
enum class RoundingOutcome
{
    Exact,
    Rounded,
    Subnormal,
    Underflow,
    Overflow,
};
[[nodiscard]] RoundingOutcome classifyRounding(FloatFormat format, double value);
[[nodiscard]] const char* outcomeName(RoundingOutcome outcome);

} // namespace ptlab::training_memory
