#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source, translation;
    bool unfinished = false;
    bool numerus = false;
};

std::vector<Message> readTs(const QString& path)
{
    std::vector<Message> messages;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {}, false,
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (current.numerus) {
                // the first <numerusform> stands for the whole message here
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")
                        && current.translation.isEmpty())
                        current.translation = xml.readElementText();
                }
            } else {
                current.translation = xml.readElementText();
            }
            messages.push_back(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Every part's catalogue: ptlab_vi.ts (shell and the first pages), compare_vi.ts, apps_vi.ts, ...
QStringList vietnameseCatalogues()
{
    QStringList paths;
    const QDir dir(QStringLiteral(PTLAB_SOURCE_DIR "/translations"));
    for (const QString& name : dir.entryList({ QStringLiteral("*_vi.ts") }, QDir::Files))
        paths << dir.filePath(name);
    return paths;
}

} // namespace

TEST_CASE("every message has a finished Vietnamese translation that keeps its placeholders", "[ui][i18n]")
{
    std::size_t total = 0;
    for (const QString& path : vietnameseCatalogues()) {
        const auto messages = readTs(path);
        total += messages.size();
        for (const auto& m : messages) {
            INFO(path.toStdString() << " " << m.context.toStdString() << ": " << m.source.toStdString());
            CHECK_FALSE(m.unfinished);
            CHECK_FALSE(m.translation.isEmpty());
            CHECK(placeholders(m.translation) == placeholders(m.source));
        }
    }
    CHECK(total > 300);
}

TEST_CASE("every tr() string in the sources is in a Vietnamese catalogue", "[ui][i18n]")
{
    // lupdate reads the sources as they are now; a string added without refreshing the catalogues
    // would reach the screen in English.
    QTemporaryDir dir;
    const QString extracted = dir.filePath(QStringLiteral("all_vi.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(PTLAB_LUPDATE),
        { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-I"), QStringLiteral(PTLAB_SOURCE_DIR), QStringLiteral(PTLAB_SOURCE_DIR "/ui"), QStringLiteral("-ts"), extracted });
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    QSet<QString> translated;
    for (const QString& path : vietnameseCatalogues())
        for (const auto& m : readTs(path))
            if (!m.unfinished && !m.translation.isEmpty())
                translated.insert(m.context + QLatin1Char('\n') + m.source);
    const auto wanted = readTs(extracted);
    REQUIRE(wanted.size() > 300);
    for (const auto& m : wanted) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK(translated.contains(m.context + QLatin1Char('\n') + m.source));
    }
}

TEST_CASE("the compiled Vietnamese catalogue is embedded and answers", "[ui][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/ptlab_vi.qm")));
    CHECK_FALSE(translator.isEmpty());
    CHECK(translator.translate("ptlab::ui::StatesPage", "Spawn real tasks").size() > 0);
}
