#include "ui/lessons/lesson_library.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace ptlab::ui {

namespace {

std::optional<lessons::LessonFileName> nameOf(const QString& fileName)
{
    return lessons::parseLessonFileName(fileName.toStdString());
}

bool isQuizFile(const QString& name)
{
    const auto parsed = nameOf(name);
    return parsed && parsed->quiz;
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

int LessonLibrary::find(const QString& name) const
{
    const QString id = name.trimmed();
    if (const int i = indexOf(id); i >= 0)
        return i;
    qsizetype digits = 0;
    while (digits < id.size() && id.at(digits).isDigit())
        ++digits;
    if (digits == 0)
        return -1;
    const int number = id.left(digits).toInt();
    if (digits == id.size()) { // "4"
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].number == number)
                return static_cast<int>(i);
        return -1;
    }
    if (id.at(digits) != QLatin1Char('-'))
        return -1;
    return indexOf(id.mid(digits + 1)); // "04-process"
}

QStringList LessonLibrary::fileNames() const
{
    QStringList names;
    for (const auto& item : items)
        names << QStringLiteral("%1-%2").arg(item.number, 2, 10, QLatin1Char('0')).arg(item.id);
    return names;
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
        if (!nameOf(name))
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
        if (file.size() > static_cast<qint64>(lessons::MaxLessonBytes)) {
            Error e;
            e.code = Error::Code::InvalidArgument;
            e.message = QString(lang + QLatin1Char('/') + name).toStdString() + ": larger than "
                + std::to_string(lessons::MaxLessonBytes >> 20) + " MiB, not a lesson";
            if (!isQuizFile(name))
                unreadable.emplace_back(name, e);
            continue;
        }
        files.push_back({ name.toStdString(), file.read(lessons::MaxLessonBytes).toStdString() });
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
        const auto parsed = nameOf(name);
        LessonItem item;
        item.number = parsed->number;
        item.id = QString::fromStdString(parsed->lessonId);
        item.fileName = lang + QLatin1Char('/') + name;
        std::vector<lessons::SourceFile> own { file };
        for (const auto& other : files) {
            const auto otherName = nameOf(QString::fromStdString(other.name));
            if (otherName && otherName->quiz && otherName->number == parsed->number)
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
        const auto parsed = nameOf(name);
        LessonItem item;
        item.number = parsed->number;
        item.id = QString::fromStdString(parsed->lessonId);
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
