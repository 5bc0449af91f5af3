#pragma once

#include "core/lessons/lesson.h"

#include <string>
#include <string_view>
#include <vector>

namespace ptlab::lessons {

struct SearchHit
{
    std::string lessonId;
    std::string title;
    std::string snippet; // plain text around the first match in the body, "…" where cut
    bool inTitle = false;
    int matches = 0; // occurrences of all query words in title and body
};

// Case-insensitive search over lesson titles and bodies. Every whitespace-separated word of the query
// must occur. A query written without diacritics also ignores them in the text ("tien trinh" finds
// "Tiến trình"); a query with diacritics matches them exactly, ignoring only case. Title matches come
// first, then more matches, then catalog order.
std::vector<SearchHit> search(const Catalog& catalog, std::string_view query);

// The Markdown body as plain text for searching: no heading or list markers, table pipes, emphasis,
// code fences or link targets.
std::string plainText(std::string_view markdown);

} // namespace ptlab::lessons
