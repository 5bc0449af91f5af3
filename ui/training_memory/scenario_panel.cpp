#include "ui/training_memory/scenario_panel.h"

#include "ui/training_memory/alignment_panel.h"
#include "ui/training_memory/pipeline_panels.h"
#include "ui/training_memory/precision_panel.h"
#include "ui/training_memory/saver_panels.h"
#include "ui/training_memory/zero_panel.h"

#include <QCoreApplication>

namespace ptlab::ui {

QStringList memoryScenarioIds()
{
    return { QStringLiteral("zero"), QStringLiteral("mixed-precision"), QStringLiteral("accumulation"),
        QStringLiteral("checkpointing"), QStringLiteral("optimizers"), QStringLiteral("prefetch"),
        QStringLiteral("batching"), QStringLiteral("profiler"), QStringLiteral("alignment") };
}

QString memoryScenarioTitle(const QString& id)
{
    if (id == QLatin1String("zero"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "ZeRO memory");
    if (id == QLatin1String("mixed-precision"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Mixed precision");
    if (id == QLatin1String("accumulation"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Gradient accumulation");
    if (id == QLatin1String("checkpointing"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Gradient checkpointing");
    if (id == QLatin1String("optimizers"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Optimiser memory");
    if (id == QLatin1String("prefetch"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Prefetching");
    if (id == QLatin1String("batching"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Dynamic batching");
    if (id == QLatin1String("profiler"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Profiler timeline");
    if (id == QLatin1String("alignment"))
        return QCoreApplication::translate("ptlab::ui::MemoryScenarios", "Capability vs alignment");
    return {};
}

ScenarioPanel* createMemoryScenario(const QString& id, AppContext& context, QWidget* parent)
{
    if (id == QLatin1String("zero"))
        return new ZeroPanel(context, parent);
    if (id == QLatin1String("mixed-precision"))
        return new PrecisionPanel(context, parent);
    if (id == QLatin1String("accumulation"))
        return new AccumulationPanel(context, parent);
    if (id == QLatin1String("checkpointing"))
        return new CheckpointingPanel(context, parent);
    if (id == QLatin1String("optimizers"))
        return new OptimizersPanel(context, parent);
    if (id == QLatin1String("prefetch"))
        return new PrefetchPanel(context, parent);
    if (id == QLatin1String("batching"))
        return new BatchingPanel(context, parent);
    if (id == QLatin1String("profiler"))
        return new ProfilerPanel(context, parent);
    if (id == QLatin1String("alignment"))
        return new AlignmentPanel(context, parent);
    return nullptr;
}

} // namespace ptlab::ui
