#pragma once

#include <string>

namespace ptlab::wordproc {

// Upper-case form of a Latin letter, Vietnamese letters with their diacritics included
// (ư -> Ư, ế -> Ế, đ -> Đ); anything else is returned unchanged.
char32_t toUpperLetter(char32_t c);

// The unaccented ASCII letter a Latin letter is built on (ố -> o, Đ -> D), or `c` itself.
// Used to estimate advances when no real font is at hand.
char32_t baseLetter(char32_t c);

// Upper-cases the first code point of a UTF-8 string in place.
void capitalizeFirst(std::string& text);

} // namespace ptlab::wordproc
