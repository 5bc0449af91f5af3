#include "ui/lessons/lesson_library.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace ptlab::ui {

namespace {

// "04-process.md" -> "04-", "readme.md" -> "" (the catalog's own rule for numbered files).
QString numberPrefix(const QString& name)
{
    int i = 0;
    while (i < name.size() && name.at(i).isDigit())
        ++i;
    return (i > 0 && i < name.size() && name.at(i) == QLatin1Char('-')) ? name.left(i + 1) : QString();
}

bool isQuizFile(const QString& name)
{
    return name.endsWith(QLatin1String(".quiz.md"));
}

} // namespace

int LessonLibrary::indexOf(const QString& lessonId) const
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == lessonId)
            return static_cast<int>(i);
    }
    return -1;
}

LessonLibrary loadLessonLibrary(const QString& root, const QString& lang)
{
    LessonLibrary library;
    library.lang = lang;
    library.catalog.lang = lang.toStdString();

    const QDir dir(root + QLatin1Char('/') + lang);
    const QStringList names = dir.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
    std::vector<lessons::SourceFile> files;
    std::vector<std::pair<QString, Error>> unreadable; // lesson files that could not even be opened
    for (const QString& name : names) {
        if (numberPrefix(name).isEmpty())
            continue; // README and other notes
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            Error e;
            e.code = Error::Code::Io;
            e.message = QString(lang + QLatin1Char('/') + name).toStdString() + ": " + file.errorString().toStdString();
            if (!isQuizFile(name))
                unreadable.emplace_back(name, e);
            continue;
        }
        files.push_back({ name.toStdString(), file.readAll().toStdString() });
    }

    const bool anyLesson = std::any_of(files.begin(), files.end(), [](const auto& f) {
        return !isQuizFile(QString::fromStdString(f.name));
    }) || !unreadable.empty();
    if (!anyLesson) {
        Error e;
        e.code = Error::Code::NotFound;
        e.message = "No lessons were found in " + dir.path().toStdString() + ".";
        library.folderError = e;
        return library;
    }

    auto all = lessons::buildCatalog(library.catalog.lang, files);
    if (all && unreadable.empty()) {
        library.catalog = std::move(all).value();
        for (const auto& entry : library.catalog.entries) {
            LessonItem item;
            item.id = QString::fromStdString(entry.lesson.id);
            item.number = entry.lesson.number;
            item.fileName = QString::fromStdString(entry.lesson.fileName);
            item.entry = entry;
            library.items.push_back(std::move(item));
        }
        return library;
    }

    // Something is damaged: build each lesson alone, with the quizzes sharing its number.
    for (const auto& file : files) {
        const QString name = QString::fromStdString(file.name);
        if (isQuizFile(name))
            continue;
        const QString prefix = numberPrefix(name);
        LessonItem item;
        item.number = prefix.left(prefix.size() - 1).toInt();
        item.id = name.mid(prefix.size(), name.size() - prefix.size() - 3);
        item.fileName = lang + QLatin1Char('/') + name;
        std::vector<lessons::SourceFile> own { file };
        for (const auto& other : files) {
            const QString otherName = QString::fromStdString(other.name);
            if (isQuizFile(otherName) && otherName.startsWith(prefix))
                own.push_back(other);
        }
        auto withQuizzes = lessons::buildCatalog(library.catalog.lang, own);
        if (withQuizzes && withQuizzes->entries.size() == 1) {
            item.entry = withQuizzes->entries.front();
        } else {
            auto alone = lessons::buildCatalog(library.catalog.lang, { file });
            if (alone && alone->entries.size() == 1) {
                item.entry = alone->entries.front();
                item.quizError = withQuizzes ? Error {} : withQuizzes.error();
            } else {
                item.lessonError = alone ? Error {} : alone.error();
            }
        }
        if (item.entry)
            item.id = QString::fromStdString(item.entry->lesson.id);
        library.items.push_back(std::move(item));
    }
    for (const auto& [name, error] : unreadable) {
        const QString prefix = numberPrefix(name);
        LessonItem item;
        item.number = prefix.left(prefix.size() - 1).toInt();
        item.id = name.mid(prefix.size(), name.size() - prefix.size() - 3);
        item.fileName = lang + QLatin1Char('/') + name;
        item.lessonError = error;
        library.items.push_back(std::move(item));
    }
    std::stable_sort(library.items.begin(), library.items.end(),
        [](const LessonItem& a, const LessonItem& b) { return a.number < b.number; });
    for (const auto& item : library.items) {
        if (item.entry)
            library.catalog.entries.push_back(*item.entry);
    }
    return library;
}

} // namespace ptlab::ui
