#include "ui/shell/page_registry.h"

#include "ui/apps/apps_page.h"
#include "ui/compare/compare_page.h"
#include "ui/glossary/glossary_page.h"
#include "ui/hardware/hardware_page.h"
#include "ui/lessons/lessons_page.h"
#include "ui/states/states_page.h"
#include "ui/training/training_page.h"
#include "ui/training_memory/training_memory_page.h"
#include "ui/wordproc/word_processor_page.h"

namespace ptlab::ui {

const std::vector<PageEntry>& pageRegistry()
{
    static const std::vector<PageEntry> pages = {
        { "lessons", [](AppContext& c) -> Page* { return new LessonsPage(c); } },
        { "states", [](AppContext& c) -> Page* { return new StatesPage(c); } },
        { "wordproc", [](AppContext& c) -> Page* { return new WordProcessorPage(c); } },
        { "hardware", [](AppContext& c) -> Page* { return new HardwarePage(c); } },
        { "compare", [](AppContext& c) -> Page* { return new ComparePage(c); } },
        { "apps", [](AppContext& c) -> Page* { return new AppsPage(c); } },
        { "training", [](AppContext& c) -> Page* { return new TrainingPage(c); } },
        { "training-memory", [](AppContext& c) -> Page* { return new TrainingMemoryPage(c); } },
        { "glossary", [](AppContext& c) -> Page* { return new GlossaryPage(c); } },
    };
    return pages;
}

QStringList pageIds()
{
    QStringList ids;
    for (const auto& p : pageRegistry())
        ids << QString::fromLatin1(p.id);
    return ids;
}

} // namespace ptlab::ui
