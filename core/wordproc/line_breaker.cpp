#include "core/wordproc/line_breaker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ptlab::wordproc {

namespace {

constexpr double kEpsilon = 1e-7;
// Ratio of a line that cannot stretch or shrink at all (one word, no spaces) but is not full.
constexpr double kAwfulRatio = 1000;
constexpr double kMaxBadness = 1e6;
constexpr std::size_t kMaxBytesForVariants = 8000; // about 110 lines
constexpr double kInfinity = std::numeric_limits<double>::infinity();

int fitnessClass(double ratio)
{
    if (ratio < -0.5)
        return 0; // tight
    if (ratio <= 0.5)
        return 1; // decent
    if (ratio <= 1.0)
        return 2; // loose
    return 3; // very loose
}

bool isForced(const Item& item)
{
    return item.type == ItemType::Penalty && item.penalty <= -kInfinitePenalty;
}

} // namespace

LineBreaker::LineBreaker(const FontMetrics& metrics, const BreakerSettings& settings)
    : m_metrics(metrics), m_settings(settings)
{
    m_settings.items.lineWidth = settings.lineWidth;
}

void LineBreaker::prepareSums()
{
    const std::size_t n = m_items.size();
    m_sumWidth.resize(n + 1);
    m_sumStretch.resize(n + 1);
    m_sumShrink.resize(n + 1);
    m_nextBox.resize(n + 1);
    double w = 0;
    double y = 0;
    double z = 0;
    for (std::size_t i = 0; i < n; ++i) {
        m_sumWidth[i] = w;
        m_sumStretch[i] = y;
        m_sumShrink[i] = z;
        const Item& item = m_items[i];
        if (item.type != ItemType::Penalty) {
            w += item.width;
            y += item.stretch;
            z += item.shrink;
        }
    }
    m_sumWidth[n] = w;
    m_sumStretch[n] = y;
    m_sumShrink[n] = z;
    m_nextBox[n] = static_cast<int>(n);
    for (std::size_t i = n; i-- > 0;)
        m_nextBox[i] = m_items[i].type == ItemType::Box ? static_cast<int>(i) : m_nextBox[i + 1];
}

void LineBreaker::buildItems(std::string_view text, bool hyphenate)
{
    ItemOptions options = m_settings.items;
    options.justified = true;
    options.hyphenateEnglish = hyphenate;
    buildParagraphItems(text, m_metrics, options, m_items);
    prepareSums();
}

void LineBreaker::breakJustified(std::string_view text, ParagraphLayouts& layouts)
{
    breakJustified(text, layouts, m_settings.lineCountVariants);
}

void LineBreaker::breakJustified(std::string_view text, std::vector<BrokenLine>& lines)
{
    breakJustified(text, m_scratch, false);
    lines.swap(m_scratch.best);
}

void LineBreaker::breakJustified(std::string_view text, ParagraphLayouts& layouts, bool variants)
{
    layouts.best.clear();
    layouts.shorter.clear();
    layouts.longer.clear();
    // Line counts reachable at a break spread wider the longer the paragraph gets, and the search
    // with one set of nodes per count grows with their number: long paragraphs get one layout.
    variants = variants && text.size() <= kMaxBytesForVariants;
    if (m_settings.pretolerance >= 0) {
        buildItems(text, false);
        if (runPass(m_settings.pretolerance, false, variants)) {
            ++m_stats.paragraphsByPass[0];
            collectVariants(layouts);
            return;
        }
    }
    if (m_settings.pretolerance < 0 || m_settings.hyphenateEnglish)
        buildItems(text, m_settings.hyphenateEnglish);
    if (runPass(m_settings.tolerance, false, variants)) {
        ++m_stats.paragraphsByPass[1];
        collectVariants(layouts);
        return;
    }
    // Emergency: any spacing is accepted, only the best layout is wanted.
    ++m_stats.paragraphsByPass[2];
    if (runPass(kInfinity, true, false))
        collectVariants(layouts);
    else
        firstFit(layouts.best); // not expected: the final pass accepts any line, overfull ones included
    layouts.shorter.clear();
    layouts.longer.clear();
}

void LineBreaker::breakRagged(std::string_view text, std::vector<BrokenLine>& lines)
{
    ItemOptions options = m_settings.items;
    options.justified = false;
    options.hyphenateEnglish = false;
    buildParagraphItems(text, m_metrics, options, m_items);
    prepareSums();
    firstFit(lines);
}

int LineBreaker::addNode(int position, int line, int fitness, const Candidate& candidate, bool overfull)
{
    const auto after = static_cast<std::size_t>(m_nextBox[static_cast<std::size_t>(position) + 1]);
    const Item& item = m_items[static_cast<std::size_t>(position)];
    m_nodes.push_back(
        Node { position, line, fitness, m_sumWidth[after], m_sumStretch[after], m_sumShrink[after], candidate.demerits,
            candidate.from, item.type == ItemType::Penalty && item.flagged, overfull, candidate.ratio });
    ++m_stats.activeNodesCreated;
    return static_cast<int>(m_nodes.size()) - 1;
}

