#pragma once

#include "core/wordproc/font_metrics.h"
#include "core/wordproc/paragraph_items.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ptlab::wordproc {

// One line of a broken paragraph.
struct BrokenLine
{
    std::uint32_t begin = 0; // byte range of the line's text within the paragraph
    std::uint32_t end = 0;
    // Adjustment ratio: each space is set at spaceWidth + ratio * spaceStretch when ratio >= 0,
    // spaceWidth + ratio * spaceShrink when negative. 0 on ragged lines (headings, last lines).
    float ratio = 0;
    bool hyphenated = false; // a hyphen is drawn after the text (a syllable break, not a typed '-')
    bool overfull = false; // wider than the line even so: only if one letter is wider than the line
};

struct BreakerSettings
{
    double lineWidth = 0;
    bool hyphenateEnglish = false; // the second pass may hyphenate (English text only)
    // Largest adjustment ratio accepted by the first pass (no hyphenation) and the second (with
    // hyphenation); a paragraph that fits neither is set by a third pass that accepts any ratio.
    // (TeX's \pretolerance=100 and \tolerance=200 are ratios of about 1.0 and 1.26.)
    double firstPassTolerance = 1.0;
    double secondPassTolerance = 2.0;
    double linePenalty = 10;
    double flaggedDemerits = 3000; // two hyphenated lines in a row
    double fitnessDemerits = 3000; // a very loose line next to a tight one
    ItemOptions items;
};

struct BreakerStats
{
    int paragraphsByPass[3] = { 0, 0, 0 };
    long long breakpointsTried = 0; // feasible-break evaluations (active node x breakpoint)
};

// Knuth-Plass total-fit line breaking: among all ways to break a paragraph into lines no wider
// than the measure, finds the one with the least total demerits (badness of each line's spacing,
// hyphens, abrupt changes of tightness), keeping a list of active breakpoints. Buffers are kept
// between paragraphs, so one LineBreaker per thread.
class LineBreaker
{
public:
    LineBreaker(const FontMetrics& metrics, const BreakerSettings& settings);

    // Justified body text, last line ragged.
    void breakJustified(std::string_view text, std::vector<BrokenLine>& lines);
    // Ragged right (headings): first fit, spaces at their natural width.
    void breakRagged(std::string_view text, std::vector<BrokenLine>& lines);

    const BreakerStats& stats() const { return m_stats; }

private:
    struct Node
    {
        int position; // item index of the break (-1: start of the paragraph)
        int fitness;
        double totalWidth; // item sums at the first box after the break
        double totalStretch;
        double totalShrink;
        double demerits;
        int previous; // index into m_nodes
        bool flagged;
        bool overfull;
        float ratio;
    };

    void prepareSums();
    // Runs one pass over m_items; false when no feasible set of breaks exists at this tolerance.
    bool runPass(double tolerance, bool final);
    void tryBreak(int b, double tolerance, bool final);
    int addNode(int position, int fitness, double demerits, int previous, float ratio, bool overfull);
    void collectLines(std::vector<BrokenLine>& lines) const;
    void firstFit(std::vector<BrokenLine>& lines) const;
    std::uint32_t lineBegin(int breakPosition) const;
    std::uint32_t lineEnd(int breakPosition) const;

    const FontMetrics& m_metrics;
    BreakerSettings m_settings;
    BreakerStats m_stats;
    std::vector<Item> m_items;
    std::vector<double> m_sumWidth; // sums over items [0, i) of box and glue widths
    std::vector<double> m_sumStretch;
    std::vector<double> m_sumShrink;
    std::vector<int> m_nextBox; // first box at or after i (or the item count)
    std::vector<Node> m_nodes;
    std::vector<int> m_active;
    int m_bestFinal = -1;
};

} // namespace ptlab::wordproc
