#include "core/wordproc/document.h"

#include "core/util/utf8.h"
#include "core/util/vietnamese_letters.h"

#include <algorithm>
#include <bitset>

namespace ptlab::wordproc {

namespace {

Error invalid(std::string message)
{
    return Error { Error::Code::InvalidArgument, 0, std::move(message) };
}

bool endsSentence(std::string_view text, std::size_t i)
{
    const char c = text[i];
    return c == '.' || c == '!' || c == '?';
}

// "“Why?” asks Lan." is one sentence: a sentence ends only where the next one can begin.
bool nextWordIsLowerCase(std::string_view text, std::size_t pos)
{
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos == text.size())
        return false;
    const char32_t c = decodeUtf8(text, pos);
    return toUpperLetter(c) != c;
}

} // namespace

Document::Document() : m_paragraphs { std::make_shared<const Paragraph>() }
{
    updateOffsets();
}

Document::Document(Book book) : m_language(book.language)
{
    m_paragraphs.reserve(book.paragraphs.size());
    for (Paragraph& p : book.paragraphs)
        m_paragraphs.push_back(std::make_shared<const Paragraph>(std::move(p)));
    if (m_paragraphs.empty())
        m_paragraphs.push_back(std::make_shared<const Paragraph>());
    updateOffsets();
}

void Document::updateOffsets()
{
    m_offsets.resize(m_paragraphs.size());
    std::size_t offset = 0;
    for (std::size_t i = 0; i < m_paragraphs.size(); ++i) {
        m_offsets[i] = offset;
        offset += m_paragraphs[i]->text.size() + 1;
    }
}

std::size_t Document::size() const
{
    return m_offsets.back() + m_paragraphs.back()->text.size();
}

std::string Document::text() const
{
    std::string out;
    out.reserve(size());
    for (std::size_t i = 0; i < m_paragraphs.size(); ++i) {
        if (i > 0)
            out += '\n';
        out += m_paragraphs[i]->text;
    }
    return out;
}

Document::Position Document::positionOf(std::size_t offset) const
{
    offset = std::min(offset, size());
    const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), offset);
    const auto index = static_cast<int>(it - m_offsets.begin()) - 1;
    return { index, offset - m_offsets[static_cast<std::size_t>(index)] };
}

Result<void> Document::insert(std::size_t offset, std::string_view text)
{
    if (offset > size())
        return invalid("insert offset is past the end of the document");
    const Position at = positionOf(offset);
    auto& slot = m_paragraphs[static_cast<std::size_t>(at.paragraph)];
    if (!isCodePointBoundary(slot->text, at.offset))
        return invalid("insert offset is inside a UTF-8 sequence");
    if (!isValidUtf8(text))
        return invalid("inserted text is not valid UTF-8");

    // Copy on write: the edited paragraph is a new one; every other paragraph stays shared.
    Paragraph edited = *slot;
    const std::size_t newline = text.find('\n');
    if (newline == std::string_view::npos) {
        edited.text.insert(at.offset, text);
        slot = std::make_shared<const Paragraph>(std::move(edited));
    } else {
        std::string tail = edited.text.substr(at.offset);
        edited.text.resize(at.offset);
        edited.text.append(text.substr(0, newline));
        slot = std::make_shared<const Paragraph>(std::move(edited));
        std::vector<Paragraph> added;
        std::size_t start = newline + 1;
        while (true) {
            const std::size_t next = text.find('\n', start);
            added.push_back({ ParagraphKind::Body, std::string(text.substr(start, next - start)) });
            if (next == std::string_view::npos)
                break;
            start = next + 1;
        }
        added.back().text += tail;
        std::vector<std::shared_ptr<const Paragraph>> shared;
        shared.reserve(added.size());
        for (Paragraph& p : added)
            shared.push_back(std::make_shared<const Paragraph>(std::move(p)));
        m_paragraphs.insert(m_paragraphs.begin() + at.paragraph + 1, shared.begin(), shared.end());
    }
    updateOffsets();
    ++m_revision;
    return {};
}

