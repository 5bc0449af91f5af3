#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

namespace ptlab::ui {

class AppContext;

// A scenario of the training page provided by part 2 (ZeRO, precision, ...). The training page
// embeds these panels; the "training-memory" page shows them alone with a selector.
class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The scenario's part of a lesson preset, e.g. "stage=1;workers=4" (keys are the panel's own).
    virtual void applyPreset(const QString& preset) { Q_UNUSED(preset); }
    // Shown or hidden: a hidden panel stops its timers and runs.
    virtual void setActive(bool active) { Q_UNUSED(active); }
    // Starts something worth looking at (used by `ptlab render`).
    virtual void startShowcase() { }
};

// "zero", "mixed-precision", "accumulation", "checkpointing", "optimizers", "prefetch", "batching",
// "profiler".
QStringList memoryScenarioIds();
// Translated title of a scenario id (empty for unknown ids).
QString memoryScenarioTitle(const QString& id);
// A new panel for `id`, or nullptr for unknown ids.
ScenarioPanel* createMemoryScenario(const QString& id, AppContext& context, QWidget* parent);

} // namespace ptlab::ui
