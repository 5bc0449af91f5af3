#pragma once

#include "core/states/engine_types.h"
#include "core/wordproc/document.h"
#include "core/wordproc/font_metrics.h"
#include "core/wordproc/formatted_book.h"
#include "ui/shell/page.h"

#include <QElapsedTimer>
#include <QTimer>
#include <atomic>
#include <memory>
#include <thread>

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
// The default book is sized on first use so that one such reformat takes about a second on this
// machine (measured by formatting a sample, remembered in QSettings).
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

    // What one single-thread reformat of the default book should take: visible to a room.
    static constexpr double TargetFreezeMs = 1000;
    static constexpr int MinBookPages = 50;
    static constexpr int MaxBookPages = 8000; // the editor holds the whole book: about 80 MB of text at 8000 pages

    // For tests and benchmarks.
    void loadBook(int pages);
    // The book size a fresh page opens with, calibrated for this machine and the UI language: read
    // from the settings, or measured now (on the calling thread) the first time.
    int defaultBookPages();
    // Forgets the remembered calibration (the next first use measures again).
    static void forgetCalibration();
    bool calibrating() const { return m_calibration.joinable() && !m_calibrationDone.load(); }
    void setSingleThread(bool single);
    bool singleThread() const;
    void deleteFirstSentence();
    QPlainTextEdit* editor() const { return m_editor; }
    const wordproc::Document& document() const { return m_document; }
    const wordproc::FormattedBook& formatted() const { return m_formatted; }
    int layoutsApplied() const { return m_layoutsApplied; }
    double longestFreezeMs() const { return m_longestFreezeMs; }
    // How long the window froze for the last edit, measured (negative before the first edit).
    double lastEditFreezeMs() const { return m_lastEditFreezeMs; }
    bool measuringEdit() const { return m_editMeasuring; }
    ReformatWorker* reformatWorker() const { return m_worker.get(); }
    HeartbeatWidget* heartbeat() const { return m_heartbeat; }
    LatencyProbe* probe() const { return m_probe.get(); }
    BrowserDemo* browser() const { return m_browser; }

signals:
    void layoutApplied(int pages, double reformatMs);

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;
    void changeEvent(QEvent* event) override;

private:
    struct Calibration
    {
        QString language; // the UI language the book was generated in ("en" or "vi")
        int pages = 0;
        double msPerPage = 0;
    };
    QString languageKey() const;
    wordproc::Document sampleBook() const;
    void storeCalibration(const Calibration& c);
    void startCalibration();
    void onCalibrated(const Calibration& c);
    void loadDefaultBook();
    void noteEdit();
    void onLatency(double ms);
    void finishEditFreeze();
    void updateEditFreezeLabel();
    void applyFonts();
    void onContentsChange(int position, int removed, int added);
    void requestReformat();
    void applyLayout(wordproc::FormattedBook book);
    void updateCursorPage();
    void updateThreadRoles();
    void updateFreezeLabel(bool force = false);
    wordproc::FontMetrics measureFont(const wordproc::Document& document) const;
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
    int m_shownFreezeMs = -1; // what the label says, so it is only set when that changes
    int m_freezeClass = -1; // its colour: 0 smooth, 1 a frame missed, 2 a visible pause
    // The edit being measured: from the edit until the first latency tick after its layout.
    bool m_editMeasuring = false;
    bool m_editLayoutDone = false;
    double m_editFreezeMs = 0;
    double m_lastEditFreezeMs = -1;
    // First-use calibration, on a thread of its own so the first show does not freeze.
    std::thread m_calibration;
    std::atomic<bool> m_calibrationDone { false };
    std::atomic<bool> m_calibrationCancel { false };
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
    QLabel* m_editFreeze = nullptr;
    QLabel* m_hyphenation = nullptr;
    LatencyPlot* m_plot = nullptr;
    QLabel* m_threads = nullptr;
    QGroupBox* m_tocGroup = nullptr;
    QListWidget* m_toc = nullptr;
    QTimer m_progressTimer;
    QTimer m_rolesTimer;
};

} // namespace ptlab::ui
