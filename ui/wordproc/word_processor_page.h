#pragma once

#include "core/states/engine_types.h"
#include "core/wordproc/document.h"
#include "core/wordproc/font_metrics.h"
#include "core/wordproc/formatted_book.h"
#include "ui/shell/page.h"

#include <QElapsedTimer>
#include <QTimer>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QGroupBox;

namespace ptlab::ui {

class BrowserDemo;
class HeartbeatWidget;
class LatencyPlot;
class LatencyProbe;
class ReformatWorker;

// The course's word processor: every edit reformats the whole book. In the default mode a background
// thread does it (cancelled and restarted by each edit) while the window stays live; the
// single-thread switch runs the same reformat on the GUI thread, and the window really freezes.
class WordProcessorPage : public Page
{
    Q_OBJECT
public:
    explicit WordProcessorPage(AppContext& context, QWidget* parent = nullptr);
    ~WordProcessorPage() override;

    QString pageId() const override { return QStringLiteral("wordproc"); }
    QString title() const override;
    void applyPreset(const QString& preset) override;
    void setActive(bool active) override;
    void startShowcase() override;
    bool triggerPrimaryAction() override;

    // For tests and benchmarks.
    void loadBook(int pages);
    void setSingleThread(bool single);
    bool singleThread() const;
    void deleteFirstSentence();
    QPlainTextEdit* editor() const { return m_editor; }
    const wordproc::Document& document() const { return m_document; }
    const wordproc::FormattedBook& formatted() const { return m_formatted; }
    int layoutsApplied() const { return m_layoutsApplied; }
    double longestFreezeMs() const { return m_longestFreezeMs; }
    LatencyProbe* probe() const { return m_probe.get(); }
    BrowserDemo* browser() const { return m_browser; }

signals:
    void layoutApplied(int pages, double reformatMs);

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;

private:
    void onContentsChange(int position, int removed, int added);
    void requestReformat();
    void applyLayout(wordproc::FormattedBook book);
    void updateCursorPage();
    void updateThreadRoles();
    void updateFreezeLabel();
    wordproc::FontMetrics measureFont() const;
    void updateMetrics();

    wordproc::Document m_document;
    wordproc::FormattedBook m_formatted;
    wordproc::FontMetrics m_metrics; // the editor font's widths for the current book and zoom
    std::unique_ptr<ReformatWorker> m_worker;
    std::unique_ptr<LatencyProbe> m_probe;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_singlePending = false;
    int m_layoutsApplied = 0;
    double m_longestFreezeMs = 0;
    std::vector<std::pair<qint64, double>> m_recentLatencies; // (ms since start, latency)
    QElapsedTimer m_clock;
    states::TaskId m_uiTask = 0;
    states::TaskId m_workerTask = 0;

    QPlainTextEdit* m_editor = nullptr;
    QTabWidget* m_tabs = nullptr;
    BrowserDemo* m_browser = nullptr;
    QGroupBox* m_bookGroup = nullptr;
    QLabel* m_pagesLabel = nullptr;
    QSpinBox* m_pages = nullptr;
    QPushButton* m_reload = nullptr;
    QCheckBox* m_single = nullptr;
    QPushButton* m_deleteSentence = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_cursorPage = nullptr;
    QGroupBox* m_liveGroup = nullptr;
    HeartbeatWidget* m_heartbeat = nullptr;
    QLabel* m_heartbeatLabel = nullptr;
    QLabel* m_freeze = nullptr;
    QLabel* m_freezeCaption = nullptr;
    LatencyPlot* m_plot = nullptr;
    QLabel* m_threads = nullptr;
    QGroupBox* m_tocGroup = nullptr;
    QListWidget* m_toc = nullptr;
    QTimer m_progressTimer;
    QTimer m_rolesTimer;
};

} // namespace ptlab::ui
