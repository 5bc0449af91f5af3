#include <catch2/catch.hpp>

#include <QFile>
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

} // namespace

TEST_CASE("every message has a finished Vietnamese translation that keeps its placeholders", "[ui][i18n]")
{
    const auto messages = readTs(QStringLiteral(PTLAB_SOURCE_DIR "/translations/ptlab_vi.ts"));
    REQUIRE(messages.size() > 100);
    for (const auto& m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        CHECK_FALSE(m.translation.isEmpty());
        CHECK(placeholders(m.translation) == placeholders(m.source));
    }
}

TEST_CASE("the compiled Vietnamese catalogue is embedded and answers", "[ui][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/ptlab_vi.qm")));
    CHECK_FALSE(translator.isEmpty());
    CHECK(translator.translate("ptlab::ui::StatesPage", "Spawn real tasks").size() > 0);
}