bool LineBreaker::runPass(double tolerance, bool final, bool trackLines)
{
    m_nodes.clear();
    m_active.clear();
    m_nodes.push_back(Node { -1, 0, 1, 0, 0, 0, 0, -1, false, false, 0 });
    m_active.push_back(0);

    const int n = static_cast<int>(m_items.size());
    for (int b = 0; b < n; ++b) {
        const Item& item = m_items[static_cast<std::size_t>(b)];
        bool legal = false;
        if (item.type == ItemType::Glue)
            legal = b > 0 && m_items[static_cast<std::size_t>(b) - 1].type == ItemType::Box;
        else if (item.type == ItemType::Penalty)
            legal = item.penalty < kInfinitePenalty;
        if (!legal)
            continue;
        tryBreak(b, tolerance, final, trackLines);
        if (m_active.empty())
            return false;
    }
    // The forced break at the end deactivated every older node: what is left ends the paragraph.
    return true;
}

void LineBreaker::tryBreak(int b, double tolerance, bool final, bool trackLines)
{
    const Item& item = m_items[static_cast<std::size_t>(b)];
    const bool forced = isForced(item);
    const double breakWidth = item.type == ItemType::Penalty ? item.width : 0;
    const double lineWidth = m_settings.lineWidth;
    const auto ub = static_cast<std::size_t>(b);

    // Candidates are kept per fitness class and, when tracking line counts, per line count too.
    int minLine = 0;
    int groups = 1;
    if (trackLines) {
        int maxLine = 0;
        minLine = m_nodes[static_cast<std::size_t>(m_active.front())].line;
        maxLine = minLine;
        for (int index : m_active) {
            const int line = m_nodes[static_cast<std::size_t>(index)].line;
            minLine = std::min(minLine, line);
            maxLine = std::max(maxLine, line);
        }
        groups = maxLine - minLine + 1;
    }
    m_candidates.assign(static_cast<std::size_t>(groups) * 4, Candidate { kInfinity, -1, 0 });
    bool anyCandidate = false;
    int overfullFrom = -1; // the shortest overfull line, kept for the final pass's last resort
    double overfullRatio = 0;

    for (std::size_t k = 0; k < m_active.size();) {
        const int index = m_active[k];
        const Node& a = m_nodes[static_cast<std::size_t>(index)];
        const double width = m_sumWidth[ub] - a.totalWidth + breakWidth;
        double ratio = 0;
        if (width < lineWidth - kEpsilon) {
            const double stretch = m_sumStretch[ub] - a.totalStretch;
            ratio = stretch > 0 ? (lineWidth - width) / stretch : kAwfulRatio;
        } else if (width > lineWidth + kEpsilon) {
            const double shrink = m_sumShrink[ub] - a.totalShrink;
            ratio = shrink > 0 ? (lineWidth - width) / shrink : -kAwfulRatio;
        }
        ++m_stats.breakpointsTried;

        if (ratio >= -1 && ratio <= tolerance) {
            const double badness = std::min(100 * std::abs(ratio * ratio * ratio), kMaxBadness);
            double demerits = (m_settings.linePenalty + badness) * (m_settings.linePenalty + badness);
            if (item.type == ItemType::Penalty) {
                if (item.penalty > 0)
                    demerits += item.penalty * item.penalty;
                else if (item.penalty > -kInfinitePenalty)
                    demerits -= item.penalty * item.penalty;
            }
            if (item.flagged && a.flagged)
                demerits += m_settings.flaggedDemerits;
            const int fitness = fitnessClass(ratio);
            if (std::abs(fitness - a.fitness) > 1)
                demerits += m_settings.fitnessDemerits;
            demerits += a.demerits;
            Candidate& slot = m_candidates[static_cast<std::size_t>(trackLines ? a.line - minLine : 0) * 4
                + static_cast<std::size_t>(fitness)];
            if (demerits < slot.demerits) {
                slot = Candidate { demerits, index, ratio };
                anyCandidate = true;
            }
        }

        if (ratio < -1 || forced) {
            // Later breaks only make this line longer: the node is done.
            if (ratio < -1
                && (overfullFrom < 0 || a.position > m_nodes[static_cast<std::size_t>(overfullFrom)].position)) {
                overfullFrom = index;
                overfullRatio = ratio;
            }
            m_active[k] = m_active.back();
            m_active.pop_back();
        } else {
            ++k;
        }
    }

    if (!anyCandidate) {
        // Nothing fits. TeX's last resort: accept an overfull line rather than lose every path.
        if (final && m_active.empty() && overfullFrom >= 0) {
            const Node& from = m_nodes[static_cast<std::size_t>(overfullFrom)];
            m_active.push_back(
                addNode(b, from.line + 1, 1, Candidate { from.demerits, overfullFrom, overfullRatio }, true));
        }
        return;
    }
    for (int group = 0; group < groups; ++group) {
        const Candidate* slots = &m_candidates[static_cast<std::size_t>(group) * 4];
        double minimum = kInfinity;
        for (int fitness = 0; fitness < 4; ++fitness)
            minimum = std::min(minimum, slots[fitness].demerits);
        if (minimum == kInfinity)
            continue;
        for (int fitness = 0; fitness < 4; ++fitness) {
            const Candidate& c = slots[fitness];
            if (c.from >= 0 && c.demerits <= minimum + m_settings.fitnessDemerits) {
                const int line = m_nodes[static_cast<std::size_t>(c.from)].line + 1;
                m_active.push_back(addNode(b, line, fitness, c, false));
            }
        }
    }
}

