#pragma once

#include <span>
#include <string_view>
#include <utility>

namespace ptlab::wordproc {

// Sentence material for the book generator, written for ptlab in each language. Subjects are in
// the form they take mid-sentence (lower case unless a name); predicates agree with a singular
// subject; tails start with their own ", " or " ".
struct PhraseBook
{
    std::span<const std::string_view> chapterTitles;
    std::string_view chapterWord; // "Chapter" / "Chương"
    std::span<const std::string_view> systemSubjects;
    std::span<const std::string_view> systemPredicates;
    std::span<const std::string_view> personSubjects;
    std::span<const std::string_view> personPredicates;
    std::span<const std::string_view> openers; // "Meanwhile, "
    std::span<const std::string_view> tails;
    std::span<const std::pair<std::string_view, std::string_view>> joins; // {"When ", ", "} joins two clauses
    std::span<const std::string_view> facts; // whole sentences
    std::span<const std::string_view> quotes; // spoken lines; a question ends with '?'
    std::span<const std::string_view> speakers;
};

const PhraseBook& englishPhrases();
const PhraseBook& vietnamesePhrases();

} // namespace ptlab::wordproc
