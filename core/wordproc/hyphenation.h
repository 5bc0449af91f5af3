#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace ptlab::wordproc {

// Where an English word may take a hyphen at a line end: byte offsets into `word`, ascending.
// A heuristic, not a dictionary: known prefixes and suffixes, then vowel-consonant patterns
// (VC-CV, V-CV), keeping at least 2 letters before and 3 after a break and never splitting
// digraphs such as "th" or "ck". Words with non-ASCII letters, digits or capitals after the
// first letter (acronyms, names like "McKay") get no points.
void englishHyphenationPoints(std::string_view word, std::vector<std::size_t>& points);

} // namespace ptlab::wordproc