std::uint32_t LineBreaker::lineBegin(int breakPosition) const
{
    const auto first = static_cast<std::size_t>(m_nextBox[static_cast<std::size_t>(breakPosition) + 1]);
    return first < m_items.size() ? m_items[first].begin : 0;
}

std::uint32_t LineBreaker::lineEnd(int breakPosition) const
{
    for (int i = breakPosition - 1; i >= 0; --i) {
        const Item& item = m_items[static_cast<std::size_t>(i)];
        if (item.type == ItemType::Box)
            return item.end;
    }
    return 0;
}

void LineBreaker::collectLines(int finalNode, std::vector<BrokenLine>& lines) const
{
    lines.clear();
    const int last = static_cast<int>(m_items.size()) - 1;
    for (int index = finalNode; index > 0;) {
        const Node& node = m_nodes[static_cast<std::size_t>(index)];
        const Node& previous = m_nodes[static_cast<std::size_t>(node.previous)];
        const Item& item = m_items[static_cast<std::size_t>(node.position)];
        BrokenLine line;
        line.begin = lineBegin(previous.position);
        line.end = std::max(line.begin, lineEnd(node.position));
        // The last line is ragged: its fill glue took the slack. It may still have had to shrink.
        line.ratio = node.position == last ? std::min(node.ratio, 0.0) : node.ratio;
        line.hyphenated = item.type == ItemType::Penalty && item.flagged && item.width > 0;
        line.overfull = node.overfull;
        lines.push_back(line);
        index = node.previous;
    }
    std::reverse(lines.begin(), lines.end());
}

void LineBreaker::collectVariants(ParagraphLayouts& layouts) const
{
    // After the forced break at the end, every active node ends the paragraph.
    int best = -1;
    for (int index : m_active) {
        if (best < 0
            || m_nodes[static_cast<std::size_t>(index)].demerits < m_nodes[static_cast<std::size_t>(best)].demerits)
            best = index;
    }
    collectLines(best, layouts.best);
    const int bestLines = m_nodes[static_cast<std::size_t>(best)].line;
    int shorter = -1;
    int longer = -1;
    auto better = [this](int candidate, int current) {
        return current < 0
            || m_nodes[static_cast<std::size_t>(candidate)].demerits
            < m_nodes[static_cast<std::size_t>(current)].demerits;
    };
    for (int index : m_active) {
        const int lines = m_nodes[static_cast<std::size_t>(index)].line;
        if (lines == bestLines - 1 && better(index, shorter))
            shorter = index;
        else if (lines == bestLines + 1 && better(index, longer))
            longer = index;
    }
    if (shorter >= 0)
        collectLines(shorter, layouts.shorter);
    else
        layouts.shorter.clear();
    if (longer >= 0)
        collectLines(longer, layouts.longer);
    else
        layouts.longer.clear();
}

void LineBreaker::firstFit(std::vector<BrokenLine>& lines) const
{
    lines.clear();
    const double lineWidth = m_settings.lineWidth;
    const int n = static_cast<int>(m_items.size());
    int from = -1;
    double fromWidth = 0;
    int lastFit = -1;
    auto emit = [&](int to, bool overfull) {
        const Item& item = m_items[static_cast<std::size_t>(to)];
        BrokenLine line;
        line.begin = lineBegin(from);
        line.end = std::max(line.begin, lineEnd(to));
        line.hyphenated = item.type == ItemType::Penalty && item.flagged && item.width > 0;
        line.overfull = overfull;
        lines.push_back(line);
        from = to;
        fromWidth = m_sumWidth[static_cast<std::size_t>(m_nextBox[static_cast<std::size_t>(to) + 1])];
    };
    auto widthTo = [&](int b) {
        const Item& item = m_items[static_cast<std::size_t>(b)];
        return m_sumWidth[static_cast<std::size_t>(b)] - fromWidth + (item.type == ItemType::Penalty ? item.width : 0);
    };
    for (int b = 0; b < n; ++b) {
        const Item& item = m_items[static_cast<std::size_t>(b)];
        const bool legal
            = (item.type == ItemType::Glue && b > 0 && m_items[static_cast<std::size_t>(b) - 1].type == ItemType::Box)
            || (item.type == ItemType::Penalty && item.penalty < kInfinitePenalty);
        if (!legal)
            continue;
        double width = widthTo(b);
        if (width > lineWidth + kEpsilon && lastFit >= 0) {
            emit(lastFit, false);
            lastFit = -1;
            width = widthTo(b);
        }
        const bool tooWide = width > lineWidth + kEpsilon;
        if (isForced(item)) {
            emit(b, tooWide);
            break;
        }
        if (tooWide)
            emit(b, true); // a single piece wider than the line: nothing better exists
        else
            lastFit = b;
    }
}

} // namespace ptlab::wordproc
