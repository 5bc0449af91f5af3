#pragma once

#include <string>
#include <vector>

namespace ptlab::wordproc {

enum class Language
{
    English,
    Vietnamese,
};

enum class ParagraphKind
{
    Heading, // a chapter title: starts a page, is not justified, appears in the table of contents
    Body,
};

struct Paragraph
{
    ParagraphKind kind = ParagraphKind::Body;
    std::string text; // UTF-8, one paragraph, no '\n'
};

struct Book
{
    Language language = Language::English;
    std::vector<Paragraph> paragraphs;
};

} // namespace ptlab::wordproc
