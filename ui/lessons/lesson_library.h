#pragma once

#include "core/lessons/catalog.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ptlab::ui {

// One lesson of a language as the Lessons page shows it: either parsed (entry) or broken (error),
// so that one damaged file never hides the other lessons.
struct LessonItem
{
    QString id; // from the front matter, or from the file name when the file is broken
    int number = 0;
    QString fileName; // "en/04-process.md"
    std::optional<lessons::CatalogEntry> entry; // absent when the lesson file could not be parsed
    std::optional<Error> lessonError; // why entry is absent
    std::optional<Error> quizError; // a quiz of this lesson could not be parsed (the lesson still shows)
};

// The lessons of one language, read from a folder holding en/ and vi/ (":/lessons" by default).
struct LessonLibrary
{
    QString lang;
    std::vector<LessonItem> items; // in lesson order
    lessons::Catalog catalog; // the lessons that parsed, for search()
    std::optional<Error> folderError; // no lesson file at all

    int indexOf(const QString& lessonId) const; // -1 when absent
    // The lesson a user names by its id ("process"), its file name ("04-process") or its number ("4");
    // -1 when none matches.
    int find(const QString& name) const;
    QStringList fileNames() const; // "04-process", ... in lesson order: the names find() takes
};

// Reads root/lang/*.md and builds the catalog; when the whole catalog does not build, each lesson is
// built with its own quizzes so that only the damaged lessons are marked broken.
LessonLibrary loadLessonLibrary(const QString& root, const QString& lang);

} // namespace ptlab::ui
