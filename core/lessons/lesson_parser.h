#pragma once

#include "core/lessons/lesson.h"
#include "core/util/error.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::lessons {

// The demo page ids a lesson may name: states, wordproc, hardware, compare, apps, training, lessons.
const std::vector<std::string>& knownDemoPages();
bool isKnownDemoPage(std::string_view page);

// Parses one lesson file. fileName only names the file in error messages and gives Lesson::number.
Result<Lesson> parseLesson(std::string_view text, std::string_view fileName);

// Parses one quiz file; every question needs at least two options and exactly one correct answer.
Result<Quiz> parseQuiz(std::string_view text, std::string_view fileName);


} // namespace ptlab::lessons
