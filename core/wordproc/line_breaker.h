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
    double ratio = 0;
    bool hyphenated = false; // a hyphen is drawn after the text (a syllable break, not a typed '-')
    bool overfull = false; // wider than the line even so: only if one letter is wider than the line
};

// The best way to set a paragraph and, when they exist within the tolerance, the best ways to
// set it one line shorter or one line longer (TeX's \looseness -1 and +1). The paginator uses
// those to avoid widows and orphans without leaving a gap at the foot of a page.
struct ParagraphLayouts
{
    std::vector<BrokenLine> best;
    std::vector<BrokenLine> shorter; // empty when not feasible
    std::vector<BrokenLine> longer;
};

struct BreakerSettings
{
    double lineWidth = 0;
    bool hyphenateEnglish = false;
    // Largest adjustment ratio a line may have (TeX's \tolerance 200 is a ratio of about 1.26).
    double tolerance = 2.0;
    // When >= 0, first try without hyphenation at this ratio, like TeX's \pretolerance; the
    // default (-1) always considers hyphens, as word processors with hyphenation on do.
    double pretolerance = -1;
    // Find the shorter and longer layouts too. The search then keeps one set of active breaks per
    // line count instead of merging them, which costs more time.
    bool lineCountVariants = true;
    double linePenalty = 10;
    double flaggedDemerits = 3000; // two hyphenated lines in a row
    double fitnessDemerits = 3000; // a very loose line next to a tight one
    ItemOptions items;
};

struct BreakerStats
{
    int paragraphsByPass[3] = { 0, 0, 0 }; // pretolerance pass, main pass, emergency pass
    long long breakpointsTried = 0; // line evaluations (active break x candidate break)
    long long activeNodesCreated = 0;
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
    void breakJustified(std::string_view text, ParagraphLayouts& layouts);
    void breakJustified(std::string_view text, std::vector<BrokenLine>& lines);
    // Ragged right (headings): first fit, spaces at their natural width.
    void breakRagged(std::string_view text, std::vector<BrokenLine>& lines);

    const BreakerStats& stats() const { return m_stats; }

private:
    struct Node
    {
        int position; // item index of the break (-1: start of the paragraph)
        int line; // lines before this break
        int fitness;
        double totalWidth; // item sums at the first box after the break
        double totalStretch;
        double totalShrink;
        double demerits;
        int previous; // index into m_nodes
        bool flagged;
        bool overfull;
        double ratio;
    };
    struct Candidate
    {
        double demerits;
        int from;
        double ratio;
    };

    void breakJustified(std::string_view text, ParagraphLayouts& layouts, bool variants);
    void buildItems(std::string_view text, bool hyphenate);
    void prepareSums();
    // One pass over m_items; false when no feasible set of breaks exists at this tolerance.
    bool runPass(double tolerance, bool final, bool trackLines);
    void tryBreak(int b, double tolerance, bool final, bool trackLines);
    int addNode(int position, int line, int fitness, const Candidate& candidate, bool overfull);
    void collectLines(int finalNode, std::vector<BrokenLine>& lines) const;
    void collectVariants(ParagraphLayouts& layouts) const;
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
    std::vector<Candidate> m_candidates; // per (line count, fitness class) at the current break
    ParagraphLayouts m_scratch;
};

} // namespace ptlab::wordproc