Result<void> Document::erase(std::size_t offset, std::size_t length)
{
    const std::size_t total = size();
    if (offset > total || length > total - offset)
        return invalid("erased range is past the end of the document");
    const Position from = positionOf(offset);
    const Position to = positionOf(offset + length);
    auto& slot = m_paragraphs[static_cast<std::size_t>(from.paragraph)];
    const Paragraph& last = *m_paragraphs[static_cast<std::size_t>(to.paragraph)];
    if (!isCodePointBoundary(slot->text, from.offset) || !isCodePointBoundary(last.text, to.offset))
        return invalid("erased range splits a UTF-8 sequence");
    if (length == 0)
        return {};

    Paragraph edited { slot->kind, {} };
    if (from.paragraph == to.paragraph) {
        edited.text = slot->text;
        edited.text.erase(from.offset, to.offset - from.offset);
        slot = std::make_shared<const Paragraph>(std::move(edited));
    } else {
        edited.text = slot->text.substr(0, from.offset) + last.text.substr(to.offset);
        slot = std::make_shared<const Paragraph>(std::move(edited));
        m_paragraphs.erase(m_paragraphs.begin() + from.paragraph + 1, m_paragraphs.begin() + to.paragraph + 1);
    }
    updateOffsets();
    ++m_revision;
    return {};
}

std::pair<std::size_t, std::size_t> Document::firstSentence(int paragraph) const
{
    const std::string_view text = m_paragraphs[static_cast<std::size_t>(paragraph)]->text;
    std::size_t end = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!endsSentence(text, i))
            continue;
        std::size_t after = i + 1;
        while (after < text.size() && endsSentence(text, after))
            ++after;
        // A closing quotation mark belongs to the sentence it closes.
        for (std::string_view quote : { std::string_view("\xE2\x80\x9D"), std::string_view("\"") }) {
            if (text.substr(after, quote.size()) == quote)
                after += quote.size();
        }
        if (after == text.size() || (text[after] == ' ' && !nextWordIsLowerCase(text, after))) {
            end = after;
            break;
        }
    }
    while (end < text.size() && text[end] == ' ')
        ++end;
    return { 0, end };
}

Result<std::size_t> Document::eraseFirstSentence()
{
    for (int i = 0; i < paragraphCount(); ++i) {
        const Paragraph& p = *m_paragraphs[static_cast<std::size_t>(i)];
        if (p.kind != ParagraphKind::Body || p.text.empty())
            continue;
        const auto [begin, end] = firstSentence(i);
        const std::size_t offset = paragraphOffset(i) + begin;
        // A paragraph that was a single sentence goes away with its line break.
        const bool whole = begin == 0 && end == p.text.size() && paragraphCount() > 1;
        const std::size_t length = whole ? end + 1 : end - begin;
        if (whole && i == paragraphCount() - 1) {
            // The last paragraph has no '\n' after it: take the one before it instead.
            if (auto r = erase(offset - 1, length); !r)
                return r.error();
            return offset - 1;
        }
        if (auto r = erase(offset, length); !r)
            return r.error();
        return offset;
    }
    return Error { Error::Code::NotFound, 0, "the document has no body text" };
}

std::vector<char32_t> Document::usedCodePoints() const
{
    std::bitset<0x2000> dense;
    std::vector<char32_t> others;
    for (const auto& p : m_paragraphs) {
        const std::string_view text = p->text;
        for (std::size_t pos = 0; pos < text.size();) {
            const char32_t c = decodeUtf8(text, pos);
            if (c < dense.size())
                dense.set(c);
            else
                others.push_back(c);
        }
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    std::vector<char32_t> result;
    for (char32_t c = 0; c < dense.size(); ++c) {
        if (dense.test(c))
            result.push_back(c);
    }
    result.insert(result.end(), others.begin(), others.end());
    return result;
}

} // namespace ptlab::wordproc
