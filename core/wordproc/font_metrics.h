#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

namespace ptlab::wordproc {

// Font measurements as plain data, so the engine never needs a font. Tests and the command line
// use monospace() or approximateSerif(); the ui fills one from QFontMetricsF fm:
//   for (char32_t c : document.usedCodePoints()) m.setAdvance(c, fm.horizontalAdvance(QString::fromUcs4(&c, 1)));
//   m.spaceWidth = fm.horizontalAdvance(u' '); m.spaceStretch = m.spaceWidth / 2; m.spaceShrink = m.spaceWidth / 3;
//   m.hyphenWidth = fm.horizontalAdvance(u'-'); m.lineHeight = fm.lineSpacing();
// and paints with QFont::setKerning(false), since widths here are sums of single advances.
// Units are arbitrary but shared with PageLayout (pixels in the ui, columns for monospace).
class FontMetrics
{
public:
    double defaultAdvance = 8.0; // for code points without an entry
    double spaceWidth = 4.0;
    double spaceStretch = 2.0; // how far an inter-word space may grow when justifying
    double spaceShrink = 1.3; // and shrink
    double hyphenWidth = 5.0;
    double lineHeight = 18.0;

    void setAdvance(char32_t codePoint, double width);
    double advance(char32_t codePoint) const
    {
        if (codePoint < m_dense.size() && m_dense[codePoint] >= 0)
            return m_dense[codePoint];
        return sparseAdvance(codePoint);
    }
    // Advance of a UTF-8 run (no kerning, no shaping: sum of per-code-point advances).
    double textWidth(std::string_view utf8) const;

    // Every code point `charWidth` wide, spaces too; spaces may stretch by `stretch` and never shrink,
    // so rendered text lines up in columns.
    static FontMetrics monospace(double charWidth = 1.0, double stretch = 1.0, double lineHeight = 1.0);
    // A proportional font resembling a book serif at `pixelSize`, covering ASCII and Vietnamese letters;
    // for benchmarks and the command line where no QFont exists.
    static FontMetrics approximateSerif(double pixelSize = 16.0);

private:
    double sparseAdvance(char32_t codePoint) const;

    // Code points below 0x2000 (Latin, Vietnamese, combining marks) are looked up by index;
    // a negative entry means "use defaultAdvance".
    std::vector<double> m_dense;
    std::unordered_map<char32_t, double> m_sparse;
};

} // namespace ptlab::wordproc
