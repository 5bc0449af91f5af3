#pragma once

#include "core/util/error.h"
#include "core/wordproc/book.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::wordproc {

// The text being edited: a list of paragraphs. Byte offsets address the whole text as if the
// paragraphs were joined with '\n' (what text() returns), which is what the ui's cursor counts.
// A Document is a value: copy it to hand a snapshot to a reformat running on another thread.
// Paragraphs are immutable and shared between copies (an edit replaces only the paragraphs it
// touches), so a copy per keystroke costs one pointer per paragraph, not the text of the book.
class Document
{
public:
    struct Position
    {
        int paragraph = 0;
        std::size_t offset = 0; // bytes into that paragraph's text
    };

    Document();
    explicit Document(Book book);

    Language language() const { return m_language; }
    const Paragraph& paragraph(int index) const { return *m_paragraphs[static_cast<std::size_t>(index)]; }
    int paragraphCount() const { return static_cast<int>(m_paragraphs.size()); }
    // Bumped by every successful edit, so a finished reformat can tell whether it is already stale.
    std::uint64_t revision() const { return m_revision; }

    std::size_t size() const; // bytes of text()
    std::string text() const;
    std::size_t paragraphOffset(int index) const { return m_offsets[static_cast<std::size_t>(index)]; }
    // Offsets up to size() are valid; the '\n' after a paragraph belongs to that paragraph's end.
    Position positionOf(std::size_t offset) const;

    // `text` may contain '\n', which splits paragraphs; the new ones are body paragraphs.
    // Fails (InvalidArgument) for offsets past the end, inside a UTF-8 sequence, or malformed text.
    Result<void> insert(std::size_t offset, std::string_view text);
    // Erasing across a '\n' joins the paragraphs; the first one keeps its kind.
    Result<void> erase(std::size_t offset, std::size_t length);

    // Byte range [begin, end) of the first sentence of a paragraph, trailing spaces included.
    std::pair<std::size_t, std::size_t> firstSentence(int paragraph) const;
    // The demo's edit: deletes the first sentence of the first body paragraph (the first text on
    // page 1 after the chapter title). Returns the offset where text was removed; NotFound when the
    // document has no non-empty body paragraph.
    Result<std::size_t> eraseFirstSentence();

    // Sorted distinct code points in the text (the ui measures each once to fill FontMetrics).
    std::vector<char32_t> usedCodePoints() const;

private:
    void updateOffsets();

    Language m_language = Language::English;
    // Never modified in place: a paragraph another copy may be reading is replaced, not edited.
    std::vector<std::shared_ptr<const Paragraph>> m_paragraphs;
    std::vector<std::size_t> m_offsets; // start of each paragraph in text()
    std::uint64_t m_revision = 0;
};

} // namespace ptlab::wordproc
