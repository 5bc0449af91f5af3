#include "ui/training_memory/scenario_panel.h"

#include <QCoreApplication>

namespace ptlab::ui {

QStringList memoryScenarioIds()
{
    return { QStringLiteral("zero"), QStringLiteral("mixed-precision"), QStringLiteral("accumulation"),
        QStringLiteral("checkpointing"), QStringLiteral("optimizers"), QStringLiteral("prefetch"),
        QStringLiteral("batching"), QStringLiteral("profiler") };
}

QString memoryScenarioTitle(const QString& id)
{
    const char* context = "ptlab::ui::MemoryScenarios";
    if (id == QLatin1String("zero"))
        return QCoreApplication::translate(context, "ZeRO memory");
    if (id == QLatin1String("mixed-precision"))
        return QCoreApplication::translate(context, "Mixed precision");
    if (id == QLatin1String("accumulation"))
        return QCoreApplication::translate(context, "Gradient accumulation");
    if (id == QLatin1String("checkpointing"))
        return QCoreApplication::translate(context, "Gradient checkpointing");
    if (id == QLatin1String("optimizers"))
        return QCoreApplication::translate(context, "Optimiser memory");
    if (id == QLatin1String("prefetch"))
        return QCoreApplication::translate(context, "Prefetching");
    if (id == QLatin1String("batching"))
        return QCoreApplication::translate(context, "Dynamic batching");
    if (id == QLatin1String("profiler"))
        return QCoreApplication::translate(context, "Profiler timeline");
    return {};
}

ScenarioPanel* createMemoryScenario(const QString& id, AppContext& context, QWidget* parent)
{
    Q_UNUSED(id);
    Q_UNUSED(context);
    Q_UNUSED(parent);
    return nullptr; // panels are added one by one
}

} // namespace ptlab::ui
