#pragma once

#include <QString>
#include <QWidget>

namespace ptlab::ui {

class AppContext;

// One page of the main window (a demo or the lessons). Pages re-set their texts on
// QEvent::LanguageChange through retranslate(), and scale their own painting with zoom().
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AppContext& context, QWidget* parent = nullptr);

    virtual QString pageId() const = 0; // stable: "states", "hardware", ... (used by lesson links and render)
    virtual QString title() const = 0; // translated
    virtual QString iconName() const { return {}; }

    // Opens the page with a lesson's preset, e.g. "workload=io;processes=3" (keys are the page's own).
    virtual void applyPreset(const QString& preset) { Q_UNUSED(preset); }
    // Called when the page becomes visible or hidden, so it can pause its timers.
    virtual void setActive(bool active) { Q_UNUSED(active); }
    // A short demo for `ptlab render` and first-time visitors: start something worth looking at.
    virtual void startShowcase() { }
    // The page's main action for the Space shortcut ("spawn", "pause"...); false when it has none.
    virtual bool triggerPrimaryAction() { return false; }
    virtual bool togglePause() { return false; }

    double zoom() const;
    AppContext& context() const { return m_context; }

signals:
    void statusMessage(const QString& text);
    void openPageRequested(const QString& pageId, const QString& preset);

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate() = 0;
    virtual void zoomChanged(double zoom) { Q_UNUSED(zoom); }

private:
    AppContext& m_context;
};

} // namespace ptlab::ui
