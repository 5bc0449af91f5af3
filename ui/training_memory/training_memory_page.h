#pragma once

#include "ui/shell/page.h"

#include <QMap>

class QListWidget;
class QStackedWidget;

namespace ptlab::ui {

class ScenarioPanel;

// Part 2 of distributed training on its own page until the training page embeds the panels: the
// scenarios (ZeRO, mixed precision, ...) listed on the left, one shown at a time.
// Preset: "scenario=zero;stage=1;workers=4" (the other keys go to the scenario).
class TrainingMemoryPage : public Page
{
    Q_OBJECT
public:
    explicit TrainingMemoryPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("training-memory"); }
    QString title() const override;
    void applyPreset(const QString& preset) override;
    void setActive(bool active) override;
    void startShowcase() override;
    bool triggerPrimaryAction() override;

    // For tests.
    QString currentScenario() const;
    ScenarioPanel* panel(const QString& id); // created on first use
    void showScenario(const QString& id);

protected:
    void retranslate() override;

private:
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QMap<QString, ScenarioPanel*> m_panels;
    bool m_active = false;
};

} // namespace ptlab::ui
