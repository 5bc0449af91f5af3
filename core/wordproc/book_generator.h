#pragma once

#include "core/wordproc/book.h"

namespace ptlab::wordproc {

// What the generator assumes a printed page holds when it sizes a book.
inline constexpr int kGeneratorLinesPerPage = 40;
inline constexpr int kGeneratorCharsPerLine = 70;

// A book of about `pages` printed pages (kGeneratorLinesPerPage lines of kGeneratorCharsPerLine
// characters) in chapters of 4-12 pages: a heading, then paragraphs of 3-7 sentences composed
// from ptlab's own phrases about processes, threads and a class watching a word processor.
// Deterministic: the same arguments give the same book, and a longer book starts like a shorter one.
Book generateBook(int pages, Language language);

} // namespace ptlab::wordproc
