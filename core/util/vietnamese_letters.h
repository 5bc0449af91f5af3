#pragma once

#include <string>

namespace ptlab {

// The one table of Vietnamese letters (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with their five tone
// marks, and đ), shared by the word processor (capitals, font estimates) and the lessons' search
// (folding "Tiến" to "tien").

// Upper-case form of a Latin letter, Vietnamese letters with their diacritics included
// (ư -> Ư, ế -> Ế, đ -> Đ); anything else is returned unchanged.
char32_t toUpperLetter(char32_t c);

// The unaccented letter a Vietnamese letter is built on, in the same case (ố -> o, Đ -> D), or `c`
// itself for any other code point.
char32_t baseLetter(char32_t c);

// Upper-cases the first code point of a UTF-8 string in place.
void capitalizeFirst(std::string& text);

} // namespace ptlab
