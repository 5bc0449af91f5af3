#include "core/wordproc/font_metrics.h"

#include "core/util/vietnamese_letters.h"
#include "core/util/utf8.h"

#include <array>

namespace ptlab::wordproc {

namespace {

constexpr char32_t kDenseLimit = 0x2000;

// Advances of a Times-like serif in units of the em, for printable ASCII 0x20..0x7E.
constexpr std::array<double, 95> kSerifAsciiEm = {
    0.250, 0.333, 0.408, 0.500, 0.500, 0.833, 0.778, 0.180, 0.333, 0.333, 0.500, 0.564, 0.250, 0.333, 0.250,
    0.278, // ' '../
    0.500, 0.500, 0.500, 0.500, 0.500, 0.500, 0.500, 0.500, 0.500, 0.500, // 0..9
    0.278, 0.278, 0.564, 0.564, 0.564, 0.444, 0.921, // :..@
    0.722, 0.667, 0.667, 0.722, 0.611, 0.556, 0.722, 0.722, 0.333, 0.389, 0.722, 0.611, 0.889, // A..M
    0.722, 0.722, 0.556, 0.722, 0.667, 0.556, 0.611, 0.722, 0.722, 0.944, 0.722, 0.722, 0.611, // N..Z
    0.333, 0.278, 0.333, 0.469, 0.500, 0.333, // [..`
    0.444, 0.500, 0.444, 0.500, 0.444, 0.333, 0.500, 0.500, 0.278, 0.278, 0.500, 0.278, 0.778, // a..m
    0.500, 0.500, 0.500, 0.500, 0.333, 0.389, 0.278, 0.500, 0.500, 0.722, 0.500, 0.500, 0.444, // n..z
    0.480, 0.200, 0.480, 0.541, // {..~
};

} // namespace

void FontMetrics::setAdvance(char32_t codePoint, double width)
{
    if (codePoint < kDenseLimit) {
        if (m_dense.size() <= codePoint)
            m_dense.resize(codePoint + 1, -1.0);
        m_dense[codePoint] = width;
    } else {
        m_sparse[codePoint] = width;
    }
}

double FontMetrics::sparseAdvance(char32_t codePoint) const
{
    if (codePoint < kDenseLimit)
        return isCombiningMark(codePoint) ? 0.0 : defaultAdvance;
    const auto it = m_sparse.find(codePoint);
    return it == m_sparse.end() ? defaultAdvance : it->second;
}

double FontMetrics::textWidth(std::string_view utf8) const
{
    double width = 0;
    for (std::size_t pos = 0; pos < utf8.size();)
        width += advance(decodeUtf8(utf8, pos));
    return width;
}

FontMetrics FontMetrics::monospace(double charWidth, double stretch, double lineHeight)
{
    FontMetrics m;
    m.defaultAdvance = charWidth;
    m.spaceWidth = charWidth;
    m.spaceStretch = stretch;
    m.spaceShrink = 0.0;
    m.hyphenWidth = charWidth;
    m.lineHeight = lineHeight;
    for (char32_t c = 0x0300; c <= 0x036F; ++c)
        m.setAdvance(c, 0.0);
    return m;
}

FontMetrics FontMetrics::approximateSerif(double pixelSize)
{
    FontMetrics m;
    m.defaultAdvance = 0.5 * pixelSize;
    m.spaceWidth = kSerifAsciiEm[0] * pixelSize;
    m.spaceStretch = m.spaceWidth / 2; // TeX's interword glue: 1/3 em plus 1/6 minus 1/9, scaled
    m.spaceShrink = m.spaceWidth / 3;
    m.hyphenWidth = kSerifAsciiEm['-' - 0x20] * pixelSize;
    m.lineHeight = 1.2 * pixelSize;
    for (char32_t c = 0x20; c < 0x7F; ++c)
        m.setAdvance(c, kSerifAsciiEm[c - 0x20] * pixelSize);
    // Vietnamese and other accented Latin letters: as wide as the letter they are built on.
    for (char32_t c = 0xC0; c < kDenseLimit; ++c) {
        const char32_t base = baseLetter(c);
        if (base != c && base < 0x7F)
            m.setAdvance(c, kSerifAsciiEm[base - 0x20] * pixelSize);
    }
    for (char32_t c = 0x0300; c <= 0x036F; ++c)
        m.setAdvance(c, 0.0);
    m.setAdvance(U'“', 0.444 * pixelSize);
    m.setAdvance(U'”', 0.444 * pixelSize);
    m.setAdvance(U'‘', 0.333 * pixelSize);
    m.setAdvance(U'’', 0.333 * pixelSize);
    m.setAdvance(U'—', 1.0 * pixelSize);
    m.setAdvance(U'–', 0.5 * pixelSize);
    m.setAdvance(U'…', 1.0 * pixelSize);
    return m;
}

} // namespace ptlab::wordproc
